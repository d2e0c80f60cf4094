import VigilCore
import VigilSentiment

/// Gives every mention a sentiment: a feed-provided one is kept (with its source); otherwise
/// Vigil's analyzer scores the text with the rules of the feed's language, or of a guessed one.
public struct SentimentStage: Sendable {
    public var engine: SentimentEngine

    public init(engine: SentimentEngine = SentimentEngine()) {
        self.engine = engine
    }

    public func apply(to mentions: inout [Mention]) {
        for index in mentions.indices where mentions[index].sentiment == nil {
            let result = engine.analyze(mentions[index].text, language: mentions[index].language)
            let guessed = result.languageSource == .guessed ? result.language : nil
            mentions[index].sentiment = Sentiment(label: result.scores.label, score: result.scores.compound, source: .analyzer,
                                                  guessedLanguage: guessed)
        }
    }
}
