import Foundation

/// The measures of a window rule at one evaluation point.
struct PointStats: Sendable {
    var bucket: Int64 = 0
    /// Matching mentions (or engagement) in the window.
    var count: Int64 = 0
    /// Share rules: the denominator in the window.
    var total: Int64 = 0
    /// Baseline: mean, median and median absolute deviation of the window-sized slots before.
    var mean = 0.0
    var median = 0.0
    var mad = 0.0
    var ratio = 0.0
    var z = 0.0
    var share = 0.0
    var baselineShare = 0.0
    var baselineTotal: Int64 = 0
}

/// A stretch of evaluation points where the rule's condition held: from `start` up to (not
/// including) `end`, in buckets.
struct BreachRun: Sendable {
    var start: Int64
    var end: Int64?
    var peak: PointStats
}

/// Evaluates a window rule over one group's histogram at every point where the window's
/// content changes (a bucket entering or leaving it), and returns where the condition held.
enum WindowSweep {
    /// The totals below which a group can never breach the rule: with its whole history below
    /// them, no window can.
    static func minimum(_ rule: WindowRule) -> (matched: Int64, base: Int64) {
        switch rule.kind {
        case .count(let min): return (Int64(min), Int64.min)
        case .velocity(let p): return (Int64(p.min), Int64.min)
        case .spike(let p): return (Int64(p.minCount), Int64.min)
        case .share(let p): return (Int64.min, Int64(p.minTotal))
        }
    }

    static func windowBuckets(_ rule: WindowRule, resolution: TimeInterval) -> Int64 {
        max(1, Int64((rule.window / resolution).rounded(.up)))
    }

    /// Breach runs of the series. Points before `series.dirtyFrom` cannot have changed (a point
    /// only depends on buckets at or before it), so the cached runs up to there are kept and
    /// only later points are evaluated again: a live append costs only the points after it.
    /// `origin` is the bucket of the earliest mention the engine has seen: warm-ups count from
    /// it, and past days before a group's first mention are zeros, not missing (an outage's
    /// words are new the day it happens).
    /// `usualEngagement`: for a relative velocity rule, an item's usual engagement at a bucket.
    static func runs(for rule: WindowRule, series: WindowSeries, resolution: TimeInterval, origin: Int64? = nil,
                     usualEngagement: ((Int64) -> Double?)? = nil) -> [BreachRun] {
        let sums = series.sums()
        guard let seriesFirst = sums.keys.first else { return [] }
        let first = min(seriesFirst, origin ?? seriesFirst)
        let w = windowBuckets(rule, resolution: resolution)
        var from = series.dirtyFrom ?? Int64.min
        var runs: [BreachRun] = []
        // The first bucket must not have moved for cached runs to stand (warm-up counts from it).
        let incremental = from > Int64.min && series.firstBucketOfRuns == first
        if incremental {
            for run in series.runs {
                if let end = run.end, end < from {
                    runs.append(run)
                } else if run.start < from {
                    // A run still open at the change: evaluate again from its start, so its peak
                    // is measured over all of it (points before the run did not breach).
                    from = run.start
                    break
                } else {
                    break
                }
            }
        }
        let start = incremental ? from : Int64.min
        var open: BreachRun?
        // A point's answer can only change where a bucket enters or leaves one of its windows:
        // the current window (at the bucket, and w later), and for spike and share rules the
        // baseline too (when the bucket leaves it), plus the moment the warm-up ends.
        var offsets: [Int64] = [0, w]
        var warmup: TimeInterval = 0
        switch rule.kind {
        case .spike(let parameters) where parameters.sameHours:
            let day = dayBuckets(resolution)
            let band = bandBuckets(resolution)
            for k in 1...pastDays(parameters) { offsets += [k * day - band, k * day + w + band] }
            warmup = parameters.warmup
        case .spike(let parameters):
            let slots = max(1, Int64((parameters.baseline / (Double(w) * resolution)).rounded(.down)))
            offsets.append((slots + 1) * w)
            warmup = parameters.warmup
        case .share(let parameters):
            offsets.append(w + max(1, Int64((parameters.baseline / resolution).rounded(.down))))
            warmup = parameters.warmup
        case .count, .velocity:
            break
        }
        var points: [Int64] = []
        // Only the buckets that reach `start`: a live append sweeps the last few points, not the
        // whole history (walking every bucket for each offset was most of an alert look).
        for offset in offsets {
            let from = start == Int64.min ? 0 : sums.lowerBound(start &- offset)
            points.append(contentsOf: sums.keys[from...].lazy.map { $0 + offset })
        }
        if warmup > 0 {
            let warmed = first + Int64((warmup / resolution).rounded(.up))
            if warmed >= start { points.append(warmed) }
        }
        points.sort()
        var previous: Int64?
        for p in points where p != previous {
            previous = p
            let (breach, stats) = evaluate(rule, sums: sums, at: p, w: w, first: first, resolution: resolution, usualEngagement: usualEngagement)
            if breach {
                if open == nil {
                    open = BreachRun(start: p, end: nil, peak: stats)
                } else if stats.count > open!.peak.count {
                    open!.peak = stats
                }
            } else if var run = open {
                run.end = p
                runs.append(run)
                open = nil
            }
        }
        if let run = open { runs.append(run) }
        series.firstBucketOfRuns = first
        series.dirtyFrom = nil
        return runs
    }

