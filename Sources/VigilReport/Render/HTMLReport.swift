import Foundation
import VigilCore

/// The report as one self-contained HTML file: inline CSS and SVG, no script, no network. Real
/// headings and table markup, charts with titles and text alternatives, light and dark by the
/// reader's preference, and print styles for A4 with each section on its own page. Every text
/// that came from a post or a person is escaped.
public enum HTMLReport {
    public static func render(_ document: ReportDocument) -> String {
        let words = document.language, zone = document.zone
        var html = "<!DOCTYPE html>\n<html lang=\"\(document.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<meta name=\"color-scheme\" content=\"light dark\">\n"
        html += "<title>\(escape(document.title)) · \(escape(words.periodText(document.period)))</title>\n<style>\(ReportStyle.css)</style>\n</head>\n<body>\n"
        html += "<header>\n<h1>\(escape(document.title))</h1>\n<p class=\"subtitle\">\(escape(document.subtitle))</p>\n"
        html += "<nav aria-label=\"\(escape(words.t("Contents")))\"><ol>"
        for section in document.sections { html += "<li><a href=\"#\(section.id)\">\(escape(section.title))</a></li>" }
        html += "</ol></nav>\n</header>\n<main>\n"
        for section in document.sections {
            html += "<section id=\"\(section.id)\" aria-labelledby=\"\(section.id)-heading\">\n<h2 id=\"\(section.id)-heading\">\(escape(section.title))</h2>\n"
            if let note = section.emptyNote { html += "<p class=\"empty\">\(escape(note))</p>\n" }
            if !section.facts.isEmpty {
                html += "<dl class=\"facts\">"
                for fact in section.facts {
                    html += "<div><dt>\(escape(fact.label))</dt><dd>\(escape(fact.value.text(words, zone)))"
                    if fact.compared { html += " <span class=\"change\">\(escape(words.change(fact.change)))</span>" }
                    html += "</dd></div>"
                }
                html += "</dl>\n"
            }
            for chart in section.charts {
                let id = "chart-" + chart.id
                html += "<figure class=\"figure\">\(SVGChart.render(chart, words: words, id: id))"
                html += "<figcaption>\(escape(chart.title)) (\(escape(chart.unit)))</figcaption></figure>\n"
            }
            for table in section.tables where !table.rows.isEmpty {
                html += tableHTML(table, words, zone)
            }
            html += "</section>\n"
        }
        html += "</main>\n<footer><p>\(escape(document.footer()))</p></footer>\n</body>\n</html>\n"
        return html
    }

    static func tableHTML(_ table: ReportTable, _ words: ReportLanguage, _ zone: TimeZone) -> String {
        let numeric = table.columns.indices.map { column in table.rows.allSatisfy { $0[column].isNumeric } }
        var html = "<div class=\"table\"><table id=\"table-\(table.id)\">\n<caption>\(escape(table.caption))</caption>\n<thead><tr>"
        for (index, column) in table.columns.enumerated() { html += "<th scope=\"col\"\(numeric[index] ? " class=\"num\"" : "")>\(escape(column))</th>" }
        html += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            html += "<tr>"
            for (index, cell) in row.enumerated() {
                let tag = index == 0 ? "th scope=\"row\"" : "td"
                let close = index == 0 ? "th" : "td"
                var content = escape(cell.text(words, zone))
                if case .link(_, let url?) = cell, let safe = safeURL(url) {
                    content = "<a href=\"\(escape(safe))\" rel=\"noopener noreferrer nofollow\">\(content)</a>"
                }
                if case .change(let value) = cell { content = "<span class=\"change\(value.map { $0 > 0 ? " up" : ($0 < 0 ? " down" : "") } ?? "")\">\(content)</span>" }
                // Posts and other long texts may break anywhere (a long link must not widen the
                // page); short cells keep their words whole.
                let long = !numeric[index] && cell.text(words, zone).count > 40
                html += "<\(tag)\(numeric[index] ? " class=\"num\"" : (long ? " class=\"long\"" : ""))>\(content)</\(close)>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody></table></div>\n"
    }

    /// Text for HTML content and attribute values; control characters (which no post needs
    /// in a report) become U+FFFD.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out += " "
            default:
                if Printable.isUnsafe(scalar) { out += "\u{FFFD}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Only http and https links are made links (never `javascript:`).
    static func safeURL(_ url: String) -> String? {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return nil }
        return url
    }
}
