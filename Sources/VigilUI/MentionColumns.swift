import Foundation
import VigilCore

/// Every mention a feed holds, by position (in the order added; positions never move): a
/// compact row each, which is all sorting, the panes and the filter read; the identities'
/// bytes in one buffer; and the full mention only where it is held. A feed that is not
/// `storeBacked` holds all; one that is lets the old ones go (`archive`: a million full
/// mentions were 550 MB), and the session reads back those a frame shows, by store key, before
/// it is drawn (`fill`). Nothing here reads a store.
struct MentionColumns: Sendable {
    private(set) var rows: [MentionRow] = []
    private(set) var names = MentionNames()
    private var nativeIDs = PackedStrings()
    private(set) var held: [Int32: Mention] = [:]
    /// Mentions read back from the store for the frames drawn lately (see `fill`): let go all at
    /// once when full, which costs nothing, rather than sorted out by age.
    private var window: [Int32: Mention] = [:]
    static let windowLimit = 4_096
    var windowCount: Int { window.count }
    /// Each author's mentions as a list through positions: the last added (per author number),
    /// and per position the author's one added before it (-1: none).
    private var authorLast: [Int32] = []
    private var authorPrevious: [Int32] = []
    private(set) var authorCounts: [Int32] = []
    /// Whether full mentions may be let go (a store holds them all, by key).
    private(set) var storeBacked = false
    /// Keys the store was asked for and did not have (deleted since): shown as gone, not asked again.
    private(set) var unreadable: Set<Int64> = []

    var count: Int { rows.count }

    mutating func reserveCapacity(_ count: Int) {
        rows.reserveCapacity(count)
        nativeIDs.reserveCapacity(count)
        authorPrevious.reserveCapacity(count)
    }

    var footprint: [(String, Int)] {
        func bytes<T>(_ array: [T]) -> Int { array.capacity * MemoryLayout<T>.stride }
        return [("rows", bytes(rows)), ("native ids", nativeIDs.footprint), ("held (count)", held.count),
                ("author lists", bytes(authorLast) + bytes(authorPrevious) + bytes(authorCounts)),
                ("names: authors", names.authorHandles.footprint + bytes(names.authorPlatforms) + names.authorTableBytes),
                ("names: tag sets (count)", names.tagSets.count), ("names: languages (count)", names.languages.count)]
    }

    /// Adds a mention at the next position; `hold: false` keeps only its row (the full mention
    /// is read back from the store when a frame shows it), for a history loaded oldest first.
    mutating func append(_ m: Mention, key: Int64, hold: Bool = true) {
        let index = Int32(rows.count)
        let row = names.row(for: m, key: key)
        rows.append(row)
        nativeIDs.append(m.id.nativeID)
        if hold || !storeBacked { held[index] = m }
        link(index, author: row.author)
    }

    /// A new version of the mention at `index` (same identity).
    mutating func replace(_ index: Int32, with m: Mention) {
        let old = rows[Int(index)]
        var row = names.row(for: m, key: old.key)
        if row.key == 0 { row.key = old.key }
        rows[Int(index)] = row
        held[index] = m
        window[index] = nil
        if row.author != old.author {
            unlink(index, author: old.author)
            link(index, author: row.author)
        }
    }

    mutating func setKey(_ key: Int64, at index: Int32) {
        rows[Int(index)].key = key
    }

    mutating func setStoreBacked(_ backed: Bool) {
        storeBacked = backed
    }

    /// Lets the full mentions go but those `keep` names (only when store-backed, and only those
    /// the store has numbered).
    mutating func archive(keeping keep: (Int32) -> Bool) {
        guard storeBacked else { return }
        // Removed in place: `filter` copied every kept mention (tens of milliseconds each time
        // a live feed passed the limit, about once a second in a flood).
        let gone = held.keys.filter { rows[Int($0)].key != 0 && !keep($0) }
        for index in gone { held.removeValue(forKey: index) }
    }

    // MARK: reading

    func platform(at index: Int32) -> Platform { names.platforms[Int(rows[Int(index)].platform)] }

    func id(at index: Int32) -> MentionID {
        if let m = held[index] { return m.id }
        return MentionID(platform: platform(at: index), nativeID: nativeIDs[Int(index)])
    }

    /// `id(at: index).tableHash`, from the packed bytes.
    func tableHash(at index: Int32) -> UInt64 {
        MentionID.tableHash(platform: platform(at: index), nativeIDs: nativeIDs, at: Int(index))
    }

