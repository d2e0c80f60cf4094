import Foundation
import VigilCore
@testable import VigilRules

enum RuleFixtures {
    static let t0 = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18 (a Wednesday), 06:13:20Z

    static func rules(_ yaml: String) throws -> RuleSet {
        try RuleFileParser.parse(yaml, file: "test.yaml")
    }

    static func mention(
        _ id: String, at minutes: Double = 0, text: String = "hello", platform: Platform = .x, author: String = "someone",
        followers: Int? = 100, verified: Bool = false, kind: MentionKind = .post, language: String? = "en",
        sentiment: SentimentLabel? = .neutral, likes: Int? = nil, shares: Int? = nil, replies: Int? = nil, parent: String? = nil
    ) -> Mention {
        Mention(id: MentionID(platform: platform, nativeID: id), author: Author(handle: author, followers: followers, verified: verified),
                createdAt: t0.addingTimeInterval(minutes * 60), text: text, kind: kind, parentID: parent, language: language,
                metrics: Metrics(likes: likes, shares: shares, replies: replies),
                sentiment: sentiment.map { Sentiment(label: $0, source: .analyzer) })
    }

    /// `count` mentions spread evenly over `minutes`, starting at `start`.
    static func series(_ prefix: String, count: Int, from start: Double, over minutes: Double, text: String = "hello",
                       sentiment: SentimentLabel = .neutral) -> [Mention] {
        (0..<count).map { i in
            mention("\(prefix)\(i)", at: start + minutes * Double(i) / Double(max(count, 1)), text: text, author: "\(prefix)\(i % 7)", sentiment: sentiment)
        }
    }

    static func matchedRules(_ rules: RuleSet, _ mention: Mention) -> [String] {
        let evaluator = ItemEvaluator(rules: rules)
        var one = [mention]
        evaluator.apply(to: &one)
        return one[0].flags?.reasons.map(\.ruleID) ?? []
    }
}
