import Foundation
import VigilCore

/// The mentions, with each pane's rows as sorted indices into them, so a pane over a million
/// items costs nothing until its visible rows are drawn.
///
/// Mentions are kept in arrival order and never move, so indices stay valid: a new mention is
/// appended and merged into the sorted rows, an edit or a triage change takes one item out of
/// the rows and puts it back. None of that rescans the other items; only a new filter (or a
/// large batch of edits) rebuilds the rows.
public struct FeedData: Sendable {
    /// Every mention, by position: compact rows, the full mention where held (see `MentionColumns`).
    var columns = MentionColumns()
    /// Every mention, newest first, whatever the filter.
    public internal(set) var timeline: [Int32] = []
    /// Posts about the brand (Mentions pane), newest first.
    public internal(set) var posts: [Int32] = []
    /// Comments, replies, reviews and messages (Comments pane), newest first.
    public internal(set) var comments: [Int32] = []
    /// Items waiting for a reply (Pending replies pane), oldest first.
    public internal(set) var pending: [Int32] = []
    /// Each identity's position, in the order mentions were added (a dictionary of a million
    /// identities took about 75 bytes each; this takes about 24).
    var positions = NumberTable(capacity: 1024)
    /// Negative items among those the panes list.
    public internal(set) var negativeCount = 0
    /// The team's state of items that have one (from the store).
    public internal(set) var triage: [MentionID: Triage] = [:]
    /// Internal comments per item, oldest first.
    public var notes: [MentionID: [Note]] = [:]
    /// Replies and comments to each item.
    var threads = ReplyThreads()
    /// Replies and comments to each item (by the item's identity), oldest first.
    public var children: [MentionID: [Int32]] { threads.byParent }
    /// Mentions per 5 minutes of event time, for the ops screen.
    public internal(set) var volume = VolumeHistory()
    /// The `/` filter: when set, the mention panes list only the items it matches.
    public internal(set) var filter: MentionFilter?
    /// What a full-text index answered for the filter's words, when one did.
    public internal(set) var textAnswer: TextAnswer?
    /// Snoozed items' wake-up times and delegated items' follow-up dates.
    var schedule = TriageSchedule()
    /// Follow-up dates of delegated pending items the panes list, sorted.
    public var followUps: [Date] { schedule.listedFollowUps }
    /// The clock Pending is computed at: snoozed items come back once it passes their time.
    public internal(set) var clock = Date.distantPast

    /// Items waiting for a reply, whatever the filter shows, oldest first (the ops screen).
    public internal(set) var pendingAll: [Int32] = []
    /// The moderation queue: items a house rule acted on that no one has decided on yet,
    /// oldest first, whatever the filter shows (see `ModerationQueue`).
    /// What waits for a moderation decision, oldest first; under a filter, what matches it.
    public var moderationQueue: [Int32] {
        guard filter != nil else { return moderation.queue }
        return moderation.queue.filter { placement.indices.contains(Int($0)) && placement[Int($0)].contains(.listed) }
    }
    /// The team's standing moderation decisions, by item.
    public var moderationDecisions: [MentionID: ModerationDecision] { moderation.decisions }
    var moderation = ModerationQueue()
    var conversationCount = 0
    /// Where each item is listed, so it can be taken out without recomputing the old answer.
    var placement: [Placement] = []
    /// Whether each item has a triage state: most have none, and this spares a hash lookup each
    /// when the rows are rebuilt.
    var triaged: [Bool] = []
    /// Each store key's item (-1 for none; an item's own key is in its row, 0 while not known:
    /// it came from a feed and the store has not numbered it yet): a full-text answer in keys
    /// becomes positions without hashing an identity.
    var positionByKey: [Int32] = []
    /// When a full-text index answered the filter's words: whether it found each item (items
    /// that arrive later are scanned for the words instead).
    var textFound: [Bool]?
    /// Items a full-text answer did not cover and that are not held: scanned once read (`fill`).
    var textScanPending: Set<Int32> = []

    struct Placement: OptionSet {
        let rawValue: UInt8
        static let listed = Placement(rawValue: 1)
        static let pending = Placement(rawValue: 2)
        static let pendingListed = Placement(rawValue: 4)
        static let negativeListed = Placement(rawValue: 8)
        static let conversation = Placement(rawValue: 16)
        static let followUp = Placement(rawValue: 32)
        static let followUpAny = Placement(rawValue: 64)
        /// Negative, listed or not (so a new filter need not read the mention for it).
        static let negative = Placement(rawValue: 128)
    }

