import Foundation
import Testing
import VigilCore
@testable import VigilEngine

/// The hand-written export JSON must be what JSONSerialization (sorted keys, slashes as they
/// are) writes for the same record, byte for byte.
@Suite struct ExportJSONTests {
    static func serialized(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]), as: UTF8.self)
    }

    @Test func recordsAreWrittenAsJSONSerializationWritesThem() throws {
        var random = SeededGenerator(seed: 5)
        let pieces = ["a", "é", "☕", "👩‍💻", "\"", "\\", "/", "\n", "\t", "\u{0}", "\u{8}", "\u{C}", "\u{1F}", "\u{7F}", " ", "https://x.com/a?b=1&c", "“"]
        func text() -> String { (0..<Int(random.next() % 6)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined() }
        let scores: [Double] = [0, 1, -1, 0.5, 0.6369, -0.4404, 0.1 + 0.2, 123.456, 1e-5]
        for n in 0..<300 {
            let mention = Mention(
                id: MentionID(platform: [.x, .reddit, .forum][n % 3], nativeID: "\(n)" + text()),
                author: Author(handle: text(), displayName: n % 2 == 0 ? text() : nil, followers: n % 3 == 0 ? nil : Int(random.next() % 1_000_000), verified: n % 5 == 0),
                createdAt: Date(timeIntervalSince1970: 1_795_255_200 + Double(n) * 61.25), text: text(), url: n % 4 == 0 ? nil : "https://example.com/" + text(),
                kind: .comment, parentID: n % 3 == 0 ? text() : nil, language: n % 2 == 0 ? "es" : nil,
                metrics: Metrics(likes: n % 2 == 0 ? n : nil, shares: 7, views: n % 7 == 0 ? 1_000_000_000_000 : nil),
                sentiment: Sentiment(label: .negative, score: scores[n % scores.count], source: n % 2 == 0 ? .analyzer : .feed(raw: text())),
                flags: RuleFlags(tags: n % 2 == 0 ? [text(), "crisis"] : [], assignee: n % 3 == 0 ? text() : nil))
            var triage = Triage(status: .delegated, department: n % 2 == 0 ? "Support" : nil, tags: n % 3 == 0 ? [text()] : [])
            triage.assignee = n % 4 == 0 ? "@ana" : nil
            for object in [MentionExport.values(mention), MentionExport.values(mention, triage: n % 2 == 0 ? triage : nil)] {
                let written = try #require(ExportJSON.object(object))
                let expected = try Self.serialized(object)
                // Where they part, not the whole records.
                let common = zip(written.unicodeScalars, expected.unicodeScalars).prefix { $0 == $1 }.count
                #expect(written == expected, "at \(common): \(String(written.unicodeScalars.dropFirst(max(0, common - 20)).prefix(40))) vs \(String(expected.unicodeScalars.dropFirst(max(0, common - 20)).prefix(40)))")
            }
        }
    }

    @Test func aValueOfAnotherTypeIsLeftToJSONSerialization() throws {
        #expect(ExportJSON.object(["a": Double.nan]) == nil)
        #expect(ExportJSON.object(["a": [1, 2]]) == nil)
        #expect(MentionExport.json(["b": [1, 2], "a": "x"]) == "{\"a\":\"x\",\"b\":[1,2]}")
    }
}

/// Export times are written by hand: the same text as ISO8601DateFormatter's.
@Suite struct ExportTimeTests {
    @Test func timesAreWrittenAsTheISOFormatterWritesThem() {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        var random = SeededGenerator(seed: 9)
        var dates = [0, 1_795_255_200, 1_795_255_200.5, 1_795_255_200.123, 1_795_255_200.9996, 951_782_400, 4_102_444_799.999].map(Date.init(timeIntervalSince1970:))
        for _ in 0..<2_000 { dates.append(Date(timeIntervalSince1970: Double(random.next() % 4_000_000_000_000) / 1000 + Double(random.next() % 1000) / 1e6)) }
        for date in dates {
            #expect(MentionExport.iso8601(date) == formatter.string(from: date), "\(date.timeIntervalSince1970)")
        }
    }
}
