import Foundation
import VigilCore

/// Parses the event times feeds write, without Foundation's slow formatters:
/// ISO-8601 (`2026-11-21T15:04:05Z`, fractional seconds, `+01:00`, `+0100`, no zone),
/// `2026-11-21 15:04:05`, epoch seconds or milliseconds, and Excel serial dates (`46349.5`).
public struct TimestampParser: Sendable {
    /// Offset applied to times that carry no zone.
    public var defaultOffsetSeconds: Int
    /// Reads `03/04/2026` as 3 April (European exports) rather than March 4 (US exports).
    /// A component above 12 decides on its own.
    public var dayFirst: Bool

    public init(defaultOffsetSeconds: Int = 0, dayFirst: Bool = false) {
        self.defaultOffsetSeconds = defaultOffsetSeconds
        self.dayFirst = dayFirst
    }

    public func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    public func parse(bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        var start = 0
        var end = bytes.count
        while start < end && bytes[start] == 0x20 { start += 1 }
        while end > start && bytes[end - 1] == 0x20 { end -= 1 }
        if end - start == 0 { return nil }
        if let epoch = parseEpoch(bytes, start, end) { return epoch }
        if let iso = parseCalendar(bytes, start, end) { return iso }
        let trimmed = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if let serial = SpreadsheetRows.excelSerialDate(trimmed, offsetSeconds: defaultOffsetSeconds) { return serial }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        return TextualDateParser.parse(text, defaultOffsetSeconds: defaultOffsetSeconds, dayFirst: dayFirst)
    }

    private func parseEpoch(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Date? {
        // At least nine digits: a date (`2026-...`) fails on its fifth byte, before the loop.
        guard end - start >= 9, digit(b[start + 4]) != nil else { return nil }
        var i = start
        var whole: Int64 = 0
        var digits = 0
        while i < end, let d = digit(b[i]) {
            whole = whole &* 10 &+ Int64(d)
            digits += 1
            i += 1
        }
        guard digits >= 9 && digits <= 13 else { return nil }
        var fraction = 0.0
        if i < end && b[i] == UInt8(ascii: ".") {
            i += 1
            var scale = 0.1
            while i < end, let d = digit(b[i]) {
                fraction += Double(d) * scale
                scale /= 10
                i += 1
            }
        }
        guard i == end else { return nil }
        // 13 digits are milliseconds (dates after 2001 in ms have 13 digits).
        if digits >= 12 { return Date(timeIntervalSince1970: (Double(whole) + fraction) / 1000) }
        return Date(timeIntervalSince1970: Double(whole) + fraction)
    }

    private func parseCalendar(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Date? {
        var i = start
        func number(_ width: Int) -> Int? {
            guard i + width <= end else { return nil }
            var value = 0
            for k in 0..<width {
                guard let d = digit(b[i + k]) else { return nil }
                value = value * 10 + d
            }
            i += width
            return value
        }
        func expect(_ c: UInt8) -> Bool {
            guard i < end && b[i] == c else { return false }
            i += 1
            return true
        }
        guard let year = number(4), expect(UInt8(ascii: "-")), let month = number(2),
              expect(UInt8(ascii: "-")), let day = number(2) else { return nil }
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        var hour = 0, minute = 0, second = 0
        var fraction = 0.0
        var offset = defaultOffsetSeconds
        if i < end {
            guard b[i] == UInt8(ascii: "T") || b[i] == UInt8(ascii: " ") || b[i] == UInt8(ascii: "t") else { return nil }
            i += 1
            guard let h = number(2), expect(UInt8(ascii: ":")), let m = number(2) else { return nil }
            hour = h
            minute = m
            if expect(UInt8(ascii: ":")) {
                guard let s = number(2) else { return nil }
                second = s
                if i < end && (b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ",")) {
                    i += 1
                    var scale = 0.1
                    var any = false
                    while i < end, let d = digit(b[i]) {
                        fraction += Double(d) * scale
                        scale /= 10
                        i += 1
                        any = true
                    }
                    guard any else { return nil }
                }
            }
            guard hour < 24, minute < 60, second <= 60 else { return nil }
            while i < end && b[i] == 0x20 { i += 1 }
            if i < end {
                if b[i] == UInt8(ascii: "Z") || b[i] == UInt8(ascii: "z") {
                    i += 1
                    offset = 0
                } else if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
                    let sign = b[i] == UInt8(ascii: "-") ? -1 : 1
                    i += 1
                    guard let oh = number(2) else { return nil }
                    _ = expect(UInt8(ascii: ":"))
                    let om = number(2) ?? 0
                    offset = sign * (oh * 3600 + om * 60)
                } else if end - i == 3, b[i] == UInt8(ascii: "U"), b[i + 1] == UInt8(ascii: "T"), b[i + 2] == UInt8(ascii: "C") {
                    i += 3
                    offset = 0
                }
            }
        }
        guard i == end else { return nil }
        let days = TimestampParser.daysFromCivil(year: year, month: month, day: day)
        let seconds = Double(days * 86_400 + hour * 3600 + minute * 60 + second - offset) + fraction
        return Date(timeIntervalSince1970: seconds)
    }

    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        CivilDate.daysSince1970(year: year, month: month, day: day)
    }

    @inline(__always) private func digit(_ byte: UInt8) -> Int? {
        byte >= 48 && byte <= 57 ? Int(byte - 48) : nil
    }
}
