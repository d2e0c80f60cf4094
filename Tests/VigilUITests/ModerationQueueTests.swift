import Foundation
import Testing
import VigilCore
import VigilTerminal
@testable import VigilUI

/// The moderation queue (key 5): what house rules acted on, oldest first, decided with one key,
/// in bulk with marks, undone with `u`.
struct ModerationQueueTests {
    let updater = Updater()

    static func flagged(_ id: String, minutesAgo: Int, author: String, text: String, action: ModerationAction, rule: String, reason: String) -> Mention {
        var m = Fixtures.mention(id, minutesAgo: minutesAgo, author: author, kind: .comment, text: text, sentiment: .negative)
        m.flags = RuleFlags(moderation: ModerationVerdict(action: action, ruleID: rule, reason: reason), reasons: [RuleReason(ruleID: rule, detail: "")])
        return m
    }

    static let queued = Fixtures.mentions + [
        flagged("s1", minutesAgo: 10, author: "prizes4u", text: "Free giveaway!! DM me", action: .hold, rule: "hold-spam", reason: "Spam or scam"),
        flagged("p1", minutesAgo: 50, author: "ana", text: "call me on +34 612 345 678", action: .hide, rule: "hide-personal-data", reason: "Personal data"),
        flagged("own", minutesAgo: 5, author: "kettlebird", text: "DM us", action: .approve, rule: "own-accounts", reason: "Own account"),
    ]

    /// Presses a key and carries out moderation effects as the store would.
    func press(_ key: Key, _ state: inout AppState, store: inout [MentionID: ModerationDecision]) -> [Effect] {
        let effects = updater.update(&state, .key(key))
        for effect in effects {
            switch effect {
            case .moderate(let action, let ids, let note, let before):
                var after: [MentionID: ModerationDecision?] = [:]
                for id in ids {
                    let decision = ModerationDecision(mention: id, action: action, note: note, by: "me", at: Fixtures.now)
                    store[id] = decision
                    after[id] = decision
                }
                _ = updater.update(&state, .moderationChanged(after: after, before: before, action: action.rawValue))
            case .restoreModeration(let decisions):
                for (id, decision) in decisions { store[id] = decision }
                _ = updater.update(&state, .moderationChanged(after: decisions, before: nil, action: "undone"))
            default: break
            }
        }
        return effects
    }

    @Test func theQueueListsWhatHouseRulesActedOnOldestFirstWithTheReason() {
        var state = Fixtures.state(mentions: Self.queued)
        #expect(state.feed.moderationQueue.map { state.feed.id(at: $0).nativeID } == ["p1", "s1"], "approved items are not queued")
        _ = updater.update(&state, .key(.character("5")))
        #expect(state.focus == .moderation)
        let screen = Fixtures.render(state).joined(separator: "\n")
        #expect(screen.contains("5 Moderation queue (2)"))
        #expect(screen.contains("hide") && screen.contains("Personal data") && screen.contains("@ana"))
        #expect(screen.contains("hold") && screen.contains("Spam or scam") && screen.contains("@prizes4u"))
        #expect(!screen.contains("1 Mentions"), "the queue takes the whole screen")
        _ = updater.update(&state, .key(.character("1")))
        #expect(Fixtures.render(state).joined(separator: "\n").contains("1 Mentions"))
    }

    @Test func oneKeyDecidesTheItemLeavesTheQueueAndUndoBringsItBack() {
        var state = Fixtures.state(mentions: Self.queued)
        var store: [MentionID: ModerationDecision] = [:]
        _ = updater.update(&state, .key(.character("5")))
        let effects = press(.character("h"), &state, store: &store)
        let p1 = MentionID(platform: .x, nativeID: "p1")
        #expect(effects == [.moderate(.hide, ids: [p1], note: "", before: [p1: ModerationDecision?.none])])
        #expect(state.feed.moderationQueue.map { state.feed.id(at: $0).nativeID } == ["s1"])
        #expect(state.statusMessage?.hasPrefix("hide: @ana (saved") == true)
        _ = press(.character("u"), &state, store: &store)
        #expect(state.feed.moderationQueue.count == 2)
        #expect(state.feed.moderationDecisions.isEmpty)
    }

