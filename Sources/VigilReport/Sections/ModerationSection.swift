import Foundation
import VigilCore
import VigilStore

/// Moderation in the period: what the house rules acted on, by reason and action; what the
/// team decided and how long after the post; what still waits for review.
enum ModerationSection {
    static func make(_ context: ReportContext) -> ReportSection {
        let input = context.input
        let title = context.t("Moderation")
        let period = context.period
        // The team's decisions, from the audit log: the latest on an item stands, unless withdrawn.
        var standing: [MentionID: AuditEntry] = [:]
        for entry in input.audit {
            if entry.action == "moderated" { standing[entry.mention] = entry } else if entry.action == "moderation withdrawn" { standing[entry.mention] = nil }
        }
        let ruled = input.current.filter { $0.flags?.moderation.map { $0.action != .approve } ?? false }
        let decidedInPeriod = standing.values.filter { period.contains($0.at) }
        guard !ruled.isEmpty || !decidedInPeriod.isEmpty else {
            return .empty(id: "moderation", title: title, note: context.t("Nothing was moderated."))
        }
        var section = ReportSection(id: "moderation", title: title)
        let waiting = ruled.filter { $0.flags!.moderation!.action.awaitsReview && standing[$0.id] == nil }
        let posted = Dictionary(input.current.map { ($0.id, $0.createdAt) }, uniquingKeysWith: { a, _ in a })
        let delays = decidedInPeriod.compactMap { entry in posted[entry.mention].map { max(0, entry.at.timeIntervalSince($0)) } }.sorted()
        section.facts = [
            ReportFact(label: context.t("Acted on by house rules"), value: .count(ruled.count)),
            ReportFact(label: context.t("Decided by the team"), value: .count(decidedInPeriod.count)),
            ReportFact(label: context.t("Still waiting for review"), value: .count(waiting.count)),
            ReportFact(label: context.t("Median time to a decision"), value: .duration(ReportContext.percentile(delays, 0.5))),
        ]
        // By reason: the house rule's action, and what the team made of it.
        var byReason: [String: (action: ModerationAction, count: Int, kept: Int, removed: Int)] = [:]
        for mention in ruled {
            let verdict = mention.flags!.moderation!
            var row = byReason[verdict.reason] ?? (verdict.action, 0, 0, 0)
            row.count += 1
            if let decision = standing[mention.id].flatMap({ ModerationAction(rawValue: $0.after) }) {
                if decision == .approve { row.kept += 1 } else if decision >= .hide { row.removed += 1 }
            }
            byReason[verdict.reason] = row
        }
        section.tables.append(ReportTable(
            id: "moderation-by-reason", caption: context.t("House rules by reason"),
            columns: [context.t("Reason"), context.t("Action"), context.t("Posts"), context.t("Approved by the team"), context.t("Hidden or deleted by the team")],
            rows: byReason.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }.map { reason, row in
                [.text(reason), .text(context.t(row.action.rawValue)), .count(row.count), .count(row.kept), .count(row.removed)]
            }))
        // The team's decisions by action, with how long after the post they came.
        var byAction: [String: [Double]] = [:]
        for entry in decidedInPeriod {
            byAction[entry.after, default: []].append(posted[entry.mention].map { max(0, entry.at.timeIntervalSince($0)) } ?? .nan)
        }
        if !byAction.isEmpty {
            section.tables.append(ReportTable(
                id: "moderation-by-action", caption: context.t("The team's decisions"),
                columns: [context.t("Action"), context.t("Posts"), context.t("Median time to a decision")],
                rows: byAction.sorted { $0.key < $1.key }.map { action, times in
                    [.text(context.t(action)), .count(times.count), .duration(ReportContext.percentile(times.filter { !$0.isNaN }.sorted(), 0.5))]
                }))
        }
        if !waiting.isEmpty {
            section.tables.append(ReportTable(
                id: "moderation-waiting", caption: context.t("Oldest waiting for review"),
                columns: [context.t("Posted"), context.t("Action"), context.t("Author"), context.t("Post")],
                rows: waiting.prefix(10).map { summary in
                    let mention = input.details(summary)
                    return [.time(mention.createdAt), .text(context.t(mention.flags?.moderation?.action.rawValue ?? "")), .text("@" + mention.author.handle),
                            .link(ReportContext.excerpt(mention.text), url: mention.url)]
                }))
        }
        return section
    }
}
