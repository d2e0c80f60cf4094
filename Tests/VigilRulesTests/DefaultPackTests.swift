import Foundation
import Testing
import VigilCore
@testable import VigilRules

/// The default rule pack keeps crisis-level severities for crisis-level events.
struct DefaultPackTests {
    let rules: RuleSet

    init() throws {
        rules = try RuleFileParser.load(path: DefaultPack.path)
    }

    func alerts(_ mentions: [Mention]) -> [Alert] {
        let engine = RulesEngine(rules: rules)
        engine.process(mentions)
        return engine.alerts()
    }

    @Test(arguments: Array(1...10) as [UInt64])
    func aCalmWeekRaisesNothingHighOrCritical(seed: UInt64) {
        var generator = TrafficGenerator(seed: seed)
        let week = generator.week()
        let negatives = week.filter { $0.sentimentLabel == .negative }.count
        #expect((0.2...0.3).contains(Double(negatives) / Double(week.count)))
        let serious = alerts(week).filter { $0.severity >= .high }
        #expect(serious.isEmpty, "\(serious.map { "\($0.ruleID) \($0.startedAt) \($0.summary)" })")
    }

    @Test(arguments: Array(1...10) as [UInt64])
    func aCrisisBurstIsCriticalWithinFifteenMinutes(seed: UInt64) throws {
        var generator = TrafficGenerator(seed: seed)
        let onsetMinutes = Double(3 * 24 * 60 + 15 * 60)  // Thursday 15:00Z
        let onset = TrafficGenerator.start.addingTimeInterval(onsetMinutes * 60)
        let serious = alerts(generator.week(burstAt: onsetMinutes)).filter { $0.severity >= .high && $0.startedAt >= onset.addingTimeInterval(-3600) }
        let first = try #require(serious.min { $0.startedAt < $1.startedAt })
        #expect(first.startedAt.timeIntervalSince(onset) <= 15 * 60, "\(first.ruleID) started \(first.startedAt)")
        #expect(serious.contains { $0.severity == .critical && $0.ruleID == "crisis-burst" })
    }

    @Test func theSampleFeedsTestFilePasses() throws {
        let root = DefaultPack.path.replacingOccurrences(of: "/rules.yaml", with: "")
        let file = try RuleTestFile.load(path: root + "/rules.test.yaml")
        let set = RuleTestRunner.combine(try file.ruleFiles.map(RuleFileParser.load(path:)))
        let runner = RuleTestRunner(rules: set)
        #expect(file.cases.count >= 10)
        for testCase in file.cases {
            let outcome = runner.run(testCase)
            #expect(outcome.passed, "\(outcome.name):\n\(outcome.failures.joined(separator: "\n"))")
        }
    }
}
