import Foundation
import VigilCore

/// Alerts: acknowledgements and silences, and the sweep that turns the windows' counts into alerts.
extension RulesEngine {
    // MARK: alerts

    public func acknowledge(alertID: String, by: String, at: Date, note: String = "") {
        acknowledgements[alertID] = Acknowledgement(by: by, at: at, note: note)
    }

    public func addSilence(_ silence: Silence) {
        silences.removeAll { $0.id == silence.id }
        silences.append(silence)
    }

    public func removeSilence(id: String) {
        silences.removeAll { $0.id == id }
    }

    /// Every alert as of the watermark (the newest event time seen), or as of a later time
    /// (`asOf`: quiet time has passed since), in event-time order.
    public func alerts(asOf: Date? = nil) -> [Alert] {
        guard let latest = watermark else { return [] }
        let watermark = max(latest, asOf ?? latest)
        if let brandEngagement, brandEngagement.version != sweptEngagementVersion {
            // The usual moved (items arrived, perhaps in the past days): the relative rules' items
            // that can breach are swept again, so the answer does not depend on arrival order.
            sweptEngagementVersion = brandEngagement.version
            for rule in rules.windowRules.indices {
                guard case .velocity(let p) = rules.windowRules[rule].kind, p.minRatio > 0 else { continue }
                for (index, group) in series[rule].enumerated() where group.totalMatched >= minimums[rule].matched {
                    group.dirtyFrom = Int64.min
                    if !group.listedDirty {
                        group.listedDirty = true
                        dirty.append(SeriesKey(rule: Int32(rule), group: Int32(index)))
                    }
                }
            }
        }
        for key in dirty {
            let group = series[Int(key.rule)][Int(key.group)]
            group.listedDirty = false
            let hadRuns = !group.runs.isEmpty
            // Most groups (a post's few replies, an author's two complaints) never reach the
            // rule's minimum: they are passed over without touching the rule.
            let minimum = minimums[Int(key.rule)]
            if group.totalMatched < minimum.matched || group.totalBase < minimum.base {
                group.runs = []
                group.dirtyFrom = Int64.min  // swept from scratch once it can
            } else {
                let rule = rules.windowRules[Int(key.rule)]
                var usual: ((Int64) -> Double?)?
                if let brandEngagement, case .velocity(let p) = rule.kind, p.minRatio > 0 {
                    let days = Int((p.baseline / 86_400).rounded(.up))
                    usual = { bucket in brandEngagement.usual(at: bucket, days: days) }
                }
                group.runs = WindowSweep.runs(for: rules.windowRules[Int(key.rule)], series: group, resolution: rules.resolution,
                                              origin: earliest.map(bucket), usualEngagement: usual)
            }
            group.cachedAlerts = nil
            if group.runs.isEmpty {
                if hadRuns { withRuns.remove(key) }
            } else {
                withRuns.insert(key)
            }
        }
        dirty.removeAll(keepingCapacity: true)
        var raised: [Alert] = []
        for key in withRuns.sorted() {
            let group = series[Int(key.rule)][Int(key.group)]
            // A group's alerts change only when its data does, or, while one is still open, with the clock.
            if group.cachedAlerts == nil || group.cachedHasOpen || watermark < group.cachedWatermark {
                let incidents = AlertAssembler.incidents(rule: rules.windowRules[Int(key.rule)], series: group, runs: group.runs,
                                                         watermark: watermark, resolution: rules.resolution, slots: slots)
                let alerts = incidents.map(AlertAssembler.alert(from:))
                group.cachedAlerts = alerts
                // Open alerts, and breaches that start after "now", can still change as time passes.
                let lastStart = group.runs.last.map { Date(timeIntervalSince1970: Double($0.start) * rules.resolution) }
                group.cachedHasOpen = alerts.contains { $0.endedAt == nil } || (lastStart.map { $0 > watermark } ?? false)
                group.cachedWatermark = watermark
            }
            raised += group.cachedAlerts ?? []
        }
        return AlertAssembler.assemble(raised, rules: rules, watermark: watermark,
                                       acknowledgements: acknowledgements, silences: silences)
    }
}

extension RulesEngine {
    /// What a window rule measures and how it is distributed over the history seen: its
    /// measure at the end of every window-long step of event time, for every group.
    public struct MeasureDistribution: Sendable {
        /// The parameter the measure is compared with (`min`, `min_z`, `min_share`).
        public var parameter: String
        public var values: [Double]

        /// The largest value not among the top `fraction` of windows: a threshold just above it
        /// fires on at most that fraction. Nil when no window saw anything.
        public func largestBelowTop(_ fraction: Double) -> Double? {
            let sorted = values.sorted()
            let allowed = Int((Double(sorted.count) * fraction).rounded(.down))
            guard !sorted.isEmpty else { return nil }
            let value = sorted[max(0, sorted.count - allowed - 1)]
            // Nothing in all but the top windows: the history says nothing about a threshold.
            return value > 0 ? value : nil
        }
    }

    /// For `vigil rules stats`: the distribution of window rule `index`'s measure.
    public func measures(ofWindowRule index: Int) -> MeasureDistribution {
        var rule = rules.windowRules[index]
        // A spike's z is only worked out past its floors: measured without them, every window has one.
        switch rule.kind {
        case .spike(var parameters):
            parameters.minCount = 1
            parameters.minRatio = 0
            parameters.warmup = 0
            rule.kind = .spike(parameters)
        case .share(var parameters):
            parameters.warmup = 0  // min_total stays: a share of three mentions says little
            rule.kind = .share(parameters)
        case .count, .velocity:
            break
        }
        let resolution = rules.resolution
        let w = WindowSweep.windowBuckets(rule, resolution: resolution)
        let parameter: String
        switch rule.kind {
        case .count, .velocity: parameter = "min"
        case .spike: parameter = "min_z"
        case .share: parameter = "min_share"
        }
        var values: [Double] = []
        guard let earliest, let latest = watermark else { return MeasureDistribution(parameter: parameter, values: []) }
        let origin = bucket(earliest)
        let end = bucket(latest)
        for group in series[index] {
            let sums = group.sums()
            guard let seriesFirst = sums.keys.first else { continue }
            let first = min(seriesFirst, origin)
            // Window-long steps back from the newest bucket, so the latest window is always one.
            var p = end - ((end - origin - w + 1) / w) * w
            while p <= end {
                let (_, stats) = WindowSweep.evaluate(rule, sums: sums, at: p, w: w, first: first, resolution: resolution)
                switch rule.kind {
                case .count, .velocity: values.append(Double(stats.count))
                case .spike: values.append(stats.z)
                case .share(let parameters): if stats.total >= Int64(parameters.minTotal) { values.append(stats.share) }
                }
                p += w
            }
        }
        return MeasureDistribution(parameter: parameter, values: values)
    }
}
