import Foundation
import Yams

/// `type: velocity`: one item's engagement (and its replies) in the window, at least `min`,
/// and with `min_ratio` that many times what the brand's items usually gather.
extension VelocityParameters {
    var minimum: (matched: Int64, base: Int64) { (Int64(min), Int64.min) }

    func evaluate(_ point: WindowPoint, stats: PointStats, usualEngagement: ((Int64) -> Double?)?) -> (Bool, PointStats) {
        let (p, current) = (point.p, point.current)
        let parameters = self
        var stats = stats
        // Relative: against what the brand's items usually gather, once that is known (a
        // warm-up, as for spikes: until then the rule does not compare).
        var threshold = Double(parameters.min)
        if parameters.minRatio > 0 {
            guard let usual = usualEngagement?(p) else { return (false, stats) }
            stats.mean = usual
            stats.ratio = Double(current.matched) / max(usual, 1)
            threshold = max(threshold, parameters.minRatio * usual)
        }
        return (Double(current.matched) >= threshold, stats)
    }
}

extension RuleFileParser {
    /// `window: {type: velocity, over: …, min, min_ratio, baseline}`.
    func parseVelocity(_ window: Node.Mapping, _ windowNode: Node, common: [String]) throws -> VelocityParameters {
        try rejectUnknown(window, common + ["min", "min_ratio", "baseline"], prefix: "window.")
        var p = VelocityParameters(min: try int(window["min"], field: "window.min", minimum: 1, node: windowNode))
        if let node = window["min_ratio"] { p.minRatio = try number(node, field: "window.min_ratio", minimum: 0) }
        if let node = window["baseline"] {
            p.baseline = try duration(node, field: "window.baseline")
            guard p.baseline >= 86_400 else { throw fail(node, "window.baseline", "the usual engagement is counted in whole days: expected at least 1d") }
        }
        return p
    }
}

extension VelocityParameters {
    /// The rule's condition in words, for the alert's explanation.
    func condition(window: String, filter: String) -> String {
        let relative = minRatio > 0 ? " and ≥ \(minRatio.formatted())× the top item of a usual day (last \(RuleDuration.format(baseline)))" : ""
        return "one item gains ≥ \(min) engagements\(relative) in \(window) where \(filter)"
    }

    /// What the peak was compared with (relative rules only).
    func explanation(_ peak: PointStats) -> String? {
        guard minRatio > 0 else { return nil }
        return String(format: "the brand's most engaged item of a usual day gathers about %.0f (the median day of the last %@); this one %.1f× that",
                      peak.mean, RuleDuration.format(baseline), peak.ratio)
    }

    /// `{baseline}` in a summary.
    func baselineText(_ peak: PointStats) -> String { peak.mean > 0 ? String(Int(peak.mean.rounded())) : "" }

    static let defaultSummary = "{count} engagements in {window} on one item{key}"
}
