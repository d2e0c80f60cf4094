import Foundation
import Testing
import VigilCore
@testable import VigilRules

struct AlertLifecycleTests {
    static func rule(_ extra: String = "", severity: String = "high", id: String = "burst", min: Int = 3) -> String {
        """
          - id: \(id)
            severity: \(severity)
            window: {type: count, over: 10m, min: \(min), where: {text: [recall]}}
        \(extra.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
        """
    }

    func engine(_ yaml: String, _ mentions: [Mention]) throws -> RulesEngine {
        let engine = RulesEngine(rules: try RuleFixtures.rules(yaml))
        engine.process(mentions)
        return engine
    }

    func burst(_ prefix: String, at start: Double, count: Int = 3) -> [Mention] {
        RuleFixtures.series(prefix, count: count, from: start, over: 3, text: "recall")
    }

    @Test func forKeepsAnAlertPendingUntilItHasHeldLongEnough() throws {
        let yaml = "rules:\n" + Self.rule("for: 5m")
        // Three matches, then the condition holds only while they stay in the 10-minute window.
        let short = try engine(yaml, burst("a", at: 0) + [RuleFixtures.mention("late", at: 4)])
        let pending = try #require(short.alerts().first)
        #expect(pending.state == .pending && pending.firedAt == nil)
        // Once event time passes the `for`, it fires.
        let firing = try #require(short.alerts(asOf: RuleFixtures.t0.addingTimeInterval(8 * 60)).first)
        #expect(firing.state == .firing)
        #expect(firing.firedAt == firing.startedAt.addingTimeInterval(300))
        // A breach shorter than `for` never fires and leaves no alert.
        let sparse = try engine(yaml, burst("b", at: 0, count: 3) + [RuleFixtures.mention("z", at: 30)])
        #expect(sparse.alerts().allSatisfy { $0.state != .pending || $0.firedAt == nil })
        #expect(try engine("rules:\n" + Self.rule("for: 20m"), burst("c", at: 0) + [RuleFixtures.mention("z", at: 60)]).alerts().isEmpty)
    }

    @Test func keepFiringForBridgesGapsAndANewBreachAfterResolutionIsANewIncident() throws {
        let data = burst("a", at: 0) + burst("b", at: 15) + burst("c", at: 120) + [RuleFixtures.mention("end", at: 300)]
        let bridged = try engine("rules:\n" + Self.rule("keep_firing_for: 20m"), data).alerts()
        #expect(bridged.count == 2)  // 0 and 15 merge; 120 is a new incident
        #expect(bridged.allSatisfy { $0.state == .resolved })
        #expect(bridged[0].id != bridged[1].id)
        let strict = try engine("rules:\n" + Self.rule(), data).alerts()
        #expect(strict.count == 3)
    }

    @Test func acknowledgingAFiringAlert() throws {
        let engine = try engine("rules:\n" + Self.rule(), burst("a", at: 0))
        let alert = try #require(engine.alerts().first)
        #expect(alert.state == .firing)
        engine.acknowledge(alertID: alert.id, by: "maria", at: RuleFixtures.t0, note: "on it")
        let acked = try #require(engine.alerts().first)
        #expect(acked.state == .acknowledged)
        #expect(acked.acknowledgement == Acknowledgement(by: "maria", at: RuleFixtures.t0, note: "on it"))
    }

    @Test func anAcknowledgementHoldsWhenOlderDataMovesTheIncidentsStart() throws {
        // The dashboard first sees the end of a burst; older posts of the same burst arrive later.
        let engine = try engine("rules:\n" + Self.rule(min: 3), burst("late", at: 6, count: 4))
        let first = try #require(engine.alerts().first)
        engine.acknowledge(alertID: first.id, by: "maria", at: RuleFixtures.t0)
        engine.process(burst("early", at: 0, count: 4))
        let moved = try #require(engine.alerts().first)
        #expect(moved.startedAt < first.startedAt && moved.id != first.id)
        #expect(moved.state == .acknowledged && moved.acknowledgement?.by == "maria")
        // A later, separate incident of the same rule is not covered by it.
        engine.process(burst("next", at: 120, count: 4))
        #expect(try #require(engine.alerts().last).state == .firing)
    }

    @Test func silencesInhibitionsAndMutes() throws {
        let yaml = """
        rules:
        \(Self.rule(severity: "critical"))
        \(Self.rule(severity: "medium", id: "chatter", min: 2))
        inhibit:
          - {when: critical}
        """
        let data = burst("a", at: 0)
        let alerts = try engine(yaml, data).alerts()
        let chatter = try #require(alerts.first { $0.ruleID == "chatter" })
        let burstAlert = try #require(alerts.first { $0.ruleID == "burst" })
        #expect(chatter.suppression == .inhibited(by: burstAlert.id))
        #expect(chatter.notifyTimes.isEmpty)
        #expect(burstAlert.suppression == nil && burstAlert.notifyTimes.count == 1)

        let silenced = try engine("rules:\n" + Self.rule(), data)
        silenced.addSilence(Silence(id: "s1", ruleID: "burst", key: nil, startsAt: RuleFixtures.t0, endsAt: RuleFixtures.t0.addingTimeInterval(3600),
                                    createdBy: "maria", comment: "known"))
        #expect(silenced.alerts().first?.suppression == .silenced(by: "maria", comment: "known"))
        silenced.removeSilence(id: "s1")
        #expect(silenced.alerts().first?.suppression == nil)

        // t0 is 11:06Z: a mute from 11:00 to 12:00 UTC covers it.
        let muted = try engine("rules:\n" + Self.rule() + "\nmute:\n  - {name: lunch, time: \"11:00-12:00\"}", data).alerts()
        #expect(muted.first?.suppression == .muted(interval: "lunch"))
        #expect(muted.first?.notifyTimes.isEmpty == true)
    }

