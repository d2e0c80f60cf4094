import Foundation
import VigilCore

/// Mentions counted in 5-minute buckets of event time (total, negative, per platform), kept
/// beside the feed so the ops screen reads a day of history without touching the mentions.
public struct VolumeHistory: Sendable, Equatable {
    public static let bucketSeconds = 300

    public struct Bucket: Sendable, Equatable {
        public var total: Int32 = 0
        public var negative: Int32 = 0
        /// Counts by `platforms` index.
        public var byPlatform: [Int32] = []
    }

    public private(set) var buckets: [Int: Bucket] = [:]
    /// Every platform seen, in first-seen order; `Bucket.byPlatform` is indexed by it.
    public private(set) var platforms: [Platform] = []
    private var platformSlots: [Platform: Int] = [:]

    public init() {}

    public static func bucketIndex(_ date: Date) -> Int {
        Int((date.timeIntervalSince1970 / Double(bucketSeconds)).rounded(.down))
    }

    public mutating func removeAll() {
        buckets.removeAll(keepingCapacity: true)
    }

    public mutating func add(_ mention: Mention) {
        add(platform: mention.platform, at: mention.createdAt, negative: mention.sentimentLabel == .negative)
    }

    public mutating func add(platform: Platform, at time: Date, negative: Bool) {
        let slot: Int
        if let known = platformSlots[platform] {
            slot = known
        } else {
            slot = platforms.count
            platforms.append(platform)
            platformSlots[platform] = slot
        }
        // One hash lookup, modified in place.
        Self.count(into: &buckets[Self.bucketIndex(time), default: Bucket()], slot: slot, negative: negative)
    }

    /// Takes back what `add` counted for a mention (before it changes).
    public mutating func remove(platform: Platform, at time: Date, negative: Bool) {
        guard let slot = platformSlots[platform] else { return }
        let index = Self.bucketIndex(time)
        guard var bucket = buckets.removeValue(forKey: index) else { return }
        bucket.total -= 1
        if negative { bucket.negative -= 1 }
        if slot < bucket.byPlatform.count { bucket.byPlatform[slot] -= 1 }
        if bucket.total > 0 { buckets[index] = bucket }
    }

    private static func count(into bucket: inout Bucket, slot: Int, negative: Bool) {
        bucket.total += 1
        if negative { bucket.negative += 1 }
        if bucket.byPlatform.count <= slot { bucket.byPlatform += Array(repeating: 0, count: slot + 1 - bucket.byPlatform.count) }
        bucket.byPlatform[slot] += 1
    }

    /// Totals over `[from, to)`, by bucket (a bucket counts when its start is in the range).
    public func sum(from: Date, to: Date) -> Bucket {
        var result = Bucket(byPlatform: Array(repeating: 0, count: platforms.count))
        let first = Self.bucketIndex(from), last = Self.bucketIndex(to)
        guard first < last else { return result }
        for index in first..<last {
            guard let bucket = buckets[index] else { continue }
            result.total += bucket.total
            result.negative += bucket.negative
            for (slot, count) in bucket.byPlatform.enumerated() { result.byPlatform[slot] += count }
        }
        return result
    }

    /// One bucket per `minutes` (a multiple of 5) for the `count` periods ending at `end`,
    /// oldest first.
    public func series(endingAt end: Date, periods count: Int, minutes: Int) -> [Bucket] {
        let step = max(1, minutes * 60 / Self.bucketSeconds)
        let lastIndex = Self.bucketIndex(end)  // the bucket holding `end` is the newest
        var result: [Bucket] = []
        result.reserveCapacity(count)
        for period in 0..<count {
            let start = lastIndex - (count - period) * step + 1
            var bucket = Bucket()
            for index in start..<(start + step) {
                guard let b = buckets[index] else { continue }
                bucket.total += b.total
                bucket.negative += b.negative
            }
            result.append(bucket)
        }
        return result
    }
}