    /// Whether the mention at `index` has this identity (equal as Swift strings are: a
    /// differently composed accent is the same id).
    func has(_ id: MentionID, at index: Int) -> Bool {
        names.platforms[Int(rows[index].platform)] == id.platform && nativeIDs.isEqual(at: index, to: id.nativeID)
    }

    /// Newest event time first; identity breaks ties (as `Mention.newestFirst`).
    func isNewer(_ a: Int32, _ b: Int32) -> Bool {
        let x = rows[Int(a)], y = rows[Int(b)]
        if x.createdAt != y.createdAt { return x.createdAt > y.createdAt }
        if x.platform != y.platform { return names.platforms[Int(x.platform)] < names.platforms[Int(y.platform)] }
        return nativeIDs.precedes(Int(a), Int(b))
    }

    /// The full mention where held; else what the row knows, its text saying it is being
    /// read (or is gone from the store).
    func mention(at index: Int32) -> Mention {
        held[index] ?? window[index] ?? placeholder(index)
    }

    /// Every full mention held: the newest and those read back for frames.
    var heldAndWindow: [Int32: Mention] { window.isEmpty ? held : held.merging(window) { newest, _ in newest } }

    /// The full mention at `index`, when held (newest, or read back for a frame).
    func heldMention(at index: Int32) -> Mention? { held[index] ?? window[index] }

    /// Whether the full mention at `index` is held (else `mention(at:)` is a placeholder).
    func holds(_ index: Int32) -> Bool { held[index] != nil || window[index] != nil }

    /// The store keys of those of `indices` that are not held and can be read back.
    func keysToRead(_ indices: some Sequence<Int32>) -> [Int64] {
        var keys: [Int64] = []
        for index in indices where !holds(index) {
            let key = rows[Int(index)].key
            if key != 0, !unreadable.contains(key) { keys.append(key) }
        }
        return keys
    }

    /// Mentions read back from the store for the frame (same identities as their rows). When
    /// they would not fit, the window first lets go of all that the frame being drawn does
    /// not show (`frame`): what a frame shows is never let go.
    mutating func fill(_ read: [(Int32, Mention)], keeping frame: Set<Int32>) {
        if window.count + read.count > Self.windowLimit {
            window = window.filter { frame.contains($0.key) }
        }
        for (index, m) in read { window[index] = m }
    }

    /// Lets go of read-back mentions the frame does not show (those read only to be scanned).
    mutating func forget(_ indices: [Int32], keeping frame: Set<Int32>) {
        for index in indices where !frame.contains(index) { window[index] = nil }
    }

    /// The store did not have this key: its row is drawn as gone from now on.
    mutating func markUnreadable(_ key: Int64) {
        unreadable.insert(key)
    }

    private func placeholder(_ index: Int32) -> Mention {
        let row = rows[Int(index)]
        let text = unreadable.contains(row.key) ? "(not in the database any more)" : "…"
        return Mention(id: id(at: index), author: Author(handle: names.authorHandles[Int(row.author)], followers: row.followerCount),
                       createdAt: row.createdAt, text: text, kind: row.kind)
    }

    /// The author's handle at `index` (no full mention needed).
    func authorHandle(at index: Int32) -> String { names.authorHandles[Int(rows[Int(index)].author)] }

    /// The positions of the author's mentions, newest first.
    func authorPositions(_ author: Int32) -> [Int32] {
        var positions: [Int32] = []
        var at = Int(author) < authorLast.count ? authorLast[Int(author)] : -1
        while at >= 0 {
            positions.append(at)
            at = authorPrevious[Int(at)]
        }
        return positions.sorted(by: isNewer)
    }

    // MARK: author lists

    private mutating func link(_ index: Int32, author: Int32) {
        if Int(author) >= authorLast.count {
            authorLast += Array(repeating: -1, count: Int(author) + 1 - authorLast.count)
            authorCounts += Array(repeating: 0, count: Int(author) + 1 - authorCounts.count)
        }
        if Int(index) == authorPrevious.count { authorPrevious.append(authorLast[Int(author)]) } else { authorPrevious[Int(index)] = authorLast[Int(author)] }
        authorLast[Int(author)] = index
        authorCounts[Int(author)] += 1
    }

    private mutating func unlink(_ index: Int32, author: Int32) {
        authorCounts[Int(author)] -= 1
        if authorLast[Int(author)] == index {
            authorLast[Int(author)] = authorPrevious[Int(index)]
            return
        }
        var at = authorLast[Int(author)]
        while at >= 0, authorPrevious[Int(at)] != index { at = authorPrevious[Int(at)] }
        if at >= 0 { authorPrevious[Int(at)] = authorPrevious[Int(index)] }
    }
}
