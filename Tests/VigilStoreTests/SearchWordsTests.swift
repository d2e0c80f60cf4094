import Foundation
import Testing
import VigilCore
@testable import VigilPostgres
@testable import VigilStore

/// The byte-by-byte folding for Latin text gives what the definition (Foundation's folding,
/// then letters and digits by grapheme cluster) gives, or steps aside.
struct SearchWordsTests {
    static let pool: [String] = [
        "a", "Z", "k", "7", " ", ".", ",", "!", "?", "'", "-", "_", "@", "#", "\n", "\t",
        "é", "É", "ñ", "Ñ", "ü", "Ü", "ö", "ß", "ç", "à", "ê", "ï", "œ", "Œ", "æ", "ø", "å", "ł", "ř", "ő", "ǅ", "ȷ",
        "¡", "¿", "«", "»", "°", "²", "½", "€", "£", "\u{A0}", "\u{AD}", "ª", "º", "µ",
        "☕", "🔥", "😡", "👍🏽", "❤️", "🇫🇷", "1️⃣", "👩‍💻", "™", "…", "—", "“", "”", "→", "★", "✓",
        "e\u{301}", "\u{301}", "\u{FE0F}", "\u{200D}", "Ω", "Ⅻ", "①", "ｋ", "ﬁ", "кот", "東京", "ğ", "İ", "ı",
        // Found in review: a skin tone after a letter, prepended and letter-like marks, CR LF.
        "🏻", "\u{0600}", "\u{0345}", "\u{0363}", "\u{0D4E}", "\\", ":", "\r\n", "\u{E0067}",
    ]

    @Test func theLatinFoldingGivesTheDefinitionsAnswer() {
        var random = SeededGenerator(seed: 42)
        var fast = 0
        for _ in 0..<20_000 {
            let count = Int(random.next() % 12) + 1
            let text = (0..<count).map { _ in Self.pool[Int(random.next() % UInt64(Self.pool.count))] }.joined()
            let expected = SearchWords.foldedByCharacters(text)
            #expect(SearchWords.folded(text) == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            var copy = text
            if copy.withUTF8({ SearchWords.foldedLatin($0) }) != nil { fast += 1 }
        }
        // Most generated texts (and nearly all real posts in en/es/de/fr) take the fast way.
        #expect(fast > 5_000)
    }

    @Test func wordsInTheLanguagesOfTheFeeds() {
        #expect(SearchWords.folded("Der Wasserkocher ist KAPUTT!!! 😡 Rückerstattung?") == "der wasserkocher ist kaputt ruckerstattung")
        #expect(SearchWords.folded("¿Dónde está mi pedido? #envío") == "donde esta mi pedido envio")
        #expect(SearchWords.folded("Très déçue… la bouilloire fuit 💧") == "tres decue la bouilloire fuit")
        #expect(SearchWords.folded("Straße") == SearchWords.foldedByCharacters("Straße"))
        for text in ["a🏻", "\u{0600}123", "\u{0345}abc", "\u{0363}x", "ab \u{0345}c"] {
            #expect(SearchWords.folded(text) == SearchWords.foldedByCharacters(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// The tsvector literal the PostgreSQL store sends: the text's words, then the author's,
    /// numbered in order; fields around it escaped as COPY wants.
    @Test func theSearchLiteralNumbersTheWordsOfTextAndAuthor() {
        var buffer = CopyBuffer()
        buffer.field("a\tb\\")
        buffer.lexemes(SearchWords.folded("Kettle LID broke"), SearchWords.folded("@Bea_99"))
        buffer.lexemes("", "")
        buffer.field(nil as String?)
        buffer.endRow()
        #expect(String(decoding: buffer.bytes, as: UTF8.self) == "a\\tb\\\\\tkettle:1 lid:2 broke:3 bea:4 99:5\t\t\\N\n")
    }

    /// A word holding what a literal cannot take bare is quoted (quote and backslash doubled),
    /// then escaped for COPY; an overlong one is cut at a character's edge.
    @Test func wordsALiteralCannotTakeBareAreQuoted() {
        var buffer = CopyBuffer()
        buffer.lexemes("\u{0D4E}\\0 it's", "é" + String(repeating: "é", count: 1_100))
        buffer.endRow()
        let literal = String(decoding: buffer.bytes, as: UTF8.self)
        #expect(literal.hasPrefix("'\u{0D4E}\\\\\\\\0':1 'it''s':2 "))
        let long = literal.split(separator: " ").last!.split(separator: ":").first!
        #expect(long.utf8.count == 2_046 && long.allSatisfy { $0 == "é" })
    }
}
