import Foundation

public enum Severity: Int, Sendable, Hashable, Comparable, CaseIterable {
    case info, low, medium, high, critical

    public var name: String {
        switch self {
        case .info: return "info"
        case .low: return "low"
        case .medium: return "medium"
        case .high: return "high"
        case .critical: return "critical"
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rawValue < b.rawValue }
}

public enum AlertState: String, Sendable, Hashable {
    case pending, firing, acknowledged, resolved
}

/// A crisis alert raised by a window rule over event time.
public struct Alert: Hashable, Sendable, Identifiable {
    public var id: String
    public var ruleID: String
    public var severity: Severity
    public var state: AlertState
    public var title: String
    public var summary: String
    public var key: String
    public var count: Int
    public var startedAt: Date
    public var endedAt: Date?

    public init(
        id: String, ruleID: String, severity: Severity, state: AlertState, title: String,
        summary: String, key: String = "", count: Int, startedAt: Date, endedAt: Date? = nil
    ) {
        self.id = id
        self.ruleID = ruleID
        self.severity = severity
        self.state = state
        self.title = title
        self.summary = summary
        self.key = key
        self.count = count
        self.startedAt = startedAt
        self.endedAt = endedAt
    }
}
