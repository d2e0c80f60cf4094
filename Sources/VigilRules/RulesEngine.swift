import Foundation
import VigilCore

/// Runs a rule set over mentions: item rules flag each mention, window rules count them in
/// event time and raise alerts. The result depends only on the set of mentions seen (by
/// identity, latest version wins), never on their order or on how often they arrive.
extension Mention {
    /// The item this one answers (its parent, else its conversation's root), if any.
    var answeredID: String? {
        guard let parent = parentID ?? conversationID, parent != id.nativeID else { return nil }
        return parent
    }
}

public final class RulesEngine {
    public let rules: RuleSet
    private let evaluator: ItemEvaluator
    /// Per window rule: group key → series.
    private var groups: [[String: Int32]]
    private var series: [[WindowSeries]]
    private var contributions: [MentionID: [Contribution]] = [:]
    public private(set) var watermark: Date?
    public private(set) var acknowledgements: [String: Acknowledgement] = [:]
    public private(set) var silences: [Silence] = []
    /// Series changed since the last evaluation, and those whose breach runs are not empty:
    /// evaluation only touches these, however many groups (authors…) exist.
    private var dirty: Set<SeriesKey> = []
    private var withRuns: Set<SeriesKey> = []

    struct SeriesKey: Hashable, Comparable {
        var rule: Int32
        var group: Int32
        static func < (a: SeriesKey, b: SeriesKey) -> Bool { (a.rule, a.group) < (b.rule, b.group) }
    }

    public init(rules: RuleSet) {
        self.rules = rules
        evaluator = ItemEvaluator(rules: rules)
        groups = Array(repeating: [:], count: rules.windowRules.count)
        series = Array(repeating: [], count: rules.windowRules.count)
    }

    /// Sets each mention's `flags` from the item rules, without counting them.
    public func flag(_ mentions: inout [Mention]) {
        evaluator.apply(to: &mentions)
    }

    /// Flags the mentions and counts them into the window rules, in one pass over each
    /// mention's folded text. Returns them flagged.
    @discardableResult
    public func process(_ mentions: [Mention]) -> [Mention] {
        var flagged = mentions
        flagged.withUnsafeMutableBufferPointer { buffer in
            for index in buffer.indices {
                evaluator.prepare(buffer[index])
                buffer[index].flags = evaluator.itemFlags()
                count(buffer[index])
            }
        }
        evaluator.finish()
        return flagged
    }

    /// Counts already-flagged mentions into the window rules; a mention seen before replaces
    /// its earlier version (late or corrected data re-evaluates the windows it touches).
    public func ingest(_ mentions: [Mention]) {
        for mention in mentions {
            evaluator.prepare(mention)
            count(mention)
        }
        evaluator.finish()
    }

    /// Counts a prepared mention into the window rules.
    private func count(_ mention: borrowing Mention) {
        watermark = max(watermark ?? mention.createdAt, mention.createdAt)
        guard !rules.windowRules.isEmpty else { return }
        let fresh = contributions(of: mention)
        let old = (fresh.isEmpty ? contributions.removeValue(forKey: mention.id) : contributions.updateValue(fresh, forKey: mention.id)) ?? []
        guard fresh != old else { return }
        let sample = WindowSeries.Sample(time: mention.createdAt, id: mention.id)
        // The old version's sample time may differ; removal matches on the id.
        for c in old {
            series[Int(c.rule)][Int(c.group)].remove(c, id: mention.id)
            dirty.insert(SeriesKey(rule: c.rule, group: c.group))
        }
        for c in fresh {
            series[Int(c.rule)][Int(c.group)].add(c, sign: 1, sample: sample)
            dirty.insert(SeriesKey(rule: c.rule, group: c.group))
        }
    }

