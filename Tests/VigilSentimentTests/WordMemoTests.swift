import Testing
@testable import VigilSentiment

/// The word memo is a pure cache: every analyzer scores and explains exactly as it does
/// without one, on first sight of a word and on later ones, and from several threads at once.
@Suite struct WordMemoTests {
    static func pairs() -> [(String, memoized: VADERAnalyzer, plain: VADERAnalyzer)] {
        RegressionTests.analyzers().map { name, analyzer in
            (name, analyzer, VADERAnalyzer(lexicon: analyzer.lexicon, rules: analyzer.rules, memoizeWords: false))
        }
    }

    @Test func sameScoresAndExplanationsWithAndWithoutTheMemo() {
        for (name, memoized, plain) in Self.pairs() {
            let texts = RegressionTests.texts(for: plain, count: 1500, seed: 99)
            for pass in 0..<2 {
                for text in texts {
                    #expect(memoized.scores(text) == plain.scores(text), "\(name) pass \(pass): \(text.debugDescription)")
                }
            }
            for text in texts.prefix(200) {
                #expect(memoized.explain(text) == plain.explain(text), "\(name): \(text.debugDescription)")
            }
        }
    }

    @Test func sameScoresFromSeveralThreadsSharingOneAnalyzer() async {
        let (_, memoized, plain) = Self.pairs()[0]
        let texts = RegressionTests.texts(for: plain, count: 800, seed: 7)
        let expected = texts.map { plain.scores($0) }
        let results = await withTaskGroup(of: [SentimentScores].self) { group in
            for _ in 0..<4 { group.addTask { texts.map { memoized.scores($0) } } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        for result in results { #expect(result == expected) }
    }
}
