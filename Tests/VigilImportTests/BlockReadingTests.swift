import Foundation
import Testing
import VigilCore
@testable import VigilImport

/// Large files are read in blocks; whatever the block boundaries cut through (a quoted field
/// with newlines, a CRLF, a multi-byte character, a JSON escape), the result must equal reading
/// the file whole.
@Suite struct BlockReadingTests {
    static let texts = [
        "plain text", "comma, inside", "say \"hi\"", "two\nlines", "crlf\r\ninside", "café ñ ü 👍🏽",
        "", "   spaced   ", "a \\ backslash", "tab\there",
    ]

    static func csv(rows: Int, lineEnd: String) -> String {
        var generator = SeededGenerator(seed: 11)
        var out = "id,created_at,platform,author,followers,text,likes\(lineEnd)"
        for row in 0..<rows {
            let text = texts[Int(generator.next() % UInt64(texts.count))]
            let quoted = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            let date = row % 97 == 5 ? "not a date" : "2026-11-21T10:\(String(format: "%02d", row % 60)):00Z"
            let extra = row % 131 == 7 ? ",surplus" : ""
            out += "r\(row),\(date),x,@user\(row % 50),\(generator.next() % 100_000),\(quoted),\(row % 7)\(extra)\(lineEnd)"
        }
        return out + "last,2026-11-21T10:00:00Z,x,@end,1,\"no newline at the end\",0"
    }

    static func jsonl(rows: Int) -> String {
        var generator = SeededGenerator(seed: 12)
        var lines: [String] = []
        for row in 0..<rows {
            let text = texts[Int(generator.next() % UInt64(texts.count))]
            let data = try! JSONSerialization.data(withJSONObject: ["t": text])
            let encoded = String(decoding: data, as: UTF8.self).dropFirst(5).dropLast(1)
            if row % 89 == 3 { lines.append("{\"id\": \"broken\(row)\", ") ; continue }
            lines.append("{\"id\":\"j\(row)\",\"created_at\":\"2026-11-21T10:00:00Z\",\"text\":\(encoded),\"likes\":\(row % 9),\"verified\":\(row % 2 == 0)}")
        }
        return lines.joined(separator: "\n")
    }

