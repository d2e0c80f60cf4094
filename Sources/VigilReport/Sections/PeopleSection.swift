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
        let mentions = input.current
        var topIndices = TopList<Int>(limit: 10) { a, b in
            let (x, y) = (mentions[a].metrics.engagement, mentions[b].metrics.engagement)
            return x != y ? x > y : Mention.newestFirst(mentions[a], mentions[b])
        }
        for index in mentions.indices where mentions[index].metrics.engagement > 0 { topIndices.offer(index) }
        let top = topIndices.elements.map { input.details(mentions[$0]) }
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

        let authors = context.authors
        func authorRows(_ list: [ReportContext.AuthorTally]) -> [[ReportValue]] {
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
            var list = TopList<Int>(limit: 3) { i, j in
                let (a, b) = (mentions[i], mentions[j])
                let scoreA = abs(a.sentiment?.score ?? 0), scoreB = abs(b.sentiment?.score ?? 0)
                if scoreA != scoreB { return scoreA > scoreB }
                if a.metrics.engagement != b.metrics.engagement { return a.metrics.engagement > b.metrics.engagement }
                return Mention.newestFirst(a, b)
            }
            for index in mentions.indices where context.sentiment(mentions[index]) == label && mentions[index].text.utf8.count >= 20 { list.offer(index) }
            return list.elements.map { input.details(mentions[$0]) }
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
