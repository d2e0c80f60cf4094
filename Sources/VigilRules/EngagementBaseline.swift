import Foundation

/// What the brand's items usually gather, for velocity rules with `min_ratio`: every item's
/// own engagement (likes, shares and replies as the export reports them), whatever the rule
/// counts, in a log histogram per day of event time. "Usual" is the most engaged item of a
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
    /// Counts the changes that can move an answer (a day's largest item, or the count of a day
    /// still short of `minimumItems`): the relative rules' items are swept again only then, not
    /// for every mention.
    private(set) var version = 0
    /// Per day of event time, items per bin, and the day's largest bin and item count.
    private var days: [Int64: Day] = [:]
    /// Answers by (day, days back), dropped with each new version.
    private var memo: [Key: Double?] = [:]

    private struct Day {
        var bins = [UInt32](repeating: 0, count: EngagementBaseline.binCount)
        var top = -1
        var items = 0
    }

    private struct Key: Hashable {
        var day: Int64
        var days: Int
    }

    /// `resolution`: seconds per bucket of the engine.
    init(resolution: Double) {
        self.resolution = resolution
    }

    /// Counts (sign 1) or takes back (sign -1) an item's own engagement at a time bucket.
    func add(_ amount: Int64, bucket: Int64, sign: Int64) {
        guard amount > 0 else { return }
        let day = self.day(of: bucket)
        let bin = Self.bin(of: amount)
        var record = days[day] ?? Day()
        let before = (record.top, record.items)
        if sign > 0 {
            record.bins[bin] &+= 1
            record.items += 1
            record.top = max(record.top, bin)
        } else if record.bins[bin] > 0 {
            record.bins[bin] -= 1
            record.items -= 1
            while record.top >= 0 && record.bins[record.top] == 0 { record.top -= 1 }
        }
        days[day] = record.items > 0 ? record : nil
        if record.top != before.0 || min(before.1, record.items) < Self.minimumItems {
            version &+= 1
            memo.removeAll(keepingCapacity: true)
        }
    }

    /// An item's usual engagement at `bucket`, looking back `days` days; nil while too little
    /// is known.
    func usual(at bucket: Int64, days back: Int) -> Double? {
        let key = Key(day: day(of: bucket), days: max(1, back))
        if let known = memo[key] { return known }
        var tops: [Int] = []
        var items = 0
        for past in (key.day - Int64(key.days))..<key.day {
            guard let record = days[past] else { continue }
            tops.append(record.top)
            items += record.items
        }
        tops.sort()
        let answer = tops.count >= Self.minimumDays && items >= Self.minimumItems ? Self.value(of: tops[tops.count / 2]) : nil
        memo[key] = answer
        return answer
    }

    private func day(of bucket: Int64) -> Int64 {
        Int64((Double(bucket) * resolution / 86_400).rounded(.down))
    }

    static func bin(of amount: Int64) -> Int {
        min(binCount - 1, Int((log2(Double(max(1, amount))) * binsPerOctave).rounded(.down)))
    }

    /// The geometric middle of a bin.
    static func value(of bin: Int) -> Double {
        pow(2, (Double(bin) + 0.5) / binsPerOctave)
    }
}
