/// A pane's rows: positions of mentions sorted newest first (or oldest first, as Pending lists
/// them) by event time, then identity, kept sorted as items come, go and change. Functions over
/// the row list and the columns it points into, so a row list of `FeedData` can be changed in
/// place while its mentions are read.
enum SortedRows {
    /// Where `index` goes in `rows` (binary search by time, then identity).
    static func position(of index: Int32, in rows: [Int32], newestFirst: Bool, _ columns: MentionColumns) -> Int {
        var lo = 0, hi = rows.count
        while lo < hi {
            let mid = (lo + hi) / 2
            let before = newestFirst ? columns.isNewer(rows[mid], index) : columns.isNewer(index, rows[mid])
            if before { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    static func insert(_ index: Int32, into rows: inout [Int32], newestFirst: Bool, _ columns: MentionColumns) {
        rows.insert(index, at: position(of: index, in: rows, newestFirst: newestFirst, columns))
    }

    static func remove(_ index: Int32, from rows: inout [Int32], newestFirst: Bool, _ columns: MentionColumns) {
        let at = position(of: index, in: rows, newestFirst: newestFirst, columns)
        if at < rows.count, rows[at] == index { rows.remove(at: at) }
    }

    /// Merges sorted rows into a sorted row list (newest first, or oldest first), in place when
    /// all of them go before or after it (live arrivals, and a history read oldest first): a
    /// list built anew each time left a hole in the heap per slice.
    static func merge(_ b: [Int32], into a: inout [Int32], newestFirst: Bool, _ columns: MentionColumns) {
        if b.isEmpty { return }
        if a.isEmpty { a.append(contentsOf: b); return }
        if newestFirst, columns.isNewer(b[b.count - 1], a[0]) { a.insert(contentsOf: b, at: 0); return }
        if !newestFirst, columns.isNewer(b[0], a[a.count - 1]) { a.append(contentsOf: b); return }
        var out: [Int32] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            let takeB = i >= a.count || (j < b.count && (newestFirst ? columns.isNewer(b[j], a[i]) : columns.isNewer(a[i], b[j])))
            if takeB { out.append(b[j]); j += 1 } else { out.append(a[i]); i += 1 }
        }
        a = out
    }
}
