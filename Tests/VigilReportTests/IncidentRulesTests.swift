import Foundation
import Testing
import VigilCore
import VigilRules
@testable import VigilReport

/// A report replays only the rules its incidents can come from.
@Suite struct IncidentRulesTests {
    func rule(_ id: String, _ severity: Severity, dedup: String? = nil) -> WindowRule {
        var rule = WindowRule(id: id, severity: severity, kind: .count(min: 3), window: 600)
        if let dedup { rule.dedup = dedup }
        return rule
    }

    @Test func highAndCriticalWindowRulesWithoutItemRules() {
        let rules = RuleSet(itemRules: [ItemRule(id: "refund", condition: .always, actions: ItemActions(needsReply: true))],
                            windowRules: [rule("spike", .medium), rule("burst", .critical), rule("viral", .high), rule("chatter", .low)])
        let reduced = rules.forIncidents
        #expect(reduced.windowRules.map(\.id) == ["burst", "viral"])
        #expect(reduced.itemRules.isEmpty)
    }

    @Test func aSharedDedupKeyKeepsEveryRule() {
        let rules = RuleSet(windowRules: [rule("spike", .medium, dedup: "crisis{key}"), rule("burst", .critical, dedup: "crisis{key}")])
        #expect(rules.forIncidents.windowRules.count == 2)
    }
}
