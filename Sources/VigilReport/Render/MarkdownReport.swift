import Foundation
import VigilCore

/// The report as Markdown, for e-mail and wikis: the same sections and tables, charts as
/// small text sparklines. Posts and names are escaped, so a post cannot inject markup, HTML
/// or terminal escapes into the document.
public enum MarkdownReport {
    public static func render(_ document: ReportDocument) -> String {
        let words = document.language, zone = document.zone
        var out = "# \(escape(document.title))\n\n_\(escape(document.subtitle))_\n\n"
        for section in document.sections {
            out += "## \(escape(section.title))\n\n"
            if let note = section.emptyNote {
                out += "\(escape(note))\n\n"
            }
            if !section.facts.isEmpty {
                for fact in section.facts {
                    out += "- **\(escape(fact.label))**: \(escape(fact.value.text(words, zone)))"
                    if fact.compared { out += " (\(escape(words.change(fact.change))))" }
                    out += "\n"
                }
                out += "\n"
            }
            for chart in section.charts {
                out += chartText(chart, words)
            }
            for table in section.tables {
                out += tableText(table, words, zone)
            }
        }
        out += "---\n\n_\(escape(document.footer()))_\n"
        return out
    }

    static func chartText(_ chart: ReportChart, _ words: ReportLanguage) -> String {
        var out = "**\(escape(chart.title))** (\(escape(chart.unit)))\n\n"
        func value(_ v: Double) -> String { chart.isShare ? words.share(v) : words.decimal(v, digits: v.rounded() == v ? 0 : 1) }
        switch chart.kind {
        case .lines:
            let first = chart.labels.first ?? "", last = chart.labels.last ?? ""
            out += "| | \(escape(first)) … \(escape(last)) | \(escape(words.t("Peak"))) |\n|---|---|---:|\n"
            for series in chart.series {
                let peak = series.values.indices.max { series.values[$0] < series.values[$1] }
                let peakText = peak.map { "\(value(series.values[$0])) (\(escape(chart.labels[$0])))" } ?? "–"
                out += "| \(escape(series.name)) | `\(sparkline(series.values))` | \(peakText) |\n"
            }
        case .bars:
            out += "| | " + chart.series.map { escape($0.name) }.joined(separator: " | ") + " |\n|---|" + chart.series.map { _ in "---|" }.joined() + "\n"
            let top = chart.series.flatMap(\.values).max() ?? 0
            for (index, label) in chart.labels.enumerated() {
                out += "| \(escape(label)) | " + chart.series.map { series in
                    let v = series.values[index]
                    return "`\(bar(v, of: top))` \(value(v))"
                }.joined(separator: " | ") + " |\n"
            }
        }
        return out + "\n"
    }

    static func tableText(_ table: ReportTable, _ words: ReportLanguage, _ zone: TimeZone) -> String {
        guard !table.rows.isEmpty else { return "" }
        var out = "**\(escape(table.caption))**\n\n"
        out += "| " + table.columns.map(escape).joined(separator: " | ") + " |\n"
        let numeric = table.columns.indices.map { column in table.rows.allSatisfy { $0[column].isNumeric } }
        out += "|" + numeric.map { $0 ? "---:|" : "---|" }.joined() + "\n"
        for row in table.rows {
            out += "| " + row.map { cell in
                if case .link(let text, let url?) = cell, let safe = safeURL(url) { return "[\(escape(text))](\(safe))" }
                return escape(cell.text(words, zone))
            }.joined(separator: " | ") + " |\n"
        }
        return out + "\n"
    }

    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// ▁▂▅█▃: one block per value, scaled to the largest.
    static func sparkline(_ values: [Double]) -> String {
        let top = values.max() ?? 0
        return String(values.map { top > 0 ? blocks[min(7, Int(($0 / top * 7).rounded()))] : blocks[0] })
    }

    static func bar(_ value: Double, of top: Double, width: Int = 12) -> String {
        let cells = top > 0 ? Int((value / top * Double(width)).rounded()) : 0
        return String(repeating: "█", count: cells) + String(repeating: "░", count: width - cells)
    }

    /// Text for a Markdown table cell: no control characters or line breaks, HTML and Markdown
    /// punctuation escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t": out += " "
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "|", "\\", "`", "*", "_", "[", "]", "#", "~", "!": out += "\\" + String(scalar)
            default:
                if Printable.isUnsafe(scalar) { out += "\u{FFFD}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// An http(s) link with nothing in it that could end the Markdown link early.
    static func safeURL(_ url: String) -> String? {
        guard let url = HTMLReport.safeURL(url) else { return nil }
        guard !url.unicodeScalars.contains(where: { $0.value <= 0x20 || Printable.isUnsafe($0) || "()<>\"'`\\".unicodeScalars.contains($0) }) else { return nil }
        return url
    }
}
