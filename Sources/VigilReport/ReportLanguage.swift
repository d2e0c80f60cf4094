import Foundation

/// The language a report is written in: its own words, and how it writes numbers, shares,
/// lengths of time and dates. Written out here rather than taken from the platform's locale
/// data, so a report reads the same on every machine (and a static binary needs no ICU data).
public enum ReportLanguage: String, Sendable, CaseIterable {
    case en, es, de, fr

    /// The report's words in this language (English when a translation is missing).
    public func t(_ english: String) -> String {
        guard self != .en, let translations = ReportWords.table[english] else { return english }
        switch self {
        case .en: return english
        case .es: return translations.es
        case .de: return translations.de
        case .fr: return translations.fr
        }
    }

    private var groupSeparator: String {
        switch self {
        case .en: return ","
        case .es, .de: return "."
        case .fr: return "\u{202F}"
        }
    }

    private var decimalSeparator: String { self == .en ? "." : "," }

    /// 1,234,567 · 1.234.567 · 1 234 567 (Spanish groups four-digit numbers only from 10 000).
    public func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        if self == .es && digits.count <= 4 { return (value < 0 ? "-" : "") + digits }
        var grouped = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { grouped += groupSeparator }
            grouped.append(character)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    public func decimal(_ value: Double, digits: Int = 1) -> String {
        guard value.isFinite else { return "–" }
        let scale = pow(10, Double(digits))
        let rounded = (value * scale).rounded() / scale
        let whole = Int(rounded.magnitude.rounded(.down))
        var text = (rounded < 0 ? "-" : "") + count(whole)
        if digits > 0 {
            let fraction = Int(((rounded.magnitude - Double(whole)) * scale).rounded())
            let fractionText = String(fraction)
            text += decimalSeparator + String(repeating: "0", count: max(0, digits - fractionText.count)) + fractionText
        }
        return text
    }

    /// 12.5% in English, 12,5 % elsewhere.
    public func share(_ value: Double) -> String {
        decimal(value * 100, digits: 1) + (self == .en ? "%" : "\u{00A0}%")
    }

    /// +25% / −10%, or "new" when there was nothing before.
    public func change(_ value: Double?) -> String {
        guard let value else { return t("new") }
        let percent = (value * 100).rounded()
        let sign = percent > 0 ? "+" : (percent < 0 ? "−" : "±")
        return sign + count(Int(percent.magnitude)) + (self == .en ? "%" : "\u{00A0}%")
    }

    /// 45 min · 3 h 20 min · 2 d 4 h (in each language's abbreviations).
    public func duration(_ seconds: Double?) -> String {
        guard let seconds else { return "–" }
        let minutes = Int((seconds / 60).rounded())
        let dayUnit = ["en": "d", "es": "d", "de": "T", "fr": "j"][rawValue]!
        if minutes < 60 { return "\(minutes)\u{00A0}min" }
        if minutes < 24 * 60 {
            let rest = minutes % 60
            return "\(minutes / 60)\u{00A0}h" + (rest > 0 ? " \(rest)\u{00A0}min" : "")
        }
        let hours = minutes / 60
        return "\(hours / 24)\u{00A0}\(dayUnit)" + (hours % 24 > 0 ? " \(hours % 24)\u{00A0}h" : "")
    }

    private var monthNames: [String] {
        switch self {
        case .en: return ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        case .es: return ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
        case .de: return ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
        case .fr: return ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
        }
    }

    private var monthAbbreviations: [String] {
        switch self {
        case .en: return ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        case .es: return ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
        case .de: return ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]
        case .fr: return ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
        }
    }

    private func parts(_ date: Date, _ zone: TimeZone) -> DateComponents {
        ReportPeriod.calendar(zone).dateComponents([.year, .month, .day, .hour, .minute], from: date)
    }

    /// 7 December 2026 · 7 de diciembre de 2026 · 7. Dezember 2026 · 7 décembre 2026.
    public func longDate(_ date: Date, _ zone: TimeZone) -> String {
        let c = parts(date, zone)
        let month = monthNames[c.month! - 1]
        switch self {
        case .en: return "\(c.day!) \(month) \(c.year!)"
        case .es: return "\(c.day!) de \(month) de \(c.year!)"
        case .de: return "\(c.day!). \(month) \(c.year!)"
        case .fr: return "\(c.day! == 1 ? "1er" : String(c.day!)) \(month) \(c.year!)"
        }
    }

    /// 7 Dec · 7 dic · 7. Dez. · 7 déc. (chart axes).
    public func shortDate(_ date: Date, _ zone: TimeZone) -> String {
        let c = parts(date, zone)
        let month = monthAbbreviations[c.month! - 1]
        return self == .de ? "\(c.day!). \(month)" : "\(c.day!) \(month)"
    }

    /// 14:05 (all four write the 24-hour clock).
    public func clock(_ date: Date, _ zone: TimeZone) -> String {
        let c = parts(date, zone)
        return String(format: "%02d:%02d", c.hour!, c.minute!)
    }

    /// 7 Dec 14:05.
    public func dateTime(_ date: Date, _ zone: TimeZone) -> String {
        shortDate(date, zone) + " " + clock(date, zone)
    }

    /// The period in words: 16–22 November 2026, or November 2026, or 7 December 2026.
    public func periodText(_ period: ReportPeriod) -> String {
        let zone = period.timeZone
        let lastDay = period.end.addingTimeInterval(-1)
        let first = parts(period.start, zone), last = parts(lastDay, zone)
        if period.kind == .month {
            let month = monthNames[first.month! - 1]
            let capital = self == .en || self == .de ? month : month.prefix(1).uppercased() + month.dropFirst()
            return self == .es ? "\(capital) de \(first.year!)" : "\(capital) \(first.year!)"
        }
        if first.year == last.year && first.month == last.month && first.day == last.day { return longDate(period.start, zone) }
        if first.year == last.year && first.month == last.month {
            let dot = self == .de ? "." : ""
            return "\(first.day!)\(dot)–" + longDate(lastDay, zone)
        }
        return longDate(period.start, zone) + " – " + longDate(lastDay, zone)
    }
}
