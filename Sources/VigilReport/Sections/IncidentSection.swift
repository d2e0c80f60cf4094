import Foundation
import VigilCore
import VigilStore

/// Every high or critical alert that started in the period: when it began, who acknowledged it
/// and how soon, how long it lasted, how large it grew, its first posts, and what the team did
/// about those posts.
enum IncidentSection {
    static func make(_ context: ReportContext, alerts raised: [Alert]) -> ReportSection {
        let input = context.input
        let title = context.t("Incidents")
        let alerts = raised.filter { $0.severity >= .high && !$0.isHidden }.sorted { $0.startedAt < $1.startedAt }
        guard !alerts.isEmpty else {
            return .empty(id: "incidents", title: title, note: context.t("No high or critical alert in this period."))
        }
        var section = ReportSection(id: "incidents", title: title)
        let byID = ReportContext.find(Set(alerts.flatMap { $0.examples.prefix(3) }), in: input.current)
        let auditByItem = Dictionary(grouping: input.audit, by: \.mention)
        var acknowledgeTimes: [Double] = []
        var rows: [[ReportValue]] = []
        for alert in alerts {
            let ack = input.acknowledgements[alert.id] ?? alert.acknowledgement
            let raised = alert.firedAt ?? alert.startedAt
            var ackText = context.t("not acknowledged")
            if let ack {
                let after = max(0, ack.at.timeIntervalSince(raised))
                acknowledgeTimes.append(after)
                ackText = "\(ack.by), " + context.t("after") + " " + context.words.duration(after)
            }
            let duration: ReportValue = alert.endedAt.map { .duration($0.timeIntervalSince(alert.startedAt)) } ?? .text(context.t("ongoing"))
            let firstPosts = alert.examples.prefix(3).compactMap { byID[$0] }.map { "@\($0.author.handle): " + ReportContext.excerpt($0.text, limit: 90) }
            rows.append([.time(alert.startedAt), .text(context.t(alert.severity.name)), .text(alert.title), .text(ackText), duration,
                         .count(alert.count), .text(firstPosts.joined(separator: " · ")), .text(actions(alert, ack, auditByItem, context))])
        }
        let sortedAck = acknowledgeTimes.sorted()
        section.facts = [
            ReportFact(label: context.t("High and critical alerts"), value: .count(alerts.count)),
            ReportFact(label: context.t("Critical"), value: .count(alerts.filter { $0.severity == .critical }.count)),
            ReportFact(label: context.t("Acknowledged"), value: .count(acknowledgeTimes.count)),
            ReportFact(label: context.t("Median time to acknowledge"), value: .duration(ReportContext.percentile(sortedAck, 0.5))),
        ]
        section.tables.append(ReportTable(id: "incidents", caption: context.t("High and critical alerts"),
                                          columns: [context.t("Onset"), context.t("Severity"), context.t("Alert"), context.t("Acknowledged"), context.t("Duration"),
                                                    context.t("Peak"), context.t("First posts"), context.t("What the team did")], rows: rows))
        return section
    }

    /// The team's actions on the incident's posts while it lasted (and a day after), counted by
    /// kind, with the acknowledgement's note: "replied 3, escalated 1; note: recall notice sent".
    static func actions(_ alert: Alert, _ ack: Acknowledgement?, _ audit: [MentionID: [AuditEntry]], _ context: ReportContext) -> String {
        let until = (alert.endedAt ?? context.input.request.now).addingTimeInterval(86_400)
        var counts: [String: Int] = [:]
        for id in alert.examples {
            for entry in audit[id] ?? [] where entry.at >= alert.startedAt && entry.at <= until {
                counts[entry.action, default: 0] += 1
            }
        }
        var parts = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { "\(context.t($0.key)) \($0.value)" }
        if let note = ack?.note, !note.isEmpty { parts.append(context.t("note") + ": " + note) }
        return parts.isEmpty ? context.t("no action recorded on its posts") : parts.joined(separator: ", ")
    }
}
