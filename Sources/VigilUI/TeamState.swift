import Foundation
import VigilCore
import VigilStore

/// What the dashboard knows of the rest of the team on a shared database: who holds which
/// item, who else is on, and whether the database answers.
public struct TeamState: Equatable, Sendable {
    /// Who this dashboard's actions are recorded as (claims of this name are ours).
    public var me: String
    /// Live claims on items, everyone's.
    public var claims: [MentionID: Claim] = [:]
    /// The other dashboards heard from lately.
    public var others: [Presence] = []
    /// The item whose holder (or replier) the user was just told about: `r` again takes it
    /// over, as long as it is still the same person's.
    public var takeOverOffer: MentionID?
    public var offeredFrom: String?
    /// Since when the shared database has not answered (nil while it does).
    public var offlineSince: Date?
    /// Replies refused because someone else took the item over, kept to be put back in the
    /// prompt the next time the user replies to it: nothing typed is lost.
    public var unsavedDrafts: [MentionID: String] = [:]
    /// Drafts waiting for their claim's answer.
    public var pendingDrafts: [MentionID: String] = [:]

    public init(me: String = "") {
        self.me = me
    }

    /// Someone else's live claim on `id` (a reply they just saved included).
    public func heldByOther(_ id: MentionID, at now: Date) -> Claim? {
        guard let claim = claims[id], claim.until > now, claim.who != me else { return nil }
        return claim
    }

    /// Someone else working on `id` now, for the row's `✎` (not a reply already saved).
    public func workingOn(_ id: MentionID, at now: Date) -> Claim? {
        heldByOther(id, at: now).flatMap { $0.purpose == "replied" ? nil : $0 }
    }

    /// "bea (comments), joe (ops)": who else is on, once each.
    public var othersText: String? {
        var seen = Set<String>()
        let names = others.filter { seen.insert($0.user + "|" + $0.pane).inserted }.map { "\($0.user) (\($0.pane))" }
        return names.isEmpty ? nil : names.joined(separator: ", ")
    }
}

extension Claim {
    /// "bea is replying to this since 12:03".
    func describe(zone: TimeZone = .current) -> String {
        let verb = switch purpose {
        case "reply": "is replying to this"
        case "replied": "replied to this"
        case "escalated", "escalate": "escalated this"
        case "assigned", "assign", "delegated": "assigned this"
        default: "is working on this"
        }
        return "\(who) \(verb) since \(Format.clock(since, zone: zone))"
    }
}
