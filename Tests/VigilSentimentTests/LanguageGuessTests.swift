import Foundation
import Testing
@testable import VigilSentiment

@Suite struct LanguageGuessTests {
    @Test(arguments: [
        ("My kettle is broken and the app is useless", "en"),
        ("¿Dónde compro filtros para la Kettlebird Mini?", "es"),
        ("La tapa se rompió y nadie responde", "es"),
        ("Der Deckel ist kaputt und die App geht nicht", "de"),
        ("Wie verbinde ich die App mit dem Wasserkocher?", "de"),
        ("Le couvercle est cassé et le service client ne répond pas", "fr"),
        ("Comment régler la température sur la bouilloire ?", "fr"),
        ("ME ENCANTA EL KETTLEBIRD!!!", "es"),
        ("KETTLEBIRD C’EST GÉNIAL !!!", "fr"),
        ("Rückerstattung bitte, schon wieder kaputt", "de"),
        ("@kettlebird_es #fail https://t.co/AbC la tapa se rompió otra vez", "es"),
        ("Il prodotto è arrivato rotto e nessuno risponde", "other"),
        ("O produto chegou quebrado e ninguém responde", "other"),
        ("Чайник сломался через неделю", "other"),
    ])
    func guessesTheLanguage(text: String, language: String) {
        #expect(LanguageGuess.guess(text) == language)
    }

    @Test(arguments: ["😍😍", "Kettlebird!!!", "ok", "", "@kettlebird #kettlebird https://example.com/la/de/el/der", "1800 W, 79 €"])
    func tooLittleToGoOnIsNil(text: String) {
        #expect(LanguageGuess.guess(text) == nil)
    }

    @Test func handlesAndHashtagsAreNotWords() {
        // "the" as a handle or a hashtag says nothing about the text's language.
        #expect(LanguageGuess.guess("@the @and #the #and") == nil)
        #expect(LanguageGuess.guess("@c'est_la_vie #l'été @más_que") == nil, "apostrophes and accents inside handles")
        #expect(LanguageGuess.guess("Der Deckel @the_and_is ist kaputt und die App geht nicht") == "de")
    }

    @Test func confidenceFallsWithMixedEvidence() {
        let clear = LanguageGuess.identify("Der Deckel ist kaputt und die App geht nicht")
        let mixed = LanguageGuess.identify("Der Deckel ist kaputt and the app is not working")
        #expect(clear.confidence > mixed.confidence)
        #expect(clear.confidence > 0.5)
    }

    @Test func truncatedMultiByteSequencesAreSafe() {
        let bytes: [UInt8] = [0x6C, 0x61, 0x20, 0xC3]  // "la " and half an "é"
        _ = bytes.withUnsafeBufferPointer { LanguageGuess.identify($0) }
        let tail: [UInt8] = [0xE2, 0x80]
        _ = tail.withUnsafeBufferPointer { LanguageGuess.identify($0) }
    }

    /// Held-out short sentences (Tatoeba, CC BY 2.0 FR; see Language/SOURCES.md), not used to
    /// build the tables: the guesser was tuned on another split.
    @Test func heldOutShortTexts() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Language/short_texts.tsv")
        var right: [String: Int] = [:], total: [String: Int] = [:], answered = 0, answeredRight = 0
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let language = String(parts[0])
            let guess = LanguageGuess.guess(String(parts[1]))
            total[language, default: 0] += 1
            // For another language, "unsure" is as good as "other": neither picks Vigil's four.
            if guess == language || (language == "other" && guess == nil) { right[language, default: 0] += 1 }
            if let guess, language != "other" || guess == "other" || ["en", "es", "de", "fr"].contains(guess) {
                answered += 1
                if guess == language { answeredRight += 1 }
            }
        }
        for language in ["en", "es", "de", "fr"] {
            let accuracy = Double(right[language, default: 0]) / Double(total[language, default: 1])
            #expect(accuracy >= 0.92, "\(language): \(accuracy)")
        }
        let other = Double(right["other", default: 0]) / Double(total["other", default: 1])
        #expect(other >= 0.70, "other or unsure: \(other)")
        #expect(Double(answeredRight) / Double(answered) >= 0.90, "precision when it answers")
    }

    @Test func feedLanguageCodesAreNormalized() {
        #expect(SentimentEngine.code("ES") == "es")
        #expect(SentimentEngine.code("es-MX") == "es")
        #expect(SentimentEngine.code("Deutsch") == "de")
        #expect(SentimentEngine.code("ja") == nil)
        #expect(SentimentEngine.code("esperanto") == nil)
    }
}
