import Foundation
import VigilCore

/// One group's counts for one window rule, as a sparse histogram over buckets of event time.
/// Sums are commutative, so the order mentions arrive in never changes the result.
/// Counting state is touched for every contribution by one engine at a time: it skips Swift's
/// runtime exclusivity checks.
final class WindowSeries {
    /// One non-empty bucket, with the earliest few mentions in it to show as examples.
    struct Cell {
        var bucket: Int64
        var matched: Int64 = 0
        /// A count of mentions in one bucket: 32 bits (a cell is then 32 bytes, not 40).
        var base: Int32 = 0
        /// Slots of the earliest mentions, earliest first; -1 = none.
        var samples: (Int32, Int32, Int32) = (-1, -1, -1)

        init(bucket: Int64) { self.bucket = bucket }

        /// Adds or takes back one contribution, in one access to the cell; returns whether
        /// the cell is now empty.
        mutating func add(_ c: Contribution, sign: Int64, sample: Int32, slots: MentionSlots) -> Bool {
            matched += sign * c.matched
            base &+= Int32(truncatingIfNeeded: sign * c.base)
            if c.matched > 0 {
                if sign > 0 { keepSample(sample, slots: slots) } else { dropSample(sample) }
            }
            return matched == 0 && base == 0
        }

        private mutating func keepSample(_ slot: Int32, slots: MentionSlots) {
            // Full, and this one is later than all kept: nothing to do (the common case).
            if samples.2 >= 0 && !slots.precedes(slot, samples.2) { return }
            if samples.0 == slot || samples.1 == slot || samples.2 == slot { return }
            if samples.0 < 0 || slots.precedes(slot, samples.0) {
                samples = (slot, samples.0, samples.1)
            } else if samples.1 < 0 || slots.precedes(slot, samples.1) {
                samples = (samples.0, slot, samples.1)
            } else {
                samples.2 = slot
            }
        }

        private mutating func dropSample(_ slot: Int32) {
            if samples.0 == slot {
                samples = (samples.1, samples.2, -1)
            } else if samples.1 == slot {
                samples = (samples.0, samples.2, -1)
            } else if samples.2 == slot {
                samples.2 = -1
            }
        }

        var sampleSlots: [Int32] { [samples.0, samples.1, samples.2].filter { $0 >= 0 } }
    }

    /// The group as shown in alerts. A velocity rule has one group per post, most never
    /// alerting: their key is only spelled out when asked for.
    var key: String { item?.description ?? name }
    private let name: String
    private let item: MentionID?
    /// Non-empty buckets in time order. Mentions mostly arrive in time order, so a new one
    /// lands in the last cell or after it.
    @exclusivity(unchecked) private(set) var cells: [Cell] = []
    @exclusivity(unchecked) var terms: [Int64: [String: Int]] = [:]
    /// The earliest bucket changed since the last sweep; nil = nothing changed.
    @exclusivity(unchecked) var dirtyFrom: Int64? = Int64.min
    /// Cached breach runs from the last sweep, and the first bucket they were computed with.
    var runs: [BreachRun] = []
    var firstBucketOfRuns: Int64?

    init(key: String) {
        name = key
        item = nil
    }

    init(item: MentionID) {
        name = ""
        self.item = item
    }

    /// Alerts built from `runs` as of `cachedWatermark`, reused while nothing can change them.
    var cachedAlerts: [Alert]?
    var cachedHasOpen = false
    var cachedWatermark = Date.distantPast
    /// Already in the engine's list of series to sweep.
    @exclusivity(unchecked) var listedDirty = false
    /// Sums over every bucket: a group whose whole history cannot reach a rule's minimum
    /// needs no sweep.
    @exclusivity(unchecked) var totalMatched: Int64 = 0
    @exclusivity(unchecked) var totalBase: Int64 = 0

    /// Adds (sign 1) or takes back (sign -1) one mention's contribution; `sample` is its slot.
    /// Returns true when the series has just become dirty (it must be listed for the next sweep).
    func add(_ c: Contribution, terms contributed: [String], sign: Int64, sample: Int32, slots: MentionSlots) -> Bool {
        dirtyFrom = min(dirtyFrom ?? c.bucket, c.bucket)
        totalMatched += sign * c.matched
        totalBase += sign * c.base
        let index = cellIndex(c.bucket)
        if cells[index].add(c, sign: sign, sample: sample, slots: slots) { cells.remove(at: index) }
        if !contributed.isEmpty {
            for term in contributed {
                let count = (terms[c.bucket]?[term] ?? 0) + Int(sign)
                terms[c.bucket, default: [:]][term] = count > 0 ? count : nil
            }
            if terms[c.bucket]?.isEmpty == true { terms[c.bucket] = nil }
        }
        if listedDirty { return false }
        listedDirty = true
        return true
    }

    /// The index of the bucket's cell, inserted empty if there is none.
    private func cellIndex(_ bucket: Int64) -> Int {
        if let last = cells.last {
            if last.bucket == bucket { return cells.count - 1 }
            if last.bucket < bucket { cells.append(Cell(bucket: bucket)); return cells.count - 1 }
        } else {
            // Most groups (an author, a post) have a few buckets: room for them at once, not
            // three reallocations.
            cells.reserveCapacity(4)
            cells.append(Cell(bucket: bucket))
            return 0
        }
        let index = lowerBound(bucket)
        if index < cells.count && cells[index].bucket == bucket { return index }
        cells.insert(Cell(bucket: bucket), at: index)
        return index
    }

    /// Lets go of the room the cells grew into (after a load: most groups are done growing).
    func trimToFit() {
        if cells.capacity > cells.count + cells.count / 8 + 1 { cells = cells.withUnsafeBufferPointer { Array($0) } }
    }

    /// Index of the first cell at or after the bucket.
    func lowerBound(_ bucket: Int64) -> Int {
        var lo = 0, hi = cells.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if cells[mid].bucket < bucket { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Prefix sums over the non-empty buckets: any range sum is two binary searches.
    func sums() -> RangeSums {
        var keys = [Int64](repeating: 0, count: cells.count)
        var prefixMatched = [Int64](repeating: 0, count: cells.count + 1)
        var prefixBase = prefixMatched
        for (i, cell) in cells.enumerated() {
            keys[i] = cell.bucket
            prefixMatched[i + 1] = prefixMatched[i] + cell.matched
            prefixBase[i + 1] = prefixBase[i] + Int64(cell.base)
        }
        return RangeSums(keys: keys, prefixMatched: prefixMatched, prefixBase: prefixBase)
    }
}

struct RangeSums {
    let keys: [Int64]
    let prefixMatched: [Int64]
    let prefixBase: [Int64]

    /// Index of the first key ≥ bucket.
    func lowerBound(_ bucket: Int64) -> Int {
        var lo = 0, hi = keys.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if keys[mid] < bucket { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Sums of a and b over buckets in lo...hi.
    func sum(_ lo: Int64, _ hi: Int64) -> (matched: Int64, base: Int64) {
        guard lo <= hi else { return (0, 0) }
        let i = lowerBound(lo), j = lowerBound(hi + 1)
        return (prefixMatched[j] - prefixMatched[i], prefixBase[j] - prefixBase[i])
    }
}
