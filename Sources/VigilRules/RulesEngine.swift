import Foundation
import VigilCore

extension Mention {
    /// The item this one answers (its parent, else its conversation's root), if any.
    var answeredID: String? {
        guard let parent = parentID ?? conversationID, parent != id.nativeID else { return nil }
        return parent
    }
}

/// Runs a rule set over mentions: item rules flag each mention, window rules count them in
/// event time and raise alerts. The result depends only on the set of mentions seen (by
/// identity, latest version wins), never on their order or on how often they arrive.
public final class RulesEngine {
    public let rules: RuleSet
    private let evaluator: ItemEvaluator
    // The counting state below is touched for every mention: it skips Swift's runtime
    // exclusivity checks (the engine is used by one thread at a time, and no access to it
    // outlives the statement that makes it).

    /// Group keys (handles, platforms, conversations, tags), numbered once per kind of key for
    /// all rules grouped by it (so a rule's key → series array only spans keys of its kind).
    private let keyNumbers: [KeyNumbers]
    /// Per window rule: key number → series index, -1 = none yet.
    @exclusivity(unchecked) private var groupOfKey: [[Int32]]
    /// Every mention seen, and every item a reply was counted for, numbered by identity: the
    /// one hash per mention, after which its event time, contributions and velocity groups are
    /// array lookups.
    private let slots = MentionSlots()
    private let stored = ContributionStore()
    /// Reused for each mention's fresh contributions and their terms.
    @exclusivity(unchecked) private var scratch: [Contribution] = []
    @exclusivity(unchecked) private var scratchTerms: [[String]] = []
    /// Per velocity rule, the group of each slot's item (see `VelocityGroup`): most posts never
    /// go viral, and need no series of their own. Empty for other rules.
    @exclusivity(unchecked) private var velocityGroups: [[Int32]]
    /// What the brand's items usually gather, when a velocity rule compares with it (`min_ratio`),
    /// and each slot's own engagement as counted there (to take back when a version replaces it).
    private let brandEngagement: EngagementBaseline?
    @exclusivity(unchecked) private var ownEngagement: [Int32] = []
    /// The baseline's version the relative rules' runs were last swept at.
    private var sweptEngagementVersion = 0
    /// Per window rule, what counting needs, read without copying the rule.
    private let counting: [Counting]
    /// Per window rule, `WindowSweep.minimum`.
    private let minimums: [(matched: Int64, base: Int64)]

    struct Counting {
        enum Kind { case count, share, velocity }
        var kind: Kind
        var groupBy: GroupKey?
        var hasText: Bool
    }
    @exclusivity(unchecked) private var series: [[WindowSeries]]
    /// The newest event time among the current versions of the mentions seen ("now" for alerts).
    @exclusivity(unchecked) public private(set) var watermark: Date?
    /// The earliest event time seen: window rules warm up from it.
    @exclusivity(unchecked) private var earliest: Date?
    public var earliestEventTime: Date? { earliest }
    /// How many current versions have the watermark's time: when a correction takes the last
    /// of them away, the watermark is looked for again among the current versions.
    @exclusivity(unchecked) private var atWatermark = 0
    public private(set) var acknowledgements: [String: Acknowledgement] = [:]
    public private(set) var silences: [Silence] = []
    /// Series changed since the last evaluation, and those whose breach runs are not empty:
    /// evaluation only touches these, however many groups (authors…) exist.
    @exclusivity(unchecked) private var dirty: [SeriesKey] = []
    private var withRuns: Set<SeriesKey> = []

    struct SeriesKey: Hashable, Comparable {
        var rule: Int32
        var group: Int32
        static func < (a: SeriesKey, b: SeriesKey) -> Bool { (a.rule, a.group) < (b.rule, b.group) }
    }

    public init(rules: RuleSet) {
        self.rules = rules
        evaluator = ItemEvaluator(rules: rules)
        groupOfKey = Array(repeating: [], count: rules.windowRules.count)
        velocityGroups = Array(repeating: [], count: rules.windowRules.count)
        let relative = rules.windowRules.contains { if case .velocity(let p) = $0.kind { p.minRatio > 0 } else { false } }
        brandEngagement = relative ? EngagementBaseline(resolution: rules.resolution) : nil
        ungroupedIndex = Array(repeating: nil, count: rules.windowRules.count)
        let evaluator = self.evaluator
        counting = rules.windowRules.enumerated().map { index, rule in
            let kind: Counting.Kind = switch rule.kind {
            case .count, .spike: .count
            case .share: .share
            case .velocity: .velocity
            }
            return Counting(kind: kind, groupBy: rule.groupBy, hasText: evaluator.windowHasText(index))
        }
        series = Array(repeating: [], count: rules.windowRules.count)
        minimums = rules.windowRules.map(WindowSweep.minimum)
        var byKind: [GroupKey?: KeyNumbers] = [:]
        keyNumbers = rules.windowRules.map { rule in
            if let known = byKind[rule.groupBy] { return known }
            let numbers = KeyNumbers()
            byKind[rule.groupBy] = numbers
            return numbers
        }
    }

