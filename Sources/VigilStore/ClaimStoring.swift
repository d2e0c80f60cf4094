import Foundation
import VigilCore

/// Who is working on an item right now, so two people never answer the same complaint: a
/// claim is taken when someone opens the reply editor, escalates or assigns, lasts a few minutes
/// unless renewed, and is released when they save, cancel or quit. Who is on, from heartbeats.
public protocol ClaimStoring: AnyObject {
    /// Claims `id` for `who` until `at + duration`. Granted when no one else holds a live claim,
    /// or when `takeOver` is true (audited as `claim taken over`); otherwise the holder's claim.
    func claim(_ id: MentionID, purpose: String, by who: String, at time: Date, for duration: TimeInterval, takeOver: Bool) throws -> ClaimOutcome
    /// Releases `who`'s claims on `ids` (all of them when nil).
    func releaseClaims(_ ids: [MentionID]?, by who: String) throws
    /// Claims still live at `now`.
    func claims(at now: Date) throws -> [MentionID: Claim]
    /// Says `session` (one running dashboard of `user`) is on, looking at `pane`.
    func heartbeat(session: String, user: String, pane: String, at time: Date) throws
    /// The sessions heard from since `since`, by user.
    func presence(since: Date) throws -> [Presence]
    /// Removes `session` (a dashboard quitting).
    func leave(session: String) throws
}

public struct Claim: Hashable, Sendable {
    public var who: String
    /// `reply`, `escalate`, `assign`…
    public var purpose: String
    public var since: Date
    public var until: Date

    public init(who: String, purpose: String, since: Date, until: Date) {
        self.who = who
        self.purpose = purpose
        self.since = since
        self.until = until
    }
}

public enum ClaimOutcome: Hashable, Sendable {
    case granted(Claim)
    /// Someone else holds it.
    case held(Claim)
}

public struct Presence: Hashable, Sendable {
    public var session: String
    public var user: String
    public var pane: String
    public var at: Date

    public init(session: String, user: String, pane: String, at: Date) {
        self.session = session
        self.user = user
        self.pane = pane
        self.at = at
    }
}

/// A reply refused because someone else holds the item (they took it over meanwhile).
public struct ClaimConflict: Error, CustomStringConvertible, Equatable {
    public var holder: Claim
    public init(holder: Claim) { self.holder = holder }
    public var description: String { "\(holder.who) is working on this item (\(holder.purpose))" }
}

extension Claim {
    /// How long a claim lasts unless renewed, and how long a saved reply keeps the item
    /// "replied by …" so that a prompt left open elsewhere cannot answer it again.
    public static let lasts: TimeInterval = 5 * 60

    /// What a saved reply leaves on its item.
    public static func replied(by who: String, at time: Date) -> Claim {
        Claim(who: who, purpose: "replied", since: time, until: time.addingTimeInterval(lasts))
    }
}

/// The rule every store applies, so they agree: a live claim of someone else blocks, unless
/// taken over; one's own claim is renewed.
public enum ClaimRule {
    public static func decide(existing: Claim?, purpose: String, who: String, at time: Date, duration: TimeInterval, takeOver: Bool)
        -> (outcome: ClaimOutcome, write: Claim?, takenFrom: Claim?) {
        let wanted = Claim(who: who, purpose: purpose, since: time, until: time.addingTimeInterval(duration))
        guard let existing, existing.until > time, existing.who != who else {
            var renewed = wanted
            if let existing, existing.who == who, existing.until > time { renewed.since = existing.since }
            return (.granted(renewed), renewed, nil)
        }
        if takeOver { return (.granted(wanted), wanted, existing) }
        return (.held(existing), nil, nil)
    }
}

extension InMemoryMentionStore: ClaimStoring {}
