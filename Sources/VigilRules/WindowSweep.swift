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
        case .count(let min): return CountRule.minimum(min: min)
        case .velocity(let p): return p.minimum
        case .spike(let p): return p.minimum
        case .share(let p): return p.minimum
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
            for k in 1...parameters.pastDays { offsets += [k * day - band, k * day + w + band] }
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
        let point = WindowPoint(sums: sums, p: p, w: w, first: first, resolution: resolution)
        var stats = PointStats(bucket: p)
        stats.count = point.current.matched
        stats.total = point.current.base
        switch rule.kind {
        case .velocity(let parameters): return parameters.evaluate(point, stats: stats, usualEngagement: usualEngagement)
        case .count(let min): return CountRule.evaluate(min: min, point, stats: stats)
        case .spike(let parameters) where parameters.sameHours: return parameters.evaluateAgainstSameHours(point, stats: stats)
        case .spike(let parameters): return parameters.evaluateAgainstRecent(point, stats: stats)
        case .share(let parameters): return parameters.evaluate(point, stats: stats)
        }
    }

    static func dayBuckets(_ resolution: TimeInterval) -> Int64 { max(1, Int64((86_400 / resolution).rounded())) }

    static func bandBuckets(_ resolution: TimeInterval) -> Int64 { max(1, Int64((3600 / resolution).rounded())) }

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }
}
