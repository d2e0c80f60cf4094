import Foundation
import VigilCore

/// The posts and people that mattered: top posts by engagement, top authors by reach, repeat
/// complainers, and a few quotes, positive and negative, in people's own words.
enum PeopleSection {
    static func make(_ context: ReportContext) -> ReportSection {
        let input = context.input
        let title = context.t("Posts and people")
        guard !input.current.isEmpty else {
            return .empty(id: "people", title: title, note: context.t("No mentions in this period."))
        }
        var section = ReportSection(id: "people", title: title)
        let top = input.current.filter { $0.metrics.engagement > 0 }
            .sorted { $0.metrics.engagement != $1.metrics.engagement ? $0.metrics.engagement > $1.metrics.engagement : Mention.newestFirst($0, $1) }
            .prefix(10)
        if !top.isEmpty {
            section.tables.append(ReportTable(id: "top-posts", caption: context.t("Top posts by engagement"),
                                              columns: [context.t("Author"), context.t("Platform"), context.t("Post"), context.t("Likes"), context.t("Shares"),
                                                        context.t("Replies"), context.t("Sentiment")],
                                              rows: top.map { mention in
                                                  [.text("@" + mention.author.handle), .text(ReportContext.platformName(mention.platform)),
                                                   .link(ReportContext.excerpt(mention.text), url: mention.url), .count(mention.metrics.likes ?? 0),
                                                   .count(mention.metrics.shares ?? 0), .count(mention.metrics.replies ?? 0), .text(context.t(context.sentiment(mention).rawValue))]
                                              }))
        }

        struct AuthorTally { var handle: String; var platform: Platform; var followers = 0; var mentions = 0; var negative = 0 }
        var authors: [String: AuthorTally] = [:]
        for mention in input.current {
            let key = mention.platform.rawValue + ":" + mention.author.handle
            var tally = authors[key] ?? AuthorTally(handle: mention.author.handle, platform: mention.platform)
            tally.followers = max(tally.followers, mention.author.followers ?? 0)
            tally.mentions += 1
            if context.sentiment(mention) == .negative { tally.negative += 1 }
            authors[key] = tally
        }
        func authorRows(_ list: [AuthorTally]) -> [[ReportValue]] {
            list.map { [.text("@" + $0.handle), .text(ReportContext.platformName($0.platform)), .count($0.followers), .count($0.mentions), .count($0.negative)] }
        }
        let columns = [context.t("Author"), context.t("Platform"), context.t("Followers"), context.t("Mentions"), context.t("Negative")]
        let byReach = authors.values.filter { $0.followers > 0 }
            .sorted { $0.followers != $1.followers ? $0.followers > $1.followers : $0.handle < $1.handle }.prefix(10)
        if !byReach.isEmpty {
            section.tables.append(ReportTable(id: "top-authors", caption: context.t("Top authors by reach"), columns: columns, rows: authorRows(Array(byReach))))
        }
        let repeaters = authors.values.filter { $0.negative >= 2 }
            .sorted { $0.negative != $1.negative ? $0.negative > $1.negative : $0.handle < $1.handle }.prefix(10)
        if !repeaters.isEmpty {
            section.tables.append(ReportTable(id: "repeat-complainers", caption: context.t("Repeat complainers (two or more negative mentions)"),
                                              columns: columns, rows: authorRows(Array(repeaters))))
        }

        // Quotes: the clearest positive and negative voices, preferring those more people saw.
        func quotes(_ label: SentimentLabel) -> [Mention] {
            input.current.filter { context.sentiment($0) == label && $0.text.count >= 20 }
                .sorted { a, b in
                    let scoreA = abs(a.sentiment?.score ?? 0), scoreB = abs(b.sentiment?.score ?? 0)
                    if scoreA != scoreB { return scoreA > scoreB }
                    if a.metrics.engagement != b.metrics.engagement { return a.metrics.engagement > b.metrics.engagement }
                    return Mention.newestFirst(a, b)
                }.prefix(3).map { $0 }
        }
        let quoteRows: [[ReportValue]] = [(SentimentLabel.positive, quotes(.positive)), (.negative, quotes(.negative))].flatMap { label, list in
            list.map { [.text(context.t(label.rawValue)), .text("@" + $0.author.handle), .link(ReportContext.excerpt($0.text, limit: 280), url: $0.url)] }
        }
        if !quoteRows.isEmpty {
            section.tables.append(ReportTable(id: "quotes", caption: context.t("Notable quotes"),
                                              columns: [context.t("Sentiment"), context.t("Author"), context.t("Post")], rows: quoteRows))
        }
        return section
    }
}
