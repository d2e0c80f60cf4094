import Foundation

/// What is done to a post that breaks the house rules, as a publishing tool carries it out on
/// the platform. Vigil itself never sends anything: actions go to the moderation outbox.
public enum ModerationAction: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Keep it: clears the item from the moderation queue (and beats every other house rule).
    case approve
    /// Held for review: in the moderation queue until someone decides.
    case hold
    /// Warn the author (the post stays).
    case warn
    /// Hidden from the public (the author and their friends still see it, as on Facebook).
    case hide
    case delete
    /// Ban the author from the brand's pages.
    case ban

    /// How strongly it acts, for combining several rules (the strongest wins, `approve` aside).
    var strength: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (a: ModerationAction, b: ModerationAction) -> Bool { a.strength < b.strength }

    /// "ban author" as rule files and keys may also spell it.
    public init?(name: String) {
        let key = name.lowercased().replacingOccurrences(of: "_", with: " ")
        if key == "ban author" || key == "ban" { self = .ban; return }
        self.init(rawValue: key)
    }

    /// Whether the item still waits for someone in the moderation queue.
    public var awaitsReview: Bool { self != .approve }
}

/// A house rule's decision about one post, with the reason shown to the team.
public struct ModerationVerdict: Sendable, Hashable {
    public var action: ModerationAction
    public var ruleID: String
    public var reason: String

    public init(action: ModerationAction, ruleID: String, reason: String) {
        self.action = action
        self.ruleID = ruleID
        self.reason = reason
    }

    /// Several house rules matched: an `approve` wins (an allow list, such as the brand's own
    /// accounts), else the strongest action; the first rule among equals.
    public func combined(with other: ModerationVerdict) -> ModerationVerdict {
        if action == .approve { return self }
        if other.action == .approve { return other }
        return other.action > action ? other : self
    }
}

/// A person's moderation decision on an item (from the moderation queue), for the outbox.
public struct ModerationDecision: Sendable, Hashable {
    public var mention: MentionID
    public var action: ModerationAction
    /// Why, in the moderator's words (for a ban: the note kept with the author's strikes).
    public var note: String
    public var by: String
    public var at: Date

    public init(mention: MentionID, action: ModerationAction, note: String = "", by: String, at: Date) {
        self.mention = mention
        self.action = action
        self.note = note
        self.by = by
        self.at = at
    }
}
