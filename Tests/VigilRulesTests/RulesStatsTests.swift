import Foundation
import Testing
import VigilCore
@testable import VigilRules

@Suite struct RulesStatsTests {
    @Test func thresholdsAreRewrittenInPlaceWithTheirReason() {
        let text = """
        rules:
          # a burst
          - id: burst
            severity: critical
            window: {type: count, over: 30m, min: 5, where: {text: [recall]}}

          - id: surge
            severity: high
            window:
              type: share
              over: 1h
              min_share: 0.4
              min_total: 25
        mute: []
        """
        let (out, notFound) = RuleThresholdRewriter.apply([
            .init(ruleID: "burst", parameter: "min", value: "9", comment: "from history"),
            .init(ruleID: "surge", parameter: "min_share", value: "0.55", comment: "from history too"),
            .init(ruleID: "missing", parameter: "min", value: "1", comment: "x"),
        ], to: text)
        #expect(notFound == ["missing"])
        #expect(out.contains("  # from history\n  - id: burst"))
        #expect(out.contains("window: {type: count, over: 30m, min: 9, where: {text: [recall]}}"))
        #expect(out.contains("      min_share: 0.55\n      min_total: 25"))
        #expect(out.contains("  # a burst"))
    }

    @Test func measuresShowHowRareAWindowIs() throws {
        let rules = try RuleFileParser.parse("""
        rules:
          - id: many
            severity: high
            window: {type: count, over: 1h, min: 3}
        """, file: "r.yaml")
        let engine = RulesEngine(rules: rules)
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        var mentions: [Mention] = []
        // Two mentions an hour for four days, then one hour of twenty.
        for hour in 0..<96 {
            for k in 0..<2 { mentions.append(Self.mention("\(hour)-\(k)", start.addingTimeInterval(Double(hour * 3600 + k * 600)))) }
        }
        for k in 0..<20 { mentions.append(Self.mention("burst-\(k)", start.addingTimeInterval(Double(96 * 3600 + k * 60)))) }
        _ = engine.process(mentions)
        let distribution = engine.measures(ofWindowRule: 0)
        #expect(distribution.parameter == "min")
        // Hour-long windows stepping back from the newest mention: 96 of them, the newest holding the burst.
        #expect(distribution.values.count == 96)
        // At 1 % of 96 windows none may lie above the base, so the base is the burst itself;
        // at 2 % one may (the burst), and the base is an ordinary hour's 2.
        #expect(distribution.largestBelowTop(0.01) == 20)
        #expect(distribution.largestBelowTop(0.02) == 2)
    }

    static func mention(_ id: String, _ time: Date) -> Mention {
        Mention(id: MentionID(platform: .x, nativeID: id), author: Author(handle: "a"), createdAt: time, text: "hello")
    }
}
