import Foundation
import Testing
import VigilCore
@testable import VigilRules

/// The window engine keeps its counts incrementally (new versions replace old ones, late data
/// re-opens swept windows, cached runs and alerts are reused). Whatever the path, the alerts
/// must equal those of a fresh engine fed only the final versions, in time order, at once.
@Suite struct WindowIncrementalTests {
    static let yaml = """
    lists:
      crisis: {en: [recall, data breach, boycott], es: [retirada], de: [rückruf], fr: [rappel]}
    rules:
      - id: tagger
        match: {text: [$crisis]}
        actions: {tags: [crisis]}
      - id: crisis-burst
        severity: critical
        window: {type: count, over: 10m, min: 4, where: {text: [$crisis]}}
        summary: "{count} crisis mentions in {window}"
      - id: repeat-author
        severity: medium
        window: {type: count, over: 1h, min: 3, group_by: author, where: {sentiment: negative}}
      - id: per-tag
        severity: low
        window: {type: count, over: 30m, min: 3, group_by: tag}
      - id: per-platform
        severity: low
        window: {type: count, over: 15m, min: 6, group_by: platform}
      - id: volume-spike
        severity: high
        window: {type: spike, over: 10m, baseline: 2h, min_count: 8, min_ratio: 2, min_z: 2}
      - id: negative-share
        severity: high
        window: {type: share, over: 20m, where: {sentiment: negative}, min_total: 6, min_share: 0.5, min_ratio: 1.5}
      - id: viral
        severity: medium
        window: {type: velocity, over: 1h, min: 40}
        for: 2m
        keep_firing_for: 5m
    """

    /// A few hours of mentions: posts with engagement, replies to them, negative runs by a few
    /// authors, crisis terms, and later versions that move a mention in time or change its text.
    static func traffic(seed: UInt64) -> (arrivals: [Mention], final: [Mention]) {
        var random = SeededGenerator(seed: seed)
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        let texts = ["all good here", "recall this kettle now", "data breach again?", "boycott them", "retirada del producto",
                     "rückruf bitte", "rappel produit", "nice tea", "lid broke, annoyed"]
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        var arrivals: [Mention] = []
        var current: [MentionID: Mention] = [:]
        for i in 0..<600 {
            let minute = Double(random.next() % 300) + Double(random.next() % 60) / 60
            let isReply = i > 20 && random.next() % 3 == 0
            let parent = isReply ? "m\(random.next() % UInt64(i))" : nil
            var mention = Mention(
                id: MentionID(platform: pick([.x, .reddit, .instagram]), nativeID: "m\(i)"),
                author: Author(handle: pick(["Ana", "bo", "cy", "dee", "ed", "Ana"]), followers: 100),
                createdAt: start.addingTimeInterval(minute * 60), text: pick(texts), kind: isReply ? .reply : .post,
                parentID: parent, language: pick(["en", "es", "de", "fr"]),
                metrics: Metrics(likes: Int(random.next() % 30), shares: Int(random.next() % 5)),
                sentiment: Sentiment(label: pick([.negative, .negative, .neutral, .positive]), source: .analyzer))
            if let parent { mention.id = MentionID(platform: .x, nativeID: "r\(i)"); mention.parentID = parent }
            arrivals.append(mention)
            current[mention.id] = mention
            // Now and then a later version: corrected time or edited text.
            if random.next() % 6 == 0 {
                var version = mention
                if random.next() % 2 == 0 {
                    version.createdAt = version.createdAt.addingTimeInterval(Double(Int(random.next() % 7200)) - 3600)
                } else {
                    version.text = pick(texts)
                    version.metrics.likes = Int(random.next() % 60)
                }
                arrivals.append(version)
                current[version.id] = version
            }
        }
        let final = current.values.sorted { ($0.createdAt, $0.id.nativeID) < ($1.createdAt, $1.id.nativeID) }
        return (arrivals, final)
    }

    /// A store reads mentions back newest first: counted through `process(newestFirst:)`, the
    /// alerts and flags are those of the same mentions in time order, returned as given.
    @Test func newestFirstIsCountedAsInTimeOrder() throws {
        let rules = try RuleFixtures.rules(Self.yaml)
        let (_, final) = Self.traffic(seed: 7)
        let reference = RulesEngine(rules: rules)
        let inOrder = reference.process(final)
        let engine = RulesEngine(rules: rules)
        let newestFirst = engine.process(newestFirst: Array(final.reversed()))
        #expect(newestFirst.map(\.id) == final.reversed().map(\.id))
        #expect(newestFirst.map(\.flags) == inOrder.reversed().map(\.flags))
        #expect(engine.alerts() == reference.alerts())
        #expect(!reference.alerts().isEmpty)
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func incrementalEqualsFromScratch(seed: UInt64) throws {
        let rules = try RuleFixtures.rules(Self.yaml)
        let (arrivals, final) = Self.traffic(seed: seed)
        let reference = RulesEngine(rules: rules)
        reference.process(final)
        let expected = reference.alerts()
        #expect(Set(expected.map(\.ruleID)).count >= 4, "the traffic should raise several kinds of alert")

        var random = SeededGenerator(seed: seed &* 31)
        let engine = RulesEngine(rules: rules)
        var start = 0
        while start < arrivals.count {
            let end = min(arrivals.count, start + 1 + Int(random.next() % 40))
            engine.process(Array(arrivals[start..<end]))
            _ = engine.alerts()
            start = end
        }
        engine.process(Array(arrivals.prefix(50)).filter { arrival in final.contains { $0 == arrival } })  // replayed
        let got = engine.alerts()
        #expect(got == expected)
        for (a, b) in zip(got, expected) where a != b {
            Issue.record("first difference:\n\(a)\n\(b)")
            break
        }
    }

    /// Edits leave stale contributions behind until the store compacts itself: many versions
    /// of a few mentions must end exactly where their last versions alone would.
    @Test func manyVersionsOfFewMentions() throws {
        let rules = try RuleFixtures.rules(Self.yaml)
        let (_, final) = Self.traffic(seed: 9)
        let few = Array(final.prefix(60))
        let engine = RulesEngine(rules: rules)
        let texts = ["recall now", "boycott", "fine", "data breach"]
        for round in 0..<300 {
            engine.process(few.map { mention in
                var version = mention
                version.text = texts[(round + mention.id.nativeID.count) % texts.count]
                version.metrics.likes = round % 50
                version.createdAt = mention.createdAt.addingTimeInterval(Double(round % 5) * 90)
                return version
            })
            if round % 10 == 0 { _ = engine.alerts() }
        }
        engine.process(few)
        let reference = RulesEngine(rules: rules)
        reference.process(few)
        #expect(engine.alerts() == reference.alerts())
        #expect(!reference.alerts().isEmpty)
    }
}
