import Foundation
import VigilCore
import VigilReport
import VigilRules

/// `:report week` in the dashboard: the report of the day, week or month the dashboard is
/// looking at (the one holding its newest event time), for the current filter, written next
/// to where it was started (or to the file or directory given); says where.
public enum ReportFromDashboard {
    @MainActor
    public static func write(period: String, path: String?, filter: MentionFilter?, session: LiveSession,
                             directory: String = FileManager.default.currentDirectoryPath) -> String {
        guard let kind = ReportPeriod.Kind(rawValue: period) else { return ":report day|week|month" }
        let zone = session.reportTimeZone
        let shown = ReportPeriod.containing(session.engine.watermark ?? session.clock(), kind: kind, timeZone: zone)
        let hours = session.businessHours ?? .officeHours(timeZone: zone)
        var matches: (@Sendable (Mention, Triage?) -> Bool)?
        if let filter {
            matches = { mention, triage in
                let pending = (triage?.status ?? .new).isOpen && ReplyNeed.needsReply(mention)
                return filter.matches(mention, triage: triage, pending: pending)
            }
        }
        let request = ReportRequest(period: shown, compare: true, businessHours: hours, now: session.clock(), filter: matches, filterText: filter?.source)
        let document: ReportDocument
        do {
            document = try ReportBuilder.make(from: session.store, request: request, rules: session.engine.rules)
        } catch {
            return "report failed: \(error)"
        }
        guard document.mentionCount > 0 else { return "no mentions in \(ReportLanguage.en.periodText(shown)) for this filter: no report written" }
        let stamp = ISO8601DateFormatter.string(from: shown.start, timeZone: zone, formatOptions: [.withFullDate])
        let defaultName = "vigil-report-\(kind.rawValue)-\(stamp).html"
        var file = ((path ?? defaultName) as NSString).expandingTildeInPath
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), isDirectory.boolValue {
            file = (file as NSString).appendingPathComponent(defaultName)
        }
        if !file.hasPrefix("/") { file = (directory as NSString).appendingPathComponent(file) }
        let markdown = file.lowercased().hasSuffix(".md")
        do {
            try (markdown ? MarkdownReport.render(document) : HTMLReport.render(document)).write(toFile: file, atomically: true, encoding: .utf8)
        } catch {
            return "could not write \(file): \(error.localizedDescription)"
        }
        return "report of \(ReportLanguage.en.periodText(shown)) (\(document.mentionCount) mentions) written to \(file)"
    }
}
