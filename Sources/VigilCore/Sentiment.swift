/// Polarity of a mention, as shown in panes and keyed on by rules.
public enum SentimentLabel: String, Sendable, Hashable, CaseIterable {
    case positive, neutral, negative, unknown

    /// Parses labels as listening tools write them, in en/es/de/fr, or a signed score.
    public init?(feedValue: String) {
        let value = feedValue.feedKey
        if value.isEmpty { return nil }
        if let label = SentimentLabel.words[value] { self = label; return }
        if let number = Double(value) ?? Double(value.replacingOccurrences(of: ",", with: ".")) {
            self = number > 0.05 ? .positive : (number < -0.05 ? .negative : .neutral)
            return
        }
        return nil
    }

    private static let words: [String: SentimentLabel] = [
        "positive": .positive, "pos": .positive, "positivo": .positive, "positiva": .positive,
        "positiv": .positive, "positif": .positive, "positives": .positive,
        "negative": .negative, "neg": .negative, "negativo": .negative, "negativa": .negative,
        "negativ": .negative, "négatif": .negative, "negatif": .negative, "négative": .negative,
        "neutral": .neutral, "neu": .neutral, "neutro": .neutral, "neutra": .neutral, "neutre": .neutral,
        "mixed": .neutral, "mixto": .neutral, "gemischt": .neutral, "mitigé": .neutral,
        "unknown": .unknown, "n/a": .unknown, "none": .unknown,
    ]
}

/// Where a sentiment came from: the feed itself (kept verbatim) or Vigil's analyzer.
public enum SentimentSource: Sendable, Hashable {
    case feed(raw: String)
    case analyzer
}

/// Fields in this order (one-byte label last) keep it at 48 bytes in every mention, not 56.
public struct Sentiment: Sendable, Hashable {
    public var source: SentimentSource
    /// The language the analyzer guessed from the text, when the feed gave none.
    public var guessedLanguage: String?
    /// Compound score in -1...1 when known.
    public var score: Double?
    public var label: SentimentLabel

    public init(label: SentimentLabel, score: Double? = nil, source: SentimentSource, guessedLanguage: String? = nil) {
        self.label = label
        self.score = score
        self.source = source
        self.guessedLanguage = guessedLanguage
    }

    /// A feed-provided value, if the feed's text can be understood.
    public init?(feedValue: String) {
        guard let label = SentimentLabel(feedValue: feedValue) else { return nil }
        let trimmed = feedValue.trimmedASCIIWhitespace
        self.init(label: label, score: Double(trimmed), source: .feed(raw: trimmed))
    }
}
