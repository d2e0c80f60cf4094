import Foundation
import Testing
import VigilCore
@testable import VigilRules

struct WindowRuleTests {
    func alerts(_ yaml: String, _ mentions: [Mention], asOf: Date? = nil) throws -> [Alert] {
        let engine = RulesEngine(rules: try RuleFixtures.rules(yaml))
        engine.process(mentions)
        return engine.alerts(asOf: asOf)
    }

    static let count = """
    rules:
      - id: burst
        severity: critical
        window: {type: count, over: 30m, min: 5, where: {text: [recall]}}
    """

    @Test func countFiresAtTheFifthMatchAndResolvesWhenTheWindowEmpties() throws {
        let burst = RuleFixtures.series("r", count: 5, from: 60, over: 10, text: "recall it")
        let noise = RuleFixtures.series("n", count: 50, from: 0, over: 200)
        let result = try alerts(Self.count, burst + noise)
        let alert = try #require(result.first)
        #expect(result.count == 1)
        #expect(alert.ruleID == "burst" && alert.severity == .critical && alert.count == 5)
        // The 5th match, at minute 68, on the one-minute evaluation grid.
        #expect(alert.startedAt == Self.minute(RuleFixtures.t0.addingTimeInterval(68 * 60)))
        #expect(alert.state == .resolved)
        #expect(alert.endedAt == alert.startedAt.addingTimeInterval(30 * 60 - 8 * 60))  // the first match left the window
        #expect(alert.summary == "5 mentions in 30m")
        #expect(alert.explanation.contains { $0.contains("terms: recall ×5") })
        #expect(alert.examples.first == MentionID(platform: .x, nativeID: "r0"))
    }

