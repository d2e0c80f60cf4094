import Foundation
import VigilCore

/// Every mention a feed holds, by position (in the order added; positions never move): a
/// compact row each, which is all sorting, the panes and the filter read; the identities'
/// bytes in one buffer; and the full mention only where it is held. Without a source all are
/// held; with one, `archive` lets the old ones go (a million full mentions were 550 MB) and
/// they are read back by store key when drawn.
struct MentionColumns: Sendable {
    private(set) var rows: [MentionRow] = []
    private(set) var names = MentionNames()
    private var nativeIDs = PackedStrings()
    private(set) var held: [Int32: Mention] = [:]
    /// Each author's mentions as a list through positions: the last added (per author number),
    /// and per position the author's one added before it (-1: none).
    private var authorLast: [Int32] = []
    private var authorPrevious: [Int32] = []
    private(set) var authorCounts: [Int32] = []
    private(set) var source: MentionSource?

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
    /// is read back from the source when shown), for a history loaded oldest first.
    mutating func append(_ m: Mention, key: Int64, hold: Bool = true) {
        let index = Int32(rows.count)
        let row = names.row(for: m, key: key)
        rows.append(row)
        nativeIDs.append(m.id.nativeID)
        if hold || source == nil { held[index] = m }
        link(index, author: row.author)
    }

    /// A new version of the mention at `index` (same identity).
    mutating func replace(_ index: Int32, with m: Mention) {
        let old = rows[Int(index)]
        var row = names.row(for: m, key: old.key)
        if row.key == 0 { row.key = old.key }
        rows[Int(index)] = row
        held[index] = m
        if old.key != 0 { source?.forget(old.key) }
        if row.author != old.author {
            unlink(index, author: old.author)
            link(index, author: row.author)
        }
    }

    mutating func setKey(_ key: Int64, at index: Int32) {
        rows[Int(index)].key = key
    }

    mutating func setSource(_ source: MentionSource?) {
        self.source = source
    }

    /// Lets the full mentions go but those `keep` names (only with a source to read them back
    /// from, and only those the store has numbered).
    mutating func archive(keeping keep: (Int32) -> Bool) {
        guard source != nil else { return }
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

    /// The full mention: held, else read back; when it cannot be read, what the row knows.
    func mention(at index: Int32) -> Mention {
        if let m = held[index] { return m }
        return mentions(at: [index])[0]
    }

    /// Several at once (one read for those not held), in the order asked.
    func mentions(at indices: [Int32]) -> [Mention] {
        let missing = indices.filter { held[$0] == nil }.map { rows[Int($0)].key }.filter { $0 != 0 }
        let read = missing.isEmpty ? [:] : source?.mentions(keys: missing) ?? [:]
        return indices.map { index in held[index] ?? read[rows[Int(index)].key] ?? placeholder(index) }
    }

    private func placeholder(_ index: Int32) -> Mention {
        let row = rows[Int(index)]
        return Mention(id: id(at: index), author: Author(handle: names.authorHandles[Int(row.author)], followers: row.followerCount),
                       createdAt: row.createdAt, text: "(not in the database any more)", kind: row.kind)
    }

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
