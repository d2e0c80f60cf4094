import Foundation
import Testing
import VigilCore
@testable import VigilReport

@Suite struct ReportPeriodTests {
    let madrid = TimeZone(identifier: "Europe/Madrid")!

    func local(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0) -> Date {
        ReportPeriod.calendar(madrid).date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second))!
    }

    @Test func weeksRunMondayToSundayInTheReportsZone() {
        let week = ReportPeriod.containing(local(2026, 11, 18, 12), kind: .week, timeZone: madrid)
        #expect(week.start == local(2026, 11, 16))
        #expect(week.end == local(2026, 11, 23))
        #expect(week.contains(local(2026, 11, 22, 23, 59, 59)))
        #expect(!week.contains(local(2026, 11, 23, 0, 0, 1)))
        #expect(week.previous.start == local(2026, 11, 9))
        #expect(week.bucketStarts.count == 7)
    }

    @Test func theLastWholePeriodIsTheOneBeforeNow() {
        let monday = local(2026, 12, 7, 7, 30)
        #expect(ReportPeriod.lastComplete(.week, now: monday, timeZone: madrid).start == local(2026, 11, 30))
        let month = ReportPeriod.lastComplete(.month, now: monday, timeZone: madrid)
        #expect(month.start == local(2026, 11, 1) && month.end == local(2026, 12, 1))
        #expect(month.previous.start == local(2026, 10, 1))
        #expect(ReportPeriod.lastComplete(.day, now: monday, timeZone: madrid).start == local(2026, 12, 6))
    }

    @Test func aWeekWhenTheClocksGoBackHasALongDay() {
        // Summer time ends on Sunday 25 October 2026 in Europe: that day has 25 hours.
        let week = ReportPeriod.containing(local(2026, 10, 21), kind: .week, timeZone: madrid)
        #expect(week.end.timeIntervalSince(week.start) == 7 * 86_400 + 3_600)
        let starts = week.bucketStarts
        #expect(starts.count == 7)
        #expect(week.end.timeIntervalSince(starts[6]) == 25 * 3_600)
        // 23:30 local on the Sunday is in the last bucket, though 24 h after that day's start.
        var cursor = BucketCursor(starts: starts)
        #expect(cursor.bucket(of: local(2026, 10, 19, 12)) == 0)
        #expect(cursor.bucket(of: local(2026, 10, 25, 23, 30)) == 6)
        // A single day is counted by the hour: 25 of them.
        #expect(ReportPeriod.containing(local(2026, 10, 25, 12), kind: .day, timeZone: madrid).bucketStarts.count == 25)
    }

    @Test func aCustomRangeIncludesBothDaysAndItsPreviousIsAsLong() {
        let range = ReportPeriod.days(from: local(2026, 11, 3, 15), to: local(2026, 11, 5, 9), timeZone: madrid)
        #expect(range.start == local(2026, 11, 3) && range.end == local(2026, 11, 6))
        #expect(range.previous.start == local(2026, 10, 31) && range.previous.end == local(2026, 11, 3))
    }
}

@Suite struct BusinessHoursTests {
    let madrid = TimeZone(identifier: "Europe/Madrid")!

    func local(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0) -> Date {
        BusinessHours.calendar(madrid).date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute))!
    }

    @Test func aFridayEveningQuestionAnsweredOnMondayTookMinutes() throws {
        let hours = try BusinessHours.parse("mon-fri 09:00-18:00", timeZone: madrid)
        let clock = BusinessClock(hours)
        // Friday 20 Nov 17:55 → Monday 23 Nov 09:10: 5 + 10 minutes.
        #expect(clock.seconds(from: local(2026, 11, 20, 17, 55), to: local(2026, 11, 23, 9, 10)) == 15 * 60)
        // Overnight on a weekday: only the morning counts.
        #expect(clock.seconds(from: local(2026, 11, 17, 22), to: local(2026, 11, 18, 10)) == 3_600)
    }

    @Test func holidaysAndSeveralRangesADay() throws {
        let hours = try BusinessHours.parse("mon-fri 09:00-13:00 14:00-18:00, sat 10:00-12:00", holidays: ["2026-12-08"], timeZone: madrid)
        let clock = BusinessClock(hours)
        // Saturday 5 Dec 11:00 → Wednesday 9 Dec 09:30: Sat 1 h, Mon 8 h, Tue (holiday) 0, Wed 0.5 h.
        #expect(clock.seconds(from: local(2026, 12, 5, 11), to: local(2026, 12, 9, 9, 30)) == 9.5 * 3_600)
        // The lunch break does not count.
        #expect(clock.seconds(from: local(2026, 12, 9, 12, 30), to: local(2026, 12, 9, 14, 30)) == 3_600)
    }

    @Test func theDayTheClocksChangeStillOpensAtNine() throws {
        let hours = try BusinessHours.parse("mon-sun 09:00-17:00", timeZone: madrid)
        let clock = BusinessClock(hours)
        #expect(clock.seconds(from: local(2026, 10, 25, 0), to: local(2026, 10, 26, 0)) == 8 * 3_600)
        #expect(clock.seconds(from: local(2026, 3, 29, 0), to: local(2026, 3, 30, 0)) == 8 * 3_600)
    }

    @Test func holidaysAreCheckedAndWrittenAsTheyAreLookedUp() throws {
        #expect(try BusinessHours.checked(holidays: ["2026-1-5", "2026-12-25"]) == ["2026-01-05", "2026-12-25"])
        #expect(throws: BusinessHours.ParseError.self) { try BusinessHours.checked(holidays: ["2026-13-40"]) }
        // 5 January 2026 is a Monday: closed.
        let clock = BusinessClock(try BusinessHours.parse("mon-fri 09:00-17:00", holidays: ["2026-1-5"], timeZone: madrid))
        #expect(clock.seconds(from: local(2026, 1, 5, 8), to: local(2026, 1, 5, 18)) == 0)
    }

    @Test func mistakesAreNamed() {
        #expect(throws: BusinessHours.ParseError.self) { try BusinessHours.parse("weekdays 9-5", timeZone: madrid) }
        #expect(throws: BusinessHours.ParseError.self) { try BusinessHours.parse("mon-fri 18:00-09:00", timeZone: madrid) }
        #expect(throws: BusinessHours.ParseError.self) { try BusinessHours.parse("mon-fri 09:00-17:00", holidays: ["Christmas"], timeZone: madrid) }
    }
}
