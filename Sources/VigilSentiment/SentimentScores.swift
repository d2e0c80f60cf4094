import VigilCore

/// VADER's four scores: proportions of negative, neutral and positive text, and the
/// normalized compound in -1…1 that labels are read from.
public struct SentimentScores: Equatable, Sendable {
    public var negative: Double
    public var neutral: Double
    public var positive: Double
    public var compound: Double

    public init(negative: Double, neutral: Double, positive: Double, compound: Double) {
        self.negative = negative
        self.neutral = neutral
        self.positive = positive
        self.compound = compound
    }

    public static let zero = SentimentScores(negative: 0, neutral: 0, positive: 0, compound: 0)

    /// Positive above +0.05, negative below -0.05 (VADER's recommended thresholds).
    public var label: SentimentLabel {
        compound >= 0.05 ? .positive : (compound <= -0.05 ? .negative : .neutral)
    }
}
