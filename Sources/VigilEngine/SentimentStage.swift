import VigilCore
import VigilSentiment

/// Gives every mention a sentiment: a feed-provided one is kept (with its source); otherwise
/// Vigil's analyzer scores the text.
public struct SentimentStage: Sendable {
    public var analyzer: VADERAnalyzer

    public init(analyzer: VADERAnalyzer = VADERAnalyzer()) {
        self.analyzer = analyzer
    }

    public func apply(to mentions: inout [Mention]) {
        for index in mentions.indices where mentions[index].sentiment == nil {
            let scores = analyzer.scores(mentions[index].text)
            mentions[index].sentiment = Sentiment(label: scores.label, score: scores.compound, source: .analyzer)
        }
    }
}
