import Foundation

/// The non-ISO dates feeds write: RFC 2822 (`Sat, 21 Nov 2026 15:04:05 +0000`), Twitter v1.1
/// (`Wed Oct 10 20:19:24 +0000 2018`), and numeric dates with slashes or dots
/// (`23/11/2026 14:05`, `11/23/2026 2:05 PM`, `23.11.2026 14:05:00`).
enum TextualDateParser {
    private static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    static func parse(_ text: String, defaultOffsetSeconds: Int, dayFirst: Bool) -> Date? {
        let tokens = expand(text.replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init))
        guard !tokens.isEmpty else { return nil }
        let namesAMonth = tokens.contains { $0.first?.isLetter == true && months[String($0.prefix(3)).lowercased()] != nil }
        if namesAMonth { return parseNamedMonth(tokens, defaultOffsetSeconds: defaultOffsetSeconds) }
        return parseNumeric(tokens, defaultOffsetSeconds: defaultOffsetSeconds, dayFirst: dayFirst)
    }

    /// Splits `21-Nov-2026` into day, month, year and `03:04PM` into time and meridiem.
    private static func expand(_ tokens: [String]) -> [String] {
        tokens.flatMap { token -> [String] in
            let dashed = token.split(separator: "-").map(String.init)
            if dashed.count == 3, dashed[1].first?.isLetter == true { return dashed }
            let lower = token.lowercased()
            if token.contains(":"), lower.hasSuffix("am") || lower.hasSuffix("pm") {
                return [String(token.dropLast(2)), String(lower.suffix(2))]
            }
            return [token]
        }
    }

    private static func parseNamedMonth(_ tokens: [String], defaultOffsetSeconds: Int) -> Date? {
        var rest = tokens
        // Drop a weekday name.
        if let first = rest.first, first.first?.isLetter == true, months[String(first.prefix(3)).lowercased()] == nil { rest.removeFirst() }
        var day: Int?, month: Int?, year: Int?, time: (Int, Int, Int)?, offset: Int?
        var meridiem: String?
        for token in rest {
            if token.lowercased() == "am" || token.lowercased() == "pm" {
                meridiem = token.lowercased()
                continue
            }
            if let m = months[String(token.prefix(3)).lowercased()], token.first?.isLetter == true, month == nil {
                month = m
            } else if token.contains(":"), time == nil {
                time = parseTime(token)
                if time == nil { return nil }
            } else if let zone = parseZone(token) {
                offset = zone
            } else if let number = Int(token), number >= 0 {
                if number > 31 { year = number } else if day == nil { day = number } else { return nil }
            } else {
                return nil
            }
        }
        guard let day, let month, let year else { return nil }
        var clock = time ?? (0, 0, 0)
        if let meridiem {
            guard clock.0 <= 12 else { return nil }
            if clock.0 == 12 { clock.0 = meridiem == "pm" ? 12 : 0 } else if meridiem == "pm" { clock.0 += 12 }
        }
        return makeDate(year: year, month: month, day: day, time: clock, offset: offset ?? defaultOffsetSeconds)
    }

    private static func parseNumeric(_ tokens: [String], defaultOffsetSeconds: Int, dayFirst: Bool) -> Date? {
        let separators: Set<Character> = ["/", ".", "-"]
        let parts = tokens[0].split(whereSeparator: { separators.contains($0) }).compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var (a, b, year) = (parts[0], parts[1], parts[2])
        if year < 100 { year += 2000 }
        let dayFirstHere = a > 12 ? true : (b > 12 ? false : dayFirst)
        if !dayFirstHere { swap(&a, &b) }
        var time = (0, 0, 0)
        var offset = defaultOffsetSeconds
        var index = 1
        if index < tokens.count {
            guard let parsed = parseTime(tokens[index]) else { return nil }
            time = parsed
            index += 1
        }
        if index < tokens.count, ["am", "pm"].contains(tokens[index].lowercased()) {
            guard time.0 <= 12 else { return nil }
            let pm = tokens[index].lowercased() == "pm"
            if time.0 == 12 { time.0 = pm ? 12 : 0 } else if pm { time.0 += 12 }
            index += 1
        }
        if index < tokens.count, let zone = parseZone(tokens[index]) {
            offset = zone
            index += 1
        }
        guard index == tokens.count else { return nil }
        return makeDate(year: year, month: b, day: a, time: time, offset: offset)
    }

    private static func parseTime(_ token: String) -> (Int, Int, Int)? {
        let parts = token.split(separator: ":").map { Int($0) }
        guard parts.count >= 2, parts.count <= 3, parts.allSatisfy({ $0 != nil }) else { return nil }
        let h = parts[0]!, m = parts[1]!, s = parts.count == 3 ? parts[2]! : 0
        guard (0..<24).contains(h), (0..<60).contains(m), (0...60).contains(s) else { return nil }
        return (h, m, s)
    }

    private static func parseZone(_ token: String) -> Int? {
        let upper = token.uppercased()
        if ["Z", "UT", "UTC", "GMT"].contains(upper) { return 0 }
        guard token.count == 5, let sign = token.first, sign == "+" || sign == "-", let value = Int(token.dropFirst()) else { return nil }
        let seconds = (value / 100) * 3600 + (value % 100) * 60
        return sign == "-" ? -seconds : seconds
    }

    private static func makeDate(year: Int, month: Int, day: Int, time: (Int, Int, Int), offset: Int) -> Date? {
        guard (1...12).contains(month), (1...31).contains(day), (1970...2200).contains(year) else { return nil }
        let days = TimestampParser.daysFromCivil(year: year, month: month, day: day)
        return Date(timeIntervalSince1970: Double(days * 86_400 + time.0 * 3600 + time.1 * 60 + time.2 - offset))
    }
}
