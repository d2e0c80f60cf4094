/// How urgently a flagged item should be handled.
public enum Priority: Int, Sendable, Hashable, Comparable, CaseIterable {
    case low, normal, high, urgent

    public var name: String {
        switch self {
        case .low: return "low"
        case .normal: return "normal"
        case .high: return "high"
        case .urgent: return "urgent"
        }
    }

    public init?(name: String) {
        guard let match = Priority.allCases.first(where: { $0.name == name.lowercased() }) else { return nil }
        self = match
    }

    public static func < (a: Priority, b: Priority) -> Bool { a.rawValue < b.rawValue }
}

/// Why a rule flagged an item: the rule and what it saw ("matched: recall, rückruf").
public struct RuleReason: Hashable, Sendable, CustomStringConvertible {
    public var ruleID: String
    public var detail: String

    public init(ruleID: String, detail: String) {
        self.ruleID = ruleID
        self.detail = detail
    }

    public var description: String { detail.isEmpty ? ruleID : "\(ruleID): \(detail)" }
}

/// What the item rules decided about one mention. Combined over every rule that matched:
/// flags are or-ed, the highest priority wins, tags are united, the first assignment wins.
public struct RuleFlags: Hashable, Sendable {
    public var escalate = false
    public var needsReply = false
    public var priority: Priority?
    public var tags: [String] = []
    public var assignee: String?
    public var department: String?
    /// What the house rules decided (see `ModerationAction`); nil when none matched.
    public var moderation: ModerationVerdict?
    public var reasons: [RuleReason] = []

    public init(
        escalate: Bool = false, needsReply: Bool = false, priority: Priority? = nil, tags: [String] = [],
        assignee: String? = nil, department: String? = nil, moderation: ModerationVerdict? = nil, reasons: [RuleReason] = []
    ) {
        self.moderation = moderation
        self.escalate = escalate
        self.needsReply = needsReply
        self.priority = priority
        self.tags = tags
        self.assignee = assignee
        self.department = department
        self.reasons = reasons
    }

    public var isEmpty: Bool { reasons.isEmpty }
}
