import Foundation

/// When the team is at work: opening hours per weekday and holidays, in one time zone. Response
/// times "in business hours" count only the seconds inside them, as help desks measure them
/// (with 09:00–18:00, a question at 17:55 on Friday answered at 09:10 on Monday took 15
/// business minutes).
public struct BusinessHours: Hashable, Sendable {
    /// Minutes after midnight, opening and closing, per weekday (1 = Sunday … 7 = Saturday, as
    /// `Calendar` numbers them); a day without hours is closed.
    public var hours: [Int: [ClosedRange<Int>]]
    /// Closed days, as `yyyy-MM-dd` in the zone.
    public var holidays: Set<String>
    public var timeZone: TimeZone

    public init(hours: [Int: [ClosedRange<Int>]], holidays: Set<String> = [], timeZone: TimeZone) {
        self.hours = hours
        self.holidays = holidays
        self.timeZone = timeZone
    }

    /// Gregorian, weeks from Monday (ISO), in `zone`: the calendar reports count in.
    public static func calendar(_ zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        calendar.firstWeekday = 2
        calendar.minimumDaysInFirstWeek = 4
        return calendar
    }

    /// Monday to Friday, 09:00 to 17:00.
    public static func officeHours(timeZone: TimeZone) -> BusinessHours {
        BusinessHours(hours: Dictionary(uniqueKeysWithValues: (2...6).map { ($0, [540...1020]) }), timeZone: timeZone)
    }

    public struct ParseError: Error, CustomStringConvertible {
        public var description: String
    }

    private static let dayNames = ["sun": 1, "mon": 2, "tue": 3, "wed": 4, "thu": 5, "fri": 6, "sat": 7]

    /// Parses `mon-fri 09:00-17:30, sat 10:00-14:00` (several ranges a day allowed:
    /// `mon-fri 09:00-12:30 13:30-18:00`).
    public static func parse(_ text: String, holidays: [String] = [], timeZone: TimeZone) throws -> BusinessHours {
        var hours: [Int: [ClosedRange<Int>]] = [:]
        for part in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
            let words = part.split(separator: " ").map(String.init)
            guard words.count >= 2 else { throw ParseError(description: "business_hours: '\(part)': expected days and hours, such as mon-fri 09:00-17:00") }
            let days = try parseDays(words[0].lowercased())
            let ranges = try words.dropFirst().map(parseRange)
            for day in days { hours[day, default: []].append(contentsOf: ranges) }
        }
        guard !hours.isEmpty else { throw ParseError(description: "business_hours: no opening hours given") }
        return BusinessHours(hours: hours.mapValues { $0.sorted { $0.lowerBound < $1.lowerBound } }, holidays: try checked(holidays: holidays), timeZone: timeZone)
    }

    /// Holidays written as `2026-12-25`, else an error naming the one that is not.
    public static func checked(holidays: [String]) throws -> Set<String> {
        var days: Set<String> = []
        for day in holidays {
            let parts = day.split(separator: "-").map { Int($0) }
            guard parts.count == 3, day.split(separator: "-")[0].count == 4, let year = parts[0], let month = parts[1], let date = parts[2],
                  (1...12).contains(month), (1...31).contains(date) else {
                throw ParseError(description: "holidays: '\(day)': expected a date as 2026-12-25")
            }
            days.insert(String(format: "%04d-%02d-%02d", year, month, date))  // as days are looked up
        }
        return days
    }

    private static func parseDays(_ text: String) throws -> [Int] {
        var days: [Int] = []
        for item in text.split(separator: "+") {
            let ends = item.split(separator: "-").map { dayNames[String($0.prefix(3))] }
            guard !ends.isEmpty, ends.allSatisfy({ $0 != nil }) else {
                throw ParseError(description: "business_hours: '\(text)': expected days such as mon-fri or sat+sun")
            }
            if ends.count == 1 { days.append(ends[0]!); continue }
            var day = ends[0]!
            while true {
                days.append(day)
                if day == ends[1]! { break }
                day = day % 7 + 1
            }
        }
        return days
    }

    private static func parseRange(_ text: String) throws -> ClosedRange<Int> {
        let ends = text.split(separator: "-").map { parseTime(String($0)) }
        guard ends.count == 2, let open = ends[0], let close = ends[1], open < close else {
            throw ParseError(description: "business_hours: '\(text)': expected opening hours such as 09:00-17:30")
        }
        return open...close
    }

    private static func parseTime(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), (0...24).contains(hour), (0..<60).contains(minute),
              hour * 60 + minute <= 1440 else { return nil }
        return hour * 60 + minute
    }

    /// The opening intervals of the local day starting at `day` (none on holidays and closed days),
    /// at wall-clock times, so a day when the clocks change still opens at 09:00.
    func openIntervals(day: Date, next: Date, calendar: Calendar) -> [(Date, Date)] {
        let components = calendar.dateComponents([.year, .month, .day, .weekday], from: day)
        guard let ranges = hours[components.weekday!] else { return [] }
        if !holidays.isEmpty {
            let name = String(format: "%04d-%02d-%02d", components.year!, components.month!, components.day!)
            if holidays.contains(name) { return [] }
        }
        func wallClock(_ minutes: Int) -> Date {
            if minutes >= 1440 { return next }
            return calendar.date(bySettingHour: minutes / 60, minute: minutes % 60, second: 0, of: day) ?? day.addingTimeInterval(Double(minutes) * 60)
        }
        return ranges.map { (wallClock($0.lowerBound), wallClock($0.upperBound)) }
    }
}

/// Measures time in business hours, remembering each day's opening times (a month's report
/// asks about the same few dozen days for every item).
public final class BusinessClock {
    public let hours: BusinessHours
    private let calendar: Calendar
    private var days: [Date: (next: Date, open: [(Date, Date)])] = [:]

    public init(_ hours: BusinessHours) {
        self.hours = hours
        calendar = BusinessHours.calendar(hours.timeZone)
    }

    /// Seconds between two times that fall inside opening hours.
    public func seconds(from start: Date, to end: Date) -> TimeInterval {
        guard end > start else { return 0 }
        var day = calendar.startOfDay(for: start)
        var total: TimeInterval = 0
        var counted = 0
        while day < end && counted < 3_700 {
            let entry = self.day(day)
            for (open, close) in entry.open {
                let from = max(open, start), to = min(close, end)
                if to > from { total += to.timeIntervalSince(from) }
            }
            day = entry.next
            counted += 1
        }
        return total
    }

    private func day(_ start: Date) -> (next: Date, open: [(Date, Date)]) {
        if let known = days[start] { return known }
        let next = calendar.date(byAdding: .day, value: 1, to: start)!
        let entry = (next, hours.openIntervals(day: start, next: next, calendar: calendar))
        days[start] = entry
        return entry
    }
}
