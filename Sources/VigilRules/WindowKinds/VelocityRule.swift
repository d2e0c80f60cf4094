import Foundation

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