    static func evaluate(_ rule: WindowRule, sums: RangeSums, at p: Int64, w: Int64, first: Int64, resolution: TimeInterval,
                         usualEngagement: ((Int64) -> Double?)? = nil) -> (Bool, PointStats) {
        var stats = PointStats(bucket: p)
        let current = sums.sum(p - w + 1, p)
        stats.count = current.matched
        stats.total = current.base
        let warmedUp = { (warmup: TimeInterval) in Double(p - first) * resolution >= warmup }
        switch rule.kind {
        case .velocity(let parameters):
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
        case .count(let min):
            return (current.matched >= Int64(min), stats)
        case .spike(let parameters) where parameters.sameHours:
            // The same window on each past day: the expected count at this time of day, and how
            // far above it this one is in robust standard deviations, never less than Poisson's.
            // Comparing with the past needs some: the feed must hold a window before this one.
            guard warmedUp(parameters.warmup) && current.matched >= Int64(parameters.minCount) && p - first + 1 >= 2 * w else { return (false, stats) }
            let day = dayBuckets(resolution)
            let band = bandBuckets(resolution)
            let recent = 3 * band
            // The baseline: the same hours of each past day, widened by an hour on each side,
            // and the three hours just before (one or two past days estimate an hour noisily;
            // the hours before are usually like this one). Counted together with their length.
            var values: [Double] = []
            var baseline: Int64 = 0
            var exposure: Int64 = 0
            for k in 1...pastDays(parameters) where p - k * day - band >= first {
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
                stats.median = median(values)
                stats.mad = median(values.map { abs($0 - stats.median) })
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
        case .spike(let parameters):
            let slots = max(1, Int64((parameters.baseline / (Double(w) * resolution)).rounded(.down)))
            // The baseline's slots are contiguous: their mean is one range sum. Most points fail
            // on volume or ratio, and need no median (a sort) of the slots.
            stats.mean = Double(sums.sum(p - (slots + 1) * w + 1, p - w).matched) / Double(slots)
            stats.ratio = Double(current.matched) / max(stats.mean, 1)
            guard warmedUp(parameters.warmup) && current.matched >= Int64(parameters.minCount)
                && stats.ratio >= parameters.minRatio else { return (false, stats) }
            var values: [Double] = []
            values.reserveCapacity(Int(slots))
            for j in 1...slots {
                values.append(Double(sums.sum(p - (j + 1) * w + 1, p - j * w).matched))
            }
            stats.median = median(values)
            stats.mad = median(values.map { abs($0 - stats.median) })
            stats.z = (Double(current.matched) - stats.median) / max(1.4826 * stats.mad, 1)
            return (stats.z >= parameters.minZ, stats)
        case .share(let parameters):
            guard warmedUp(parameters.warmup) && current.base >= Int64(parameters.minTotal) else { return (false, stats) }
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

    static func dayBuckets(_ resolution: TimeInterval) -> Int64 { max(1, Int64((86_400 / resolution).rounded())) }

    static func bandBuckets(_ resolution: TimeInterval) -> Int64 { max(1, Int64((3600 / resolution).rounded())) }

    static func pastDays(_ parameters: SpikeParameters) -> Int64 { max(1, Int64((parameters.baseline / 86_400).rounded(.down))) }

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }
}
