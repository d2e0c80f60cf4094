import Testing
@testable import VigilSentiment

/// One case per VADER heuristic; expected values are vaderSentiment 3.3.2's own outputs.
@Suite struct HeuristicTests {
    let analyzer = VADERAnalyzer()

    @Test(arguments: [
        ("The book was good.", 0.4404),                                          // lexicon valence
        ("The book was not good.", -0.3412),                                     // negation
        ("The book was very good.", 0.4927),                                     // booster
        ("The book was kind of good.", 0.3832),                                  // dampener ("kind of")
        ("The book was GOOD!!!", 0.6714),                                        // ALL CAPS + "!"
        ("The plot was good, but the characters are uncompelling.", -0.1027),   // contrast
        ("At least it is not a horrible book.", 0.431),                          // "least", negated negative
        ("Make sure you :) or :D today!", 0.8633),                               // emoticons
        ("😍😍", 0.7184),                                                         // emoji descriptions
        ("😡", 0.0),                                                              // "pouting face" has no valence in VADER
        ("no problem", 0.3089),                                                  // "no" before a lexicon word
        ("Kettlebird is the shit", 0.6124),                                      // special case idiom
        ("Not bad at all", 0.431),
        ("good good but bad bad", -0.8225),                                      // list.index quirk on repeated values
    ])
    func matchesReference(text: String, compound: Double) {
        #expect(analyzer.scores(text).compound == compound, "\(text)")
    }

    @Test func emptyAndWhitespaceAreNeutral() {
        #expect(analyzer.scores("") == .zero)
        #expect(analyzer.scores("   \t ").label == .neutral)
    }

    @Test func labelsUseTheStandardThresholds() {
        #expect(SentimentScores(negative: 0, neutral: 1, positive: 0, compound: 0.05).label == .positive)
        #expect(SentimentScores(negative: 0, neutral: 1, positive: 0, compound: 0.0499).label == .neutral)
        #expect(SentimentScores(negative: 0, neutral: 1, positive: 0, compound: -0.05).label == .negative)
    }
}
