import ArgumentParser
import Foundation
import VigilCore
import VigilEngine
import VigilRules

/// `vigil rules stats FEED…`: how noisy each window rule would have been over the feeds' history,
/// before a team turns it on, and the threshold that only the top 1 % of windows reach.
struct RulesStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Replay feeds and show, per window rule, how often it would have fired and a threshold from the history.",
        discussion: "With --suggest FILE, writes a copy of the rule file with each rule's threshold set to what the top 1% of windows reached, with a comment saying where the number came from."
    )

    @Argument(help: "Feed files or directories (a workspace's history).")
    var feeds: [String]

    @Option(help: "Rule file (default: rules.yaml in a workspace directory given as a feed, else the default pack).")
    var rules: String?

    @Option(help: "Write a copy of the rule file with the suggested thresholds here.")
    var suggest: String?

    @Option(help: "Importer to use instead of detecting the format (see `vigil formats`).")
    var format: String?

    @OptionGroup var options: FeedOptions

    func run() throws {
        guard let rulePath = RuleLocator.path(explicit: rules, feeds: feeds) else { throw ValidationError("no rule file found (use --rules)") }
        let ruleSet: RuleSet
        do { ruleSet = try RuleFileParser.load(path: rulePath) } catch {
            print("vigil: \(error)", to: &standardError)
            throw ExitCode(2)
        }
        let engine = RulesEngine(rules: ruleSet)
        let (pipeline, forced) = try options.pipeline(feeds: feeds)
        pipeline.rules = engine
        let report = pipeline.load(paths: FeedLocator.expand(feeds), format: format ?? forced)
        for problem in report.unreadable { print("vigil: \(problem)", to: &standardError) }
        if !report.unreadable.isEmpty { throw ExitCode(2) }
        let alerts = engine.alerts()
        let span = RulesStats.span(engine: engine)
        let weeks = max(span / (7 * 86_400), 1.0 / 7)
        print("\(report.imported) mentions, \(RulesStats.duration(span)) of event time (\(String(format: "%.1f", weeks)) weeks), rules \(rulePath)\n")
        print(RulesStats.header)
        var changes: [RuleThresholdRewriter.Change] = []
        for (index, rule) in ruleSet.windowRules.enumerated() {
            let raised = alerts.filter { $0.ruleID == rule.id }
            let durations = raised.map { ($0.endedAt ?? engine.watermark ?? $0.startedAt).timeIntervalSince($0.startedAt) }.sorted()
            let distribution = engine.measures(ofWindowRule: index)
            let current = RulesStats.current(rule)
            let top = distribution.largestBelowTop(0.01).map { RulesStats.suggestion(for: rule, above: $0) }
            print(RulesStats.row(rule: rule, fired: Double(raised.count) / weeks, medianDuration: durations.isEmpty ? nil : durations[durations.count / 2],
                                 parameter: distribution.parameter, current: current, suggested: top))
            if let top, top != current {
                changes.append(.init(ruleID: rule.id, parameter: distribution.parameter, value: top,
                                     comment: "vigil rules stats: \(distribution.parameter) \(current) → \(top): the top 1% of \(distribution.values.count) windows over \(RulesStats.duration(span)) of history reached it; it fired \(String(format: "%.1f", Double(raised.count) / weeks))×/week at \(current)"))
            }
        }
        guard let suggest else { return }
        let text = try String(contentsOfFile: rulePath, encoding: .utf8)
        let (rewritten, notFound) = RuleThresholdRewriter.apply(changes, to: text)
        try rewritten.write(toFile: suggest, atomically: true, encoding: .utf8)
        print("\nwrote \(suggest): \(changes.count - notFound.count) threshold(s) changed" + (notFound.isEmpty ? "" : "; not found in the file: \(notFound.joined(separator: ", "))"))
    }
}

enum RulesStats {
    static let header = "rule                  severity  fired/week  median length  threshold      top 1% of windows"

    static func span(engine: RulesEngine) -> TimeInterval {
        guard let latest = engine.watermark, let earliest = engine.earliestEventTime else { return 0 }
        return latest.timeIntervalSince(earliest)
    }

    static func current(_ rule: WindowRule) -> String {
        switch rule.kind {
        case .count(let min): return String(min)
        case .velocity(let p): return String(p.min)
        case .spike(let p): return number(p.minZ)
        case .share(let p): return number(p.minShare)
        }
    }

    /// The first threshold above the largest value outside the top 1 % of windows, as it would
    /// be written: the next whole count, z in halves, shares in twentieths.
    static func suggestion(for rule: WindowRule, above value: Double) -> String {
        switch rule.kind {
        case .count, .velocity: return String(max(1, Int(value.rounded(.down)) + 1))
        case .spike: return number(max(0.5, (value * 2).rounded(.down) / 2 + 0.5))
        case .share: return number(min(1, (value * 20).rounded(.down) / 20 + 0.05))
        }
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%g", value)
    }

    static func row(rule: WindowRule, fired: Double, medianDuration: TimeInterval?, parameter: String, current: String, suggested: String?) -> String {
        func pad(_ text: String, _ width: Int) -> String { text.count >= width ? text + " " : text.padding(toLength: width, withPad: " ", startingAt: 0) }
        return pad(rule.id, 22) + pad(rule.severity.name, 10) + pad(String(format: "%.1f", fired), 12)
            + pad(medianDuration.map(duration) ?? "–", 15) + pad("\(parameter) \(current)", 15) + (suggested.map { "\(parameter) \($0)" } ?? "too little to say")
    }

    static func duration(_ seconds: TimeInterval) -> String {
        let minutes = Int(seconds / 60)
        if minutes < 60 { return "\(minutes)m" }
        if minutes < 48 * 60 { return "\(minutes / 60)h\(minutes % 60 == 0 ? "" : "\(minutes % 60)m")" }
        return "\(minutes / 1440)d\(minutes % 1440 / 60 == 0 ? "" : "\(minutes % 1440 / 60)h")"
    }
}
