import Foundation
import VigilCore

/// Short, fixed-width renderings of times, ages and counts for list columns.
enum Format {
    /// "11-21 15:04" in the given zone.
    static func shortTime(_ date: Date, in zone: TimeZone) -> String {
        let c = civil(date, in: zone)
        return "\(pad2(c.month))-\(pad2(c.day)) \(pad2(c.hour)):\(pad2(c.minute))"
    }

    /// "15:04" in the given zone.
    static func clock(_ date: Date, zone: TimeZone) -> String {
        let c = civil(date, in: zone)
        return "\(pad2(c.hour)):\(pad2(c.minute))"
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

    static func civil(_ date: Date, in zone: TimeZone) -> CivilDate {
        CivilDate(secondsSince1970: Int(date.timeIntervalSince1970.rounded(.down)) + zone.secondsFromGMT(for: date))
    }
}
