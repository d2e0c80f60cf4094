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

    public init?(name: String) {
        guard let match = Severity.allCases.first(where: { $0.name == name.lowercased() }) else { return nil }
        self = match
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rawValue < b.rawValue }
}

/// pending (breached, waiting out `for`) → firing → acknowledged → resolved.
public enum AlertState: String, Sendable, Hashable {
    case pending, firing, acknowledged, resolved
}

/// Someone took ownership of an alert.
public struct Acknowledgement: Hashable, Sendable {
    public var by: String
    public var at: Date
    public var note: String

    public init(by: String, at: Date, note: String = "") {
        self.by = by
        self.at = at
        self.note = note
    }
}

/// Why an alert is not being shown or notified, though it was raised.
public enum Suppression: Hashable, Sendable, CustomStringConvertible {
    /// Fired inside a mute interval (quiet hours).
    case muted(interval: String)
    /// A more severe alert with the same key was active.
    case inhibited(by: String)
    /// Someone silenced it at run time.
    case silenced(by: String, comment: String)

    public var description: String {
        switch self {
        case .muted(let interval): return "muted (\(interval))"
        case .inhibited(let by): return "inhibited by \(by)"
        case .silenced(let by, let comment): return comment.isEmpty ? "silenced by \(by)" : "silenced by \(by): \(comment)"
        }
    }
}

/// A crisis alert raised by a window rule over event time. One alert is one incident: a new
/// breach after resolution is a new alert.
public struct Alert: Hashable, Sendable, Identifiable {
    /// Stable for the incident: dedup key and the event time it started.
    public var id: String
    public var ruleID: String
    public var severity: Severity
    public var state: AlertState
    public var title: String
    public var summary: String
    /// The group the rule counted in ("author:@name", "platform:x"), empty when ungrouped.
    public var key: String
    /// The rule's measure at its peak (mentions in the window, or engagement for velocity rules).
    public var count: Int
    /// Event time the condition first held.
    public var startedAt: Date
    /// Event time it started firing (`startedAt` + `for`); nil while pending.
    public var firedAt: Date?
    /// Event time it resolved; nil while active.
    public var endedAt: Date?
    /// Why it fired: rule, window count against baseline, matched terms, example mentions.
    public var explanation: [String]
    /// Event times at which it notifies: when it fires, then every re-alert interval while firing.
    public var notifyTimes: [Date]
    /// The first mentions that made up the incident.
    public var examples: [MentionID]
    public var suppression: Suppression?
    public var acknowledgement: Acknowledgement?

    public init(
        id: String, ruleID: String, severity: Severity, state: AlertState, title: String,
        summary: String, key: String = "", count: Int, startedAt: Date, firedAt: Date? = nil, endedAt: Date? = nil,
        explanation: [String] = [], notifyTimes: [Date] = [], examples: [MentionID] = [], suppression: Suppression? = nil, acknowledgement: Acknowledgement? = nil
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
        self.firedAt = firedAt
        self.endedAt = endedAt
        self.explanation = explanation
        self.notifyTimes = notifyTimes
        self.examples = examples
        self.suppression = suppression
        self.acknowledgement = acknowledgement
    }

    public var isActive: Bool { state != .resolved }
}

extension Alert {
    /// Inhibited or silenced: raised, but deliberately kept out of the way.
    public var isHidden: Bool {
        switch suppression {
        case .inhibited?, .silenced?: return true
        case .muted?, nil: return false
        }
    }
}
