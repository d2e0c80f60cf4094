import Foundation
import VigilCore

/// What was handed to which department, and whether they followed up: per department, items
/// handed over in the period, how many are done, still open and overdue, and the oldest open
/// ones by name.
enum DelegationSection {
    static func make(_ context: ReportContext) -> ReportSection {
        let input = context.input
        let title = context.t("Delegation")
        let period = context.period
        let now = input.request.now
        let departments = input.handedOver.keys.sorted { $0.lowercased() < $1.lowercased() }
        let inPeriod = departments.map { name in input.handedOver[name]!.filter { period.contains($0.at) } }
        let open = departments.map { name in input.handedOver[name]!.filter { $0.triage.status.isOpen } }
        guard inPeriod.contains(where: { !$0.isEmpty }) || open.contains(where: { !$0.isEmpty }) else {
            return .empty(id: "delegation", title: title, note: context.t("Nothing was handed to a department."))
        }
        var section = ReportSection(id: "delegation", title: title)
        func isOverdue(_ item: HandedOver) -> Bool { item.triage.status.isOpen && (item.triage.followUp.map { $0 < now } ?? false) }
        let rows: [[ReportValue]] = departments.indices.map { index in
            let handed = inPeriod[index]
            let done = handed.filter { !$0.triage.status.isOpen }.count
            return [.text(departments[index]), .count(handed.count), .count(done), .count(handed.count - done),
                    .count(open[index].count), .count(open[index].filter(isOverdue).count)]
        }
        section.tables.append(ReportTable(id: "delegation-by-department", caption: context.t("Items handed to departments"),
                                          columns: [context.t("Department"), context.t("Handed over in period"), context.t("Done"), context.t("Still open"),
                                                    context.t("Open in all"), context.t("Overdue")], rows: rows))
        section.facts = [
            ReportFact(label: context.t("Handed over in period"), value: .count(inPeriod.reduce(0) { $0 + $1.count })),
            ReportFact(label: context.t("Open in all"), value: .count(open.reduce(0) { $0 + $1.count })),
            ReportFact(label: context.t("Overdue"), value: .count(open.reduce(0) { $0 + $1.filter(isOverdue).count })),
        ]
        for index in departments.indices where !open[index].isEmpty {
            let listed = open[index].filter { $0.mention != nil }
            section.tables.append(ReportTable(id: "oldest-open-" + ReportFiles.slug(departments[index]),
                                              caption: context.t("Oldest open items") + ": " + departments[index],
                                              columns: [context.t("Handed over"), context.t("Follow-up"), context.t("Author"), context.t("Post")],
                                              rows: listed.map { item in
                                                  [.time(item.at), item.triage.followUp.map { .time($0) } ?? .text("–"),
                                                   .text("@" + item.mention!.author.handle), .link(ReportContext.excerpt(item.mention!.text), url: item.mention!.url)]
                                              }))
        }
        return section
    }
}