    /// A dashboard opens with this many newest mentions; a larger history follows from another
    /// thread (so the first frame does not wait for a million).
    public static let firstLoadLimit = 5_000

    /// When store-backed, how many of the newest mentions stay held in full (the rest are read
    /// back by the session when a frame shows them: `keysToRead`, `fill`).
    public static let heldLimit = 5_000

    public init() {}

    /// `keys`: the store's key of each mention (see `StoredMentions`), or empty.
    /// `storeBacked`: a store holds every mention by key, so `archive` may let full mentions go.
    public init(mentions: [Mention], keys: [Int64] = [], triage: [MentionID: Triage] = [:], storeBacked: Bool = false) {
        self.triage = triage
        columns.setStoreBacked(storeBacked)
        merge(mentions, keys: keys)
    }

    // MARK: - Queries

    /// How many mentions the feed holds.
    public var count: Int { columns.count }

    public func mention(_ id: MentionID) -> Mention? {
        position(of: id).map { columns.mention(at: $0) }
    }

    /// The mention at a position (a pane row's value) where held; else a placeholder from its
    /// row (see `keysToRead`: the session fills what a frame shows before it is drawn).
    public func mention(at index: Int32) -> Mention { columns.mention(at: index) }

    /// Several at once, in the order asked.
    public func mentions(at indices: [Int32]) -> [Mention] { indices.map(columns.mention(at:)) }

    /// Whether the full mention at a position is held.
    public func holds(_ index: Int32) -> Bool { columns.holds(index) }

    /// The position of what the item at `index` answers, when the feed holds the item in full
    /// and has its parent.
    public func parentPosition(of index: Int32) -> Int32? {
        guard columns.holds(index), let parent = columns.mention(at: index).parentID else { return nil }
        return position(of: MentionID(platform: columns.platform(at: index), nativeID: parent))
    }

    /// The author's handle of an item the feed has (held or not).
    public func authorHandle(of id: MentionID) -> String? { position(of: id).map(columns.authorHandle(at:)) }

    /// The mentions at many positions, in order: those not held read by `read` (store keys →
    /// mentions) a slice at a time, never all of them in memory at once.
    public func forEachMention(at indices: [Int32], read: ([Int64]) throws -> [Int64: Mention], _ body: (Int32, Mention) throws -> Void) rethrows {
        var start = 0
        while start < indices.count {
            let slice = indices[start..<min(start + 5_000, indices.count)]
            let wanted = columns.keysToRead(slice)
            let found = wanted.isEmpty ? [:] : try read(wanted)
            for index in slice {
                try body(index, columns.holds(index) ? columns.mention(at: index) : found[columns.rows[Int(index)].key] ?? columns.mention(at: index))
            }
            start += slice.count
        }
    }

    /// Every mention held, in the order added (all of them in a feed that is not store-backed:
    /// for tests and small feeds).
    public var allMentions: [Mention] { mentions(at: Array(0..<Int32(columns.count))) }

    /// What panes and filters read of the mention at a position.
    public func row(at index: Int32) -> MentionRow { columns.rows[Int(index)] }

    public func id(at index: Int32) -> MentionID { columns.id(at: index) }

    /// Positions sorted newest first (ties by identity, as the panes list them).
    public func newestFirst(_ indices: [Int32]) -> [Int32] {
        let c = columns
        return indices.sorted { c.isNewer($0, $1) }
    }

    /// How many full mentions are held in memory (the rest are read back when drawn).
    public var heldCount: Int { columns.held.count }

    /// How many mentions read back for frames are held besides (the window).
    public var readBackCount: Int { columns.windowCount }

    /// Where the mention with this identity is (its position).
    public func position(of id: MentionID) -> Int32? {
        positions.find(id.tableHash) { columns.has(id, at: $0) }.number.map(Int32.init)
    }

    /// The positions of all mentions by the author of the one at `index`, newest first.
    public func authorHistory(of index: Int32) -> [Int32] { columns.authorPositions(columns.rows[Int(index)].author) }

    /// How many mentions the author of the one at `index` has.
    public func authorMentionCount(of index: Int32) -> Int { Int(columns.authorCounts[Int(columns.rows[Int(index)].author)]) }

