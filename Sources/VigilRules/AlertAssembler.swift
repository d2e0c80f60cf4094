import Foundation
import VigilCore

/// The alerts of one inhibition's source severity, by key (and all together for `equal: none`),
/// sorted by start with a running maximum of their ends: "is one active during [s, e]?" is a
/// binary search, so thousands of alerts do not make inhibition quadratic.
struct InhibitorIndex {
    struct Intervals {
        var starts: [Date] = []
        /// Per prefix of `starts`: the source ending last, and the one ending last after it
        /// (so an alert that is itself the latest source can still be inhibited by another).
        var first: [(end: Date, id: String)] = []
        var second: [(end: Date, id: String)?] = []

        init(_ alerts: [Alert], watermark: Date) {
            var best: (end: Date, id: String)?
            var runnerUp: (end: Date, id: String)?
            for alert in alerts.sorted(by: { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) }) {
                let candidate = (end: alert.endedAt ?? watermark, id: alert.id)
                if let current = best, current.end >= candidate.end {
                    if runnerUp.map({ $0.end < candidate.end }) ?? true { runnerUp = candidate }
                } else {
                    runnerUp = best
                    best = candidate
                }
                starts.append(alert.startedAt)
                first.append(best!)
                second.append(runnerUp)
            }
        }

        /// A source other than `excluding` that started by `end` and was still active at `start`.
        func overlapping(_ start: Date, _ end: Date, excluding: String) -> String? {
            var lo = 0, hi = starts.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if starts[mid] <= end { lo = mid + 1 } else { hi = mid }
            }
            guard lo > 0 else { return nil }
            for candidate in [first[lo - 1], second[lo - 1]].compactMap({ $0 }) where candidate.id != excluding {
                return candidate.end >= start ? candidate.id : nil
            }
            return nil
        }
    }

    let rule: InhibitRule
    let byKey: [String: Intervals]
    let all: Intervals

    init(_ rule: InhibitRule, alerts: [Alert], watermark: Date) {
        self.rule = rule
        let sources = alerts.filter { $0.severity >= rule.source && $0.firedAt != nil }
        byKey = Dictionary(grouping: sources, by: \.key).mapValues { Intervals($0, watermark: watermark) }
        all = Intervals(rule.equalKey ? [] : sources, watermark: watermark)
    }

    func source(inhibiting alert: Alert, watermark: Date) -> String? {
        guard rule.targets.contains(alert.severity) else { return nil }
        let intervals = rule.equalKey ? byKey[alert.key] : all
        return intervals?.overlapping(alert.startedAt, alert.endedAt ?? watermark, excluding: alert.id)
    }
}

/// Turns breach runs into alerts: applies `for` and `keep_firing_for`, merges alerts that share
/// a dedup key, then marks inhibited, muted and silenced ones and the acknowledged.
enum AlertAssembler {
    struct Incident {
        var rule: WindowRule
        var key: String
        var startedAt: Date
        var firedAt: Date?
        var endedAt: Date?
        var peak: PointStats
        var terms: [String: Int]
        var examples: [MentionID]
        var resolution: TimeInterval
    }

