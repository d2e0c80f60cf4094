import Foundation
import Testing

/// `vigil report` on the sample workspace, as a department head opens it: the real binary writes
/// the files, and a real browser (headless Chromium) lays the HTML out on screen and on A4.
/// `.ci/run` installs Chromium and sets VIGIL_REQUIRE_BROWSER, so there the browser test cannot
/// be skipped; elsewhere it is skipped when no Chromium is installed.
@Suite(.serialized) struct ReportBrowserTests {
    let binary = TmuxSession.vigilBinary
    let temporary = TemporaryPaths()

    func sampleReport(_ extra: [String] = []) throws -> (directory: String, database: String) {
        let directory = temporary.track(FileManager.default.temporaryDirectory.appendingPathComponent("vigil-report-\(UUID().uuidString)").path)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let database = directory + "/sample.sqlite"
        try SampleTeamWeek.make(binary: binary, database: database)
        let result = try Subprocess.runWithStatus([binary, "report", "--db", database, "--date", "2026-11-18", "--timezone", "Europe/Madrid",
                                                   "--out", directory + "/out/"] + extra, includeStandardError: true)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("Wrote \(directory)/out/report.html, \(directory)/out/report.md"))
        return (directory, database)
    }

    static var chromium: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test func theSampleReportHasEverySectionInEveryFormat() throws {
        let (directory, _) = try sampleReport()
        let html = try String(contentsOfFile: directory + "/out/report.html", encoding: .utf8)
        for section in ["volume", "sentiment", "response", "delegation", "incidents", "people"] {
            #expect(html.contains("<section id=\"\(section)\""), "\(section)")
        }
        // The team's work shows: replies in buckets, departments, the acknowledged incident.
        #expect(html.contains("Time to first reply") && html.contains("support") && html.contains("ana, after 12"))
        #expect(!html.contains("<script>alert") && html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        let markdown = try String(contentsOfFile: directory + "/out/report.md", encoding: .utf8)
        #expect(markdown.contains("## Response") && markdown.contains("█"))
        #expect(!markdown.contains("\u{1B}"))
        let files = try FileManager.default.contentsOfDirectory(atPath: directory + "/out")
        #expect(files.filter { $0.hasSuffix(".csv") }.count >= 15)
    }

    @Test func aPeriodWithoutMentionsIsAnErrorThatSaysWhereTheDataIs() throws {
        let (directory, database) = try sampleReport()
        let result = try Subprocess.runWithStatus([binary, "report", "--db", database, "--date", "2026-06-01", "--timezone", "UTC", "--out", directory + "/empty.html"],
                                                  includeStandardError: true)
        #expect(result.status == 1)
        #expect(result.output.contains("vigil: no mentions in 1–7 June 2026 (UTC); the newest mention in the database is from 22 November 2026"))
        #expect(!FileManager.default.fileExists(atPath: directory + "/empty.html"))
        // A day that does not exist is not rolled over into the next month.
        let impossible = try Subprocess.runWithStatus([binary, "report", "--db", database, "--date", "2026-02-31"], includeStandardError: true)
        #expect(impossible.status != 0 && impossible.output.contains("--date: no such day '2026-02-31'"), "\(impossible.output)")
        // A mistyped database is an error, and no empty one is left behind.
        let missing = try Subprocess.runWithStatus([binary, "report", "--db", directory + "/nowhere/typo.sqlite"], includeStandardError: true)
        #expect(missing.status == 2)
        #expect(missing.output.contains("vigil: no database at \(directory)/nowhere/typo.sqlite"), "\(missing.output)")
        #expect(!FileManager.default.fileExists(atPath: directory + "/nowhere"))
        // A department nobody handed anything to: the ones that exist are named.
        let unknown = try Subprocess.runWithStatus([binary, "report", "--db", database, "--date", "2026-11-18", "--department", "billing"], includeStandardError: true)
        #expect(unknown.status == 1)
        #expect(unknown.output.contains("handed to billing; departments in the database: legal, product, support"), "\(unknown.output)")
    }

    @Test func aRealBrowserLaysItOutWithoutOverflowAndPrintsItOnA4() throws {
        guard let chromium = Self.chromium else {
            #expect(ProcessInfo.processInfo.environment["VIGIL_REQUIRE_BROWSER"] == nil, "Chromium is required here but not installed")
            return
        }
        let (directory, _) = try sampleReport()
        let report = directory + "/out/report.html"
        let html = try String(contentsOfFile: report, encoding: .utf8)
        // A copy with a probe that measures the layout after load (the report itself has no script):
        // the widest element's right edge against the viewport's width.
        let probe = """
        <script>addEventListener('load', () => { let widest = document.documentElement.scrollWidth;
        for (const e of document.querySelectorAll('body *')) { widest = Math.max(widest, Math.ceil(e.getBoundingClientRect().right)); }
        document.body.setAttribute('data-probe', widest + ' ' + window.innerWidth + ' ' + document.querySelectorAll('svg.chart').length); });</script>
        """
        let probed = directory + "/probed.html"
        try html.replacingOccurrences(of: "</body>", with: probe + "</body>").write(toFile: probed, atomically: true, encoding: .utf8)
        // 1280 px on screen; 703 px is A4's width less the print margins at 96 px to the inch.
        for width in [1280, 703] {
            let dom = try Subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=\(width),900",
                                          "--virtual-time-budget=2000", "--dump-dom", "file://" + probed])
            let probeValue = try #require(dom.range(of: "data-probe=\"").map { dom[$0.upperBound...].prefix { $0 != "\"" } })
            let numbers = probeValue.split(separator: " ").compactMap { Int($0) }
            #expect(numbers.count == 3)
            #expect(numbers[0] <= numbers[1], "at \(width) px the page is \(numbers[0]) px wide")
            #expect(numbers[2] >= 5, "charts drawn: \(numbers[2])")
            // The hostile post is text in the page, not an element.
            #expect(dom.contains("&lt;script&gt;alert('x')&lt;/script&gt;"))
            #expect(!dom.contains("<img src=\"x\""))
        }
        let pdf = directory + "/report.pdf"
        _ = try Subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf=\(pdf)", "file://" + report])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: pdf))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("%PDF"))
        // Each of the six sections starts a page.
        let pages = text.components(separatedBy: "/Type /Page\n").count - 1 + text.components(separatedBy: "/Type /Page/").count - 1 + text.components(separatedBy: "/Type /Page ").count - 1
        #expect(pages >= 6, "\(pages) pages")
        // A4: 595 × 842 points.
        #expect(text.contains("/MediaBox [0 0 595") || text.contains("/MediaBox [0 0 594"))
        let screenshot = directory + "/report.png"
        _ = try Subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1280,1600", "--screenshot=\(screenshot)", "file://" + report])
        #expect(FileManager.default.fileExists(atPath: screenshot))
        if let keep = ProcessInfo.processInfo.environment["VIGIL_KEEP_SAMPLE_REPORT"] {
            for name in ["report.png", "out/report.html", "report.pdf"] {
                try? FileManager.default.removeItem(atPath: keep + "/sample-" + (name as NSString).lastPathComponent)
                try FileManager.default.copyItem(atPath: directory + "/" + name, toPath: keep + "/sample-" + (name as NSString).lastPathComponent)
            }
        }
    }
}