    /// Items per pane without the filter, for "12 of 214" in pane titles.
    /// Each filtered pane's count without the filter (by `PaneID.rawValue`; alerts have none).
    public var unfilteredCounts: [Int] { [columns.count - conversationCount, conversationCount, pendingAll.count, 0, moderation.queue.count] }
    public var pendingTotal: Int { pendingAll.count }
    public var oldestPendingAt: Date? { pendingAll.first.map { columns.rows[Int($0)].createdAt } }
    /// When the next snoozed item wakes up.
    public var nextWake: Date? { schedule.nextWake }

    /// Delegated items the panes list whose follow-up date has passed.
    public func overdueCount(at now: Date) -> Int { schedule.overdueListed(at: now) }

    /// All delegated items past their follow-up date, whatever the filter shows.
    public func overdueCountAll(at now: Date) -> Int { schedule.overdueAll(at: now) }

    /// Whether an item waits in Pending replies: what the team decided, else what the rules say.
    static func isPending(_ row: MentionRow, state: Triage?, clock: Date) -> Bool {
        switch state?.status {
        case nil, .new?: return row.traits.contains(.needsReply)
        case .needsReply?, .escalated?, .delegated?: return true
        case .snoozed?: return (state?.snoozedUntil).map { $0 <= clock } ?? false
        case .replied?, .dismissed?, .done?: return false
        }
    }

    // MARK: - Changes

    /// `answer`: what a full-text index found for the filter's words and phrases (then they
    /// are not scanned for).
    public mutating func setFilter(_ filter: MentionFilter?, answer: TextAnswer? = nil) {
        self.filter = filter
        textAnswer = filter == nil ? nil : answer
        textScanPending = []
        textFound = nil
        if let filter, let answer { textFound = found(by: answer, for: filter) }
        relist()
    }

    /// Room for `count` mentions in all, for a load that knows how many are coming: the
    /// tables then never grow by copying (each copy left a hole in the heap).
    public mutating func reserveCapacity(_ count: Int) {
        guard count > columns.count else { return }
        if positions.count == 0 { positions = NumberTable(expecting: count) }
        columns.reserveCapacity(count)
        placement.reserveCapacity(count)
        // Keys count up from 1 as the store numbers mentions (a few more arrive meanwhile).
        if positionByKey.isEmpty { positionByKey = Array(repeating: -1, count: count + count / 64 + 1_024) }
        triaged.reserveCapacity(count)
        timeline.reserveCapacity(count)
    }

    /// Bytes of the larger tables (array capacities; dictionaries by count), a profiling aid.
    public var footprint: [(String, Int)] {
        func bytes<T>(_ array: [T]) -> Int { array.capacity * MemoryLayout<T>.stride }
        return columns.footprint + [
            ("positions", positions.bytes), ("positionByKey", bytes(positionByKey)), ("timeline", bytes(timeline)),
            ("posts+comments", bytes(posts) + bytes(comments)), ("pending+pendingAll", bytes(pending) + bytes(pendingAll)),
            ("placement+triaged", bytes(placement) + bytes(triaged)), ("textFound", textFound.map(bytes) ?? 0),
            ("children (count)", children.count), ("triage (count)", triage.count), ("volume buckets", volume.buckets.count),
        ]
    }

    /// Moves the clock; snoozed items whose time came go back to Pending.
    public mutating func advance(to now: Date) {
        let woke = schedule.woken(by: now)
        clock = now
        guard !woke.isEmpty else { return }
        for index in woke { replace(index) { _ in } }
    }

    /// Records saved triage changes; only the changed items move.
    public mutating func applyTriage(_ changes: [MentionID: Triage]) {
        guard !changes.isEmpty else { return }
        if changes.count > Self.bulkThreshold {
            triage.merge(changes) { $1 }
            for id in changes.keys { if let index = position(of: id) { triaged[Int(index)] = true } }
            rebuildRows()
            return
        }
        for (id, state) in changes {
            if let index = position(of: id) {
                replace(index) { feed in
                    feed.triage[id] = state
                    feed.triaged[Int(index)] = true
                }
            } else {
                triage[id] = state
            }
        }
    }

    /// Records the team's moderation decisions (nil: withdrawn); decided items leave the queue.
    public mutating func applyModeration(_ changes: [MentionID: ModerationDecision?]) {
        let positions = changes.keys.map { ($0, position(of: $0)) }
        moderation.apply(changes, positions: Dictionary(uniqueKeysWithValues: positions))
        moderation.relist(columns)
    }