    static func incidents(rule: WindowRule, series: WindowSeries, runs: [BreachRun], watermark: Date, resolution: TimeInterval,
                          slots: MentionSlots) -> [Incident] {
        func time(_ bucket: Int64) -> Date { Date(timeIntervalSince1970: Double(bucket) * resolution) }
        var result: [Incident] = []
        var current: (incident: Incident, firstBucket: Int64, lastBucket: Int64)?
        func close() {
            guard var done = current else { return }
            done.incident.terms = tally(series, from: done.firstBucket, to: done.lastBucket)
            done.incident.examples = examples(series, from: done.firstBucket, to: done.lastBucket, slots: slots)
            result.append(done.incident)
            current = nil
        }
        for run in runs {
            let start = time(run.start)
            guard start <= watermark else { break }
            // The condition stopped holding at `end`, unless that is still in the future.
            let end = run.end.map(time).flatMap { $0 <= watermark ? $0 : nil }
            let w = WindowSweep.windowBuckets(rule, resolution: resolution)
            // The last window that breached ends just before `end`; an open run goes on to now.
            let lastBucket = run.end.map { $0 - 1 } ?? Int64((watermark.timeIntervalSince1970 / resolution).rounded(.down))
            if var active = current, active.incident.firedAt != nil, let activeEnd = active.incident.endedAt, start <= activeEnd {
                // Breached again while still firing (keep_firing_for): the same incident goes on.
                active.incident.endedAt = end.map { $0.addingTimeInterval(rule.keepFiringFor) }.flatMap { $0 <= watermark ? $0 : nil }
                if run.peak.count > active.incident.peak.count { active.incident.peak = run.peak }
                active.lastBucket = lastBucket
                current = active
                continue
            }
            close()
            let held = (end ?? watermark).timeIntervalSince(start)
            guard held >= rule.forDuration || end == nil else { continue }  // too short: it never fired
            let fired = held >= rule.forDuration ? start.addingTimeInterval(rule.forDuration) : nil
            let ended = end.map { $0.addingTimeInterval(rule.keepFiringFor) }.flatMap { $0 <= watermark ? $0 : nil }
            let incident = Incident(rule: rule, key: series.key, startedAt: start, firedAt: fired, endedAt: fired == nil ? nil : ended,
                                    peak: run.peak, terms: [:], examples: [], resolution: resolution)
            // Terms and examples come from the whole window that led to the breach.
            current = (incident, run.start - w + 1, lastBucket)
        }
        close()
        return result
    }

    private static func tally(_ series: WindowSeries, from: Int64, to: Int64) -> [String: Int] {
        var total: [String: Int] = [:]
        for (bucket, terms) in series.terms where bucket >= from && bucket <= to {
            for (term, count) in terms { total[term, default: 0] += count }
        }
        return total
    }

    /// The earliest mentions that made up the incident.
    private static func examples(_ series: WindowSeries, from: Int64, to: Int64, slots: MentionSlots) -> [MentionID] {
        var picked: [Int32] = []
        var index = series.lowerBound(from)
        while index < series.cells.count, series.cells[index].bucket <= to, picked.count < 5 {
            picked += series.cells[index].sampleSlots
            index += 1
        }
        return picked.prefix(5).map { slots.id(Int($0)) }
    }

    static func assemble(_ raised: [Alert], rules: RuleSet, watermark: Date,
                         acknowledgements: [String: Acknowledgement], silences: [Silence]) -> [Alert] {
        var alerts = merge(raised, rules: rules)
        let acks = AcknowledgementIndex(acknowledgements)
        // Per inhibition, the alerts that can inhibit, by key, as interval indexes.
        let inhibitors = rules.inhibits.map { InhibitorIndex($0, alerts: alerts, watermark: watermark) }
        for index in alerts.indices {
            let alert = alerts[index]
            let until = alert.endedAt ?? watermark
            if let silence = silences.first(where: { $0.covers(rule: alert.ruleID, key: alert.key, from: alert.startedAt, to: until) }) {
                alerts[index].suppression = .silenced(by: silence.createdBy, comment: silence.comment)
            } else if let source = inhibitors.lazy.compactMap({ $0.source(inhibiting: alert, watermark: watermark) }).first {
                alerts[index].suppression = .inhibited(by: source)
            } else if let mute = rules.mutes.first(where: { $0.applies(to: alert.severity, rule: alert.ruleID) && $0.contains(alert.firedAt ?? alert.startedAt) }) {
                alerts[index].suppression = .muted(interval: mute.name)
            }
            if let fired = alert.firedAt, !isSilencedOrInhibited(alerts[index].suppression) {
                let rule = rules.windowRules.first { $0.id == alert.ruleID }
                alerts[index].notifyTimes = notifyTimes(fired: fired, until: until, every: rule?.realert ?? 0, rule: alert, mutes: rules.mutes)
            }
            let ack = acks.find(alert, watermark: watermark)
            if alert.state != .resolved, alert.firedAt != nil, let ack {
                alerts[index].state = .acknowledged
                alerts[index].acknowledgement = ack
            } else if let ack {
                alerts[index].acknowledgement = ack
            }
        }
        return alerts.sorted { ($0.startedAt, $0.ruleID, $0.key) < ($1.startedAt, $1.ruleID, $1.key) }
    }