    static func minute(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 / 60).rounded(.down) * 60)
    }

    @Test func fourMatchesDoNotFire() throws {
        #expect(try alerts(Self.count, RuleFixtures.series("r", count: 4, from: 0, over: 20, text: "recall")).isEmpty)
        // Five, but spread wider than the window.
        #expect(try alerts(Self.count, RuleFixtures.series("r", count: 5, from: 0, over: 200, text: "recall")).isEmpty)
    }

    static let repeatAuthor = """
    rules:
      - id: repeat
        severity: low
        window: {type: count, over: 24h, min: 3, group_by: author, where: {sentiment: negative}}
    """

    @Test func groupedCountsAlertPerGroup() throws {
        let angry = (0..<3).map { RuleFixtures.mention("a\($0)", at: Double($0) * 60, author: "Angry", sentiment: .negative) }
        let others = (0..<6).map { RuleFixtures.mention("o\($0)", at: Double($0) * 60, author: "other\($0)", sentiment: .negative) }
        let result = try alerts(Self.repeatAuthor, angry + others)
        #expect(result.map(\.key) == ["@angry"])
        #expect(result[0].summary == "3 mentions in 1d (@angry)")
    }

    @Test func groupKeysThatAreTheSameTextAreOneGroup() throws {
        // "José" three ways: composed, decomposed (e + combining acute), capitalised.
        let handles = ["jos\u{E9}", "jose\u{301}", "JOS\u{C9}"]
        let mentions = handles.enumerated().map {
            RuleFixtures.mention("j\($0.offset)", at: Double($0.offset) * 60, author: $0.element, sentiment: .negative)
        }
        let result = try alerts(Self.repeatAuthor, mentions)
        #expect(result.count == 1)
        #expect(result.first?.count == 3)
    }

    static let spike = """
    rules:
      - id: spike
        severity: medium
        window: {type: spike, over: 1h, baseline: 24h, min_count: 15, min_ratio: 4, min_z: 4}
    """

    /// A steady day of traffic: `perHour` mentions each hour, for `hours` hours.
    func steady(perHour: Int, hours: Int, from start: Double = 0) -> [Mention] {
        (0..<hours).flatMap { h in RuleFixtures.series("s\(h)-", count: perHour, from: start + Double(h) * 60, over: 60) }
    }

    @Test func spikeFiresOnASurgeAfterWarmUp() throws {
        let surge = RuleFixtures.series("x", count: 60, from: 26 * 60, over: 30)
        let result = try alerts(Self.spike, steady(perHour: 3, hours: 30) + surge)
        let alert = try #require(result.first)
        #expect(alert.ruleID == "spike")
        #expect(alert.startedAt >= RuleFixtures.t0.addingTimeInterval(26 * 3600))
        #expect(alert.startedAt <= RuleFixtures.t0.addingTimeInterval(26 * 3600 + 15 * 60))
        #expect(alert.explanation.contains { $0.hasPrefix("baseline: 3.0 per 1h") })
    }

    @Test func aBreachThatComesFromTheBaselineEmptyingStartsOnTime() throws {
        // An early burst holds the baseline up; the second burst only stands out once the early
        // one has left the 30-minute baseline, at minute 43, when no new post arrives.
        let yaml = """
        rules:
          - id: spike
            severity: medium
            window: {type: spike, over: 10m, baseline: 30m, min_count: 4, min_ratio: 2, min_z: 1}
        """
        let early = (1...4).flatMap { minute in (0..<5).map { RuleFixtures.mention("e\(minute)-\($0)", at: Double(minute)) } }
        let second = (35...38).map { RuleFixtures.mention("s\($0)", at: Double($0)) }
        let alert = try #require(try alerts(yaml, early + second, asOf: RuleFixtures.t0.addingTimeInterval(50 * 60)).first)
        // Buckets are whole minutes of absolute time: the start is minute 43's bucket.
        let minute43 = (RuleFixtures.t0.timeIntervalSince1970 / 60).rounded(.down) * 60 + 43 * 60
        #expect(alert.startedAt == Date(timeIntervalSince1970: minute43))
    }

    @Test func spikeStaysQuietOnColdStartAndLowVolume() throws {
        // Cold start: the same surge two hours into the data, before the 24 h warm-up.
        #expect(try alerts(Self.spike, steady(perHour: 3, hours: 2) + RuleFixtures.series("x", count: 60, from: 120, over: 30)).isEmpty)
        // Low volume: 0 → 10 per hour is a big ratio but under min_count.
        #expect(try alerts(Self.spike, steady(perHour: 1, hours: 30) + RuleFixtures.series("x", count: 10, from: 26 * 60, over: 30)).isEmpty)
        // Ordinary ups and downs: busy afternoons at 3× the night rate.
        let days = (0..<3).flatMap { day in
            (0..<24).flatMap { h in
                RuleFixtures.series("d\(day)h\(h)-", count: (10...18).contains(h) ? 12 : 4, from: Double(day * 24 + h) * 60, over: 60)
            }
        }
        #expect(try alerts(Self.spike, days).isEmpty)
    }

    static let share = """
    rules:
      - id: surge
        severity: high
        window: {type: share, over: 1h, where: {sentiment: negative}, min_share: 0.4, min_ratio: 2, min_total: 20, baseline: 24h}
    """

    func mixed(_ prefix: String, count: Int, negativeEvery: Int, from: Double, over: Double) -> [Mention] {
        (0..<count).map { i in
            RuleFixtures.mention("\(prefix)\(i)", at: from + over * Double(i) / Double(count), sentiment: i % negativeEvery == 0 ? .negative : .positive)
        }
    }

    @Test func shareFiresWhenNegativeShareDoublesWithEnoughVolume() throws {
        let baseline = mixed("b", count: 24 * 20, negativeEvery: 5, from: 0, over: 24 * 60)  // 20% negative
        let surge = mixed("s", count: 30, negativeEvery: 1, from: 25 * 60, over: 60)
        let result = try alerts(Self.share, baseline + mixed("c", count: 20, negativeEvery: 5, from: 24 * 60, over: 60) + surge)
        let alert = try #require(result.first)
        #expect(alert.ruleID == "surge")
        #expect(alert.explanation.contains { $0.contains("baseline 20%") })
    }

    @Test func shareNeedsItsMinimumDenominator() throws {
        let baseline = mixed("b", count: 24 * 20, negativeEvery: 5, from: 0, over: 24 * 60)
        let fewButAllNegative = mixed("s", count: 10, negativeEvery: 1, from: 25 * 60, over: 60)
        #expect(try alerts(Self.share, baseline + fewButAllNegative).isEmpty)
    }

    @Test func velocityCountsEngagementAndRepliesOfOneItem() throws {
        let yaml = """
        rules:
          - id: viral
            severity: medium
            window: {type: velocity, over: 6h, min: 1000}
        """
        let post = RuleFixtures.mention("p1", at: 0, likes: 900, shares: 50, replies: 10)
        let replies = (0..<40).map { RuleFixtures.mention("c\($0)", at: Double($0), kind: .reply, parent: "p1") }
        let result = try alerts(yaml, [post] + replies)
        #expect(result.map(\.key) == ["x:p1"])
        #expect(try alerts(yaml, [post]).isEmpty)
    }

    /// A week of posts whose engagement tops out around `top`, then one post gathering replies.
    func brand(usualTop top: Int, viralReplies: Int) -> [Mention] {
        var mentions: [Mention] = []
        for i in 0..<700 {
            // Engagement spread evenly in log scale from 1 to `top`, 100 posts a day.
            let likes = Int(exp(Double(i % 100) / 99 * log(Double(top))))
            mentions.append(RuleFixtures.mention("b\(i)", at: Double(i) * 14.4, likes: likes))
        }
        let start = 7 * 1440.0 + 60
        mentions.append(RuleFixtures.mention("hot", at: start, likes: 2))
        mentions += (0..<viralReplies).map { RuleFixtures.mention("r\($0)", at: start + Double($0) * 0.1, kind: .reply, parent: "hot") }
        return mentions
    }

    @Test func aRelativeVelocityRuleComparesWithTheBrandsUsualEngagement() throws {
        let yaml = """
        rules:
          - id: viral
            severity: high
            window: {type: velocity, over: 6h, min: 50, min_ratio: 10, baseline: 7d}
        """
        // Each day's top post gets about 100 (read from a bin within 5%): ten times is about 1,000.
        let quiet = try alerts(yaml, brand(usualTop: 100, viralReplies: 700))
        #expect(!quiet.contains { $0.key == "x:hot" }, "700 is under ten times the usual")
        let loud = try alerts(yaml, brand(usualTop: 100, viralReplies: 1_200))
        let alert = try #require(loud.first { $0.key == "x:hot" })
        #expect(alert.explanation.contains { $0.contains("most engaged item of a usual day gathers about") })
        // A brand whose top post of the day gets 20 reaches its threshold at about 200.
        #expect(try alerts(yaml, brand(usualTop: 20, viralReplies: 250)).contains { $0.key == "x:hot" })
        #expect(try !alerts(yaml, brand(usualTop: 20, viralReplies: 150)).contains { $0.key == "x:hot" })
        // With nothing to compare with yet, a relative rule waits (as a spike rule warms up).
        let young = [RuleFixtures.mention("hot", at: 0, likes: 2)] + (0..<600).map { RuleFixtures.mention("r\($0)", at: Double($0) * 0.1, kind: .reply, parent: "hot") }
        #expect(try alerts(yaml, young).isEmpty)
        // Nor on a first day: the first big post is bigger than anything seen so far.
        let morning = (0..<60).map { RuleFixtures.mention("m\($0)", at: Double($0), likes: 20) }
        let firstDay = morning + [RuleFixtures.mention("hot", at: 90, likes: 2)]
            + (0..<300).map { RuleFixtures.mention("r\($0)", at: 90 + Double($0) * 0.1, kind: .reply, parent: "hot") }
        #expect(try alerts(yaml, firstDay).isEmpty)
    }

    @Test func theUsualEngagementIsTheMedianDaysTopItem() throws {
        let baseline = EngagementBaseline(resolution: 60)
        let day = Int64(86_400 / 60)
        // Seven days of 20 items; each day's top is 100 × (day + 1): the median day's is 400.
        for d in 0..<7 {
            for i in 1...20 { baseline.add(Int64(i), bucket: Int64(d) * day + Int64(i), sign: 1) }
            baseline.add(Int64(100 * (d + 1)), bucket: Int64(d) * day + 500, sign: 1)
        }
        #expect(baseline.usual(at: 10, days: 7) == nil, "nothing before the first day")
        let usual = try #require(baseline.usual(at: 7 * day + 10, days: 7))
        #expect(abs(usual - 400) / 400 < 0.05)
        // Three days back: the tops of 500, 600 and 700; two days are too few to say.
        #expect(abs(try #require(baseline.usual(at: 7 * day + 10, days: 3)) - 600) / 600 < 0.05)
        #expect(baseline.usual(at: 7 * day + 10, days: 2) == nil)
        // Another ordinary item on a day that has plenty cannot move an answer: no new version,
        // so the relative rules are not swept again; a new top for a day can.
        let busy = EngagementBaseline(resolution: 60)
        for i in 1...60 { busy.add(Int64(i), bucket: Int64(i), sign: 1) }
        let version = busy.version
        busy.add(5, bucket: 30, sign: 1)
        #expect(busy.version == version)
        busy.add(5_000, bucket: 30, sign: 1)
        #expect(busy.version > version)
        // Taking items back moves it; too few items and there is no answer.
        for d in 0..<7 { for i in 1...20 { baseline.add(Int64(i), bucket: Int64(d) * day + Int64(i), sign: -1) } }
        #expect(baseline.usual(at: 7 * day + 10, days: 7) == nil)
    }
}
