import Foundation

/// What the brand's items usually gather, for velocity rules with `min_ratio`: every item's
/// own engagement (likes, shares and replies as the export reports them), whatever the rule
/// counts, in a log histogram per hour of event time. "Usual" is the most engaged item of a
/// normal day: the median, over the past days that had items, of each day's largest. A
/// complaint at ten times that is bigger than anything the brand sees on an ordinary day; a
/// brand whose top post gets 20 likes and one whose gets 20,000 are each judged by their own.
/// Until three past days with enough items exist, there is no usual and relative rules wait
/// (as spike rules warm up): on a first day, the first big post is bigger than anything seen.
final class EngagementBaseline {
    /// Eight bins an octave: a value read from a bin's middle is within 5% of the truth.
    static let binsPerOctave = 8.0
    static let binCount = 256
    /// Fewer engaged items, or fewer past days with items, than these to go by, and a relative
    /// rule does not compare yet: the median of one or two days is one unusual day.
    static let minimumItems = 50
    static let minimumDays = 3

    private let resolution: Double
    /// Counts changes: a relative rule's answers may have moved since it last looked.
    private(set) var version = 0
    /// Per hour of event time, items per bin (sparse: most hours use a few dozen bins).
    private var hours: [Int64: [UInt8: UInt32]] = [:]
    /// Answers for a day from its past days, by (day's first hour, days back). Dropped
    /// whenever an item is counted.
    private var memo: [Key: Double?] = [:]

    private struct Key: Hashable {
        var hour: Int64
        var days: Int
    }

    /// `resolution`: seconds per bucket of the engine.
    init(resolution: Double) {
        self.resolution = resolution
    }

    /// Counts (sign 1) or takes back (sign -1) an item's own engagement at a time bucket.
    func add(_ amount: Int64, bucket: Int64, sign: Int64) {
        guard amount > 0 else { return }
        version &+= 1
        let hour = self.hour(of: bucket)
        let bin = UInt8(Self.bin(of: amount))
        var histogram = hours[hour] ?? [:]
        let now = Int64(histogram[bin] ?? 0) + sign
        histogram[bin] = now > 0 ? UInt32(now) : nil
        hours[hour] = histogram.isEmpty ? nil : histogram
        memo.removeAll(keepingCapacity: true)
    }

    /// An item's usual engagement at `bucket`, looking back `days` days; nil while too little
    /// is known.
    func usual(at bucket: Int64, days: Int) -> Double? {
        let hour = self.hour(of: bucket)
        let today = hour - hour.modulo(24)
        let key = Key(hour: today, days: max(1, days))
        if let known = memo[key] { return known }
        var tops: [Int] = []
        var items = 0
        for day in 1...key.days {
            let start = today - Int64(day) * 24
            let (top, count) = largest(from: start, to: start + 24)
            if let top { tops.append(top) }
            items += count
        }
        tops.sort()
        let answer = tops.count >= Self.minimumDays && items >= Self.minimumItems ? Self.value(of: tops[tops.count / 2]) : nil
        memo[key] = answer
        return answer
    }

    /// The highest bin with items in the hours, and how many items they hold.
    private func largest(from start: Int64, to end: Int64) -> (Int?, Int) {
        var top: Int?
        var items = 0
        var h = start
        while h < end {
            if let histogram = hours[h] {
                for (bin, count) in histogram {
                    top = max(top ?? 0, Int(bin))
                    items += Int(count)
                }
            }
            h += 1
        }
        return (top, items)
    }

    private func hour(of bucket: Int64) -> Int64 {
        Int64((Double(bucket) * resolution / 3600).rounded(.down))
    }

    static func bin(of amount: Int64) -> Int {
        min(binCount - 1, Int((log2(Double(max(1, amount))) * binsPerOctave).rounded(.down)))
    }

    /// The geometric middle of a bin.
    static func value(of bin: Int) -> Double {
        pow(2, (Double(bin) + 0.5) / binsPerOctave)
    }
}

private extension Int64 {
    /// The remainder that is never negative (event times before 1970).
    func modulo(_ n: Int64) -> Int64 { ((self % n) + n) % n }
}
