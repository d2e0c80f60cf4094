import Foundation
import VigilCore

/// What one mention adds to one window rule's group, in one bucket of event time.
struct Contribution: Equatable, Sendable {
    var rule: Int32
    var group: Int32
    var bucket: Int64
    /// Matching mentions (count, spike, share numerator) or engagement (velocity).
    var a: Int64
    /// Share denominator.
    var b: Int64
    var terms: [String]
}

/// One group's counts for one window rule, as a sparse histogram over buckets of event time.
/// Sums are commutative, so the order mentions arrive in never changes the result.
final class WindowSeries {
    struct Cell {
        var a: Int64 = 0
        var b: Int64 = 0
    }

    struct Sample: Hashable, Comparable {
        var time: Date
        var id: MentionID
        static func < (x: Sample, y: Sample) -> Bool {
            if x.time != y.time { return x.time < y.time }
            if x.id.platform != y.id.platform { return x.id.platform < y.id.platform }
            return x.id.nativeID < y.id.nativeID
        }
    }

    /// The group as shown in alerts. A velocity rule has one group per post, most never
    /// alerting: their key is only spelled out when asked for.
    var key: String { item?.description ?? name }
    private let name: String
    private let item: MentionID?
    var cells: [Int64: Cell] = [:]
    var terms: [Int64: [String: Int]] = [:]
    /// The earliest few mentions per bucket, to show as examples.
    var samples: [Int64: [Sample]] = [:]
    /// The earliest bucket changed since the last sweep; nil = nothing changed.
    var dirtyFrom: Int64? = Int64.min
    /// Cached breach runs from the last sweep, and the first bucket they were computed with.
    var runs: [BreachRun] = []
    var firstBucketOfRuns: Int64?

    static let samplesPerBucket = 3

    init(key: String) {
        name = key
        item = nil
    }

    init(item: MentionID) {
        name = ""
        self.item = item
    }

    /// Sums over every bucket: a group whose whole history cannot reach a rule's minimum
    /// needs no sweep.
    /// Alerts built from `runs` as of `cachedWatermark`, reused while nothing can change them.
    var cachedAlerts: [Alert]?
    var cachedHasOpen = false
    var cachedWatermark = Date.distantPast
    /// Already in the engine's list of series to sweep.
    var listedDirty = false
    var totalA: Int64 = 0
    var totalB: Int64 = 0

    func add(_ c: Contribution, sign: Int64, sample: Sample) {
        dirtyFrom = min(dirtyFrom ?? c.bucket, c.bucket)
        totalA += sign * c.a
        totalB += sign * c.b
        Self.update(&cells[c.bucket, default: Cell()], by: c, sign: sign)  // one lookup, mutated in place
        if sign < 0, let cell = cells[c.bucket], cell.a == 0 && cell.b == 0 { cells[c.bucket] = nil }
        if !c.terms.isEmpty {
            for term in c.terms {
                let count = (terms[c.bucket]?[term] ?? 0) + Int(sign)
                terms[c.bucket, default: [:]][term] = count > 0 ? count : nil
            }
            if terms[c.bucket]?.isEmpty == true { terms[c.bucket] = nil }
        }
        if c.a > 0 {
            if sign > 0 {
                let kept = samples[c.bucket]
                // Full, and this one is later than all kept: nothing to do (the common case).
                if let kept, kept.count >= Self.samplesPerBucket, let last = kept.last, !(sample < last) { return }
                if kept?.contains(sample) == true { return }
                samples[c.bucket, default: []].append(sample)
                samples[c.bucket]!.sort()
                if samples[c.bucket]!.count > Self.samplesPerBucket { samples[c.bucket]!.removeLast() }
            } else if samples[c.bucket] != nil {
                samples[c.bucket]!.removeAll { $0.id == sample.id }
                if samples[c.bucket]!.isEmpty { samples[c.bucket] = nil }
            }
        }
    }

    private static func update(_ cell: inout Cell, by c: Contribution, sign: Int64) {
        cell.a += sign * c.a
        cell.b += sign * c.b
    }

    func remove(_ c: Contribution, id: MentionID) {
        add(c, sign: -1, sample: Sample(time: .distantPast, id: id))
    }

    /// Prefix sums over the sorted non-empty buckets: any range sum is two binary searches.
    func sums() -> RangeSums {
        let keys = cells.keys.sorted()
        var prefixA = [Int64](repeating: 0, count: keys.count + 1)
        var prefixB = prefixA
        for (i, key) in keys.enumerated() {
            let cell = cells[key]!
            prefixA[i + 1] = prefixA[i] + cell.a
            prefixB[i + 1] = prefixB[i] + cell.b
        }
        return RangeSums(keys: keys, prefixA: prefixA, prefixB: prefixB)
    }
}

struct RangeSums {
    let keys: [Int64]
    let prefixA: [Int64]
    let prefixB: [Int64]

    /// Index of the first key ≥ bucket.
    private func lowerBound(_ bucket: Int64) -> Int {
        var lo = 0, hi = keys.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if keys[mid] < bucket { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Sums of a and b over buckets in lo...hi.
    func sum(_ lo: Int64, _ hi: Int64) -> (a: Int64, b: Int64) {
        guard lo <= hi else { return (0, 0) }
        let i = lowerBound(lo), j = lowerBound(hi + 1)
        return (prefixA[j] - prefixA[i], prefixB[j] - prefixB[i])
    }
}