    /// Sizes of the counting state (a profiling aid).
    public var footprint: [(String, Int)] {
        let store = stored.footprint
        return [("slots (count)", slots.count), ("contributions (count)", store.entries), ("contributions with terms (count)", store.withTerms),
                ("contributions", store.entryBytes), ("per-slot contribution ranges", store.slotBytes), ("velocity groups", velocityGroups.reduce(0) { $0 + $1.capacity * 4 }), ("own engagement", ownEngagement.capacity * 4),
                ("series (count)", series.reduce(0) { $0 + $1.count }), ("series cells (count)", series.reduce(0) { $0 + $1.reduce(0) { $0 + $1.cells.count } }),
                ("series cells", series.reduce(0) { $0 + $1.reduce(0) { $0 + $1.cells.capacity * MemoryLayout<WindowSeries.Cell>.stride } })]
    }

    /// Room for about `count` mentions, for a load that knows how many are coming: the
    /// per-mention tables then never grow by copying (each copy left a hole in the heap).
    public func reserveCapacity(_ count: Int) {
        slots.reserveCapacity(count)
        stored.reserveCapacity(count)
        for rule in counting.indices where counting[rule].kind == .velocity { velocityGroups[rule].reserveCapacity(count) }
        if brandEngagement != nil { ownEngagement.reserveCapacity(count) }
    }

    /// Lets go of the room the counting state grew into, once a large load is done: the
    /// series' cells grow by doubling (a fifth of them was spare after a million mentions).
    public func trimToFit() {
        for rule in series.indices { for group in series[rule] { group.trimToFit() } }
        for rule in velocityGroups.indices where velocityGroups[rule].capacity > velocityGroups[rule].count + 1024 {
            velocityGroups[rule] = velocityGroups[rule].withUnsafeBufferPointer { Array($0) }
        }
    }

    /// Sets each mention's `flags` from the item rules, without counting them.
    public func flag(_ mentions: inout [Mention]) {
        evaluator.apply(to: &mentions)
    }

    /// Flags the mentions and counts them into the window rules, in one pass over each
    /// mention's folded text. Returns them flagged.
    @discardableResult
    public func process(_ mentions: consuming [Mention]) -> [Mention] {
        flagAndCount(mentions, backwards: false)
    }

    /// The same for mentions listed newest first (as a store reads them back), returned in
    /// that order: they are counted oldest first, as they arrived. (Counted backwards, each
    /// older minute went in at the front of its window series: 7 of the 20 s a million took.)
    public func process(newestFirst mentions: consuming [Mention]) -> [Mention] {
        flagAndCount(mentions, backwards: true)
    }

    private func flagAndCount(_ mentions: consuming [Mention], backwards: Bool) -> [Mention] {
        var flagged = mentions  // a batch handed over is flagged in place, not copied
        flagged.withUnsafeMutableBufferPointer { buffer in
            // Through the pointer, in place: `buffer[index]` copies the mention to set its flags.
            guard let base = buffer.baseAddress else { return }
            for offset in 0..<buffer.count {
                let mention = base + (backwards ? buffer.count - 1 - offset : offset)
                evaluator.prepare(at: mention)
                mention.pointee.flags = evaluator.itemFlags()
                count(at: mention)
            }
        }
        evaluator.finish()
        return flagged
    }

