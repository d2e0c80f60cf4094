import Foundation
import Testing
import VigilCore
@testable import VigilRules

/// The byte-level fingerprint of ASCII text hashes exactly what the general one builds.
@Suite struct TextFingerprintTests {
    @Test func asciiFastPathAgreesWithTheWords() throws {
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
        for text in texts {
            let general = TextFingerprint.hash(TextFingerprint.words(of: text).utf8)
            if let fast = TextFingerprint.asciiHash(of: text) {
                #expect(fast == general, "\(text.debugDescription)")
            } else {
                #expect(text.unicodeScalars.contains { $0.value >= 0x80 || ($0.value < 0x20 && !(0x09...0x0D).contains($0.value)) || $0.value == 0x7F }, "\(text.debugDescription)")
            }
        }
        #expect(TextFingerprint.asciiHash(of: "Boycott Kettlebird now!!") != nil)
        #expect(TextFingerprint.group(of: "Boycott Kettlebird now!! 😡") == TextFingerprint.group(of: "boycott KETTLEBIRD now"))
    }
}
