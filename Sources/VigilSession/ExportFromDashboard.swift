import Foundation
import VigilCore
import VigilEngine
import VigilUI

/// `:export FILE` in the dashboard: the mentions the panes list (the filter applies), with
/// their triage state, as CSV when the name ends in `.csv`, else JSON Lines.
public enum ExportFromDashboard {
    @MainActor
    public static func write(_ ids: [VigilCore.MentionID], to path: String, state: AppState, read: ([Int64]) throws -> [Int64: Mention]) -> String {
        let csv = path.lowercased().hasSuffix(".csv")
        var out = csv ? MentionExport.csvHeader(withTriage: true) + "\n" : ""
        // Mentions the dashboard let go come back from the database, a slice at a time.
        do {
            try state.feed.forEachMention(at: ids.reversed().compactMap { state.feed.position(of: $0) }, read: read) { _, mention in
            let triage = state.feed.triage[mention.id]
            out += (csv ? MentionExport.csvRow(mention, triage: triage, withTriage: true)
                        : MentionExport.jsonLine(mention, triage: triage, withTriage: true)) + "\n"
            }
        } catch {
            return "could not read the mentions to export: \(error)"
        }
        let file = (path as NSString).expandingTildeInPath
        do {
            try out.write(toFile: file, atomically: true, encoding: .utf8)
            return "exported \(ids.count) mentions to \(file)"
        } catch {
            return "could not write \(file): \(error.localizedDescription)"
        }
    }
}