    /// Counts already-flagged mentions into the window rules; a mention seen before replaces
    /// its earlier version (late or corrected data re-evaluates the windows it touches).
    public func ingest(_ mentions: [Mention]) {
        mentions.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for mention in base ..< base + buffer.count {
                evaluator.prepare(at: mention)
                count(at: mention)
            }
        }
        evaluator.finish()
    }

    /// Counts a prepared mention into the window rules. The mention is read in place: passed
    /// by value (even `borrowing`, from a buffer), it was copied and destroyed for each one.
    private func count(at mention: UnsafePointer<Mention>) {
        let slot = slot(of: mention.pointee.id)
        let oldTime = slots.time(slot)
        let moved = track(slot, at: mention.pointee.createdAt)
        guard !rules.windowRules.isEmpty else { return }
        if let brandEngagement {
            // An item's own engagement (a reply's counts for the item it answers, not here).
            let own = mention.pointee.answeredID == nil ? Int32(min(max(0, mention.pointee.metrics.engagement), Int(Int32.max))) : 0
            let before = ownEngagement[slot]
            if before != own || moved {
                if let oldTime, before > 0 { brandEngagement.add(Int64(before), bucket: bucket(oldTime), sign: -1) }
                if own > 0 { brandEngagement.add(Int64(own), bucket: bucket(mention.pointee.createdAt), sign: 1) }
                ownEngagement[slot] = own
            }
        }
        // Taken out of the scratch arrays (not copied), so emptying them keeps their storage.
        var fresh: [Contribution] = [], freshTerms: [[String]] = []
        swap(&fresh, &scratch)
        swap(&freshTerms, &scratchTerms)
        fresh.removeAll(keepingCapacity: true)
        freshTerms.removeAll(keepingCapacity: true)
        contributions(of: mention, slot: slot, into: &fresh, terms: &freshTerms)
        // A time moved within one bucket changes no count, but may change which mentions are
        // the bucket's earliest (its examples).
        if moved || !stored.matches(slot, fresh, freshTerms: freshTerms) {
            // The earlier version's contributions are in its own time's bucket.
            let old = oldTime.map { stored.contributions(of: slot, bucket: bucket($0)) } ?? []
            stored.replace(slot, with: fresh, freshTerms: freshTerms)
            for (c, terms) in old { take(c, terms: terms, sign: -1, slot: slot) }
            let none: [String] = []
            for c in fresh { take(c, terms: c.terms < 0 ? none : freshTerms[Int(c.terms)], sign: 1, slot: slot) }
        }
        scratch = fresh
        scratchTerms = freshTerms
    }

    /// Adds a contribution to its group's series (sign 1), or takes it back (sign -1).
    private func take(_ c: Contribution, terms: [String], sign: Int64, slot: Int) {
        let rule = Int(c.rule)
        var index = c.group
        if counting[rule].kind == .velocity {
            let item = Int(c.group)
            let known = velocityGroups[rule][item]
            index = known
            if known < 0 {
                // No series yet: one mention alone below the minimum is only remembered.
                if sign < 0 {
                    velocityGroups[rule][item] = VelocityGroup.none
                    return
                }
                if known == VelocityGroup.none && c.matched < minimums[rule].matched {
                    velocityGroups[rule][item] = VelocityGroup.alone(slot: slot)
                    return
                }
                index = Int32(series[rule].count)
                series[rule].append(WindowSeries(item: slots.id(item)))
                velocityGroups[rule][item] = index
                if let alone = VelocityGroup.aloneSlot(known) {
                    let earlier = stored.contributions(of: alone, bucket: bucket(slots.time(alone)!)).first { $0.0.rule == c.rule }!
                    take(earlier.0, terms: earlier.terms, sign: 1, slot: alone)
                }
            }
        }
        if series[rule][Int(index)].add(c, terms: terms, sign: sign, sample: Int32(slot), slots: slots) {
            dirty.append(SeriesKey(rule: c.rule, group: index))
        }
    }

    private func slot(of id: MentionID) -> Int {
        let (slot, isNew) = slots.slot(of: id)
        if isNew {
            stored.addSlot()
            for rule in counting.indices where counting[rule].kind == .velocity { velocityGroups[rule].append(VelocityGroup.none) }
            if brandEngagement != nil { ownEngagement.append(0) }
        }
        return slot
    }

    /// Records the slot's event time; returns whether it changed from an earlier version's.
    private func track(_ slot: Int, at time: Date) -> Bool {
        let old = slots.time(slot)
        guard old != time else { return false }
        slots.setTime(time, of: slot)
        if time < earliest ?? .distantFuture { earliest = time }
        if time > watermark ?? .distantPast {
            watermark = time
            atWatermark = 1
        } else if time == watermark {
            atWatermark += 1
        }
        guard let old else { return false }
        if old == watermark {
            atWatermark -= 1
            // Only when the newest time lost its last mention is the maximum looked for again.
            if atWatermark == 0 {
                watermark = slots.knownTimes.max()
                atWatermark = slots.knownTimes.filter { $0 == self.watermark }.count
            }
        }
        return true
    }

    private func bucket(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 / rules.resolution).rounded(.down))
    }

    private func contributions(of mention: UnsafePointer<Mention>, slot ownSlot: Int, into result: inout [Contribution],
                               terms termLists: inout [[String]]) {
        let bucket = bucket(mention.pointee.createdAt)
        let answered = mention.pointee.answeredID
        var answeredSlot: Int32?  // looked up once, for the first velocity rule that needs it
        var keyNumber: (by: GroupKey, number: Int32)?  // the same, for rules grouped alike
        for index in counting.indices {
            let rule = counting[index]
            var matched: Int64 = 0, base: Int64 = 0
            switch rule.kind {
            case .count:
                guard evaluator.matchesWindow(index) else { continue }
                matched = 1
            case .share:
                guard evaluator.matchesShareBase(index) else { continue }
                base = 1
                matched = evaluator.matchesWindow(index) ? 1 : 0
            case .velocity:
                guard evaluator.matchesWindow(index) else { continue }
                // A reply or comment adds to the item it answers; an item adds its own engagement.
                // (Held at Int32.max: the contribution store keeps 32 bits.)
                matched = answered == nil ? Int64(min(max(0, mention.pointee.metrics.engagement), Int(Int32.max))) : 1
                guard matched > 0 else { continue }
            }
            var terms: Int32 = -1
            if matched > 0 && rule.hasText {
                let found = evaluator.windowTerms(index)
                if !found.isEmpty {
                    termLists.append(found)
                    terms = Int32(termLists.count - 1)
                }
            }
            func add(_ group: Int32) {
                result.append(Contribution(rule: Int32(index), group: group, bucket: bucket, matched: matched, base: base, terms: terms))
            }
            switch rule.kind {
            case .velocity:
                if let answered {
                    let item = answeredSlot ?? Int32(slot(of: MentionID(platform: mention.pointee.platform, nativeID: answered)))
                    answeredSlot = item
                    add(item)
                } else {
                    add(Int32(ownSlot))
                }
            default:
                guard let groupBy = rule.groupBy else { add(ungrouped(index)); continue }
                if groupBy == .tag {
                    for tag in mention.pointee.flags?.tags ?? [] { add(group(index, tag) { "#\(tag)" }) }
                } else {
                    let number = keyNumber?.by == groupBy ? keyNumber!.number : keyNumbers[index].number(of: Self.groupKey(groupBy, mention))
                    keyNumber = (groupBy, number)
                    add(group(index, number: number) {
                        // A text group is shown by the words of the first text counted in it.
                        Self.display(groupBy, groupBy == .text ? TextFingerprint.words(of: mention.pointee.text) : self.keyNumbers[index].keys[Int(number)])
                    })
                }
            }
        }
    }

    /// The key a mention is counted under; for authors the handle, lower-cased only when needed.
    private static func groupKey(_ key: GroupKey, _ mention: UnsafePointer<Mention>) -> String {
        switch key {
        case .author:
            let handle = mention.pointee.author.handle
            return handle.utf8.contains(where: { (0x41...0x5A).contains($0) || $0 >= 0x80 }) ? handle.lowercased() : handle
        case .platform: return mention.pointee.platform.rawValue
        case .language: return mention.pointee.effectiveLanguage ?? "unknown"
        case .kind: return mention.pointee.kind.rawValue
        case .conversation:
            let root = mention.pointee.conversationID ?? mention.pointee.parentID ?? mention.pointee.id.nativeID
            return "\(mention.pointee.platform.rawValue):\(root)"
        case .tag: return ""
        case .text: return TextFingerprint.group(of: mention.pointee.text)
        }
    }

    /// How a group is shown in alerts ("@name", "platform:x" is shown as "x", a text group by
    /// the words of the first text counted in it).
    private static func display(_ key: GroupKey, _ raw: String) -> String {
        switch key {
        case .author: return "@\(raw)"
        case .text: return " \"\(raw)\""
        default: return raw
        }
    }

    /// The one group of a rule without `group_by`, found once.
    @exclusivity(unchecked) private var ungroupedIndex: [Int32?] = []

    private func ungrouped(_ rule: Int) -> Int32 {
        if let index = ungroupedIndex[rule] { return index }
        let index = group(rule, "") { "" }
        ungroupedIndex[rule] = index
        return index
    }

    private func group(_ rule: Int, _ key: String, display: () -> String) -> Int32 {
        group(rule, number: keyNumbers[rule].number(of: key), display: display)
    }

    private func group(_ rule: Int, number: Int32, display: () -> String) -> Int32 {
        let n = Int(number)
        if n < groupOfKey[rule].count {
            let index = groupOfKey[rule][n]
            if index >= 0 { return index }
        } else {
            groupOfKey[rule].append(contentsOf: repeatElement(-1, count: n + 1 - groupOfKey[rule].count))
        }
        let index = Int32(series[rule].count)
        groupOfKey[rule][n] = index
        series[rule].append(WindowSeries(key: display()))
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

/// A velocity rule's group for one item, packed in 32 bits: its series index (≥ 0), none yet,
/// or, while one mention alone below the rule's minimum adds to it, that mention's slot.
enum VelocityGroup {
    static let none: Int32 = -1

    /// One mention alone (slot s), as -(s + 2).
    static func alone(slot: Int) -> Int32 { -Int32(slot) - 2 }

    /// The slot of the mention alone, if `code` says so.
    static func aloneSlot(_ code: Int32) -> Int? { code <= -2 ? Int(-code - 2) : nil }
}