    private func bucket(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 / rules.resolution).rounded(.down))
    }

    private func contributions(of mention: borrowing Mention) -> [Contribution] {
        var result: [Contribution] = []
        let bucket = bucket(mention.createdAt)
        for (index, rule) in rules.windowRules.enumerated() {
            var a: Int64 = 0, b: Int64 = 0
            switch rule.kind {
            case .count, .spike:
                guard evaluator.matchesWindow(index) else { continue }
                a = 1
            case .share:
                guard evaluator.matchesShareBase(index) else { continue }
                b = 1
                a = evaluator.matchesWindow(index) ? 1 : 0
            case .velocity:
                guard evaluator.matchesWindow(index) else { continue }
                // A reply or comment adds to the item it answers; an item adds its own engagement.
                a = mention.answeredID == nil ? Int64(max(0, mention.metrics.engagement)) : 1
                guard a > 0 else { continue }
            }
            let terms = a > 0 && evaluator.windowHasText(index) ? evaluator.windowTerms(index) : []
            if case .velocity = rule.kind {
                let key = mention.answeredID.map { "\(mention.platform.rawValue):\($0)" } ?? mention.id.description
                result.append(Contribution(rule: Int32(index), group: group(index, key), bucket: bucket, a: a, b: b, terms: terms))
            } else if let groupBy = rule.groupBy {
                for key in groupKeys(groupBy, mention) {
                    result.append(Contribution(rule: Int32(index), group: group(index, key), bucket: bucket, a: a, b: b, terms: terms))
                }
            } else {
                result.append(Contribution(rule: Int32(index), group: ungrouped(index), bucket: bucket, a: a, b: b, terms: terms))
            }
        }
        return result
    }

    private func groupKeys(_ key: GroupKey, _ mention: borrowing Mention) -> [String] {
        switch key {
        case .author: return ["@\(mention.author.handle.lowercased())"]
        case .platform: return [mention.platform.rawValue]
        case .language: return [mention.effectiveLanguage ?? "unknown"]
        case .kind: return [mention.kind.rawValue]
        case .conversation:
            let root = mention.conversationID ?? mention.parentID ?? mention.id.nativeID
            return ["\(mention.platform.rawValue):\(root)"]
        case .tag: return (mention.flags?.tags ?? []).map { "#\($0)" }
        }
    }

    /// The one group of a rule without `group_by`, found once.
    private var ungroupedIndex: [Int32?] = []

    private func ungrouped(_ rule: Int) -> Int32 {
        if ungroupedIndex.isEmpty { ungroupedIndex = Array(repeating: nil, count: rules.windowRules.count) }
        if let index = ungroupedIndex[rule] { return index }
        let index = group(rule, "")
        ungroupedIndex[rule] = index
        return index
    }

    private func group(_ rule: Int, _ key: String) -> Int32 {
        if let index = groups[rule][key] { return index }
        let index = Int32(series[rule].count)
        groups[rule][key] = index
        series[rule].append(WindowSeries(key: key))
        return index
    }

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
        for key in dirty {
            let group = series[Int(key.rule)][Int(key.group)]
            let rule = rules.windowRules[Int(key.rule)]
            if WindowSweep.cannotFire(rule, group) {
                group.runs = []
                group.dirtyFrom = Int64.min  // swept from scratch once it can
            } else {
                group.runs = WindowSweep.runs(for: rule, series: group, resolution: rules.resolution)
            }
            if group.runs.isEmpty { withRuns.remove(key) } else { withRuns.insert(key) }
        }
        dirty.removeAll(keepingCapacity: true)
        var incidents: [AlertAssembler.Incident] = []
        for key in withRuns.sorted() {
            let group = series[Int(key.rule)][Int(key.group)]
            incidents += AlertAssembler.incidents(rule: rules.windowRules[Int(key.rule)], series: group, runs: group.runs,
                                                  watermark: watermark, resolution: rules.resolution)
        }
        return AlertAssembler.assemble(incidents, rules: rules, watermark: watermark,
                                       acknowledgements: acknowledgements, silences: silences)
    }
}
