import Foundation

extension ReportValue {
    /// The value as a person reads it, in the report's language.
    func text(_ words: ReportLanguage, _ zone: TimeZone) -> String {
        switch self {
        case .text(let text): return text
        case .count(let count): return words.count(count)
        case .share(let share): return words.share(share)
        case .duration(let seconds): return words.duration(seconds)
        case .time(let date): return words.dateTime(date, zone)
        case .decimal(let value): return words.decimal(value)
        case .change(let change): return words.change(change)
        case .link(let text, _): return text
        }
    }

    /// The value for a spreadsheet: plain numbers (shares as fractions, durations in minutes),
    /// times in ISO 8601 UTC.
    var plain: String {
        switch self {
        case .text(let text), .link(let text, _): return text
        case .count(let count): return String(count)
        case .share(let share): return String(format: "%.4f", share)
        case .duration(let seconds): return seconds.map { String(format: "%.1f", $0 / 60) } ?? ""
        case .time(let date): return ISO8601DateFormatter().string(from: date)
        case .decimal(let value): return String(format: "%.2f", value)
        case .change(let change): return change.map { String(format: "%.4f", $0) } ?? ""
        }
    }

    var isNumeric: Bool {
        switch self {
        case .count, .share, .duration, .decimal, .change: return true
        case .text, .time, .link: return false
        }
    }
}

extension ReportDocument {
    var zone: TimeZone { period.timeZone }

    func footer() -> String {
        language.t("Made by Vigil on") + " " + language.longDate(generatedAt, zone) + " " + language.clock(generatedAt, zone) + ". "
            + language.t("Business hours and holidays from the configuration; times in") + " " + period.zoneName + "."
    }
}
