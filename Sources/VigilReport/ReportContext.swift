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
    /// This period's authors, and how many different ones the previous period had.
    let authors: [UInt64: AuthorTally]
    let previousAuthorCount: Int

    /// An author's key: a hash of platform and handle (a string key cost a second a month).
    static func authorKey(_ mention: Mention) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in mention.platform.rawValue.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hash = (hash ^ 0x3A) &* 0x100_0000_01b3
        for byte in mention.author.handle.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    struct AuthorTally {
        var handle: String
        var platform: Platform
        var followers = 0
        var mentions = 0
        var negative = 0
    }

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
        let overrides = input.triage.filter { $0.value.sentimentOverride != nil }.mapValues { $0.sentimentOverride! }
        var authors: [UInt64: AuthorTally] = [:]
        authors.reserveCapacity(input.current.count / 4)
        for mention in input.current {
            let label = Self.sentiment(mention, overrides)
            authors[Self.authorKey(mention), default: AuthorTally(handle: mention.author.handle, platform: mention.platform)].record(mention, label)
        }
        self.authors = authors
        previousAuthorCount = Set(input.previous.lazy.map(Self.authorKey)).count
        self.overrides = overrides
    }

    /// The team's sentiment overrides (few): looked up for each of a million mentions, so
    /// kept apart from the full triage table.
    private let overrides: [MentionID: SentimentLabel]

    func t(_ english: String) -> String { words.t(english) }

    func sentiment(_ mention: Mention) -> SentimentLabel { Self.sentiment(mention, overrides) }

    private static func sentiment(_ mention: Mention, _ overrides: [MentionID: SentimentLabel]) -> SentimentLabel {
        overrides.isEmpty ? mention.sentimentLabel : overrides[mention.id] ?? mention.sentimentLabel
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

    /// Positions of the mentions with these ids in `mentions` (one pass; for the few a table lists).
    static func find(_ ids: Set<MentionID>, in mentions: [Mention]) -> [MentionID: Mention] {
        guard !ids.isEmpty else { return [:] }
        var found: [MentionID: Mention] = [:]
        for mention in mentions where ids.contains(mention.id) {
            found[mention.id] = mention
            if found.count == ids.count { break }
        }
        return found
    }

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

extension ReportContext.AuthorTally {
    mutating func record(_ mention: Mention, _ sentiment: SentimentLabel) {
        followers = max(followers, mention.author.followers ?? 0)
        mentions += 1
        if sentiment == .negative { negative += 1 }
    }
}