    /// Acknowledgements by alert id, and by incident: an id is "dedup@start", and the start of
    /// an incident moves earlier when older data arrives (late posts, a history loaded after the
    /// newest); the acknowledgement of the same incident under its earlier id still holds.
    struct AcknowledgementIndex {
        let byID: [String: Acknowledgement]
        let byDedup: [String: [(start: Int, ack: Acknowledgement)]]

        init(_ acknowledgements: [String: Acknowledgement]) {
            byID = acknowledgements
            var byDedup: [String: [(start: Int, ack: Acknowledgement)]] = [:]
            for (id, ack) in acknowledgements {
                guard let at = id.lastIndex(of: "@"), let start = Int(id[id.index(after: at)...]) else { continue }
                byDedup[String(id[..<at]), default: []].append((start, ack))
            }
            self.byDedup = byDedup
        }

        func find(_ alert: Alert, watermark: Date) -> Acknowledgement? {
            if let ack = byID[alert.id] { return ack }
            guard let at = alert.id.lastIndex(of: "@"), let candidates = byDedup[String(alert.id[..<at])] else { return nil }
            let from = Int(alert.startedAt.timeIntervalSince1970), to = Int((alert.endedAt ?? watermark).timeIntervalSince1970)
            return candidates.first { $0.start >= from && $0.start <= to }?.ack
        }
    }

    private static func isSilencedOrInhibited(_ suppression: Suppression?) -> Bool {
        switch suppression {
        case .silenced, .inhibited: return true
        case .muted, .none: return false
        }
    }

    static func alert(from incident: Incident) -> Alert {
        let rule = incident.rule
        let peak = incident.peak
        let state: AlertState = incident.firedAt == nil ? .pending : (incident.endedAt == nil ? .firing : .resolved)
        let topTerms = incident.terms.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(8)
        var values: [String: String] = [
            "count": String(peak.count), "window": RuleDuration.format(rule.window), "rule": rule.id, "severity": rule.severity.name,
            "total": String(peak.total), "z": String(format: "%.1f", peak.z),
            "ratio": peak.ratio.isFinite ? String(format: "%.1f", peak.ratio) : "∞",
            "share": "\(Int((peak.share * 100).rounded()))%",
            "baseline": baselineText(rule, peak),
            "key": incident.key.isEmpty ? "" : " (\(incident.key))",
            "terms": topTerms.map(\.key).prefix(3).joined(separator: ", "),
        ]
        if incident.key.isEmpty { values["key"] = "" }
        let template = rule.summary.isEmpty ? SummaryTemplate.defaultTemplate(for: rule.kind) : rule.summary
        var explanation = ["rule \(rule.id) (\(rule.kind.name), line \(rule.line)): \(condition(rule))",
                           "peak: \(peak.count) in \(RuleDuration.format(rule.window)) at \(stamp(Date(timeIntervalSince1970: Double(peak.bucket) * incident.resolution)))"]
        let kindExplanation: String?
        switch rule.kind {
        case .count: kindExplanation = nil
        case .spike(let p): kindExplanation = p.explanation(peak, window: RuleDuration.format(rule.window))
        case .velocity(let p): kindExplanation = p.explanation(peak)
        case .share(let p): kindExplanation = p.explanation(peak, share: values["share"]!, ratio: values["ratio"]!, z: values["z"]!)
        }
        if let kindExplanation { explanation.append(kindExplanation) }
        if !topTerms.isEmpty {
            explanation.append("terms: " + topTerms.map { "\($0.key) ×\($0.value)" }.joined(separator: ", "))
        }
        if incident.firedAt == nil, rule.forDuration > 0 {
            explanation.append("pending: fires once it holds for \(RuleDuration.format(rule.forDuration))")
        }
        let dedup = SummaryTemplate.fill(rule.dedup, ["rule": rule.id, "key": incident.key.isEmpty ? "" : "/\(incident.key)"])
        return Alert(id: "\(dedup)@\(Int(incident.startedAt.timeIntervalSince1970))", ruleID: rule.id, severity: rule.severity, state: state,
                     title: rule.title, summary: SummaryTemplate.fill(template, values), key: incident.key, count: Int(peak.count),
                     startedAt: incident.startedAt, firedAt: incident.firedAt, endedAt: incident.endedAt, explanation: explanation,
                     examples: incident.examples)
    }