    func compare(_ content: String, name: String, blockSize: Int) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-blocks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent(name).path
        try Data(content.utf8).write(to: URL(fileURLWithPath: path))
        let whole = try FeedReader(blockReadingThreshold: .max).read(path: path)
        var streamed: [Mention] = []
        let blocks = try FeedReader(blockReadingThreshold: 0, blockSize: blockSize)
            .read(path: path, session: ImportSession(batchSize: 100, onBatch: { streamed += $0 }))
        #expect(whole.mentions.count > 1000)
        #expect(streamed == whole.mentions)
        #expect(blocks.issues == whole.issues)
        #expect(blocks.issues.map(\.raw) == whole.issues.map(\.raw))
        #expect(blocks.format == whole.format)
        #expect(!whole.issues.isEmpty)
    }

    @Test(arguments: [97, 1000, 4096])
    func csvBlocksEqualTheWholeFile(blockSize: Int) throws {
        try compare(Self.csv(rows: 2000, lineEnd: "\n"), name: "feed.csv", blockSize: blockSize)
        try compare(Self.csv(rows: 2000, lineEnd: "\r\n"), name: "feed.csv", blockSize: blockSize)
    }

    @Test(arguments: [97, 1000, 4096])
    func jsonLinesBlocksEqualTheWholeFile(blockSize: Int) throws {
        try compare(Self.jsonl(rows: 2000), name: "feed.jsonl", blockSize: blockSize)
    }

    static func jsonDocument(rows: Int) -> String {
        var generator = SeededGenerator(seed: 13)
        var elements: [String] = []
        for row in 0..<rows {
            let text = texts[Int(generator.next() % UInt64(texts.count))]
            let data = try! JSONSerialization.data(withJSONObject: ["t": text])
            let encoded = String(decoding: data, as: UTF8.self).dropFirst(5).dropLast(1)
            if row % 101 == 4 { elements.append("\"not a record ] }\"") ; continue }
            let date = row % 97 == 5 ? "" : ",\"created_at\":\"2026-11-21T10:00:00Z\""
            elements.append("{\"id\":\"d\(row)\"\(date),\"text\":\(encoded),\"entities\":{\"urls\":[\"]}\"],\"n\":[1,[2]]},\"likes\":\(row % 9)}")
        }
        // Members before the records, with brackets inside strings, must be skipped whole.
        return "{\"meta\": {\"note\": \"a ] and a } in a string\", \"data\": {\"x\": 1}, \"list\": [[], {}]},\n \"data\": [\n  "
            + elements.joined(separator: ",\n  ") + "\n ],\n \"paging\": {\"next\": null}\n}"
    }

    @Test(arguments: [97, 1000, 4096])
    func jsonDocumentBlocksEqualTheWholeFile(blockSize: Int) throws {
        try compare(Self.jsonDocument(rows: 2000), name: "feed.json", blockSize: blockSize)
    }

    @Test func aJSONDocumentStreamsTheSameRecordsAsFoundationReads() throws {
        let document = Self.jsonDocument(rows: 300)
        let result = try FeedReader().read(data: Data(document.utf8), path: "feed.json")
        let parsed = try JSONSerialization.jsonObject(with: Data(document.utf8)) as! [String: Any]
        let records = (parsed["data"] as! [Any]).compactMap { $0 as? [String: Any] }
        let dated = records.filter { $0["created_at"] != nil }
        #expect(result.mentions.map(\.id.nativeID) == dated.map { $0["id"] as! String })
        #expect(result.mentions.map(\.text) == dated.map { $0["text"] as! String })
        #expect(result.issues.count == (300 - records.count) + (records.count - dated.count))
    }

    @Test func aByteOrderMarkIsDroppedWhenTheFileFitsInOneBlock() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-blocks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, body) in [("feed.csv", "id,created_at\n1,2026-01-01T00:00:00Z\n"), ("feed.jsonl", "{\"id\":\"1\",\"created_at\":\"2026-01-01T00:00:00Z\"}\n")] {
            let path = directory.appendingPathComponent(name).path
            try Data([0xEF, 0xBB, 0xBF] + Array(body.utf8)).write(to: URL(fileURLWithPath: path))
            let result = try FeedReader(blockReadingThreshold: 0).read(path: path)
            #expect(result.issues.isEmpty && result.mentions.count == 1, "\(name): \(result.issues)")
        }
    }

    @Test func aStrayInvalidByteLateInAUTF8FileIsRepairedNotFatal() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-blocks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("feed.csv").path
        var bytes = Array(Self.csv(rows: 3000, lineEnd: "\n").utf8)  // the stray byte lies well past the 64 KiB sample
        bytes += Array("\nstray,2026-11-21T10:00:00Z,x,@a,1,caf".utf8) + [0xE9] + Array(",0\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let result = try FeedReader(blockReadingThreshold: 0, blockSize: 256).read(path: path)
        #expect(result.encoding == "utf-8")
        #expect(result.mentions.contains { $0.text == "caf\u{FFFD}" })
        #expect(result.mentions.contains { $0.text == "café ñ ü 👍🏽" })
    }

    @Test func invalidUTF8LateInALargeFileStillFallsBackToWindows1252() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-blocks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("feed.csv").path
        var bytes = Array(Self.csv(rows: 500, lineEnd: "\n").utf8.filter { $0 < 0x80 })
        bytes += Array("\nlatin,2026-11-21T10:00:00Z,x,@a,1,caf".utf8) + [0xE9] + Array(",0\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let result = try FeedReader(blockReadingThreshold: 0, blockSize: 256).read(path: path)
        #expect(result.encoding == "windows-1252")
        #expect(result.mentions.contains { $0.text == "café" })
    }
}
