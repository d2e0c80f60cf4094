import Foundation
import Testing
import VigilCore
import VigilStore
import VigilTerminal
@testable import VigilUI

/// Working as a team: `r` claims the item first; someone else's claim is shown on the row, in
/// the detail view and on `r`, and a second `r` takes it over; a refused reply keeps its draft;
/// who else is on and a database that stopped answering show in the status bar.
struct TeamUpdateTests {
    let updater = Updater()
    let bea = Claim(who: "bea", purpose: "reply", since: Fixtures.now.addingTimeInterval(-120), until: Fixtures.now.addingTimeInterval(180))

    func state() -> AppState {
        var state = Fixtures.state()
        state.team = TeamState(me: "ana")
        return state
    }

    /// Presses a key and answers claims as a store holding `held` would.
    func press(_ key: Key, _ state: inout AppState, held: [MentionID: Claim] = [:]) -> [Effect] {
        let effects = updater.update(&state, .key(key))
        for case let .claim(id, purpose, takeOver) in effects {
            let mine = Claim(who: "ana", purpose: purpose, since: Fixtures.now, until: Fixtures.now.addingTimeInterval(300))
            let outcome: ClaimOutcome = (held[id].map { takeOver ? .granted(mine) : .held($0) }) ?? .granted(mine)
            _ = updater.update(&state, .claimAnswered(id, purpose: purpose, outcome: outcome))
        }
        return effects
    }

    var first: MentionID { MentionID(platform: .x, nativeID: "1") }

    @Test func replyingClaimsTheItemThenOpensThePromptAndEscapeLetsItGo() {
        var state = state()
        let effects = press(.character("r"), &state)
        #expect(effects == [.claim(first, purpose: "reply", takeOver: false)])
        #expect(state.prompt?.purpose == .reply && state.prompt?.text == "@alice ")
        #expect(state.team.claims[first]?.who == "ana")
        #expect(updater.update(&state, .key(.escape)) == [.releaseClaim(first)])
    }

    @Test func someoneElsesClaimIsShownAndASecondRTakesItOver() {
        var state = state()
        state.team.claims[first] = bea
        let screen = Fixtures.render(state).joined(separator: "\n")
        #expect(screen.contains("@alice             1.2k ✎ bea Kettlebird"))
        #expect(press(.character("r"), &state).isEmpty, "no claim is asked for: the user is told first")
        #expect(state.prompt == nil)
        #expect(state.statusMessage == "✎ bea is replying to this since 09:58: press r again to take it over")
        #expect(press(.character("r"), &state, held: [first: bea]) == [.claim(first, purpose: "reply", takeOver: true)])
        #expect(state.prompt?.purpose == .reply)
        #expect(!Fixtures.render(state).joined(separator: "\n").contains("✎ bea"), "the claim is ours now")
    }

    @Test func aClaimTakenAMomentAgoElsewhereIsToldAndTheDraftWaits() {
        var state = state()
        // Nothing known locally yet: the store answers that bea has just claimed it.
        _ = updater.update(&state, .key(.character(":")))
        for c in "reply" { _ = updater.update(&state, .key(.character(c))) }
        let effects = updater.update(&state, .key(.enter))
        #expect(effects.isEmpty || effects == [.claim(first, purpose: "reply", takeOver: false)])
        _ = press(.character("r"), &state, held: [first: bea])
        #expect(state.prompt == nil && state.statusMessage?.contains("bea is replying") == true)
    }

    @Test func aRefusedReplyKeepsItsDraftForTheNextR() {
        var state = state()
        _ = updater.update(&state, .replyRefused(first, draft: "@alice so sorry, refund on its way", holder: bea))
        #expect(state.statusMessage?.hasPrefix("reply not saved: bea is replying to this") == true)
        _ = press(.character("r"), &state, held: [first: bea])  // told
        _ = press(.character("r"), &state, held: [first: bea])  // taken over
        #expect(state.prompt?.text == "@alice so sorry, refund on its way")
    }

    @Test func theDetailViewAndStatusBarShowClaimsPresenceAndAnOfflineDatabase() {
        var state = state()
        state.team.claims[first] = bea
        state.team.others = [Presence(session: "s2", user: "bea", pane: "comments", at: Fixtures.now),
                             Presence(session: "s3", user: "joe", pane: "ops", at: Fixtures.now)]
        state.team.offlineSince = Fixtures.now.addingTimeInterval(-300)
        _ = updater.update(&state, .key(.enter))
        let screen = Fixtures.render(state).joined(separator: "\n")
        #expect(screen.contains("✎ bea is replying to this since 09:58 (until 10:03; r twice takes it over)"))
        #expect(screen.contains("OFFLINE since 09:55"))
        state.overlays = []
        state.team.offlineSince = nil
        let bar = Fixtures.render(state).last { $0.contains("mentions") } ?? ""
        #expect(bar.contains("on: bea (comments), joe (ops)"))
        _ = updater.update(&state, .connectionChanged(offlineSince: nil))
        #expect(state.statusMessage == nil, "nothing to say when it never went away")
    }

    @Test func anItemSomeoneElseRepliedToIsSaidSoBeforeASecondReply() {
        var state = state()
        state.feed.applyTriage([first: Triage(status: .replied, updatedAt: Fixtures.now.addingTimeInterval(-60), updatedBy: "bea")])
        #expect(press(.character("r"), &state).isEmpty)
        #expect(state.statusMessage == "bea already replied to this at 09:59: press r again to reply anyway")
        #expect(press(.character("r"), &state) == [.claim(first, purpose: "reply", takeOver: true)])
        #expect(state.prompt?.purpose == .reply)
    }

    @Test func aReplyJustSavedElsewhereIsNoPencilButStillAsksBeforeASecondAnswer() {
        var state = state()
        state.team.claims[first] = Claim.replied(by: "bea", at: Fixtures.now.addingTimeInterval(-60))
        #expect(!Fixtures.render(state).joined(separator: "\n").contains("✎ bea"))
        #expect(press(.character("r"), &state).isEmpty)
        #expect(state.statusMessage == "bea replied to this at 09:59: press r again to reply anyway")
        // Someone else claiming it meanwhile is said again rather than taken over unasked.
        state.team.claims[first] = Claim(who: "joe", purpose: "reply", since: Fixtures.now, until: Fixtures.now.addingTimeInterval(300))
        #expect(press(.character("r"), &state).isEmpty, "the offer named bea, not joe")
        #expect(state.statusMessage?.contains("joe is replying") == true)
    }
}