    private static func baselineText(_ rule: WindowRule, _ peak: PointStats) -> String {
        switch rule.kind {
        case .count: return ""
        case .spike(let p): return p.baselineText(peak)
        case .velocity(let p): return p.baselineText(peak)
        case .share(let p): return p.baselineText(peak)
        }
    }

    private static func condition(_ rule: WindowRule) -> String {
        let filter = ConditionText.describe(rule.filter)
        let window = RuleDuration.format(rule.window)
        switch rule.kind {
        case .count(let min): return CountRule.condition(min: min, window: window, filter: filter)
        case .spike(let p): return p.condition(window: window, filter: filter)
        case .share(let p): return p.condition(window: window, filter: filter)
        case .velocity(let p): return p.condition(window: window, filter: filter)
        }
    }

    /// "2026-11-21 15:42Z", without a DateFormatter (too slow to build per alert).
    static func stamp(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday)) \(two(parts.tm_hour)):\(two(parts.tm_min))Z"
    }

    /// Alerts with the same id prefix (dedup key) whose intervals overlap become one: the
    /// earliest start, the latest end, the most severe rule's wording.
    private static func merge(_ alerts: [Alert], rules: RuleSet) -> [Alert] {
        var byKey: [String: [Alert]] = [:]
        for alert in alerts { byKey[dedupKey(alert), default: []].append(alert) }
        var result: [Alert] = []
        for (_, group) in byKey.sorted(by: { $0.key < $1.key }) {
            let sorted = group.sorted { ($0.startedAt, $0.severity.rawValue, $0.ruleID) < ($1.startedAt, $1.severity.rawValue, $1.ruleID) }
            var current: Alert?
            for alert in sorted {
                guard var merged = current else { current = alert; continue }
                let overlaps = merged.endedAt.map { alert.startedAt <= $0 } ?? true
                guard overlaps else { result.append(merged); current = alert; continue }
                if alert.severity > merged.severity || (alert.severity == merged.severity && alert.count > merged.count) {
                    let (id, start, fired) = (merged.id, merged.startedAt, merged.firedAt)
                    merged = alert
                    merged.id = id
                    merged.startedAt = start
                    merged.firedAt = [fired, alert.firedAt].compactMap { $0 }.min()
                }
                merged.endedAt = (merged.endedAt == nil || alert.endedAt == nil) ? nil : max(merged.endedAt!, alert.endedAt!)
                merged.state = merged.endedAt == nil ? (merged.firedAt == nil ? .pending : .firing) : .resolved
                merged.explanation += alert.explanation.filter { !merged.explanation.contains($0) }
                current = merged
            }
            if let current { result.append(current) }
        }
        return result
    }

    private static func dedupKey(_ alert: Alert) -> String {
        String(alert.id[..<(alert.id.lastIndex(of: "@") ?? alert.id.endIndex)])
    }

    private static func notifyTimes(fired: Date, until: Date, every interval: TimeInterval, rule alert: Alert, mutes: [MuteInterval]) -> [Date] {
        var times: [Date] = []
        var t = fired
        while t <= until, times.count < 100 {
            if !mutes.contains(where: { $0.applies(to: alert.severity, rule: alert.ruleID) && $0.contains(t) }) { times.append(t) }
            guard interval > 0 else { break }
            t = t.addingTimeInterval(interval)
        }
        return times
    }
}