    @Test func banAsksForANoteAndBulkActionsUseTheMarks() {
        var state = Fixtures.state(mentions: Self.queued)
        var store: [MentionID: ModerationDecision] = [:]
        _ = updater.update(&state, .key(.character("5")))
        _ = press(.character("B"), &state, store: &store)
        #expect(state.prompt?.purpose == .ban)
        _ = press(.enter, &state, store: &store)
        #expect(store.isEmpty, "a ban without a note is not saved")
        _ = press(.character("B"), &state, store: &store)
        for character in "doxxing" { _ = press(.character(character), &state, store: &store) }
        _ = press(.enter, &state, store: &store)
        #expect(store[MentionID(platform: .x, nativeID: "p1")]?.action == .ban)
        #expect(store[MentionID(platform: .x, nativeID: "p1")]?.note == "doxxing")

        var bulk = Fixtures.state(mentions: Self.queued)
        var bulkStore: [MentionID: ModerationDecision] = [:]
        _ = updater.update(&bulk, .key(.character("5")))
        _ = press(.character("T"), &bulk, store: &bulkStore)
        _ = press(.character(";"), &bulk, store: &bulkStore)
        _ = press(.character("X"), &bulk, store: &bulkStore)
        #expect(bulkStore.count == 2 && bulkStore.values.allSatisfy { $0.action == .delete })
        #expect(bulk.feed.moderationQueue.isEmpty)
        #expect(Fixtures.render(bulk).joined(separator: "\n").contains("Nothing to moderate"))
    }

    @Test func theDetailViewExplainsTheRuleTheDecisionAndTheDetectors() {
        var state = Fixtures.state(mentions: Self.queued)
        var context = Fixtures.context
        context.explainModeration = { m in m.text.contains("DM") ? ["spam: scam phrase: “dm me”"] : [] }
        _ = updater.update(&state, .key(.character("5")))
        _ = updater.update(&state, .key(.character("j")))
        _ = updater.update(&state, .key(.enter))
        let screen = DashboardView.render(state, context: context).lines().joined(separator: "\n")
        #expect(screen.contains("hold by house rule hold-spam: Spam or scam"))
        #expect(screen.contains("in the moderation queue (5)"))
        #expect(screen.contains("spam: scam phrase: “dm me”"))
    }
}

extension ModerationQueueTests {
    @Test func strikesShowInTheAuthorsHistory() {
        var state = Fixtures.state(mentions: Self.queued + [
            Self.flagged("p2", minutesAgo: 40, author: "ana", text: "my iban is …", action: .hide, rule: "hide-personal-data", reason: "Personal data"),
        ])
        var store: [MentionID: ModerationDecision] = [:]
        _ = updater.update(&state, .key(.character("5")))
        _ = press(.character("B"), &state, store: &store)
        for character in "doxxing" { _ = press(.character(character), &state, store: &store) }
        _ = press(.enter, &state, store: &store)
        _ = updater.update(&state, .key(.character("H")))
        let screen = Fixtures.render(state).joined(separator: "\n")
        #expect(screen.contains("Strikes"))
        #expect(screen.contains("2 (1 hidden, 1 banned)"))
        #expect(screen.contains("banned by me: doxxing"))
    }
}

extension ModerationQueueTests {
    @Test func theOpsScreenCountsWhatIsHeldAndWhatWasHidden() {
        var state = Fixtures.state(size: Size(width: 160, height: 40), mentions: Self.queued)
        var ops = OpsSnapshot(state: state)
        #expect(ops.heldForReview == 2)
        #expect(ops.hiddenToday == 1, "the house rule's hide of p1")
        var store: [MentionID: ModerationDecision] = [:]
        _ = updater.update(&state, .key(.character("5")))
        _ = press(.character("j"), &state, store: &store)
        _ = press(.character("X"), &state, store: &store)
        ops = OpsSnapshot(state: state)
        #expect(ops.heldForReview == 1)
        #expect(ops.hiddenToday == 2)
        state.showsOps = true
        let screen = Fixtures.render(state).joined(separator: "\n")
        #expect(screen.contains("Held for review") && screen.contains("2 hidden in 24 h"))
    }

    @Test func theFilterNarrowsTheQueueAndSaysHowManyItHides() throws {
        var state = Fixtures.state(mentions: Self.queued)
        _ = updater.update(&state, .key(.character("5")))
        state.feed.setFilter(try MentionFilter(parsing: "author:prizes4u", now: Fixtures.now))
        #expect(state.feed.moderationQueue.map { state.feed.id(at: $0).nativeID } == ["s1"])
        let screen = Fixtures.render(state).joined(separator: "\n")
        #expect(screen.contains("5 Moderation queue (1 of 2)"))
        state.feed.setFilter(nil)
        #expect(state.feed.moderationQueue.count == 2)
    }
}
