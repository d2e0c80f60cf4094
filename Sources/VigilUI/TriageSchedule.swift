import Foundation

/// When triaged items come back: snoozed items' wake-up times, and delegated items' follow-up
/// dates (of those the panes list, and of all), kept sorted so that overdue items are counted
/// by binary search on the clock, not by scanning.
struct TriageSchedule {
    /// Follow-up dates of delegated pending items the panes list (the filter applies), sorted.
    private(set) var listedFollowUps: [Date] = []
    /// Follow-up dates of all delegated pending items, whatever the filter shows, sorted.
    private(set) var allFollowUps: [Date] = []
    /// Snoozed items still asleep, with their wake-up time.
    private var sleeping: [Int32: Date] = [:]

    /// When the next snoozed item wakes up.
    var nextWake: Date? { sleeping.values.min() }

    /// Snoozed items whose time has come by `now`.
    func woken(by now: Date) -> [Int32] { sleeping.filter { $0.value <= now }.map(\.key) }

    func overdueListed(at now: Date) -> Int { Self.countBefore(now, in: listedFollowUps) }
    func overdueAll(at now: Date) -> Int { Self.countBefore(now, in: allFollowUps) }

    /// An item placed: asleep until `wake`, due for follow-up at `due` (counted among the listed
    /// ones and among all as its placement says).
    mutating func add(_ index: Int32, wake: Date?, due: Date?, listed: Bool, any: Bool) {
        if let wake { sleeping[index] = wake }
        guard let due else { return }
        if any { Self.insert(due, into: &allFollowUps) }
        if listed { Self.insert(due, into: &listedFollowUps) }
    }

    /// An item taken out (before it is placed again).
    mutating func remove(_ index: Int32, due: Date?, listed: Bool, any: Bool) {
        sleeping[index] = nil
        guard let due else { return }
        if listed, let at = listedFollowUps.firstIndex(of: due) { listedFollowUps.remove(at: at) }
        if any, let at = allFollowUps.firstIndex(of: due) { allFollowUps.remove(at: at) }
    }

    /// The listed follow-ups anew (after the panes were listed again under a new filter).
    mutating func setListed(_ dates: [Date]) {
        listedFollowUps = dates.sorted()
    }

    mutating func removeAll() {
        listedFollowUps.removeAll(keepingCapacity: true)
        allFollowUps.removeAll(keepingCapacity: true)
        sleeping.removeAll()
    }

    private static func insert(_ date: Date, into dates: inout [Date]) {
        dates.insert(date, at: dates.firstIndex { $0 > date } ?? dates.count)
    }

    private static func countBefore(_ now: Date, in dates: [Date]) -> Int {
        var lo = 0, hi = dates.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if dates[mid] < now { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
