import Foundation

/// Where an item stands in the team's work.
public enum TriageStatus: String, Sendable, Hashable, CaseIterable {
    case new
    case needsReply = "needs_reply"
    case replied, dismissed, escalated, delegated, snoozed, done

    /// Still someone's work: shown in Pending replies when it needs an answer or a follow-up.
    public var isOpen: Bool {
        switch self {
        case .new, .needsReply, .escalated, .delegated, .snoozed: return true
        case .replied, .dismissed, .done: return false
        }
    }
}

/// The team's state of one mention: saved in the store, changed only by triage actions.
public struct Triage: Hashable, Sendable {
    public var status: TriageStatus
    public var assignee: String?
    public var department: String?
    public var tags: [String]
    public var priority: Priority?
    public var sentimentOverride: SentimentLabel?
    /// Delegated items: when to follow up.
    public var followUp: Date?
    /// Snoozed items: when they come back.
    public var snoozedUntil: Date?
    public var updatedAt: Date?
    public var updatedBy: String?

    public init(
        status: TriageStatus = .new, assignee: String? = nil, department: String? = nil, tags: [String] = [],
        priority: Priority? = nil, sentimentOverride: SentimentLabel? = nil, followUp: Date? = nil, snoozedUntil: Date? = nil,
        updatedAt: Date? = nil, updatedBy: String? = nil
    ) {
        self.status = status
        self.assignee = assignee
        self.department = department
        self.tags = tags
        self.priority = priority
        self.sentimentOverride = sentimentOverride
        self.followUp = followUp
        self.snoozedUntil = snoozedUntil
        self.updatedAt = updatedAt
        self.updatedBy = updatedBy
    }
}

extension Triage {
    /// The same decision, whoever recorded it and when (timestamps read back from a database
    /// need not be bit-identical).
    public func sameDecision(as other: Triage) -> Bool {
        status == other.status && assignee == other.assignee && department == other.department && tags == other.tags
            && priority == other.priority && sentimentOverride == other.sentimentOverride
            && followUp.map { Int($0.timeIntervalSince1970) } == other.followUp.map { Int($0.timeIntervalSince1970) }
            && snoozedUntil.map { Int($0.timeIntervalSince1970) } == other.snoozedUntil.map { Int($0.timeIntervalSince1970) }
    }
}

/// One thing a person does to an item. Applying it gives the item's next triage state.
public enum TriageAction: Sendable, Hashable {
    case markReplied
    case dismiss
    case escalate(note: String)
    case assign(person: String)
    case delegate(department: String, followUp: Date?)
    case snooze(until: Date)
    /// When to look at the item again (delegated items turn overdue after it).
    case followUp(Date)
    case setTags([String])
    case overrideSentiment(SentimentLabel?)
    case done
    /// Puts back an earlier state (undo).
    case restore(Triage)

    /// Short name for the audit log and status messages.
    public var name: String {
        switch self {
        case .markReplied: return "replied"
        case .dismiss: return "dismissed"
        case .escalate: return "escalated"
        case .assign: return "assigned"
        case .delegate: return "delegated"
        case .snooze: return "snoozed"
        case .followUp: return "follow-up set"
        case .setTags: return "tagged"
        case .overrideSentiment: return "sentiment"
        case .done: return "done"
        case .restore: return "undone"
        }
    }

    public func applied(to before: Triage, by who: String, at time: Date) -> Triage {
        var after = before
        switch self {
        case .markReplied: after.status = .replied
        case .dismiss: after.status = .dismissed
        case .escalate: after.status = .escalated
        case .assign(let person): after.assignee = person
        case .delegate(let department, let followUp):
            after.status = .delegated
            after.department = department
            after.followUp = followUp
        case .snooze(let until):
            after.status = .snoozed
            after.snoozedUntil = until
        case .followUp(let date): after.followUp = date
        case .setTags(let tags): after.tags = tags
        case .overrideSentiment(let label): after.sentimentOverride = label
        case .done: after.status = .done
        case .restore(let earlier): return earlier
        }
        after.updatedAt = time
        after.updatedBy = who
        return after
    }
}

/// An internal comment on an item: for the team, never posted.
public struct Note: Hashable, Sendable {
    public var by: String
    public var at: Date
    public var text: String

    public init(by: String, at: Date, text: String) {
        self.by = by
        self.at = at
        self.text = text
    }
}

/// A reply written in Vigil, kept in the outbox for posting with another tool.
public struct Reply: Hashable, Sendable {
    public var mention: MentionID
    public var by: String
    public var at: Date
    public var text: String

    public init(mention: MentionID, by: String, at: Date, text: String) {
        self.mention = mention
        self.by = by
        self.at = at
        self.text = text
    }
}
