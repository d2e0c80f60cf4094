import Foundation
import VigilCore
import Yams

/// Mute intervals, inhibit rules, and the scalar fields every rule reads (with the errors that name the field).
extension RuleFileParser {
    // MARK: mute and inhibit

    func parseMutes(_ node: Node) throws -> [MuteInterval] {
        guard let items = node.sequence else { throw fail(node, "mute", "expected a list of intervals") }
        return try items.map { item in
            guard let map = item.mapping else { throw fail(item, "mute", "expected {name:, time: \"22:00-07:00\", ...}") }
            try rejectUnknown(map, ["name", "time", "weekdays", "timezone", "max_severity", "rules"], prefix: "mute.")
            let name = map["name"]?.string ?? "quiet hours"
            guard let timeNode = map["time"], let range = timeNode.string, let (start, end) = Self.minuteRange(range) else {
                throw fail(map["time"] ?? item, "mute.time", "expected a local time range such as \"22:00-07:00\"")
            }
            var interval = MuteInterval(name: name, startMinute: start, endMinute: end)
            if let node = map["weekdays"] {
                let names = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
                for day in try stringList(node, field: "mute.weekdays") {
                    guard let index = names.firstIndex(of: String(day.lowercased().prefix(3))) else {
                        throw fail(node, "mute.weekdays", "expected day names such as mon, sat, got '\(day)'")
                    }
                    interval.weekdays.insert(index + 1)
                }
            }
            if let node = map["timezone"] {
                guard let name = node.string, let zone = TimeZone(identifier: name) else {
                    throw fail(node, "mute.timezone", "expected a time zone name such as Europe/Madrid, got \(node.shown)")
                }
                interval.timeZone = zone
            }
            if let node = map["max_severity"] {
                guard let name = node.string, let severity = Severity(name: name) else {
                    throw fail(node, "mute.max_severity", "expected info, low, medium, high or critical")
                }
                interval.maxSeverity = severity
            }
            if let node = map["rules"] { interval.rules = Set(try stringList(node, field: "mute.rules")) }
            return interval
        }
    }

    static func minuteRange(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2 else { return nil }
        func minute(_ s: String) -> Int? {
            let hm = s.split(separator: ":")
            guard hm.count == 2, let h = Int(hm[0]), let m = Int(hm[1]), (0...24).contains(h), (0..<60).contains(m), h * 60 + m <= 1440 else { return nil }
            return h * 60 + m
        }
        guard let start = minute(parts[0]), let end = minute(parts[1]), start != end else { return nil }
        return (start, end)
    }

    func parseInhibits(_ node: Node) throws -> [InhibitRule] {
        guard let items = node.sequence else { throw fail(node, "inhibit", "expected a list") }
        return try items.map { item in
            guard let map = item.mapping else { throw fail(item, "inhibit", "expected {when: critical, hides: [...], equal: key}") }
            try rejectUnknown(map, ["when", "hides", "equal"], prefix: "inhibit.")
            guard let whenNode = map["when"], let name = whenNode.string, let source = Severity(name: name) else {
                throw fail(map["when"] ?? item, "inhibit.when", "expected the severity that inhibits (e.g. critical)")
            }
            var targets: Set<Severity>?
            if let node = map["hides"] {
                targets = []
                for name in try stringList(node, field: "inhibit.hides") {
                    guard let severity = Severity(name: name) else { throw fail(node, "inhibit.hides", "expected severities, got '\(name)'") }
                    targets?.insert(severity)
                }
            }
            var equalKey = true
            if let node = map["equal"] {
                guard let text = node.string, ["key", "none"].contains(text) else { throw fail(node, "inhibit.equal", "expected key or none") }
                equalKey = text == "key"
            }
            return InhibitRule(source: source, targets: targets, equalKey: equalKey)
        }
    }

    // MARK: scalars

    func rejectUnknown(_ map: Node.Mapping, _ known: [String], prefix: String = "") throws {
        for (key, _) in map where !known.contains(key.string ?? "") {
            throw fail(key, prefix + (key.string ?? ""), "unknown key (expected \(known.joined(separator: ", ")))")
        }
    }

    func string(_ node: Node, field: String) throws -> String {
        guard let text = node.string, node.scalar != nil else { throw fail(node, field, "expected text, got \(node.shown)") }
        return text
    }

    func stringList(_ node: Node, field: String) throws -> [String] {
        if let items = node.sequence { return try strings(items, field: field) }
        return [try string(node, field: field)]
    }

    func bool(_ node: Node, field: String) throws -> Bool {
        guard let flag = node.bool else { throw fail(node, field, "expected true or false, got \(node.shown)") }
        return flag
    }

    func int(_ node: Node?, field: String, minimum: Int, node parent: Node) throws -> Int {
        guard let node else { throw fail(parent, field, "expected a whole number ≥ \(minimum)") }
        guard let value = node.int, value >= minimum else { throw fail(node, field, "expected a whole number ≥ \(minimum), got \(node.shown)") }
        return value
    }

    func number(_ node: Node, field: String, minimum: Double) throws -> Double {
        guard let value = node.float ?? node.int.map(Double.init), value >= minimum else {
            throw fail(node, field, "expected a number ≥ \(minimum.formatted()), got \(node.shown)")
        }
        return value
    }

    func duration(_ node: Node, field: String) throws -> TimeInterval {
        guard let text = node.string, let value = RuleDuration.parse(text) else {
            throw fail(node, field, "expected a duration such as 30s, 15m, 2h, 7d, got \(node.shown)")
        }
        return value
    }
}
