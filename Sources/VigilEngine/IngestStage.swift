import VigilCore
import VigilRules

/// The one stage every entry point runs decoded mentions through: each gets its sentiment (the
/// feed's, else Vigil's analyzer in the feed's or the guessed language), then the item rules'
/// flags, and, for a live screen, the window rules' counts. `vigil import`, the dashboard's and
/// the ops screen's file and pipe followers, `vigil watch` and `vigil export FEED` all use it,
/// so a mention is scored and flagged the same whichever way it came in.
public struct IngestStage {
    public var sentiment: SentimentStage
    /// Flags each mention (and counts it into the window rules when `countsWindows`).
    public var rules: RulesEngine?
    /// False when only the item rules' flags are wanted (`vigil import`: nobody reads the
    /// alerts, and counting a million mentions into windows costs time and memory for nothing).
    public var countsWindows: Bool

    public init(sentiment: SentimentStage = SentimentStage(), rules: RulesEngine? = nil, countsWindows: Bool = true) {
        self.sentiment = sentiment
        self.rules = rules
        self.countsWindows = countsWindows
    }

    public func run(_ batch: inout [Mention]) {
        sentiment.apply(to: &batch)
        guard let rules else { return }
        if countsWindows { batch = rules.process(batch) } else { rules.flag(&batch) }
    }
}
