import Foundation
import Testing
import VigilCore
@testable import VigilReport

/// The three formats draw the same document, and a post's text never becomes markup, a
/// formula or a terminal escape in any of them.
@Suite struct ReportRenderTests {
    typealias F = ReportFixture

    @Test func htmlIsOneSelfContainedAccessibleFile() throws {
        let html = HTMLReport.render(try F.document())
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<html lang=\"en\">"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=\"http") && !html.contains("<link") && !html.contains("@import"))
        for id in ["volume", "sentiment", "response", "delegation", "incidents", "people"] {
            #expect(html.contains("<section id=\"\(id)\" aria-labelledby=\"\(id)-heading\">"), "\(id)")
        }
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\""))
        #expect(html.contains("role=\"img\" aria-labelledby=\"chart-volume-by-platform-title chart-volume-by-platform-desc\""))
        #expect(html.contains("<th scope=\"col\""))
        #expect(html.contains("prefers-color-scheme: dark"))
        #expect(html.contains("@media print"))
        #expect(html.contains("No high or critical alert in this period."))
    }

    @Test func untrustedTextIsEscapedInHTML() throws {
        let html = HTMLReport.render(try F.document())
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("\u{1B}"))
    }

    @Test func untrustedTextIsEscapedInMarkdown() throws {
        let markdown = MarkdownReport.render(try F.document())
        #expect(markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!markdown.contains("<img") && !markdown.contains("<script"))
        #expect(!markdown.contains("\u{1B}"))
        #expect(MarkdownReport.escape("a|b") == "a\\|b")
        #expect(MarkdownReport.safeURL("javascript:alert(1)") == nil)
        #expect(MarkdownReport.safeURL("https://x.com/a)b") == nil)
    }

    @Test func csvFilesArePlainNumbersAndFormulaSafe() throws {
        let files = CSVReport.render(try F.document())
        let names = files.map(\.name)
        #expect(names.contains("facts.csv") && names.contains("volume-by-platform.csv") && names.contains("response-first-reply-buckets.csv"))
        #expect(Set(names).count == names.count)
        let facts = try #require(files.first { $0.name == "facts.csv" }).text
        #expect(facts.contains("volume,Mentions,8,7.0000"))
        let overdue = try #require(files.first { $0.name == "response-overdue-follow-ups.csv" }).text
        #expect(overdue.contains("2026-11-20T11:00:00Z"))
        #expect(!overdue.contains("\u{1B}"))
        // The post starts with "<script>", so it is no formula; a cell that starts with = is quoted.
        #expect(SpreadsheetCSV.escape("=HYPERLINK(\"http://evil\")") == "\"'=HYPERLINK(\"\"http://evil\"\")\"")
        let chart = try #require(files.first { $0.name == "chart-volume-by-platform.csv" }).text
        #expect(chart.hasPrefix(",X,Instagram,Facebook,Reddit\n2026-11-15T23:00:00Z,1,1,0,0\n"))
    }

    @Test func markdownChartsAreSparklines() {
        #expect(MarkdownReport.sparkline([0, 1, 2, 4]) == "▁▃▅█")
        #expect(MarkdownReport.sparkline([0, 0]) == "▁▁")
    }

    @Test func svgAxesUseNiceSteps() {
        #expect(SVGChart.niceStep(47) == 20)
        #expect(SVGChart.niceStep(8) == 2)
        #expect(SVGChart.niceStep(0.57) == 0.2)
    }
}
