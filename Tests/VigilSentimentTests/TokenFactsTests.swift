import Testing
@testable import VigilSentiment

/// The byte-level word facts (lookup id, `isupper()`, "n't") must equal the String path they
/// shortcut (`lowercased()`, scalar properties) for every character they accept.
@Suite struct TokenFactsTests {
    let analyzer = SentimentEngine().analyzers["fr"]!

    func stringFacts(_ word: String) -> (Int32, Bool, Bool) {
        let lower = word.lowercased()
        return (analyzer.table.id(lower), VADERAnalyzer.isUpper(word), TokenFacts.containsNT(lower))
    }

    @Test func byteFactsEqualStringFacts() {
        var ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0x80...0x17F, 0x2000...0x206F, 0x20A0...0x20CF, 0x2600...0x27BF,
                                             0xFE00...0xFE0F, 0x1F100...0x1F6FF, 0x1F900...0x1F9FF]
        ranges.append(0x1F1E0...0x1F1FF)
        var accepted = 0
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                for word in ["\(scalar)", "A\(scalar)b", "coeur\(scalar)", "ÉTÉ\(scalar)", "can\(scalar)n't", "cœur", "CŒUR", "déçue"] {
                    var bytes = word
                    let fast = bytes.withUTF8 { VADERAnalyzer.latinFacts($0, table: analyzer.table) }
                    guard let fast else { continue }
                    accepted += 1
                    let slow = stringFacts(word)
                    #expect(fast.0 == slow.0 && fast.1 == slow.1 && fast.2 == slow.2, "\(word) U+\(String(value, radix: 16))")
                }
            }
        }
        #expect(accepted > 10_000)
    }

    /// Tokens live in a buffer of half the text's length: the densest texts still keep every word.
    @Test func theDensestTextsKeepTheirLastWord() {
        let english = SentimentEngine().fallback
        for text in ["a b c d e f g h good", "x y z bad", "good", "a good", ": ) good"] {
            let words = english.explain(text).words.map(\.word)
            #expect(words.last == text.split(separator: " ").last.map(String.init), "\(text)")
        }
        let french = analyzer.explain("l'ab d'ab l'ab j'ab l'arnaque")
        #expect(french.words.map(\.word) == ["arnaque"])
    }
}
