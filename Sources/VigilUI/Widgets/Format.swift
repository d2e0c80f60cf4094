import Foundation
import VigilCore

/// Short, fixed-width renderings of times, ages and counts for list columns.
enum Format {
    /// "11-21 15:04" in the given zone.
    static func shortTime(_ date: Date, in zone: TimeZone) -> String {
        let c = civil(date, in: zone)
        return "\(pad2(c.month))-\(pad2(c.day)) \(pad2(c.hour)):\(pad2(c.minute))"
    }

    /// "2026-11-21 15:04:05 UTC+01:00"
    static func fullTime(_ date: Date, in zone: TimeZone) -> String {
        let c = civil(date, in: zone)
        let offset = zone.secondsFromGMT(for: date)
        let zoneName = offset == 0 ? "UTC" : String(format: "UTC%@%02d:%02d", offset < 0 ? "-" : "+", abs(offset) / 3600, abs(offset) % 3600 / 60)
        return "\(c.year)-\(pad2(c.month))-\(pad2(c.day)) \(pad2(c.hour)):\(pad2(c.minute)):\(pad2(c.second)) \(zoneName)"
    }

    /// "45s", "12m", "3h", "2d", "5w".
    static func age(_ seconds: TimeInterval) -> String {
        let s = max(0, Int(seconds))
        if s < 60 { return "\(s)s" }
        if s < 3600 { return "\(s / 60)m" }
        if s < 86_400 { return "\(s / 3600)h" }
        if s < 86_400 * 14 { return "\(s / 86_400)d" }
        return "\(s / (86_400 * 7))w"
    }

    /// "950", "12.3k", "1.2M".
    static func compact(_ value: Int?) -> String {
        guard let value else { return "–" }
        let v = Double(value)
        if value < 1000 { return String(value) }
        if value < 100_000 { return trimmed(v / 1000) + "k" }
        if value < 1_000_000 { return String(value / 1000) + "k" }
        if value < 100_000_000 { return trimmed(v / 1_000_000) + "M" }
        return String(value / 1_000_000) + "M"
    }

    static func sentimentBadge(_ label: SentimentLabel) -> String {
        switch label {
        case .positive: return "[+]"
        case .negative: return "[-]"
        case .neutral: return "[=]"
        case .unknown: return "[?]"
        }
    }

    private static func trimmed(_ v: Double) -> String {
        let s = String(format: "%.1f", v)
        return s.hasSuffix(".0") ? String(s.dropLast(2)) : s
    }

    private static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    struct Civil { var year, month, day, hour, minute, second: Int }

    static func civil(_ date: Date, in zone: TimeZone) -> Civil {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + zone.secondsFromGMT(for: date)
        var days = seconds / 86_400
        var rest = seconds % 86_400
        if rest < 0 { rest += 86_400; days -= 1 }
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return Civil(year: year, month: month, day: day, hour: rest / 3600, minute: rest % 3600 / 60, second: rest % 60)
    }
}
