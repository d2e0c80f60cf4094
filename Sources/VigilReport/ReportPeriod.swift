import Foundation
import VigilCore

/// The stretch of time a report covers, in the report's time zone: a whole day, an ISO week
/// (Monday to Sunday, as European teams count them) or a calendar month, or any `from`..`to`.
/// `end` is exclusive, so a mention at 00:00:00 on the next day belongs to the next period.
public struct ReportPeriod: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case day, week, month, custom
    }

    public var kind: Kind
    public var start: Date
    public var end: Date
    public var timeZone: TimeZone

    public init(kind: Kind, start: Date, end: Date, timeZone: TimeZone) {
        self.kind = kind
        self.start = start
        self.end = end
        self.timeZone = timeZone
    }

    /// The calendar the report counts in: Gregorian, weeks from Monday, in the report's zone.
    public static func calendar(_ zone: TimeZone) -> Calendar { BusinessHours.calendar(zone) }

    public var calendar: Calendar { Self.calendar(timeZone) }

    /// The period of this kind that contains `date`.
    public static func containing(_ date: Date, kind: Kind, timeZone: TimeZone) -> ReportPeriod {
        let calendar = calendar(timeZone)
        let component: Calendar.Component
        switch kind {
        case .day, .custom: component = .day
        case .week: component = .weekOfYear
        case .month: component = .month
        }
        let interval = calendar.dateInterval(of: component, for: date)!
        return ReportPeriod(kind: kind == .custom ? .day : kind, start: interval.start, end: interval.end, timeZone: timeZone)
    }

    /// The last whole period of this kind before `now` (what a report run on Monday morning
    /// about "the week" means).
    public static func lastComplete(_ kind: Kind, now: Date, timeZone: TimeZone) -> ReportPeriod {
        let current = containing(now, kind: kind, timeZone: timeZone)
        return containing(current.start.addingTimeInterval(-1), kind: kind, timeZone: timeZone)
    }

    /// From the start of `from`'s day to the end of `to`'s day (both days included).
    public static func days(from: Date, to: Date, timeZone: TimeZone) -> ReportPeriod {
        let calendar = calendar(timeZone)
        let start = calendar.startOfDay(for: from)
        let end = calendar.date(byAdding: .day, value: 1, to: calendar.startOfDay(for: to))!
        return ReportPeriod(kind: .custom, start: start, end: max(end, start), timeZone: timeZone)
    }

    /// The period just before this one, of the same kind (a month before a month, whatever
    /// its length; a custom range of the same number of days).
    public var previous: ReportPeriod {
        switch kind {
        case .day, .week, .month:
            return Self.containing(start.addingTimeInterval(-1), kind: kind, timeZone: timeZone)
        case .custom:
            let days = calendar.dateComponents([.day], from: start, to: end).day ?? 1
            let start = calendar.date(byAdding: .day, value: -days, to: self.start)!
            return ReportPeriod(kind: .custom, start: start, end: self.start, timeZone: timeZone)
        }
    }

    public func contains(_ date: Date) -> Bool { date >= start && date < end }

    /// The zone's name as people write it ("UTC", where Foundation says "GMT").
    public var zoneName: String { ["GMT", "Etc/UTC", "Etc/GMT", "UTC"].contains(timeZone.identifier) ? "UTC" : timeZone.identifier }

    /// Where the time series' buckets start: hours for a period of up to two days, else days
    /// (local days: 23 or 25 hours long when the clocks change).
    public var bucketStarts: [Date] {
        let calendar = calendar
        let hourly = isHourly
        var starts: [Date] = []
        var next = start
        while next < end {
            starts.append(next)
            next = hourly ? next.addingTimeInterval(3_600) : calendar.date(byAdding: .day, value: 1, to: next)!
        }
        return starts
    }

    public var isHourly: Bool { end.timeIntervalSince(start) <= 2 * 86_400 + 3_600 }
}

/// Finds the bucket of times taken in increasing order without a calendar lookup per item.
struct BucketCursor {
    let starts: [Date]
    private(set) var index = 0

    init(starts: [Date]) { self.starts = starts }

    /// The bucket holding `date` (times must not go backwards between calls); nil before the first.
    mutating func bucket(of date: Date) -> Int? {
        guard let first = starts.first, date >= first else { return nil }
        while index + 1 < starts.count && starts[index + 1] <= date { index += 1 }
        return index
    }
}
