import Foundation
import Testing
import VigilCore
@testable import VigilRules

/// The fingerprint worked out scalar by scalar hashes exactly the words `words(of:)` builds.
@Suite struct TextFingerprintTests {
    @Test func theHashIsThatOfTheWords() throws {
        var texts = [
            "Boycott Kettlebird now!! 😡", "boycott kettlebird now", "BOYCOTT   kettlebird\tNOW", "  leading and trailing  ",
            "see https://x.co/abc and @kettlebird #fail www.example.com Www.Shop.com wwwx", "HTTP caps link HTTPS://A.B",
            "1 2 3 4", "", "one two three four five six seven eight nine ten eleven twelve thirteen fourteen",
            "a-b c_d e'f g.h", "line one\r\nline two\nthree", "tab\tand\u{0B}vertical\u{0C}feed", "@only #tags http://x",
            "don't stop-believing 2day", "x\u{01}control", "café crème", "ñandú", "\u{7F}del",
        ]
        var random = SeededGenerator(seed: 42)
        let alphabet = Array("abcXYZ 19@#h t p w.!?\t\n-'")
        for _ in 0..<500 {
            texts.append(String((0..<Int.random(in: 0..<60, using: &random)).map { _ in alphabet.randomElement(using: &random)! }))
        }
        // Real posts in four languages, with accents, capitals, emoji and line breaks.
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("SampleFeeds")
        for file in ["mentions.csv", "live.jsonl"] {
            texts += try String(contentsOf: samples.appendingPathComponent(file), encoding: .utf8).split(separator: "\n").map(String.init)
        }
        texts += ["ÉCOLE Ünïcode ÑANDÚ İstanbul ẞTRASSE", "Ｆｕｌｌｗｉｄｔｈ", "tab\u{00A0}nbsp\u{2003}em space", "ΑΘΗΝΑ Σ", "emoji👍🏽in🇪🇸word"]
        let scalars: [Unicode.Scalar] = ["a", "É", "ß", "İ", " ", "\u{00A0}", "\u{0301}", "😀", "#", "@", "h", "t", "p", "w", ".", "Σ"]
        for _ in 0..<500 {
            texts.append(String(String.UnicodeScalarView((0..<Int.random(in: 0..<40, using: &random)).map { _ in scalars.randomElement(using: &random)! })))
        }
        for text in texts {
            #expect(TextFingerprint.hash(ofWordsIn: text) == TextFingerprint.hash(TextFingerprint.words(of: text).utf8), "\(text.debugDescription)")
        }
        #expect(TextFingerprint.group(of: "Boycott Kettlebird now!! 😡") == TextFingerprint.group(of: "boycott KETTLEBIRD now"))
    }
}