    /// Adds or replaces mentions (identity is platform + native id); `keys` as in `init`.
    /// `holding: false`: new mentions with a key are not held in full (a history slice that
    /// `archive` would let go at once).
    public mutating func merge(_ incoming: [Mention], keys: [Int64] = [], holding: Bool = true) {
        guard !incoming.isEmpty else { return }
        var fresh: [Int32] = []
        var freshFrom: [Int] = []  // each fresh item's place in `incoming` (the last of repeats)
        var edits: [(Int32, Mention)] = []
        let firstFresh = Int32(columns.count)
        for (position, mention) in incoming.enumerated() {
            let key = keys.isEmpty ? 0 : keys[position]
            let hash = mention.id.tableHash
            let found = positions.find(hash) { columns.has(mention.id, at: $0) }
            if let number = found.number {
                let index = Int32(number)
                if index >= firstFresh {
                    columns.replace(index, with: mention)  // the same new item twice in one batch: keep the last
                    freshFrom[Int(index - firstFresh)] = position
                } else {
                    edits.append((index, mention))
                }
                recordKey(key, at: index)
                continue
            }
            let index = Int32(columns.count)
            columns.append(mention, key: 0, hold: holding || !Self.isMappable(key, count: columns.count + 1))
            _ = positions.insert(hash, at: found.position)
            if positions.isCrowded {
                let numbered = columns  // shared only while the table grows
                positions.grow { numbered.tableHash(at: Int32($0)) }
            }
            recordKey(key, at: index)
            fresh.append(index)
            freshFrom.append(position)
        }
        // A full-text answer covers what was there when the filter was set: new arrivals and
        // edits are checked by scanning their text.
        if let active = filter, textFound != nil {
            for position in freshFrom { textFound!.append(active.matchesText(incoming[position])) }
            for (index, mention) in edits {
                textFound![Int(index)] = active.matchesText(mention)
                textScanPending.remove(index)  // scanned now, in its new version
            }
        }
        for (index, position) in zip(fresh, freshFrom) { threads.add(index, incoming[position], columns) }
        if !fresh.isEmpty { add(fresh) }
        if edits.count > Self.bulkThreshold {
            for (index, mention) in edits { edit(index, to: mention) }
            rebuildRows(afterEdits: true)
        } else {
            for (index, mention) in edits {
                replace(index) { $0.edit(index, to: mention) }
            }
        }
        // A long live session: the held mentions go back to the newest few.
        if columns.storeBacked, columns.held.count > Self.heldLimit + Self.heldLimit / 5 { archive() }
    }

    /// Beyond this many changed items at once, rebuilding the rows is cheaper than moving each.
    static let bulkThreshold = 2_000

    // MARK: - Internals

    /// A new version of the item at `index`, moved in its reply thread.
    mutating func edit(_ index: Int32, to mention: Mention) {
        threads.remove(index, columns.holds(index) ? columns.mention(at: index) : mention)
        columns.replace(index, with: mention)
        threads.add(index, mention, columns)
    }

    /// Keys count up from 1 as the store numbers mentions; one far beyond what is held is left
    /// unmapped (its item is then held in full and scanned), so the table stays the size of the feed.
    static func isMappable(_ key: Int64, count: Int) -> Bool {
        key > 0 && key < Int64(count) * 4 + 1_000_000
    }

    /// Notes an item's store key (0: not known, which leaves a known one as it is).
    mutating func recordKey(_ key: Int64, at index: Int32) {
        guard Self.isMappable(key, count: max(columns.count, Int(index) + 1)) else { return }
        columns.setKey(key, at: index)
        if Int(key) >= positionByKey.count {
            positionByKey += Array(repeating: -1, count: max(Int(key) + 1, positionByKey.count * 3 / 2) - positionByKey.count)
        }
        positionByKey[Int(key)] = index
    }

    func isNewer(_ a: Int32, _ b: Int32) -> Bool {
        columns.isNewer(a, b)
    }

    /// Where the mention at `index` is in a pane's rows (newest first, or oldest first as
    /// Pending lists them), if it is listed there: by time and identity, whatever order the
    /// positions were given in (a history loaded oldest first numbers them the other way).
    public func row(of index: Int32, in rows: [Int32], newestFirst: Bool) -> Int? {
        let at = SortedRows.position(of: index, in: rows, newestFirst: newestFirst, columns)
        return at < rows.count && rows[at] == index ? at : nil
    }

}
