import Foundation
import Testing
import VigilCore
@testable import VigilImport

@Suite struct GenericCSVImporterTests {
    func read(_ text: String, path: String = "feed.csv") -> ImportResult {
        (try? FeedReader().read(data: Data(text.utf8), path: path, format: "csv")) ?? ImportResult(path: path, format: "none")
    }

    @Test func quotedFieldsWithCommasQuotesAndNewlines() {
        let csv = "id,created_at,platform,author,text\r\n"
            + "1,2026-11-21T10:00:00Z,x,alice,\"Hello, world\"\r\n"
            + "2,2026-11-21T11:00:00Z,x,bob,\"She said \"\"wow\"\"\"\r\n"
            + "3,2026-11-21T12:00:00Z,x,carol,\"line one\nline two\"\r\n"
        let result = read(csv)
        #expect(result.issues.isEmpty)
        #expect(result.mentions.map(\.text) == ["Hello, world", "She said \"wow\"", "line one\nline two"])
    }

    @Test func columnsInAnyOrderWithAliases() {
        let csv = """
        Text,Followers,Date,Network,Author,ID,Likes,Lang,URL,Sentiment,Shares,Replies
        Great tea,"1,250",2026-11-21 10:00:00,Twitter,@dana,99,12k,ES,https://x.com/d/99,Negativo,3,4
        """
        let result = read(csv)
        #expect(result.issues.isEmpty)
        let m = try! #require(result.mentions.first)
        #expect(m.id == MentionID(platform: .x, nativeID: "99"))
        #expect(m.author.handle == "dana")
        #expect(m.author.followers == 1250)
        #expect(m.metrics.likes == 12_000)
        #expect(m.metrics.shares == 3 && m.metrics.replies == 4)
        #expect(m.language == "es")
        #expect(m.sentiment?.label == .negative)
        #expect(m.sentiment?.source == .feed(raw: "Negativo"))
        #expect(m.createdAt == Date(timeIntervalSince1970: 1_795_255_200))
    }

    @Test func badRowsAreReportedWithLineAndSkipped() {
        let csv = """
        id,created_at,platform,author,text
        1,2026-11-21T10:00:00Z,x,alice,ok
        2,not-a-date,x,bob,bad date
        ,2026-11-21T10:00:00Z,x,carol,no id: identity from the content
        4,2026-11-21T10:00:00Z,x,dave
        "5","2026-11-21T10:00:00Z","x","erin","multi
        line"
        6,2026-11-21T10:00:00Z,x,frank,"never closed
        """
        let result = read(csv, path: "bad.csv")
        #expect(result.mentions.map(\.id.nativeID) == ["1", MentionIdentity.contentID(
            platform: .x, author: "carol", createdAt: Date(timeIntervalSince1970: 1_795_255_200), text: "no id: identity from the content"), "5"])
        #expect(result.idsFromContent == 1)
        #expect(result.issues == [
            ImportIssue(file: "bad.csv", line: 3, reason: "invalid created_at 'not-a-date'"),
            ImportIssue(file: "bad.csv", line: 5, reason: "expected 5 fields, found 4"),
            ImportIssue(file: "bad.csv", line: 8, reason: "unterminated quoted field"),
        ])
    }

    @Test func byteOrderMarkAndBlankLines() {
        let csv = "\u{FEFF}id,created_at,text\n\n1,1795255200,hi\n\n"
        let result = read(csv)
        #expect(result.issues.isEmpty)
        #expect(result.mentions.count == 1)
        #expect(result.mentions[0].platform == .unknown)
    }

    @Test func headerWithoutIDTextOrURLIsAnError() {
        let result = read("when,what\n1,2\n")
        #expect(result.mentions.isEmpty)
        #expect(result.issues.first?.reason == "the header names no id, text or URL column (found: when, what)")
    }

    @Test func hostileBytesDoNotCrash() {
        var bytes = Array("id,created_at,text\n1,2026-11-21T10:00:00Z,".utf8)
        bytes += [0xFF, 0xFE, 0x00, 0x1B, 0x5B, 0x32, 0x4A, 0xC3]
        let result = CSVImporter().read(Data(bytes), path: "x.csv", mapper: MentionMapper())
        #expect(result.mentions.count == 1)
        #expect(result.mentions[0].text.contains("\u{FFFD}"))
    }
}

