import Foundation

/// Created at run time ("silence this for an hour"): matching alerts are kept but marked
/// silenced and not notified.
public struct Silence: Sendable, Hashable, Identifiable {
    public var id: String
    /// nil: any rule.
    public var ruleID: String?
    /// nil: any key.
    public var key: String?
    public var startsAt: Date
    public var endsAt: Date
    public var createdBy: String
    public var comment: String

    public init(id: String, ruleID: String?, key: String?, startsAt: Date, endsAt: Date, createdBy: String, comment: String = "") {
        self.id = id
        self.ruleID = ruleID
        self.key = key
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.createdBy = createdBy
        self.comment = comment
    }

    func covers(rule: String, key alertKey: String, from start: Date, to end: Date) -> Bool {
        if let ruleID, ruleID != rule { return false }
        if let key, key != alertKey { return false }
        return start < endsAt && end >= startsAt
    }
}
