import Foundation

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
