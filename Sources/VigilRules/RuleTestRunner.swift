import Foundation
import VigilCore

/// Runs a rule test file: feeds each case's input through the rules and compares alerts and
/// flags with what is expected, with a readable diff on failure.
public struct RuleTestRunner {
    public struct Outcome: Sendable {
        public var name: String
        public var failures: [String]
        public var passed: Bool { failures.isEmpty }
    }

    public let rules: RuleSet
    /// Gives input mentions what the pipeline would (sentiment) before the rules see them.
    public var prepare: @Sendable ([Mention]) -> [Mention]

    public init(rules: RuleSet, prepare: @escaping @Sendable ([Mention]) -> [Mention] = { $0 }) {
        self.rules = rules
        self.prepare = prepare
    }

    /// Several rule files are tested as one set: their rules are concatenated.
    public static func combine(_ sets: [RuleSet]) -> RuleSet {
        var combined = RuleSet(file: sets.map(\.file).joined(separator: ", "), resolution: sets.first?.resolution ?? 60)
        for set in sets {
            combined.lists.merge(set.lists) { a, _ in a }
            combined.itemRules += set.itemRules
            combined.windowRules += set.windowRules
            combined.mutes += set.mutes
            combined.inhibits += set.inhibits
            combined.moderation.brandNames += set.moderation.brandNames
            combined.moderation.officialDomains += set.moderation.officialDomains
        }
        return combined
    }

    public func run(_ test: RuleTestFile.Case) -> Outcome {
        var failures: [String] = []
        let input = prepare(test.input)
        let engine = RulesEngine(rules: rules)
        let flagged = engine.process(input)
        failures += checkFlags(test.flags, flagged)
        for expectation in test.expectations {
            let alerts: [Alert]
            if let at = expectation.at {
                let partial = RulesEngine(rules: rules)
                partial.process(input.filter { $0.createdAt <= at })
                alerts = partial.alerts(asOf: at)
            } else {
                alerts = engine.alerts()
            }
            failures += check(expectation, alerts)
        }
        if test.shuffle > 0 { failures += checkOrderIndependence(input, engine.alerts(), replays: test.shuffle) }
        return Outcome(name: test.name, failures: failures)
    }

    private func check(_ expectation: RuleTestFile.Expectation, _ alerts: [Alert]) -> [String] {
        var failures: [String] = []
        let when = expectation.at.map { " at \(RuleTestFile.stamp($0))" } ?? ""
        var unmatched = alerts
        for expected in expectation.alerts {
            if let index = unmatched.firstIndex(where: { matches(expected, $0) }) {
                unmatched.remove(at: index)
            } else {
                var message = "line \(expected.line): expected an alert\(when): \(expected.description)\n    got:"
                message += alerts.isEmpty ? " no alerts" : alerts.map { "\n      " + Self.describe($0) }.joined()
                failures.append(message)
            }
        }
        for rule in expectation.absent {
            for alert in alerts where alert.ruleID == rule {
                failures.append("line \(expectation.line): expected no \(rule) alert\(when), got: \(Self.describe(alert))")
            }
        }
        return failures
    }

    private func matches(_ expected: RuleTestFile.ExpectedAlert, _ alert: Alert) -> Bool {
        guard alert.ruleID == expected.rule else { return false }
        if let severity = expected.severity, alert.severity != severity { return false }
        if let state = expected.state, alert.state != state { return false }
        if let key = expected.key, alert.key != key { return false }
        if let after = expected.startedAfter, alert.startedAt < after { return false }
        if let before = expected.startedBefore, alert.startedAt > before { return false }
        if let minCount = expected.minCount, alert.count < minCount { return false }
        return true
    }

    private func checkFlags(_ expectations: [RuleTestFile.ExpectedFlags], _ mentions: [Mention]) -> [String] {
        var failures: [String] = []
        for expected in expectations {
            guard let mention = mentions.first(where: { $0.id.nativeID == expected.item }) else { continue }
            let flags = mention.flags ?? RuleFlags()
            let matched = flags.reasons.map(\.ruleID)
            let prefix = "line \(expected.line): item \(expected.item)"
            if let rules = expected.rules, Set(rules) != Set(matched) {
                failures.append("\(prefix): expected rules [\(rules.joined(separator: ", "))], matched [\(matched.joined(separator: ", "))]"
                                + (flags.reasons.isEmpty ? "" : "\n    " + flags.reasons.map(\.description).joined(separator: "\n    ")))
            }
            if let escalate = expected.escalate, flags.escalate != escalate { failures.append("\(prefix): expected escalate \(escalate), got \(flags.escalate)") }
            if let action = expected.moderate, action != (flags.moderation?.action.rawValue ?? "none") {
                failures.append("\(prefix): expected moderate \(action), got \(flags.moderation.map { "\($0.action.rawValue) (\($0.ruleID))" } ?? "none")")
            }
            if let reply = expected.needsReply, flags.needsReply != reply { failures.append("\(prefix): expected needs_reply \(reply), got \(flags.needsReply)") }
            if let tags = expected.tags, Set(tags) != Set(flags.tags) {
                failures.append("\(prefix): expected tags [\(tags.joined(separator: ", "))], got [\(flags.tags.joined(separator: ", "))]")
            }
        }
        return failures
    }

    /// The same mentions in other orders, and fed twice, must give the same alerts.
    private func checkOrderIndependence(_ input: [Mention], _ reference: [Alert], replays: Int) -> [String] {
        var generator = SeededGenerator(seed: 0x5EED)
        let expected = reference.map(Self.describe)
        var orders: [(String, [Mention])] = [("input fed twice", input + input), ("reversed input", input.reversed())]
        for n in 0..<replays { orders.append(("shuffle #\(n + 1)", input.shuffled(using: &generator))) }
        for (name, order) in orders {
            let engine = RulesEngine(rules: rules)
            // Feed in uneven batches, as live following would.
            var rest = order[...]
            var size = 1
            while !rest.isEmpty {
                engine.process(Array(rest.prefix(size)))
                _ = engine.alerts()
                rest = rest.dropFirst(size)
                size = size * 3 + 1
            }
            let got = engine.alerts().map(Self.describe)
            if got != expected {
                failures: do {
                    let missing = expected.filter { !got.contains($0) }, extra = got.filter { !expected.contains($0) }
                    return ["order dependence (\(name)):" + missing.map { "\n    - " + $0 }.joined() + extra.map { "\n    + " + $0 }.joined()]
                }
            }
        }
        return []
    }

    static func describe(_ alert: Alert) -> String {
        var text = "\(alert.ruleID) \(alert.severity.name) \(alert.state.rawValue) started \(RuleTestFile.stamp(alert.startedAt))"
        if let ended = alert.endedAt { text += " ended \(RuleTestFile.stamp(ended))" }
        if !alert.key.isEmpty { text += " key \(alert.key)" }
        return text + " count \(alert.count): \(alert.summary)"
    }
}
