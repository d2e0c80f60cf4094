import Foundation
import VigilImport
import ZIPFoundation

/// Exports as people have them, read by the real `vigil import` binary (a fresh database each
/// run, alternating with the baseline, best of 3, same run):
/// - an .xlsx workbook against Python's openpyxl in read-only mode reading the same file
///   (Benchmarks/openpyxl_read.py);
/// - one large JSON document (`{"data": […]}`) against the same records as JSON Lines: speed and
///   peak memory (the document is read as a stream).
enum ExportsBenchmark {
    static func run(rows: Int, jsonRows: Int, directory: String, vigil: String, python: String) throws {
        print("Exports: the real `vigil import` binary, best of 3, alternating with the baseline\n")
        let workbook = directory + "/exports-\(rows).xlsx"
        try writeWorkbook(rows: rows, to: workbook)
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("openpyxl_read.py").path
        var vigilRuns: [(Double, Int)] = [], pythonRuns: [(Double, Int)] = []
        for _ in 0..<3 {
            let database = directory + "/exports.sqlite"
            EndToEndBenchmark.removeDatabase(database)
            if let run = timedWithPeak(vigil, ["import", "--quiet", "--db", database, workbook]) { vigilRuns.append(run) }
            if let run = timedWithPeak(python, (python.hasSuffix("/env") ? ["python3"] : []) + [script, workbook]) { pythonRuns.append(run) }
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: workbook)[.size] as? Int) ?? 0
        if let best = vigilRuns.min(by: { $0.0 < $1.0 }) {
            Measure.row("vigil import (.xlsx, \(rows) rows, \(size / 1_000_000) MB)", "\(Measure.format(Double(rows) / best.0)) rows/s",
                        "best of 3, \(Measure.format(best.0, decimals: 2)) s, peak \(best.1 / 1024) MB; sentiment, rules, store and search index included")
            if let baseline = pythonRuns.min(by: { $0.0 < $1.0 }) {
                Measure.row("  openpyxl read-only, rows only", "\(Measure.format(Double(rows) / baseline.0)) rows/s",
                            "best of 3, \(Measure.format(baseline.0, decimals: 2)) s; Vigil is \(Measure.format(baseline.0 / best.0, decimals: 1))× the baseline; goal ≥ 5×")
            } else {
                Measure.row("  openpyxl", "skipped", "needs openpyxl for \(python) (pip install openpyxl)")
            }
        }
        var reading = 0
        let readSeconds = try Measure.seconds { reading = try FeedReader().read(path: workbook, session: ImportSession(onBatch: { _ in })).importedCount }
        Measure.row("  reading the workbook alone (in process)", "\(Measure.format(Double(reading) / readSeconds)) rows/s", "FeedReader, no sentiment or store")

        print("")
        var generator = FeedGenerator()
        let lines = directory + "/exports-\(jsonRows).jsonl"
        let document = directory + "/exports-\(jsonRows).json"
        try generator.write(rows: jsonRows, format: "jsonl", to: lines)
        generator = FeedGenerator()
        try generator.write(rows: jsonRows, format: "json", to: document)
        var results: [String: [(Double, Int)]] = [:]
        for _ in 0..<3 {
            for file in [lines, document] {
                let database = directory + "/exports.sqlite"
                EndToEndBenchmark.removeDatabase(database)
                if let run = timedWithPeak(vigil, ["import", "--quiet", "--db", database, file]) { results[file, default: []].append(run) }
            }
        }
        if let line = results[lines]?.min(by: { $0.0 < $1.0 }), let whole = results[document]?.min(by: { $0.0 < $1.0 }) {
            Measure.row("vigil import (JSON Lines, \(jsonRows) records)", "\(Measure.format(Double(jsonRows) / line.0)) rows/s",
                        "best of 3, \(Measure.format(line.0, decimals: 2)) s, peak \(line.1 / 1024) MB")
            Measure.row("vigil import (one JSON document, same records)", "\(Measure.format(Double(jsonRows) / whole.0)) rows/s",
                        "best of 3, \(Measure.format(whole.0, decimals: 2)) s, peak \(whole.1 / 1024) MB; \(Measure.format(whole.0 / line.0, decimals: 2))× the JSON Lines time; goals ≤ 1.5×, ≤ 100 MB")
        }
    }

    /// A workbook as Excel writes one: shared strings, created_at as date-styled serials.
    static func writeWorkbook(rows: Int, to path: String) throws {
        try? FileManager.default.removeItem(atPath: path)
        var generator = FeedGenerator()
        var strings: [String: Int] = [:]
        var stringList: [String] = []
        func shared(_ text: String) -> Int {
            if let index = strings[text] { return index }
            strings[text] = stringList.count
            stringList.append(text)
            return stringList.count - 1
        }
        func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        let parser = TimestampParser()
        var sheet = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
        let header = ["id", "created_at", "author", "followers", "platform", "text"]
        sheet += "<row r=\"1\">" + header.enumerated().map { "<c r=\"\(Self.column($0.offset))1\" t=\"s\"><v>\(shared($0.element))</v></c>" }.joined() + "</row>"
        for index in 0..<rows {
            let r = generator.row(index)
            let serial = (parser.parse(r.createdAt)?.timeIntervalSince1970 ?? 0) / 86_400 + 25_569
            let n = index + 2
            sheet += "<row r=\"\(n)\"><c r=\"A\(n)\" t=\"s\"><v>\(shared(r.id))</v></c><c r=\"B\(n)\" s=\"1\"><v>\(serial)</v></c>"
            sheet += "<c r=\"C\(n)\" t=\"s\"><v>\(shared(r.author))</v></c><c r=\"D\(n)\"><v>\(r.followers)</v></c>"
            sheet += "<c r=\"E\(n)\" t=\"s\"><v>\(shared(r.platform))</v></c><c r=\"F\(n)\" t=\"s\"><v>\(shared(r.text))</v></c></row>"
        }
        sheet += "</sheetData></worksheet>"
        let sst = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(stringList.count)" uniqueCount="\#(stringList.count)">"#
            + stringList.map { "<si><t xml:space=\"preserve\">\(escaped($0))</t></si>" }.joined() + "</sst>"
        let parts: [(String, String)] = [
            ("[Content_Types].xml", #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>"#),
            ("_rels/.rels", #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
            ("xl/workbook.xml", #"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Mentions" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#),
            ("xl/styles.xml", #"<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#),
            ("xl/sharedStrings.xml", sst),
            ("xl/worksheets/sheet1.xml", sheet),
        ]
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for (name, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { (position: Int64, size: Int) in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    static func column(_ index: Int) -> String { String(UnicodeScalar(UInt8(65 + index))) }

    /// Wall-clock seconds and peak resident memory (KB) of a whole process; nil when it fails.
    /// The peak is the child's own VmHWM, read every 5 ms while it runs: `wait4`'s ru_maxrss
    /// would count this process's memory, which a spawned child shares until it execs.
    static func timedWithPeak(_ executable: String, _ arguments: [String]) -> (Double, Int)? {
        let start = DispatchTime.now().uptimeNanoseconds
        guard let pid = EndToEndBenchmark.spawn(executable, arguments) else { return nil }
        var status: Int32 = 0
        var peak = 0
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid || (done == -1 && errno != EINTR) { break }
            if let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
               let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
               let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") {
                peak = max(peak, kilobytes)
            }
            usleep(5_000)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return status == 0 ? (seconds, peak) : nil
    }
}
