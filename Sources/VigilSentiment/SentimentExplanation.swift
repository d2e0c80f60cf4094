/// Why a text scored as it did: each word that carried sentiment, what it started as in the
/// lexicon, what it ended as, and which heuristics moved it.
public struct SentimentExplanation: Sendable, Equatable {
    public struct Word: Sendable, Equatable {
        public var word: String
        public var lexiconValence: Double
        public var finalValence: Double
        public var reasons: [String]
    }

    public var words: [Word]
    /// Added for `!` and `?` (in the direction of the sum).
    public var punctuationEmphasis: Double
    /// The lexicon rules' scores.
    public var scores: SentimentScores
    /// The learned model's reading (under `SentimentEngine.Model.auto`), which decides the label.
    public var model: SentimentModel.Explanation?

    /// One line per word, then the totals: what `vigil sentiment --explain` and the detail view show.
    public var lines: [String] {
        var out = words.map { word -> String in
            let reasons = word.reasons.isEmpty ? "" : ": " + word.reasons.joined(separator: ", ")
            return "\(word.word) \(Self.signed(word.lexiconValence)) → \(Self.signed(word.finalValence))\(reasons)"
        }
        if punctuationEmphasis > 0 { out.append("punctuation !/? \(Self.signed(punctuationEmphasis))") }
        out.append((model == nil ? "" : "lexicon ") + "compound \(Self.signed(scores.compound)) → \(scores.label.rawValue)")
        if let model { out += model.lines }
        return out
    }

    static func signed(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return (rounded > 0 ? "+" : "") + String(rounded)
    }

    static func build(words: [String], facts: TokenFacts, contrast: Int?, beforeContrast: [Double],
                      final: [Double], sarcastic: Bool = false, phrases: [Int: String], emphasis: Double, scores: SentimentScores) -> SentimentExplanation {
        var entries: [Word] = []
        for i in words.indices where final[i] != 0 || facts.valence[i] != nil {
            let base = facts.valence[i] ?? 0
            var reasons: [String] = []
            if let phrase = phrases[i] {
                reasons.append("idiom '\(phrase)'")
            } else {
                if sarcastic && base > 0 && beforeContrast[i] < 0 {
                    reasons.append("sarcasm (eye-roll emoji)")
                } else if base != 0 && beforeContrast[i] != 0 && (base > 0) != (beforeContrast[i] > 0) {
                    reasons.append("negated")
                }
                if base != 0 && beforeContrast[i] == 0 { reasons.append("cancelled") }
                for j in max(0, i - 3)..<i where facts.booster[j] != nil {
                    reasons.append((facts.booster[j]! > 0 ? "boosted by '" : "dampened by '") + words[j] + "'")
                }
                if facts.isUpper[i] && facts.capsDifferential && base != 0 { reasons.append("ALL CAPS") }
            }
            if let contrast, beforeContrast[i] != final[i] {
                reasons.append(i < contrast ? "before '\(words[contrast])' ×0.5" : "after '\(words[contrast])' ×1.5")
            }
            entries.append(Word(word: words[i], lexiconValence: base, finalValence: final[i], reasons: reasons))
        }
        return SentimentExplanation(words: entries, punctuationEmphasis: emphasis, scores: scores)
    }
}
