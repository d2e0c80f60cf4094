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
    let evaluator: ItemEvaluator
    // The counting state below is touched for every mention: it skips Swift's runtime
    // exclusivity checks (the engine is used by one thread at a time, and no access to it
    // outlives the statement that makes it).

    /// Group keys (handles, platforms, conversations, tags), numbered once per kind of key for
    /// all rules grouped by it (so a rule's key → series array only spans keys of its kind).
    let keyNumbers: [KeyNumbers]
    /// Per window rule: key number → series index, -1 = none yet.
    @exclusivity(unchecked) var groupOfKey: [[Int32]]
    /// Every mention seen, and every item a reply was counted for, numbered by identity: the
    /// one hash per mention, after which its event time, contributions and velocity groups are
    /// array lookups.
    let slots = MentionSlots()
    let stored = ContributionStore()
    /// Reused for each mention's fresh contributions and their terms.
    @exclusivity(unchecked) var scratch: [Contribution] = []
    @exclusivity(unchecked) var scratchTerms: [[String]] = []
    /// Per velocity rule, the group of each slot's item (see `VelocityGroup`): most posts never
    /// go viral, and need no series of their own. Empty for other rules.
    @exclusivity(unchecked) var velocityGroups: [[Int32]]
    /// What the brand's items usually gather, when a velocity rule compares with it (`min_ratio`),
    /// and each slot's own engagement as counted there (to take back when a version replaces it).
    let brandEngagement: EngagementBaseline?
    @exclusivity(unchecked) var ownEngagement: [Int32] = []
    /// The baseline's version the relative rules' runs were last swept at.
    var sweptEngagementVersion = 0
    /// Per window rule, what counting needs, read without copying the rule.
    let counting: [Counting]
    /// Per window rule, `WindowSweep.minimum`.
    let minimums: [(matched: Int64, base: Int64)]

    struct Counting {
        enum Kind { case count, share, velocity }
        var kind: Kind
        var groupBy: GroupKey?
        var hasText: Bool
    }
    @exclusivity(unchecked) var series: [[WindowSeries]]
    /// The newest event time among the current versions of the mentions seen ("now" for alerts).
    @exclusivity(unchecked) public internal(set) var watermark: Date?
    /// The earliest event time seen: window rules warm up from it.
    @exclusivity(unchecked) var earliest: Date?
    public var earliestEventTime: Date? { earliest }
    /// How many current versions have the watermark's time: when a correction takes the last
    /// of them away, the watermark is looked for again among the current versions.
    @exclusivity(unchecked) var atWatermark = 0
    public internal(set) var acknowledgements: [String: Acknowledgement] = [:]
    public internal(set) var silences: [Silence] = []
    /// Series changed since the last evaluation, and those whose breach runs are not empty:
    /// evaluation only touches these, however many groups (authors…) exist.
    @exclusivity(unchecked) var dirty: [SeriesKey] = []
    /// The one group of each rule without `group_by`, found once.
    @exclusivity(unchecked) var ungroupedIndex: [Int32?] = []
    var withRuns: Set<SeriesKey> = []

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

    func flagAndCount(_ mentions: consuming [Mention], backwards: Bool) -> [Mention] {
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
    func count(at mention: UnsafePointer<Mention>) {
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
    func take(_ c: Contribution, terms: [String], sign: Int64, slot: Int) {
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

    func slot(of id: MentionID) -> Int {
        let (slot, isNew) = slots.slot(of: id)
        if isNew {
            stored.addSlot()
            for rule in counting.indices where counting[rule].kind == .velocity { velocityGroups[rule].append(VelocityGroup.none) }
            if brandEngagement != nil { ownEngagement.append(0) }
        }
        return slot
    }

    /// Records the slot's event time; returns whether it changed from an earlier version's.
    func track(_ slot: Int, at time: Date) -> Bool {
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

    func bucket(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 / rules.resolution).rounded(.down))
    }

    func contributions(of mention: UnsafePointer<Mention>, slot ownSlot: Int, into result: inout [Contribution],
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
