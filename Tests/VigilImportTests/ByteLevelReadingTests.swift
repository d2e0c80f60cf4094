import Foundation
import Testing
import VigilCore
@testable import VigilImport

/// The import hot path works on bytes; these check it against the string-based reference.
@Suite struct ByteLevelReadingTests {
    @Test func utf8ValidationAgreesWithTheStandardLibrary() {
        var generator = SeededGenerator(seed: 7)
        let pieces: [[UInt8]] = [
            Array("plain ascii text ".utf8), Array("é".utf8), Array("€".utf8), Array("👍".utf8),
            [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF8],
            [0xE2, 0x82], [0x80], [0xC3], [0xEF, 0xBF, 0xBD], [0xF0, 0x9F, 0x98],
        ]
        for _ in 0..<2000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(generator.next() % 12) { bytes += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            let actual = bytes.withUnsafeBytes { UTF8Validation.isValid($0) }
            #expect(actual == expected, "\(bytes)")
            if #available(macOS 26, *) {
                let string = bytes.withUnsafeBufferPointer { UTF8Validation.string($0) }
                #expect(string == (expected ? String(decoding: bytes, as: UTF8.self) : nil), "\(bytes)")
            }
        }
        // Every length around the 8- and 32-byte steps, ASCII only and with a trailing é.
        for length in 0...70 {
            let ascii = [UInt8](repeating: 0x61, count: length)
            #expect(ascii.withUnsafeBytes { UTF8Validation.isValid($0) })
            #expect((ascii + [0xC3, 0xA9]).withUnsafeBytes { UTF8Validation.isValid($0) })
            #expect(!(ascii + [0xC3]).withUnsafeBytes { UTF8Validation.isValid($0) })
        }
    }

    @Test(arguments: ["0", "42", "-7", "1250", "1,250", "12k", "1.2M", "007", "123456789012345678", "1234567890123456789", "abc", "1-2", "-"])
    func byteCountsMatchStringCounts(text: String) {
        var text = text
        let fromBytes = text.withUTF8 { NumberParser.count(bytes: $0) }
        #expect(fromBytes == NumberParser.count(text))
    }

    @Test func remembersLowCardinalityValuesWithoutMixingThemUp() throws {
        // Same bytes, same answer; different bytes that share a prefix or length stay apart.
        let csv = """
        id,created_at,platform,kind,lang,sentiment,verified,author
        1,2026-11-21T10:00:00Z,Twitter,comment,EN,Negativo,yes,@ana
        2,2026-11-21T10:00:00Z,twitter,reply,en,positive,no,bob
        3,2026-11-21T10:00:00Z,Twitter,comment,EN,Negativo,yes,@ana
        4,2026-11-21T10:00:00Z,instagram-stories,review,fr,-0.8,,cat
        5,2026-11-21T10:00:00Z,instagram-storiez,review,fr,0.8,,cat
        """
        let result = try FeedReader().read(data: Data(csv.utf8), path: "feed.csv")
        let m = result.mentions
        #expect(result.issues.isEmpty && m.count == 5)
        #expect(m.map(\.platform.rawValue) == ["x", "x", "x", "instagram-stories", "instagram-storiez"])
        #expect(m.map(\.kind) == [.comment, .reply, .comment, .review, .review])
        #expect(m.map(\.language) == ["en", "en", "en", "fr", "fr"])
        #expect(m.map(\.sentimentLabel) == [.negative, .positive, .negative, .negative, .positive])
        #expect(m.map(\.author.verified) == [true, false, true, false, false])
        #expect(m.map(\.author.handle) == ["ana", "bob", "ana", "cat", "cat"])
    }

    @Test func quotedFieldsKeepTheirTextAcrossRecords() throws {
        let csv = "id,created_at,text\n1,2026-11-21T10:00:00Z,\"say \"\"hi\"\", ok\"\n2,2026-11-21T10:00:00Z,\"two\nlines\"\n3,2026-11-21T10:00:00Z,plain\n"
        let result = try FeedReader().read(data: Data(csv.utf8), path: "feed.csv")
        #expect(result.mentions.map(\.text) == ["say \"hi\", ok", "two\nlines", "plain"])
    }

    @Test func jsonLinesWithEscapesKeysInAnyOrderAndRenderedValues() throws {
        let jsonl = """
        {"id":"1","created_at":"2026-11-21T10:00:00Z","text":"caf\\u00e9 \\"ok\\"","likes":3,"verified":true}
        {"likes":"1.2k","text":"second","created_at":1795255200,"id":2,"verified":false}
        {"Full Text":"third","id":"3","created_at":"2026-11-21T10:00:00Z","followers":1e3}
        """
        let result = try FeedReader().read(data: Data(jsonl.utf8), path: "feed.jsonl")
        #expect(result.issues.isEmpty)
        #expect(result.mentions.map(\.text) == ["café \"ok\"", "second", "third"])
        #expect(result.mentions.map(\.metrics.likes) == [3, 1200, nil])
        #expect(result.mentions.map(\.author.verified) == [true, false, false])
        #expect(result.mentions.map(\.id.nativeID) == ["1", "2", "3"])
        #expect(result.mentions[2].author.followers == 1000)
    }
}
