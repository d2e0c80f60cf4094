import Foundation
import VigilCore

/// What every section needs besides the input: the words, the time buckets, and the team's
/// view of each mention (a sentiment override wins over the analyzer, as on screen).
struct ReportContext {
    let input: ReportInput
    let words: ReportLanguage
    let period: ReportPeriod
    let previousPeriod: ReportPeriod
    let bucketStarts: [Date]
    let bucketLabels: [String]
    let compare: Bool

    init(_ input: ReportInput) {
        self.input = input
        words = input.request.language
        period = input.request.period
        previousPeriod = period.previous
        bucketStarts = period.bucketStarts
        let zone = period.timeZone
        bucketLabels = period.isHourly
            ? bucketStarts.map { input.request.language.clock($0, zone) }
            : bucketStarts.map { input.request.language.shortDate($0, zone) }
        compare = input.request.compare
    }

    func t(_ english: String) -> String { words.t(english) }

    func sentiment(_ mention: Mention) -> SentimentLabel {
        input.triage[mention.id]?.sentimentOverride ?? mention.sentimentLabel
    }

    /// Relative change from `before` to `now`; nil when there was nothing before.
    static func change(_ now: Double, _ before: Double) -> Double? {
        before == 0 ? nil : (now - before) / before
    }

    func fact(_ label: String, _ now: Int, _ before: Int) -> ReportFact {
        ReportFact(label: t(label), value: .count(now), change: compare ? Self.change(Double(now), Double(before)) : nil, compared: compare)
    }

    func shareFact(_ label: String, _ now: Double, _ before: Double?) -> ReportFact {
        ReportFact(label: t(label), value: .share(now), change: compare ? before.flatMap { Self.change(now, $0) } : nil, compared: compare)
    }

    var timeZone: TimeZone { period.timeZone }

    /// A platform's name as people write it.
    static func platformName(_ platform: Platform) -> String {
        let names = ["x": "X", "instagram": "Instagram", "facebook": "Facebook", "reddit": "Reddit", "youtube": "YouTube",
                     "mastodon": "Mastodon", "bluesky": "Bluesky", "tiktok": "TikTok", "linkedin": "LinkedIn", "forum": "Forum",
                     "google": "Google", "trustpilot": "Trustpilot"]
        return names[platform.rawValue] ?? platform.rawValue.prefix(1).uppercased() + platform.rawValue.dropFirst()
    }

    func languageName(_ code: String?) -> String {
        guard let code else { return t("unknown") }
        let names = ["en": "English", "es": "Spanish", "de": "German", "fr": "French", "it": "Italian", "pt": "Portuguese", "nl": "Dutch"]
        return names[code].map(t) ?? code
    }

    /// Counts per key, largest first (ties by name), the rest folded into "other" after `limit`.
    static func ranked<Key: Hashable>(_ counts: [Key: Int], limit: Int, name: (Key) -> String) -> [(String, Int, [Key])] {
        let sorted = counts.sorted { $0.value != $1.value ? $0.value > $1.value : name($0.key) < name($1.key) }
        var result = sorted.prefix(limit).map { (name($0.key), $0.value, [$0.key]) }
        if sorted.count > limit {
            let rest = sorted.dropFirst(limit)
            result.append(("other", rest.reduce(0) { $0 + $1.value }, rest.map(\.key)))
        }
        return result
    }

    /// A post's text for a table: one line, at most `limit` characters.
    static func excerpt(_ text: String, limit: Int = 140) -> String {
        var line = text.split(whereSeparator: { $0.isNewline }).joined(separator: " ")
        if line.count > limit { line = String(line.prefix(limit - 1)) + "…" }
        return line
    }

    static func percentile(_ sorted: [Double], _ fraction: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        // Nearest rank, as help desks report them: the smallest value with `fraction` at or below it.
        let rank = max(1, Int((fraction * Double(sorted.count)).rounded(.up)))
        return sorted[min(rank, sorted.count) - 1]
    }
}
