import Foundation
import VigilCore

/// One alert as a JSON object: `vigil check --json` lines and what `notify_command` reads.
public enum AlertJSON {
    public static func stamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    public static func line(_ alert: Alert) -> String {
        var object: [String: Any] = [
            "id": alert.id, "rule": alert.ruleID, "severity": alert.severity.name, "state": alert.state.rawValue,
            "title": alert.title, "started_at": stamp(alert.startedAt), "ended_at": alert.endedAt.map(stamp) ?? NSNull(),
            "fired_at": alert.firedAt.map(stamp) ?? NSNull(), "key": alert.key, "count": alert.count, "summary": alert.summary,
            "explanation": alert.explanation, "examples": alert.examples.map(\.description),
            "notify_at": alert.notifyTimes.map(stamp),
        ]
        object["suppressed"] = alert.suppression.map { String(describing: $0) } ?? NSNull()
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
