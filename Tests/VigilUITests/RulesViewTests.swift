import Foundation
import Testing
import VigilCore
import VigilTerminal
@testable import VigilUI

/// How rule flags and alerts show in the dashboard, and the keys that act on alerts.
struct RulesViewTests {
    func trimmed(_ lines: [String]) -> [String] {
        lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
    }

    static let crisis: Alert = Alert(
        id: "crisis-burst@1", ruleID: "crisis-burst", severity: .critical, state: .firing, title: "Crisis terms bursting",
        summary: "6 crisis-term mentions in 30m (recall, rückruf)", count: 6, startedAt: Fixtures.now.addingTimeInterval(-600),
        firedAt: Fixtures.now.addingTimeInterval(-600),
        explanation: ["rule crisis-burst (count, line 88): ≥ 5 in 30m where text has “recall”", "terms: recall ×4, rückruf ×2"],
        examples: [MentionID(platform: .x, nativeID: "1")])

    static let chatter: Alert = Alert(
        id: "chatter@1", ruleID: "crisis-chatter", severity: .medium, state: .firing, title: "Crisis terms showing up",
        summary: "3 crisis-term mentions in 2h", count: 3, startedAt: Fixtures.now.addingTimeInterval(-900),
        suppression: .inhibited(by: "crisis-burst@1"))

    func flagged() -> [Mention] {
        var mentions = Fixtures.mentions
        mentions[2].flags = RuleFlags(escalate: true, needsReply: true, priority: .urgent, tags: ["crisis"], department: "pr",
                                      reasons: [RuleReason(ruleID: "crisis-mention", detail: "matched “lid broke”")])
        mentions[1].flags = RuleFlags(needsReply: true, priority: .high, reasons: [RuleReason(ruleID: "question-needs-reply", detail: "asks a question")])
        mentions[0].flags = RuleFlags()
        return mentions
    }

    @Test func escalatedItemsAreMarkedAndTheRulesDecidePending() {
        let lines = trimmed(Fixtures.render(Fixtures.state(mentions: flagged())))
        #expect(lines[4].hasSuffix("││! [-] 11-21 08:30 IG @carla           Lid broke after a w…│"))
        #expect(lines[3].hasSuffix("││↑ [=] 11-21 09:30 RD @bob             How do I descale it?│"))
        // Pending follows the needs-reply flag: oldest first.
        #expect(lines[21].hasPrefix("│!   1h IG @carla"))
        #expect(lines[22].hasPrefix("│↑  30m RD @bob"))
    }

    @Test func detailShowsWhatTheRulesDecidedAndWhy() {
        var state = Fixtures.state(size: Size(width: 100, height: 30), mentions: flagged())
        state.overlays = [.detail(MentionID(platform: .instagram, nativeID: "3"), scroll: 0)]
        let text = trimmed(Fixtures.render(state)).joined(separator: "\n")
        #expect(text.contains("Rules        ESCALATE · needs reply · priority urgent · tags #crisis · department pr"))
        #expect(text.contains("crisis-mention: matched “lid broke”"))
    }

    @Test func alertsPaneShowsStateAndKeepsInhibitedAlertsQuietAndLast() {
        var state = Fixtures.state()
        _ = Updater().update(&state, .alertsChanged([Self.chatter, Self.crisis]))
        let lines = trimmed(Fixtures.render(state))
        #expect(lines[21].contains("CRITICAL FIRE  11-21 09:50 Crisis terms bursting: 6…     6│"))
        #expect(lines[22].contains("MEDIUM   inhib 11-21 09:45 Crisis terms showing up:…     3│"))
        #expect(lines[38].contains("1 active alerts"))
    }

    @Test func alertDetailExplainsAndListsTheFirstPosts() {
        var state = Fixtures.state(size: Size(width: 100, height: 30), alerts: [Self.crisis])
        state.overlays = [.alertDetail(Self.crisis.id, scroll: 0)]
        let text = trimmed(Fixtures.render(state)).joined(separator: "\n")
        #expect(text.contains("Rule         crisis-burst"))
        #expect(text.contains("terms: recall ×4, rückruf ×2"))
        #expect(text.contains("@alice 11-21 09:55: Kettlebird One arrived"))
    }

    @Test func acknowledgeAndSilenceActOnTheSelectedAlertOnly() {
        var state = Fixtures.state(alerts: [Self.crisis])
        let updater = Updater()
        #expect(updater.update(&state, .key(.character("A"))).isEmpty)
        #expect(state.statusMessage == "select an alert in Crisis alerts (4) first")
        _ = updater.update(&state, .key(.character("4")))
        #expect(updater.update(&state, .key(.character("A"))) == [.acknowledgeAlert(id: "crisis-burst@1")])
        #expect(updater.update(&state, .key(.character("s"))) == [.silenceAlert(id: "crisis-burst@1")])
        _ = updater.update(&state, .key(.enter))
        #expect(updater.update(&state, .key(.character("A"))) == [.acknowledgeAlert(id: "crisis-burst@1")])
    }
}

/// The detail view's conversation and the author's history.
struct ContextViewTests {
    func trimmed(_ lines: [String]) -> [String] {
        lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
    }

    @Test func detailShowsRepliesAndTheAuthorHistoryOpensWithH() {
        var mentions = Fixtures.mentions
        mentions.append(Fixtures.mention("6", minutesAgo: 4, platform: .x, author: "carla", kind: .reply, text: "@alice same here", sentiment: .negative))
        mentions[5].parentID = "1"
        mentions.append(Fixtures.mention("7", minutesAgo: 3, platform: .x, author: "carla", kind: .comment, text: "still nothing?", sentiment: .negative))
        var state = Fixtures.state(size: Size(width: 100, height: 30), mentions: mentions)
        state.overlays = [.detail(MentionID(platform: .x, nativeID: "1"), scroll: 0)]
        let detail = trimmed(Fixtures.render(state)).joined(separator: "\n")
        #expect(detail.contains("Replies (1)  @carla 11-21 09:56: @alice same here"))

        state.overlays = [.detail(MentionID(platform: .x, nativeID: "7"), scroll: 0)]
        #expect(trimmed(Fixtures.render(state)).joined(separator: "\n").contains("2 mentions by @carla: press H for the history"))
        _ = Updater().update(&state, .key(.character("H")))
        let history = trimmed(Fixtures.render(state)).joined(separator: "\n")
        #expect(history.contains("Author history: @carla"))
        #expect(history.contains("Mentions     2 · 2 negative · 0 handled"))
        #expect(history.contains("Over time    [-][-]"))
        #expect(history.contains("still nothing?") && history.contains("@alice same here"))
        // Instagram's @carla is another account: not in the X history.
        #expect(!history.contains("Lid broke"))
    }
}