    @Test func anAlertThatIsItselfASourceIsStillInhibitedByAnother() throws {
        let yaml = """
        rules:
        \(Self.rule(severity: "critical", id: "big", min: 3))
        \(Self.rule(severity: "high", id: "wide", min: 2))
        inhibit:
          - {when: high, hides: [high]}
        """
        let alerts = try engine(yaml, burst("a", at: 0)).alerts()
        let wide = try #require(alerts.first { $0.ruleID == "wide" })
        let big = try #require(alerts.first { $0.ruleID == "big" })
        #expect(wide.suppression == .inhibited(by: big.id))
    }

    @Test func realertRepeatsInEventTimeWhileFiring() throws {
        let steady = RuleFixtures.series("a", count: 40, from: 0, over: 60, text: "recall")
        let alert = try #require(try engine("rules:\n" + Self.rule("realert: 15m"), steady).alerts().first)
        #expect(alert.notifyTimes.count >= 4)
        #expect(zip(alert.notifyTimes, alert.notifyTimes.dropFirst()).allSatisfy { $1.timeIntervalSince($0) == 900 })
    }

    @Test func sharedDedupKeysMergeOverlappingAlerts() throws {
        let yaml = """
        rules:
        \(Self.rule("dedup: crisis", severity: "high"))
        \(Self.rule("dedup: crisis", severity: "critical", id: "big", min: 3))
        """
        let alerts = try engine(yaml, burst("a", at: 0)).alerts()
        #expect(alerts.count == 1)
        #expect(alerts[0].severity == .critical)
    }

    @Test func sameAnswerInAnyOrderAndWhenFedTwice() throws {
        let yaml = try String(contentsOfFile: DefaultPack.path, encoding: .utf8)
        let rules = try RuleFixtures.rules(yaml)
        var traffic = TrafficGenerator(seed: 7)
        let week = traffic.week(burstAt: 4 * 24 * 60 + 15 * 60)
        let reference = RulesEngine(rules: rules)
        reference.process(week)
        let expected = reference.alerts()
        #expect(!expected.isEmpty)
        var generator = SeededGenerator(seed: 42)
        for round in 0..<3 {
            let engine = RulesEngine(rules: rules)
            let order = round == 0 ? week + week : week.shuffled(using: &generator)
            var start = 0
            while start < order.count {  // uneven batches, with alerts read in between as the dashboard does
                let end = min(order.count, start + 1 + (start * 7919) % 500)
                engine.process(Array(order[start..<end]))
                _ = engine.alerts()
                start = end
            }
            #expect(engine.alerts() == expected, "round \(round)")
        }
    }

    @Test func aCorrectionInsideAnOpenBreachKeepsItsTruePeak() throws {
        let yaml = "rules:\n  - id: burst\n    severity: high\n    window: {type: count, over: 3m, min: 3, where: {text: [recall]}}\n"
        let engine = try engine(yaml, (0..<5).map { RuleFixtures.mention("a\($0)", at: 0, text: "recall") }
                                   + (0..<3).map { RuleFixtures.mention("b\($0)", at: 2, text: "recall") })
        #expect(engine.alerts().first?.count == 8)
        engine.process((0..<3).map { RuleFixtures.mention("b\($0)", at: 2, text: "all fine") })
        let alert = try #require(engine.alerts().first)
        #expect(alert.count == 5)
        // The same as evaluating the corrected data from scratch.
        let fresh = try self.engine(yaml, (0..<5).map { RuleFixtures.mention("a\($0)", at: 0, text: "recall") }
                                       + (0..<3).map { RuleFixtures.mention("b\($0)", at: 2, text: "all fine") })
        #expect(fresh.alerts() == engine.alerts())
    }

    @Test func aCorrectedFutureTimeNoLongerMovesNow() throws {
        let engine = try engine("rules:\n" + Self.rule(), burst("a", at: 0))
        #expect(engine.alerts().first?.state == .firing)
        engine.process([RuleFixtures.mention("typo", at: 60 * 24 * 365)])  // a year ahead: everything looks resolved
        #expect(engine.alerts().first?.state == .resolved)
        engine.process([RuleFixtures.mention("typo", at: 4)])              // corrected
        #expect(engine.watermark == RuleFixtures.t0.addingTimeInterval(4 * 60))
        #expect(engine.alerts().first?.state == .firing)
    }

    @Test func lateDataReEvaluatesTheWindowsItTouches() throws {
        let yaml = "rules:\n" + Self.rule()
        let engine = try engine(yaml, burst("a", at: 0, count: 2) + [RuleFixtures.mention("later", at: 120)])
        #expect(engine.alerts().isEmpty)
        // The third recall mention arrives an hour late, with its own (early) event time.
        engine.process([RuleFixtures.mention("late", at: 2, text: "recall")])
        let alert = try #require(engine.alerts().first)
        #expect(alert.startedAt < RuleFixtures.t0.addingTimeInterval(5 * 60))
        // A correction (same id, no longer matching) takes it back.
        engine.process([RuleFixtures.mention("late", at: 2, text: "all good")])
        #expect(engine.alerts().isEmpty)
    }
}
