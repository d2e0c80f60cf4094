import Foundation
import Testing
import VigilCore

@Suite struct JSONTextTests {
    /// Every literal reads back as the text it came from, whatever characters the text holds.
    @Test func literalsRoundTripThroughAJSONParser() throws {
        var texts = ["", "plain", "say \"hi\"", "back\\slash", "line\nbreak\r\ttab", "café 👍🏽 ñ", "\u{1B}[2J\u{07}\u{0}", "/slash"]
        texts += (0..<128).map { "a" + String(UnicodeScalar(UInt8($0))) + "b" }
        for text in texts {
            let literal = JSONText.quoted(text)
            let parsed = try JSONSerialization.jsonObject(with: Data(literal.utf8), options: .fragmentsAllowed) as? String
            #expect(parsed == text, "\(literal)")
            #expect(!literal.unicodeScalars.dropFirst().dropLast().contains { $0.value < 0x20 }, "no raw control character in \(literal)")
        }
        #expect(JSONText.quoted("a\u{1}\"") == "\"a\\u0001\\\"\"")
    }
}
