import Foundation
import Yams

/// `type: share`: the matching share of the window's base (`of:`), against the share of the
/// baseline before it, by ratio and binomial z-score.
extension ShareParameters {
    var minimum: (matched: Int64, base: Int64) { (Int64.min, Int64(minTotal)) }

    func evaluate(_ point: WindowPoint, stats: PointStats) -> (Bool, PointStats) {
        let (sums, p, w, resolution, current) = (point.sums, point.p, point.w, point.resolution, point.current)
        let parameters = self
        var stats = stats
        guard point.warmedUp(parameters.warmup) && current.base >= Int64(parameters.minTotal) else { return (false, stats) }
        let baselineBuckets = max(1, Int64((parameters.baseline / resolution).rounded(.down)))
        let base = sums.sum(p - w - baselineBuckets + 1, p - w)
        stats.share = current.base > 0 ? Double(current.matched) / Double(current.base) : 0
        stats.baselineTotal = base.base
        stats.baselineShare = base.base > 0 ? Double(base.matched) / Double(base.base) : 0
        stats.ratio = stats.baselineShare > 0 ? stats.share / stats.baselineShare : (stats.share > 0 ? .infinity : 0)
        // Binomial z-score: the window's count against what the baseline share predicts.
        let p0 = min(max(stats.baselineShare, 0.01), 0.99)
        let n = Double(current.base)
        stats.z = n > 0 ? (Double(current.matched) - n * p0) / (n * p0 * (1 - p0)).squareRoot() : 0
        let breach = base.base >= Int64(parameters.minTotal)
            && stats.share >= parameters.minShare && stats.ratio >= parameters.minRatio && stats.z >= parameters.minZ
        return (breach, stats)
    }
}

extension RuleFileParser {
    /// `window: {type: share, over: …, of, min_share, min_ratio, min_z, min_total, baseline, warmup}`.
    func parseShare(_ window: Node.Mapping, common: [String]) throws -> ShareParameters {
        try rejectUnknown(window, common + ["of", "min_share", "min_ratio", "min_z", "min_total", "baseline", "warmup"], prefix: "window.")
        var p = ShareParameters()
        if let node = window["of"] { p.of = try condition(node, field: "window.of") }
        if let node = window["min_share"] {
            p.minShare = try number(node, field: "window.min_share", minimum: 0)
            guard p.minShare <= 1 else { throw fail(node, "window.min_share", "expected a fraction between 0 and 1 (0.4 = 40%)") }
        }
        if let node = window["min_ratio"] { p.minRatio = try number(node, field: "window.min_ratio", minimum: 0) }
        if let node = window["min_z"] { p.minZ = try number(node, field: "window.min_z", minimum: 0) }
        if let node = window["min_total"] { p.minTotal = try int(node, field: "window.min_total", minimum: 1, node: node) }
        if let node = window["baseline"] { p.baseline = try duration(node, field: "window.baseline") }
        p.warmup = try window["warmup"].map { try duration($0, field: "window.warmup") } ?? p.baseline
        return p
    }
}

extension ShareParameters {
    /// The rule's condition in words, for the alert's explanation.
    func condition(window: String, filter: String) -> String {
        "share of \(filter) among \(ConditionText.describe(of)) ≥ \(Int(minShare * 100))%, ≥ \(minRatio.formatted())× and z ≥ \(minZ.formatted()) vs the last \(RuleDuration.format(baseline)), at least \(minTotal) mentions"
    }

    /// What the peak was compared with (`share`, `ratio`, `z`: as the summary shows them).
    func explanation(_ peak: PointStats, share: String, ratio: String, z: String) -> String? {
        "share: \(peak.count) of \(peak.total) (\(share)); baseline \(Int((peak.baselineShare * 100).rounded()))% of \(peak.baselineTotal); \(ratio)× usual, z \(z)"
    }

    /// `{baseline}` in a summary.
    func baselineText(_ peak: PointStats) -> String { "\(Int((peak.baselineShare * 100).rounded()))%" }

    static let defaultSummary = "{share} of {total} mentions in {window}, {ratio}× usual{key}"
}
