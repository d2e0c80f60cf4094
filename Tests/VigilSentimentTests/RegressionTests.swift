import Foundation
import Testing
import VigilCore
@testable import VigilSentiment

/// Scores and explanations of every analyzer (English, Spanish, German, French) on thousands of
/// generated texts that mix lexicon words, rule words (negations, boosters, contrasts, idioms,
/// elisions), capitals, punctuation, emoticons, emoji and odd spaces, compared with what the
/// analyzer gave when the fixture was recorded. It guards the heuristics' exact behaviour
/// through rewrites for speed. Record again (only for an intended change) with
/// `VIGIL_RECORD_SENTIMENT_REGRESSION=1 swift test --filter RegressionTests`.
@Suite struct RegressionTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Reference/regression-scores.tsv")

    static func analyzers() -> [(String, VADERAnalyzer)] {
        let engine = SentimentEngine()
        return [("en", engine.fallback)] + ["es", "de", "fr"].map { ($0, engine.analyzers[$0]!) }
    }

    /// Deterministic texts built from the analyzer's own vocabulary.
    static func texts(for analyzer: VADERAnalyzer, count: Int, seed: UInt64) -> [String] {
        var random = SeededGenerator(seed: seed)
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        let lexicon = analyzer.lexicon.valences.keys.sorted()
        let sampled = stride(from: 0, to: lexicon.count, by: max(1, lexicon.count / 400)).map { lexicon[$0] }
        let rules = analyzer.rules
        let ruleWords = Array(rules.negations).sorted() + rules.boosters.keys.sorted() + Array(rules.contrasts).sorted()
            + rules.specialCases.keys.sorted() + rules.elisions.map { $0 + "arnaque" }
            + ["no", "kind of", "least", "at least", "very least", "never so", "never this", "without doubt", "so", "this", "or", "nor", "isn't", "n't"]
        let fillers = ["the", "kettle", "el", "der", "le", "it", "is", "@Kettlebird", "#fail", "https://x.co/a", "123", "—", "l’arnaque", "J'adore"]
        let emoji = ["😡", "😍", "🙄", "🙃", "👍", "😭", "🤬", "❤️", "👍🏽", "🔥"]
        let emoticons = [":)", ":(", ":-D", ";)", "<3", ":/"]
        let tails = ["", "", "", ",", ".", "!", "!!", "?", "???", "…", ":", "'s", "!?"]
        let spaces = [" ", " ", " ", " ", "  ", "\t", "\u{00A0}", "\u{2003}", "\n"]
        return (0..<count).map { _ in
            var parts: [String] = []
            for _ in 0..<(1 + Int(random.next() % 12)) {
                var word: String
                switch random.next() % 10 {
                case 0...3: word = pick(sampled)
                case 4...6: word = pick(ruleWords)
                case 7: word = pick(fillers)
                case 8: word = pick(emoji)
                default: word = pick(emoticons)
                }
                switch random.next() % 6 {
                case 0: word = word.uppercased()
                case 1: word = word.prefix(1).uppercased() + word.dropFirst()
                default: break
                }
                parts.append(word + pick(tails))
            }
            var text = ""
            for (index, part) in parts.enumerated() { text += (index == 0 ? "" : pick(spaces)) + part }
            return random.next() % 8 == 0 ? " " + text + " " : text
        }
    }

    static func labelledTexts(_ language: String) -> [String] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Labelled/\(language)_labelled.tsv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in line.split(separator: "\t").last.map(String.init) }
    }

    static func lines() -> [String] {
        var out: [String] = []
        for (index, (language, analyzer)) in analyzers().enumerated() {
            let texts = labelledTexts(language) + Self.texts(for: analyzer, count: 2000, seed: 100 + UInt64(index))
            for (n, text) in texts.enumerated() {
                let s = analyzer.scores(text)
                var line = "\(language)\t\(n)\t\(s.compound)\t\(s.positive)\t\(s.neutral)\t\(s.negative)"
                if n % 10 == 0 { line += "\t" + analyzer.explain(text).lines.joined(separator: " | ") }
                out.append(line)
            }
        }
        return out
    }

    @Test func everyAnalyzerScoresAsRecorded() throws {
        let current = Self.lines()
        if ProcessInfo.processInfo.environment["VIGIL_RECORD_SENTIMENT_REGRESSION"] == "1" {
            try (current.joined(separator: "\n") + "\n").write(to: Self.fixture, atomically: true, encoding: .utf8)
            return
        }
        let recorded = try String(contentsOf: Self.fixture, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(current.count == recorded.count)
        var mismatches = 0
        for (now, then) in zip(current, recorded) where now != then {
            mismatches += 1
            if mismatches <= 10 { Issue.record("now:  \(now)\nthen: \(then)") }
        }
        #expect(mismatches == 0)
    }
}
