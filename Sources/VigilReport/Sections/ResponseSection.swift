import Foundation
import VigilCore
import VigilStore

/// How fast the team answered: the items that needed a reply, how long the first reply took
/// (wall clock and business hours), by person, platform and language, and follow-ups gone
/// overdue.
enum ResponseSection {
    /// Buckets of first-reply time, upper bounds in hours (the last is "later").
    static let bucketHours: [Double] = [1, 4, 8, 24]
    static let bucketNames = ["0–1 h", "1–4 h", "4–8 h", "8–24 h"]

    /// One item that needed a reply, and its first reply if any.
    struct Item {
        var platform: String
        var language: String
        var by: String?
        var wall: Double?
        var business: Double?
        var replied: Bool { wall != nil }
    }

    /// The first reply to each item: the earliest reply written in Vigil or "marked replied".
    static func firstReplies(_ input: ReportInput) -> [MentionID: (at: Date, by: String)] {
        var first: [MentionID: (at: Date, by: String)] = [:]
        func note(_ id: MentionID, _ at: Date, _ by: String) {
            if let known = first[id], known.at <= at { return }
            first[id] = (at, by)
        }
        for reply in input.replies { note(reply.mention, reply.at, reply.by) }
        for entry in input.audit where entry.action == TriageAction.markReplied.name { note(entry.mention, entry.at, entry.who) }
        return first
    }

    static func items(_ context: ReportContext, clock: BusinessClock) -> (items: [Item], dismissed: Int) {
        let input = context.input
        let replies = firstReplies(input)
        var items: [Item] = []
        var dismissed = 0
        var platformNames: [Platform: String] = [:], languageNames: [String?: String] = [:]
        for mention in input.current {
            let reply = replies.isEmpty ? nil : replies[mention.id].flatMap { $0.at >= mention.createdAt ? $0 : nil }
            var status: TriageStatus?
            if reply == nil {
                guard ReplyNeed.needsReply(mention) || input.triage[mention.id]?.status == .needsReply else { continue }
                status = input.triage[mention.id]?.status
                if status == .dismissed { dismissed += 1; continue }
            }
            let platform = platformNames[mention.platform] ?? ReportContext.platformName(mention.platform)
            platformNames[mention.platform] = platform
            let language = languageNames[mention.effectiveLanguage] ?? context.languageName(mention.effectiveLanguage)
            languageNames[mention.effectiveLanguage] = language
            var item = Item(platform: platform, language: language, by: reply?.by)
            if let at = reply?.at {
                item.wall = at.timeIntervalSince(mention.createdAt)
                item.business = clock.seconds(from: mention.createdAt, to: at)
            }
            items.append(item)
        }
        return (items, dismissed)
    }

    static func bucket(_ seconds: Double?) -> Int {
        guard let seconds else { return bucketHours.count + 1 }
        return bucketHours.firstIndex { seconds < $0 * 3600 } ?? bucketHours.count
    }

    /// The figures of one group of items (a person, platform, language).
    struct Group {
        var count = 0
        var wall: [Double] = []
        var business: [Double] = []

        mutating func add(_ item: Item) {
            count += 1
            if let wall = item.wall { self.wall.append(wall) }
            if let business = item.business { self.business.append(business) }
        }
    }

