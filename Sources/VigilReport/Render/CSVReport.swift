import Foundation
import VigilCore

/// The report's tables as CSV files for spreadsheets, one per table, plus the key figures:
/// plain numbers (shares as fractions, durations in minutes, times in UTC), formula-safe.
public enum CSVReport {
    /// File name → contents.
    public static func render(_ document: ReportDocument) -> [(name: String, text: String)] {
        var files: [(String, String)] = []
        var facts = "section,figure,value,change\n"
        for section in document.sections {
            for fact in section.facts {
                facts += [section.id, fact.label, fact.value.plain, fact.compared ? ReportValue.change(fact.change).plain : ""].map(SpreadsheetCSV.escape).joined(separator: ",") + "\n"
            }
            for table in section.tables {
                var text = table.columns.map(SpreadsheetCSV.escape).joined(separator: ",") + "\n"
                for row in table.rows {
                    text += row.map { SpreadsheetCSV.escape(clean($0.plain)) }.joined(separator: ",") + "\n"
                }
                let name = table.id.hasPrefix(section.id) ? table.id : "\(section.id)-\(table.id)"
                files.append(("\(name).csv", text))
            }
            for chart in section.charts where chart.kind == .lines {
                var text = ([""] + chart.series.map(\.name)).map(SpreadsheetCSV.escape).joined(separator: ",") + "\n"
                let starts = document.period.bucketStarts
                for index in chart.labels.indices {
                    let stamp = index < starts.count ? ReportValue.time(starts[index]).plain : chart.labels[index]
                    text += ([stamp] + chart.series.map { String(format: chart.isShare ? "%.4f" : "%g", $0.values[index]) }).map(SpreadsheetCSV.escape).joined(separator: ",") + "\n"
                }
                files.append(("chart-\(chart.id).csv", text))
            }
        }
        return [("facts.csv", facts)] + files
    }

    /// Control characters out of a cell (a spreadsheet shows them as boxes; a terminal obeys them).
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { Printable.isUnsafe($0) && $0 != "\n" }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { Printable.isUnsafe($0) && $0 != "\n" ? " " : $0 }))
    }
}
