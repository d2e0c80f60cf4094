import Foundation
import Testing
import VigilCore
@testable import VigilImport

/// The quirks of real exports: encodings, delimiters, preambles, JSON wrappers, date styles.
@Suite struct ExportQuirksTests {
    let reader = FeedReader()

    func utf16(_ text: String, littleEndian: Bool) -> Data {
        var data = Data(littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF])
        for unit in text.utf16 {
            let bytes = littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
            data.append(contentsOf: bytes)
        }
        return data
    }

    @Test(arguments: [true, false])
    func utf16TabSeparatedLikeMeltwater(littleEndian: Bool) throws {
        let text = "Date\tHit Sentence\tAuthor\tID\tFollowers\r\n21/11/2026 15:04\tÜberhitzt! Rückruf jetzt 🔥\tmax\t77\t1.250\r\n"
        let result = try reader.read(data: utf16(text, littleEndian: littleEndian), path: "meltwater.csv")
        #expect(result.issues.isEmpty)
        #expect(result.encoding == (littleEndian ? "utf-16le" : "utf-16be"))
        let m = try #require(result.mentions.first)
        #expect(m.text == "Überhitzt! Rückruf jetzt 🔥")
        #expect(m.author.followers == 1250)
        #expect(m.createdAt == Date(timeIntervalSince1970: 1_795_273_440))  // 2026-11-21T15:04:00Z, day-first
    }

    @Test func windows1252FallbackWarns() throws {
        var data = Data("id,created_at,text\n1,2026-11-21T10:00:00Z,caf".utf8)
        data.append(0xE9)  // é in Windows-1252, invalid as UTF-8
        data.append(contentsOf: Array(" cr\u{E8}me".utf8.prefix(3)))
        let result = try reader.read(data: data, path: "legacy.csv")
        #expect(result.encoding == "windows-1252")
        #expect(result.warnings.first?.contains("Windows-1252") == true)
        #expect(result.mentions.first?.text.hasPrefix("café") == true)
    }

    @Test(arguments: [";", "\t", "|", ","])
    func delimiterIsSniffed(delimiter: String) throws {
        let text = ["id", "created_at", "author", "text"].joined(separator: delimiter) + "\n"
            + ["1", "2026-11-21T10:00:00Z", "ana", "\"hola, qué tal; bien | sí\""].joined(separator: delimiter) + "\n"
        let result = try reader.read(data: Data(text.utf8), path: "x.csv")
        #expect(result.issues.isEmpty)
        #expect(result.mentions.first?.text == "hola, qué tal; bien | sí")
    }

    @Test func preambleLinesAboveTheHeaderAreSkipped() throws {
        let text = """
        "Report: Kettlebird mentions"
        "Date range: 2026-11-16 - 2026-11-22"
        "Exported by: ops@kettlebird.example"

        Query Id,Date,Full Text,Author,Url,Page Type,Sentiment,Mention Id
        1,2026-11-21 10:00:00.0,Lid broke,sam,https://x.com/s/1,twitter,negative,555
        """
        let result = try reader.read(data: Data(text.utf8), path: "brandwatch.csv")
        #expect(result.issues.isEmpty)
        #expect(result.warnings.contains { $0.contains("preamble") })
        let m = try #require(result.mentions.first)
        #expect(m.text == "Lid broke")
        #expect(m.sentiment?.label == .negative)
    }

    @Test(arguments: [
        "[{\"id\":\"1\",\"created_at\":\"2026-11-21T10:00:00Z\",\"text\":\"a\"}]",
        "{\"data\":[{\"id\":\"1\",\"created_at\":\"2026-11-21T10:00:00Z\",\"text\":\"a\"}]}",
        "{\"meta\":{\"n\":1},\"items\":[{\"id\":\"1\",\"created_at\":\"2026-11-21T10:00:00Z\",\"text\":\"a\"}]}",
        "{\n  \"statuses\": [\n    {\"id\":\"1\",\"created_at\":\"Sat Nov 21 10:00:00 +0000 2026\",\"text\":\"a\"}\n  ]\n}",
    ])
    func jsonDocumentsAndWrappers(document: String) throws {
        let result = try reader.read(data: Data(document.utf8), path: "feed.json")
        #expect(result.format == "json")
        #expect(result.issues.isEmpty)
        #expect(result.mentions.first?.createdAt == Date(timeIntervalSince1970: 1_795_255_200))
    }

    @Test func badJSONRecordsNameTheirPath() throws {
        let document = "{\"data\":[{\"id\":\"1\",\"created_at\":\"2026-11-21T10:00:00Z\"}, 5, {\"id\":\"3\"}]}"
        let result = try reader.read(data: Data(document.utf8), path: "feed.json")
        #expect(result.mentions.count == 1)
        #expect(result.issues.map(\.reason) == ["$.data[1]: expected an object", "$.data[2]: missing created_at"])
        let truncated = try reader.read(data: Data("[{\"id\":\"1\",".utf8), path: "cut.json")
        #expect(truncated.mentions.isEmpty)
        #expect(truncated.issues.first?.reason.hasPrefix("$[0]: invalid JSON") == true)
    }

    @Test(arguments: [
        ("Sat, 21 Nov 2026 10:00:00 +0000", false),
        ("21 Nov 2026 11:00:00 +0100", false),
        ("Sat Nov 21 10:00:00 +0000 2026", false),
        ("21/11/2026 10:00", true),
        ("11/21/2026 10:00", false),
        ("11/21/2026 10:00 AM", false),
        ("21.11.2026 10:00:00", true),
        ("1795255200", false),
    ])
    func dateStyles(text: String, dayFirst: Bool) {
        #expect(TimestampParser(dayFirst: dayFirst).parse(text) == Date(timeIntervalSince1970: 1_795_255_200))
    }

    @Test func ambiguousSlashDatesFollowTheFileLocale() {
        #expect(TimestampParser(dayFirst: true).parse("03/04/2026 00:00") == TimestampParser().parse("2026-04-03T00:00:00Z"))
        #expect(TimestampParser(dayFirst: false).parse("03/04/2026 00:00") == TimestampParser().parse("2026-03-04T00:00:00Z"))
    }

    @Test func hostileInputsNeverCrash() throws {
        var generator = SystemRandomNumberGenerator()
        let seeds: [Data] = [
            Data(), Data([0xFF, 0xFE]), Data([0xFE, 0xFF, 0x00]), Data(repeating: 0, count: 1000),
            Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }),
            Data("id,created_at,text\n1,2026-11-21T10:00:00Z,\"".utf8) + Data(repeating: 0x41, count: 2 << 20),
            Data("[{\"id\":".utf8), Data("{\"data\":{\"items\":{}}}".utf8), Data("\"just a string\"".utf8),
        ]
        for (index, data) in seeds.enumerated() {
            for format in [nil, "csv", "jsonl", "json"] {
                _ = try reader.read(data: data, path: "hostile-\(index)", format: format)
            }
        }
    }
}

@Suite struct HostileValueTests {
    @Test(arguments: ["21 Nov 2026 -9999999999999999:00", "23/11/2026 -9999999999999999:00", "21/11/2026 13:00 pm", "2026 Nov 21 10:00", "99999999999999999999"])
    func absurdTimesAreRejectedNotTrapped(text: String) {
        let parsed = TimestampParser().parse(text)
        if text == "2026 Nov 21 10:00" { #expect(parsed != nil) } else { #expect(parsed == nil) }
    }

    @Test func printedIssuesCarryNoEscapes() {
        let issue = ImportIssue(file: "f\u{1B}]0;x\u{07}.csv", line: 2, reason: "invalid created_at '\u{1B}[2J'")
        #expect(!issue.description.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x9B })
        #expect(issue.description.contains("\\u{1B}[2J"))
    }
}
