import Foundation
import Yams

/// `type: spike`: more matching mentions than usual, by ratio and robust z-score, against the
/// same hours of past days (`compare: same_hours`) or the windows just before.
extension SpikeParameters {
    var minimum: (matched: Int64, base: Int64) { (Int64(minCount), Int64.min) }

    /// Past days in the baseline.
    var pastDays: Int64 { max(1, Int64((baseline / 86_400).rounded(.down))) }

    func evaluateAgainstSameHours(_ point: WindowPoint, stats: PointStats) -> (Bool, PointStats) {
        let (sums, p, w, first, resolution, current) = (point.sums, point.p, point.w, point.first, point.resolution, point.current)
        let parameters = self
        var stats = stats
        // The same window on each past day: the expected count at this time of day, and how
        // far above it this one is in robust standard deviations, never less than Poisson's.
        // Comparing with the past needs some: the feed must hold a window before this one.
        guard point.warmedUp(parameters.warmup) && current.matched >= Int64(parameters.minCount) && p - first + 1 >= 2 * w else { return (false, stats) }
        let day = WindowSweep.dayBuckets(resolution)
        let band = WindowSweep.bandBuckets(resolution)
        let recent = 3 * band
        // The baseline: the same hours of each past day, widened by an hour on each side,
        // and the three hours just before (one or two past days estimate an hour noisily;
        // the hours before are usually like this one). Counted together with their length.
        var values: [Double] = []
        var baseline: Int64 = 0
        var exposure: Int64 = 0
        for k in 1...pastDays where p - k * day - band >= first {
            let count = sums.sum(p - k * day - w - band + 1, p - k * day + band).matched
            values.append(Double(count) * Double(w) / Double(w + 2 * band))
            baseline += count
            exposure += w + 2 * band
        }
        var busiest: Int64 = 0
        if values.isEmpty {
            // No past day yet (a new workspace): everything before the window, and the busiest
            // window of the day so far, so that the morning's rise is not a spike.
            var j: Int64 = 1
            while j * w <= day, p - (j + 1) * w + 1 >= first {
                busiest = max(busiest, sums.sum(p - (j + 1) * w + 1, p - j * w).matched)
                j += 1
            }
            baseline = sums.sum(first, p - w).matched
            exposure = p - w - first + 1
            stats.mean = Double(busiest)
            stats.median = stats.mean
        } else {
            stats.mean = values.reduce(0, +) / Double(values.count)
            stats.median = WindowSweep.median(values)
            stats.mad = WindowSweep.median(values.map { abs($0 - stats.median) })
            if p - w - recent + 1 >= first {
                baseline += sums.sum(p - w - recent + 1, p - w).matched
                exposure += recent
            }
        }
        let pooled = exposure > 0 ? Double(baseline) * Double(w) / Double(exposure) : 0
        let expected = max(pooled, stats.median, Double(busiest))
        stats.ratio = Double(current.matched) / max(expected, 1)
        // How unlikely the count is by chance, given that the baseline is itself a count:
        // with n = window + baseline, the window's share of n against its share of the time
        // (an exact binomial tail, as a normal score). Small counts have fat tails a plain
        // z-score misses, and a baseline of a few events is uncertain. Never more than the
        // days' own spread (MAD) allows.
        var z = exposure > 0
            ? CountTail.binomialZ(successes: Int(current.matched), trials: Int(current.matched + baseline), probability: Double(w) / Double(w + exposure))
            : 37
        if stats.mad > 0 { z = min(z, (Double(current.matched) - expected) / (1.4826 * stats.mad)) }
        stats.z = z
        return (stats.ratio >= parameters.minRatio && stats.z >= parameters.minZ, stats)
    }

    func evaluateAgainstRecent(_ point: WindowPoint, stats: PointStats) -> (Bool, PointStats) {
        let (sums, p, w, resolution, current) = (point.sums, point.p, point.w, point.resolution, point.current)
        let parameters = self
        var stats = stats
        let slots = max(1, Int64((parameters.baseline / (Double(w) * resolution)).rounded(.down)))
        // The baseline's slots are contiguous: their mean is one range sum. Most points fail
        // on volume or ratio, and need no median (a sort) of the slots.
        stats.mean = Double(sums.sum(p - (slots + 1) * w + 1, p - w).matched) / Double(slots)
        stats.ratio = Double(current.matched) / max(stats.mean, 1)
        guard point.warmedUp(parameters.warmup) && current.matched >= Int64(parameters.minCount)
            && stats.ratio >= parameters.minRatio else { return (false, stats) }
        var values: [Double] = []
        values.reserveCapacity(Int(slots))
        for j in 1...slots {
            values.append(Double(sums.sum(p - (j + 1) * w + 1, p - j * w).matched))
        }
        stats.median = WindowSweep.median(values)
        stats.mad = WindowSweep.median(values.map { abs($0 - stats.median) })
        stats.z = (Double(current.matched) - stats.median) / max(1.4826 * stats.mad, 1)
        return (stats.z >= parameters.minZ, stats)
    }
}

extension RuleFileParser {
    /// `window: {type: spike, over: …, compare: same_hours|previous, min_count, min_ratio, min_z, baseline, warmup}`.
    func parseSpike(_ window: Node.Mapping, common: [String]) throws -> SpikeParameters {
        try rejectUnknown(window, common + ["min_count", "min_ratio", "min_z", "baseline", "warmup", "compare"], prefix: "window.")
        var p = SpikeParameters()
        if let node = window["compare"] {
            switch node.string {
            case "same_hours": p.sameHours = true
            case "previous": p.sameHours = false
            default: throw fail(node, "window.compare", "expected same_hours (the same hours of past days) or previous (the slots just before), got \(node.shown)")
            }
        }
        if let node = window["min_count"] { p.minCount = try int(node, field: "window.min_count", minimum: 1, node: node) }
        if let node = window["min_ratio"] { p.minRatio = try number(node, field: "window.min_ratio", minimum: 1) }
        if let node = window["min_z"] { p.minZ = try number(node, field: "window.min_z", minimum: 0) }
        if let node = window["baseline"] { p.baseline = try duration(node, field: "window.baseline") }
        if p.sameHours && p.baseline < 24 * 3600, let node = window["baseline"] {
            throw fail(node, "window.baseline", "with compare: same_hours, the baseline is whole past days (e.g. 7d)")
        }
        // Same hours: no warm-up; before a past day exists the recent rate stands in.
        p.warmup = try window["warmup"].map { try duration($0, field: "window.warmup") } ?? (p.sameHours ? 0 : p.baseline)
        return p
    }
}

extension SpikeParameters {
    /// The rule's condition in words, for the alert's explanation.
    func condition(window: String, filter: String) -> String {
        "\(window) volume ≥ \(minCount), ≥ \(minRatio.formatted())× and z ≥ \(minZ.formatted()) vs the last \(RuleDuration.format(baseline)) where \(filter)"
    }

    /// What the peak was compared with.
    func explanation(_ peak: PointStats, window: String) -> String? {
        String(format: "baseline: %.1f per %@ (median %.1f, MAD %.1f); %.1f× usual, robust z %.1f",
               peak.mean, window, peak.median, peak.mad, peak.ratio, peak.z)
    }

    /// `{baseline}` in a summary.
    func baselineText(_ peak: PointStats) -> String { String(format: "%.1f", peak.mean) }

    static let defaultSummary = "{count} mentions in {window}, {ratio}× usual{key}"
}