@Suite struct JSONLinesImporterTests {
    @Test func readsRecordsAndReportsBadLines() {
        let jsonl = """
        {"id":"a1","created_at":"2026-11-21T10:00:00.250+01:00","platform":"bluesky","author":"x","text":"hi ☕","likes":3,"verified":true,"followers":"12k"}
        {"id":"a2","created_at":1795255200000,"platform":"bsky","author":"y","text":"\\u001b[2Jboo"}
        not json
        [1,2]

        {"id":"a3","platform":"bluesky","text":"no date"}
        """
        let result = JSONLinesImporter().read(Data(jsonl.utf8), path: "f.jsonl", mapper: MentionMapper())
        #expect(result.mentions.map(\.id.nativeID) == ["a1", "a2"])
        #expect(result.mentions[0].author.verified)
        #expect(result.mentions[0].author.followers == 12_000)
        #expect(result.mentions[0].metrics.likes == 3)
        #expect(result.mentions[0].createdAt == Date(timeIntervalSince1970: 1_795_251_600.25))
        #expect(result.mentions[1].platform == .bluesky)
        #expect(result.mentions[1].text == "\u{1B}[2Jboo")
        #expect(result.issues == [
            ImportIssue(file: "f.jsonl", line: 3, reason: "invalid JSON"),
            ImportIssue(file: "f.jsonl", line: 4, reason: "expected a JSON object"),
            ImportIssue(file: "f.jsonl", line: 6, reason: "missing created_at"),
        ])
    }
}

@Suite struct FeedReaderTests {
    @Test func detectsFormatByContent() throws {
        let reader = FeedReader()
        let json = try reader.read(data: Data("{\"id\":\"1\",\"created_at\":\"2026-11-21T10:00:00Z\"}\n".utf8), path: "feed.txt")
        #expect(json.format == "jsonl")
        let csv = try reader.read(data: Data("id,created_at\n1,2026-11-21T10:00:00Z\n".utf8), path: "feed.txt")
        #expect(csv.format == "csv")
        let empty = try reader.read(data: Data(), path: "empty.csv")
        #expect(empty.mentions.isEmpty && empty.issues.isEmpty)
        #expect(throws: FeedReader.ReadError.self) { try reader.read(path: "/nonexistent/feed.csv") }
    }
}

@Suite struct FlatJSONScannerTests {
    func scan(_ text: String) -> Result<[String: String], FlatJSONScanner.Failure> {
        var members: [String: String] = [:]
        var bytes = Array(text.utf8)
        do {
            try bytes.withUnsafeMutableBufferPointer { buffer in
                try FlatJSONScanner.scan(UnsafeBufferPointer(buffer), arena: ByteArena()) { keyBytes, value in
                    let key = String(decoding: keyBytes, as: UTF8.self)
                    switch value {
                    case .string(let s): members[key] = "s:" + String(decoding: s, as: UTF8.self)
                    case .number(let n): members[key] = "n:" + String(decoding: n, as: UTF8.self)
                    case .bool(let b): members[key] = "b:\(b)"
                    case .null: members[key] = "null"
                    case .nested: members[key] = "nested"
                    }
                }
            }
        } catch let failure as FlatJSONScanner.Failure {
            return .failure(failure)
        } catch {
            return .failure(FlatJSONScanner.Failure(column: 0, reason: "other"))
        }
        return .success(members)
    }

    @Test func membersOfEveryKind() throws {
        let members = try scan(#" { "a" : "x\"y\\z\/\n\u00e9\ud83d\udc4d", "b": -1.5e3, "c": true, "d": null, "e": {"f": [1, "}"]}, "g": false } "#).get()
        #expect(members == ["a": "s:x\"y\\z/\né👍", "b": "n:-1.5e3", "c": "b:true", "d": "null", "e": "nested", "g": "b:false"])
        #expect(try scan("{}").get().isEmpty)
    }

    @Test(arguments: ["{\"a\":1", "{\"a\" 1}", "{\"a\":tru}", "{\"a\":\"\\x\"}", "{\"a\":\"line\nbreak\"}", "{\"a\":1} extra", "{\"a\":[1,2}", "{a:1}", "{\"a\":--}"])
    func malformedObjectsFail(text: String) {
        if case .success = scan(text) { Issue.record("accepted \(text)") }
    }

    @Test func agreesWithFoundationOnTheSampleFeed() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("SampleFeeds/live.jsonl"), encoding: .utf8)
        for line in text.split(separator: "\n") {
            let reference = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let ours = try scan(String(line)).get()
            #expect(Set(ours.keys) == Set(reference.keys))
            for (key, value) in reference {
                if let string = value as? String { #expect(ours[key] == "s:" + string) }
            }
        }
    }
}
