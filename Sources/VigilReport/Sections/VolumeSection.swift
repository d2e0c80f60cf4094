import Foundation
import VigilCore

/// How much was said, where, in which languages, and to how many people.
enum VolumeSection {
    static func make(_ context: ReportContext) -> ReportSection {
        let input = context.input
        let title = context.t("Volume and reach")
        guard !input.current.isEmpty else {
            return .empty(id: "volume", title: title, note: context.t("No mentions in this period."))
        }
        var section = ReportSection(id: "volume", title: title)
        let now = Tally(input.current), before = Tally(input.previous)
        section.facts = [
            context.fact("Mentions", input.current.count, input.previous.count),
            context.fact("Conversations (comments, replies, reviews, messages)", now.conversations, before.conversations),
            context.fact("Authors", context.authors.count, context.previousAuthorCount),
            context.fact("Potential reach", now.reach, before.reach),
        ]

        let platforms = ReportContext.ranked(now.byPlatform, limit: 5, name: ReportContext.platformName)
        var series = platforms.map { ReportSeries(name: $0.0 == "other" ? context.t("other") : $0.0, values: Array(repeating: 0, count: context.bucketStarts.count)) }
        let slot = Dictionary(uniqueKeysWithValues: platforms.enumerated().flatMap { index, entry in entry.2.map { ($0, index) } })
        var cursor = BucketCursor(starts: context.bucketStarts)
        for mention in input.current {
            guard let bucket = cursor.bucket(of: mention.createdAt), let index = slot[mention.platform] else { continue }
            series[index].values[bucket] += 1
        }
        let unit = context.t(context.period.isHourly ? "mentions per hour" : "mentions per day")
        section.charts.append(ReportChart(id: "volume-by-platform", title: context.t("Mentions over time by platform"), kind: .lines,
                                          unit: unit, labels: context.bucketLabels, series: series))
        let kinds = MentionKind.allCases.filter { now.byKind[$0] != nil }
        var kindSeries = kinds.map { ReportSeries(name: context.t($0.rawValue), values: Array(repeating: 0, count: context.bucketStarts.count)) }
        var kindCursor = BucketCursor(starts: context.bucketStarts)
        for mention in input.current {
            guard let bucket = kindCursor.bucket(of: mention.createdAt), let index = kinds.firstIndex(of: mention.kind) else { continue }
            kindSeries[index].values[bucket] += 1
        }
        section.charts.append(ReportChart(id: "volume-by-kind", title: context.t("Mentions over time by kind"), kind: .lines,
                                          unit: unit, labels: context.bucketLabels, series: kindSeries))
        let total = Double(input.current.count)
        section.charts.append(ReportChart(id: "share-by-platform", title: context.t("Share by platform"), kind: .bars, unit: context.t("share of mentions"),
                                          labels: platforms.map { $0.0 == "other" ? context.t("other") : $0.0 },
                                          series: [ReportSeries(name: context.t("Mentions"), values: platforms.map { Double($0.1) / total })], isShare: true))
        let languages = ReportContext.ranked(now.byLanguage, limit: 6, name: { context.languageName($0) })
        section.charts.append(ReportChart(id: "share-by-language", title: context.t("Share by language"), kind: .bars, unit: context.t("share of mentions"),
                                          labels: languages.map { $0.0 == "other" ? context.t("other") : $0.0 },
                                          series: [ReportSeries(name: context.t("Mentions"), values: languages.map { Double($0.1) / total })], isShare: true))

        var columns = [context.t("Platform"), context.t("Mentions"), context.t("Share"), context.t("Potential reach")]
        if context.compare { columns.append(context.t("Change")) }
        let platformRows: [[ReportValue]] = now.byPlatform.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { platform, count in
            var row: [ReportValue] = [.text(ReportContext.platformName(platform)), .count(count), .share(Double(count) / total), .count(now.reachByPlatform[platform] ?? 0)]
            if context.compare { row.append(.change(ReportContext.change(Double(count), Double(before.byPlatform[platform] ?? 0)))) }
            return row
        }
        section.tables.append(ReportTable(id: "by-platform", caption: context.t("Mentions by platform"), columns: columns, rows: platformRows))

        var kindColumns = [context.t("Kind"), context.t("Mentions"), context.t("Share")]
        if context.compare { kindColumns.append(context.t("Change")) }
        let kindRows: [[ReportValue]] = MentionKind.allCases.compactMap { kind in
            guard let count = now.byKind[kind] else { return nil }
            var row: [ReportValue] = [.text(context.t(kind.rawValue)), .count(count), .share(Double(count) / total)]
            if context.compare { row.append(.change(ReportContext.change(Double(count), Double(before.byKind[kind] ?? 0)))) }
            return row
        }
        section.tables.append(ReportTable(id: "by-kind", caption: context.t("Mentions by kind"), columns: kindColumns, rows: kindRows))

        let languageRows: [[ReportValue]] = now.byLanguage.sorted { $0.value != $1.value ? $0.value > $1.value : ($0.key ?? "~") < ($1.key ?? "~") }.map { code, count in
            [.text(context.languageName(code)), .count(count), .share(Double(count) / total)]
        }
        section.tables.append(ReportTable(id: "by-language", caption: context.t("Mentions by language"),
                                          columns: [context.t("Language"), context.t("Mentions"), context.t("Share")], rows: languageRows))
        return section
    }

    /// Counts of one period's mentions.
    struct Tally {
        var byPlatform: [Platform: Int] = [:]
        var reachByPlatform: [Platform: Int] = [:]
        var byKind: [MentionKind: Int] = [:]
        var byLanguage: [String?: Int] = [:]
        var conversations = 0
        var reach = 0

        init(_ mentions: [Mention]) {
            for mention in mentions {
                byPlatform[mention.platform, default: 0] += 1
                byKind[mention.kind, default: 0] += 1
                byLanguage[mention.effectiveLanguage, default: 0] += 1
                if mention.kind.isConversation { conversations += 1 }
                let reach = mention.reach ?? 0
                self.reach += reach
                reachByPlatform[mention.platform, default: 0] += reach
            }
        }
    }
}