    static func make(_ context: ReportContext) -> ReportSection {
        let title = context.t("Response")
        let clock = BusinessClock(context.input.request.businessHours)
        let (items, dismissed) = items(context, clock: clock)
        var section = ReportSection(id: "response", title: title)
        section.tables.append(contentsOf: overdueTable(context).map { [$0] } ?? [])
        guard !items.isEmpty else {
            section.emptyNote = context.t("No item in this period needed a reply.")
            return section
        }
        var all = Group(), byPerson: [String: Group] = [:], byPlatform: [String: Group] = [:], byLanguage: [String: Group] = [:]
        var wallCounts = [Int](repeating: 0, count: bucketHours.count + 2), businessCounts = wallCounts
        for item in items {
            all.add(item)
            if item.replied { byPerson[item.by ?? "?", default: Group()].add(item) }
            byPlatform[item.platform, default: Group()].add(item)
            byLanguage[item.language, default: Group()].add(item)
            wallCounts[bucket(item.wall)] += 1
            businessCounts[bucket(item.business)] += 1
        }
        let wall = all.wall.sorted(), business = all.business.sorted()
        section.facts = [
            ReportFact(label: context.t("Needed a reply"), value: .count(items.count)),
            ReportFact(label: context.t("Replied"), value: .count(wall.count)),
            ReportFact(label: context.t("Not replied"), value: .count(items.count - wall.count)),
            ReportFact(label: context.t("Dismissed without reply"), value: .count(dismissed)),
            ReportFact(label: context.t("Median first reply"), value: .duration(ReportContext.percentile(wall, 0.5))),
            ReportFact(label: context.t("90th percentile first reply"), value: .duration(ReportContext.percentile(wall, 0.9))),
            ReportFact(label: context.t("Median first reply, business hours"), value: .duration(ReportContext.percentile(business, 0.5))),
            ReportFact(label: context.t("90th percentile, business hours"), value: .duration(ReportContext.percentile(business, 0.9))),
        ]

        let names = bucketNames + [context.t("later"), context.t("never")]
        let total = Double(items.count)
        section.charts.append(ReportChart(id: "first-reply-buckets", title: context.t("Time to first reply"), kind: .bars, unit: context.t("share of items that needed a reply"),
                                          labels: names, series: [ReportSeries(name: context.t("Wall clock"), values: wallCounts.map { Double($0) / total }),
                                                                  ReportSeries(name: context.t("Business hours"), values: businessCounts.map { Double($0) / total })], isShare: true))
        section.tables.append(ReportTable(id: "first-reply-buckets", caption: context.t("Time to first reply"),
                                          columns: [context.t("First reply within"), context.t("Items"), context.t("Share"), context.t("Items, business hours"), context.t("Share, business hours")],
                                          rows: names.indices.map { [.text(names[$0]), .count(wallCounts[$0]), .share(Double(wallCounts[$0]) / total),
                                                                     .count(businessCounts[$0]), .share(Double(businessCounts[$0]) / total)] }))

        let columns = [context.t("Needed a reply"), context.t("Replied"), context.t("Replied share"), context.t("Median"), context.t("90th percentile"),
                       context.t("Median, business hours"), context.t("90th percentile, business hours")]
        func rows(_ groups: [String: Group]) -> [[ReportValue]] {
            groups.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }.map { name, group in
                let wall = group.wall.sorted(), business = group.business.sorted()
                return [.text(name), .count(group.count), .count(wall.count), .share(Double(wall.count) / Double(group.count)),
                        .duration(ReportContext.percentile(wall, 0.5)), .duration(ReportContext.percentile(wall, 0.9)),
                        .duration(ReportContext.percentile(business, 0.5)), .duration(ReportContext.percentile(business, 0.9))]
            }
        }
        section.tables.append(ReportTable(id: "response-by-person", caption: context.t("First replies by person"),
                                          columns: [context.t("Person")] + columns, rows: rows(byPerson)))
        section.tables.append(ReportTable(id: "response-by-platform", caption: context.t("Response by platform"),
                                          columns: [context.t("Platform")] + columns, rows: rows(byPlatform)))
        section.tables.append(ReportTable(id: "response-by-language", caption: context.t("Response by language"),
                                          columns: [context.t("Language")] + columns, rows: rows(byLanguage)))
        return section
    }

    /// Open items whose follow-up date has passed by the time of the report, oldest first.
    static func overdueTable(_ context: ReportContext) -> ReportTable? {
        let overdue = context.input.overdue
        guard !overdue.isEmpty else { return nil }
        return ReportTable(id: "overdue-follow-ups", caption: context.t("Overdue follow-ups"),
                           columns: [context.t("Follow-up was due"), context.t("Department"), context.t("Assignee"), context.t("Author"), context.t("Post")],
                           rows: overdue.map { item in
                               [.time(item.triage.followUp!), .text(item.triage.department ?? "–"), .text(item.triage.assignee ?? "–"),
                                .text("@" + item.mention.author.handle), .link(ReportContext.excerpt(item.mention.text), url: item.mention.url)]
                           })
    }
}
