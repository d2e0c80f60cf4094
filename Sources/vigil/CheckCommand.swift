import ArgumentParser
import Foundation
import VigilCore
import VigilEngine
import VigilImport
import VigilRules

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Replay feeds through the rules and print the alerts they raise, in event-time order.",
        discussion: """
        Answers "would this rule have fired?" over past exports. Alerts are evaluated in event time \
        (each post's timestamp), so the answer does not depend on file order or on repeats.
        Exit status: 0 when no alert at or above --min-severity was raised (inhibited and silenced \
        alerts do not count), 1 when some were, 2 on errors (unreadable feed, bad rule file).
        """
    )

    @Argument(help: "Feed files or directories.")
    var feeds: [String]

    @Option(help: "Rule file (default: rules.yaml in a workspace directory given as a feed, else the default pack).")
    var rules: String?

    @Flag(help: "Print one JSON object per alert (JSON Lines).")
    var json = false

    @Option(help: "Only alerts at or above this severity: info, low, medium, high, critical.")
    var minSeverity: Severity = .info

    @Option(help: "Importer to use instead of detecting the format (see `vigil formats`).")
    var format: String?

    @OptionGroup var options: FeedOptions

    func run() throws {
        let engine: RulesEngine
        do {
            engine = try RuleLocator.load(explicit: rules, feeds: feeds)
        } catch {
            print("vigil: \(error)", to: &standardError)
            throw ExitCode(2)
        }
        let (pipeline, forced) = try options.pipeline(feeds: feeds)
        pipeline.rules = engine
        let report = pipeline.load(paths: FeedLocator.expand(feeds), format: format ?? forced)
        for problem in report.unreadable { print("vigil: \(problem)", to: &standardError) }
        if !report.issues.isEmpty { print("vigil: \(report.issues.count) record(s) skipped (see `vigil import`)", to: &standardError) }
        if !report.unreadable.isEmpty { throw ExitCode(2) }
        let alerts = engine.alerts().filter { $0.severity >= minSeverity }
        for alert in alerts {
            print(json ? AlertOutput.json(alert) : Printable.text(AlertOutput.line(alert)))
        }
        if !json {
            let counted = alerts.filter(AlertOutput.counts)
            let watermark = engine.watermark.map(AlertOutput.stamp) ?? "no data"
            print("\(counted.count) alert(s) at or above \(minSeverity.name) from \(report.imported) mentions; evaluated up to \(watermark)")
        }
        if alerts.contains(where: AlertOutput.counts) { throw ExitCode(1) }
    }
}

extension Severity: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
    public static var allValueStrings: [String] { allCases.map(\.name) }
    public var defaultValueDescription: String { name }
}

enum AlertOutput {
    /// Inhibited and silenced alerts were raised but deliberately hidden; they do not count.
    static func counts(_ alert: Alert) -> Bool {
        switch alert.suppression {
        case .inhibited, .silenced: return false
        case .muted, .none: return true
        }
    }

    static func stamp(_ date: Date) -> String { AlertJSON.stamp(date) }

    static func line(_ alert: Alert) -> String {
        let ended = alert.endedAt.map(stamp) ?? "active"
        var line = "\(stamp(alert.startedAt))  \(ended.padding(toLength: 20, withPad: " ", startingAt: 0))  "
        line += alert.severity.name.uppercased().padding(toLength: 9, withPad: " ", startingAt: 0)
        line += "\(alert.ruleID)  \(alert.state.rawValue)"
        if !alert.key.isEmpty { line += "  [\(alert.key)]" }
        line += "  \(alert.summary)"
        if let suppression = alert.suppression { line += "  (\(suppression))" }
        return line
    }

    static func json(_ alert: Alert) -> String { AlertJSON.line(alert) }
}
