import Foundation
import VigilCore
import VigilRules

/// `vigil-bench alerts`: a rule pack over generated weeks (`AlertScenario`) at several volumes,
/// every scenario, several seeds. For each scenario and volume: how many weeks raised a high or
/// critical alert in time and how late; for calm weeks, and before the onset of the others, the
/// high or critical alerts that should not have been raised. How every change to the default
/// pack is judged.
enum AlertQualityBenchmark {
    struct Outcome {
        var caught = 0
        var late = 0
        var missed = 0
        var delays: [TimeInterval] = []
        var falseAlarms: [Int] = []
        var falseRules: [String: Int] = [:]
        /// The rule whose alert came first after the onset, per week caught in time.
        var caughtBy: [String: Int] = [:]
        /// The delays of the rule written for the scenario (`ownRule`), whatever came first.
        var ownDelays: [TimeInterval] = []
    }

    /// The default pack's rule meant for each scenario.
    static func ownRule(_ kind: AlertScenario.Kind) -> String? {
        switch kind {
        case .calm: return nil
        case .burst: return "crisis-burst"
        case .slowBurn: return "negative-drift"
        case .viral: return "viral-complaint"
        case .pileup: return "influencer-pileup"
        case .campaign: return "coordinated-campaign"
        case .outage: return "service-outage"
        }
    }

    static func run(rulesFile: String, volumes: [Int], seeds: Int, kinds: [AlertScenario.Kind] = AlertScenario.Kind.allCases) throws {
        let rules = try RuleFileParser.load(path: rulesFile)
        print("Alert quality: \(rulesFile) over generated weeks (4 languages, daily and weekly rhythm, noise), \(seeds) seeds each")
        print("A scenario is caught when a high or critical alert fires after its onset and within its allowance (burst, outage 15 min;")
        print("viral, campaign 30 min after the truth time; slow burn 2 h after the share doubles; pile-up 1 h). False alarms: high or")
        print("critical alerts of a calm week, or before the onset of the others.\n")
        var header = "scenario".padding(toLength: 12, withPad: " ", startingAt: 0)
        for volume in volumes { header += "| " + "\(volume)/day".padding(toLength: 34, withPad: " ", startingAt: 0) }
        print(header)
        print(String(repeating: "-", count: header.count))
        var orderChecked = false
        for kind in kinds {
            var line = kind.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
            var notes: [String] = []
            for volume in volumes {
                var outcome = Outcome()
                for seed in 1...seeds {
                    let (mentions, truth) = AlertScenario(perDay: volume, kind: kind, seed: UInt64(seed)).generate()
                    let alerts = evaluate(mentions, rules: rules)
                    if !orderChecked && kind == .burst {
                        // The same answers whatever order the rows arrive in.
                        var shuffledGenerator = SeededGenerator(seed: 99)
                        let shuffled = evaluate(mentions.shuffled(using: &shuffledGenerator), rules: rules)
                        notes.append(shuffled.map(\.id) == alerts.map(\.id) ? "order-independent: yes" : "order-independent: NO")
                        orderChecked = true
                    }
                    score(alerts, truth: truth, into: &outcome)
                }
                line += "| " + cell(outcome, kind: kind, seeds: seeds).padding(toLength: 34, withPad: " ", startingAt: 0)
                if let own = ownRule(kind) {
                    let inTime = outcome.ownDelays.filter { $0 <= kind.allowedDelay }.count
                    let sorted = outcome.ownDelays.sorted()
                    let median = sorted.isEmpty ? "–" : "\(Int((sorted[sorted.count / 2] / 60).rounded()))m"
                    notes.append("\(volume)/day \(own) alone: \(inTime)/\(seeds) in time, median \(median)")
                }
                if !outcome.caughtBy.isEmpty {
                    notes.append("\(volume)/day first: " + outcome.caughtBy.sorted { $0.key < $1.key }.map { "\($0.key)×\($0.value)" }.joined(separator: ", "))
                }
                if !outcome.falseRules.isEmpty {
                    notes.append("\(volume)/day false: " + outcome.falseRules.sorted { $0.key < $1.key }.map { "\($0.key)×\($0.value)" }.joined(separator: ", "))
                }
            }
            print(line)
            for note in notes { print(String(repeating: " ", count: 12) + "  " + note) }
        }
    }

    static func evaluate(_ mentions: [Mention], rules: RuleSet) -> [Alert] {
        let engine = RulesEngine(rules: rules)
        var start = 0
        while start < mentions.count {
            let end = min(start + 10_000, mentions.count)
            _ = engine.process(Array(mentions[start..<end]))
            start = end
        }
        return engine.alerts().filter { $0.severity >= .high && $0.suppression == nil }
    }

    static func score(_ alerts: [Alert], truth: AlertScenario.Truth, into outcome: inout Outcome) {
        let fired = alerts.map { ($0, $0.firedAt ?? $0.startedAt) }
        let early = truth.kind == .calm ? fired : fired.filter { $0.1 < truth.onset }
        outcome.falseAlarms.append(early.count)
        for (alert, _) in early { outcome.falseRules[alert.ruleID, default: 0] += 1 }
        guard truth.kind != .calm else { return }
        if let own = ownRule(truth.kind), let at = fired.filter({ $0.0.ruleID == own && $0.1 >= truth.onset }).map(\.1).min() {
            outcome.ownDelays.append(max(0, at.timeIntervalSince(truth.due)))
        }
        guard let (firstAlert, first) = fired.filter({ $0.1 >= truth.onset }).min(by: { $0.1 < $1.1 }) else {
            outcome.missed += 1
            return
        }
        let delay = max(0, first.timeIntervalSince(truth.due))
        outcome.delays.append(delay)
        if delay <= truth.kind.allowedDelay {
            outcome.caught += 1
            outcome.caughtBy[firstAlert.ruleID, default: 0] += 1
        } else {
            outcome.late += 1
        }
    }

    static func cell(_ outcome: Outcome, kind: AlertScenario.Kind, seeds: Int) -> String {
        let falseTotal = outcome.falseAlarms.reduce(0, +)
        let falsePart = "false \(falseTotal)/\(seeds) wk"
        guard kind != .calm else { return falsePart + " (max \(outcome.falseAlarms.max() ?? 0))" }
        let sorted = outcome.delays.sorted()
        let median = sorted.isEmpty ? "–" : "\(Int((sorted[sorted.count / 2] / 60).rounded()))m"
        return "\(outcome.caught)/\(seeds) in time, \(median); \(falsePart)"
    }
}
