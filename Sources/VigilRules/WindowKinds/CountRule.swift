import Foundation
import Yams

/// `type: count`: at least `min` matching mentions in the window.
enum CountRule {
    static func minimum(min: Int) -> (matched: Int64, base: Int64) { (Int64(min), Int64.min) }

    static func evaluate(min: Int, _ point: WindowPoint, stats: PointStats) -> (Bool, PointStats) {
        (point.current.matched >= Int64(min), stats)
    }
}

extension RuleFileParser {
    /// `window: {type: count, over: …, min: N}`.
    func parseCount(_ window: Node.Mapping, _ windowNode: Node, common: [String]) throws -> Int {
        try rejectUnknown(window, common + ["min"], prefix: "window.")
        return try int(window["min"], field: "window.min", minimum: 1, node: windowNode)
    }
}

extension CountRule {
    /// The rule's condition in words, for the alert's explanation.
    static func condition(min: Int, window: String, filter: String) -> String { "≥ \(min) in \(window) where \(filter)" }

    static let defaultSummary = "{count} mentions in {window}{key}"
}
