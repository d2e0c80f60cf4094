import Foundation
import Testing
import VigilCore
import VigilStore
import VigilTerminal
@testable import VigilUI

/// Triage keys: what they ask the store to do, and how the confirmed result shows.
struct TriageUpdateTests {
    let updater = Updater()
    let first = MentionID(platform: .x, nativeID: "1")

    /// Sends a key and, like the run loop, carries out the effects against an in-memory "store".
    func press(_ key: Key, _ state: inout AppState, store: inout [MentionID: Triage]) -> [Effect] {
        let effects = updater.update(&state, .key(key))
        for effect in effects {
            switch effect {
            case .triage(let action, let ids, let before):
                var after: [MentionID: Triage] = [:]
                for id in ids { after[id] = action.applied(to: store[id] ?? Triage(), by: "me", at: Fixtures.now) }
                store.merge(after) { $1 }
                _ = updater.update(&state, .triageChanged(after: after, before: before, action: action.name))
            case .restoreTriage(let states):
                store.merge(states) { $1 }
                _ = updater.update(&state, .triageChanged(after: states, before: nil, action: "undone"))
            case .claim(let id, let purpose, _):
                let claim = Claim(who: state.team.me, purpose: purpose, since: Fixtures.now, until: Fixtures.now.addingTimeInterval(300))
                _ = updater.update(&state, .claimAnswered(id, purpose: purpose, outcome: .granted(claim)))
            default: break
            }
        }
        return effects
    }

    /// The updater of a dashboard whose store has a full-text index.
    var indexed: Updater {
        var indexed = updater
        indexed.indexedSearch = true
        return indexed
    }

    struct NoSearch: Error { var effects: [Effect] }

    /// Types `/text` and Enter with an index: the search the store is asked for.
    func search(_ text: String, _ state: inout AppState) throws -> MentionFilter {
        _ = indexed.update(&state, .key(.character("/")))
        for character in text { _ = indexed.update(&state, .key(.character(character))) }
        let effects = indexed.update(&state, .key(.enter))
        guard case .search(let filter)? = effects.first else { throw NoSearch(effects: effects) }
        return filter
    }

    @Test func markRepliedAndDismissActOnTheSelectionAndLeavePending() {
        var state = Fixtures.state()
        var store: [MentionID: Triage] = [:]
        let effects = press(.character("R"), &state, store: &store)
        #expect(effects == [.triage(.markReplied, ids: [first], before: [first: Triage()])])
        #expect(state.feed.triage[first]?.status == .replied)
        #expect(state.statusMessage == "replied: @alice (saved)")
        // Dismissing the selected pending item takes it out of Pending replies.
        _ = updater.update(&state, .key(.character("3")))
        let pendingBefore = state.feed.pending.count
        let target = state.selectedMention(in: .pending)!.id
        _ = press(.character("d"), &state, store: &store)
        #expect(store[target]?.status == .dismissed)
        #expect(state.feed.pending.count == pendingBefore - 1)
    }

    @Test func undoPutsBackOneActionAtATime() {
        var state = Fixtures.state()
        var store: [MentionID: Triage] = [:]
        _ = press(.character("R"), &state, store: &store)
        _ = press(.character("d"), &state, store: &store)
        #expect(store[first]?.status == .dismissed)
        _ = press(.character("u"), &state, store: &store)
        #expect(store[first]?.status == .replied)
        _ = press(.character("u"), &state, store: &store)
        #expect(store[first]?.status == .new)
        #expect(press(.character("u"), &state, store: &store).isEmpty)
        #expect(state.statusMessage == "nothing to undo")
    }

    @Test func assignTakesAPersonOrADepartmentFromThePrompt() {
        var state = Fixtures.state()
        var store: [MentionID: Triage] = [:]
        _ = press(.character("a"), &state, store: &store)
        #expect(state.prompt?.purpose == .assign)
        for character in "@maria" { _ = press(.character(character), &state, store: &store) }
        // Keys go to the prompt, not to their bindings ("d" does not dismiss).
        #expect(store.isEmpty)
        _ = press(.enter, &state, store: &store)
        #expect(state.prompt == nil)
        #expect(store[first]?.assignee == "maria")
        _ = press(.character("a"), &state, store: &store)
        for character in "legalx" { _ = press(.character(character), &state, store: &store) }
        _ = press(.backspace, &state, store: &store)
        _ = press(.enter, &state, store: &store)
        #expect(store[first]?.status == .delegated)
        #expect(store[first]?.department == "legal")
        #expect(store[first]?.followUp == Fixtures.now.addingTimeInterval(86_400))
    }

    @Test func escalateAsksForANoteAndEscCancels() {
        var state = Fixtures.state()
        var store: [MentionID: Triage] = [:]
        _ = press(.character("E"), &state, store: &store)
        _ = press(.escape, &state, store: &store)
        #expect(store.isEmpty && state.statusMessage == "cancelled")
        _ = press(.character("E"), &state, store: &store)
        for character in "legal risk" { _ = press(.character(character), &state, store: &store) }
        let effects = press(.enter, &state, store: &store)
        #expect(effects == [.triage(.escalate(note: "legal risk"), ids: [first], before: [first: Triage()])])
        #expect(store[first]?.status == .escalated)
    }

    @Test func theStatusBarShowsThePromptAndRowsShowTheDecision() {
        var state = Fixtures.state()
        var store: [MentionID: Triage] = [:]
        _ = press(.character("R"), &state, store: &store)
        _ = press(.character("a"), &state, store: &store)
        _ = press(.character("@"), &state, store: &store)
        let lines = Fixtures.render(state)
        #expect(lines[3].hasPrefix("│✓ 11-21 09:55"))
        #expect(lines[38].hasPrefix(" Assign to @person or department: @█"))
    }

    @Test func delegatedItemsStayPendingAndTurnOverdueAfterTheirFollowUp() {
        var state = Fixtures.state()
        let bob = MentionID(platform: .reddit, nativeID: "2")
        let due = Triage(status: .delegated, department: "support", followUp: Fixtures.now.addingTimeInterval(3600))
        _ = updater.update(&state, .triageChanged(after: [bob: due], before: nil, action: "delegated"))
        #expect(state.feed.pending.contains { state.feed.mention(at: $0).id == bob })
        #expect(Fixtures.render(state)[38].contains("2 pending ·"))
        _ = updater.update(&state, .tick(Fixtures.now.addingTimeInterval(7200)))
        #expect(Fixtures.render(state)[38].contains("2 pending (1 overdue)"))
        // Done takes it out.
        _ = updater.update(&state, .triageChanged(after: [bob: Triage(status: .done)], before: nil, action: "done"))
        #expect(!state.feed.pending.contains { state.feed.mention(at: $0).id == bob })
    }

    func type(_ text: String, _ state: inout AppState, store: inout [MentionID: Triage]) {
        for character in text { _ = press(.character(character), &state, store: &store) }
        _ = press(.enter, &state, store: &store)
    }

    @Test func followUpSnoozeTagsAndSentimentTakeTypedValues() {
        var state = Fixtures.state()
        var store: [MentionID: Triage] = [:]
        _ = press(.character("f"), &state, store: &store)
        type("2d", &state, store: &store)
        #expect(store[first]?.followUp == Fixtures.now.addingTimeInterval(2 * 86_400))
        _ = press(.character("f"), &state, store: &store)
        type("soon", &state, store: &store)
        #expect(state.statusMessage == "not a duration: 'soon' (use 30m, 4h, 2d, 1w)")
        _ = press(.character("L"), &state, store: &store)
        type("Refund, vip, refund", &state, store: &store)
        #expect(store[first]?.tags == ["refund", "vip"])
        // The tag prompt starts from the current tags.
        _ = press(.character("L"), &state, store: &store)
        #expect(state.prompt?.text == "refund, vip")
        _ = press(.escape, &state, store: &store)
        _ = press(.character("S"), &state, store: &store)
        type("negativo", &state, store: &store)
        #expect(store[first]?.sentimentOverride == .negative)
        _ = press(.character("S"), &state, store: &store)
        type("", &state, store: &store)
        #expect(store[first]?.sentimentOverride == nil)
    }

    @Test func snoozedItemsLeavePendingAndComeBackWhenTheirTimeComes() {
        var state = Fixtures.state()
        var store: [MentionID: Triage] = [:]
        _ = updater.update(&state, .tick(Fixtures.now))
        _ = updater.update(&state, .key(.character("3")))
        let target = state.selectedMention(in: .pending)!.id
        let before = state.feed.pending.count
        _ = press(.character("z"), &state, store: &store)
        type("3h", &state, store: &store)
        #expect(store[target]?.status == .snoozed)
        #expect(state.feed.pending.count == before - 1)
        _ = updater.update(&state, .tick(Fixtures.now.addingTimeInterval(2 * 3600)))
        #expect(state.feed.pending.count == before - 1)
        _ = updater.update(&state, .tick(Fixtures.now.addingTimeInterval(3 * 3600 + 1)))
        #expect(state.feed.pending.count == before)
    }

    @Test func markedItemsTakeTheNextActionAfterSemicolonAndUndoTakesItBack() {
        var state = Fixtures.state()
        var store: [MentionID: Triage] = [:]
        _ = updater.update(&state, .key(.character("2")))  // Comments: 3 items
        _ = press(.character("t"), &state, store: &store)
        _ = press(.space, &state, store: &store)
        #expect(state.marked.count == 2 && state.cursor(.comments).selected == 2)
        #expect(Fixtures.render(state)[3].contains("││* [=]"))
        _ = press(.character(";"), &state, store: &store)
        #expect(state.statusMessage == "next action applies to 2 marked items")
        _ = press(.character("d"), &state, store: &store)
        #expect(store.values.filter { $0.status == .dismissed }.count == 2)
        #expect(state.marked.isEmpty)
        #expect(state.statusMessage == "dismissed: 2 items (saved)")
        _ = press(.character("u"), &state, store: &store)
        #expect(store.values.allSatisfy { $0.status == .new })
        // T marks the whole pane (again: unmarks), and a bulk prompt goes to all of them.
        _ = press(.character("T"), &state, store: &store)
        #expect(state.marked.count == 3)
        _ = press(.character(";"), &state, store: &store)
        _ = press(.character("a"), &state, store: &store)
        type("support", &state, store: &store)
        #expect(store.values.filter { $0.department == "support" }.count == 3)
        _ = press(.character("T"), &state, store: &store)
        _ = press(.character("T"), &state, store: &store)
        #expect(state.marked.isEmpty)
        #expect(press(.character(";"), &state, store: &store).isEmpty)
        #expect(state.statusMessage?.hasPrefix("nothing marked") == true)
    }

    @Test func commentsAndOpeningTheURL() {
        var state = Fixtures.state()
        var store: [MentionID: Triage] = [:]
        _ = press(.character("c"), &state, store: &store)
        for character in "called them back" { _ = press(.character(character), &state, store: &store) }
        #expect(updater.update(&state, .key(.enter)) == [.addNote("called them back", ids: [first])])
        let note = Note(by: "maria", at: Fixtures.now, text: "called them back")
        _ = updater.update(&state, .notesChanged([first: [note]], saved: true))
        #expect(state.statusMessage == "comment added (saved)")
        state.overlays = [.detail(first, scroll: 0)]
        let text = Fixtures.render(state).joined(separator: "\n")
        #expect(text.contains("Notes        maria, 2026-11-21 10:00"))
        #expect(text.contains("called them back"))
        #expect(updater.update(&state, .key(.character("o"))) == [.openURL("https://example.com/1")])
    }

    @Test func theFilterLimitsThePanesAndShowsErrorsInline() {
        var state = Fixtures.state()
        var store: [MentionID: Triage] = [:]
        _ = press(.character("/"), &state, store: &store)
        type("colour:red", &state, store: &store)
        #expect(state.statusMessage?.hasPrefix("filter: unknown field 'colour:'") == true)
        #expect(state.prompt?.text == "colour:red")  // still open, to fix
        _ = press(.escape, &state, store: &store)
        _ = press(.character("/"), &state, store: &store)
        type("kettle", &state, store: &store)
        #expect(state.statusMessage == "filter: 2 matches")
        let lines = Fixtures.render(state)
        #expect(lines[1].contains("1 Mentions (1 of 2)"))
        #expect(lines[1].contains("2 Comments (1 of 3)"))
        #expect(lines[38].contains("filter: kettle"))
        _ = press(.character("/"), &state, store: &store)
        #expect(state.prompt?.text == "kettle")
        // Ctrl-W deletes the last word (and the spaces after it), Ctrl-U the whole line.
        for character in " sentiment:neg  " { _ = press(.character(character), &state, store: &store) }
        _ = press(.control("w"), &state, store: &store)
        #expect(state.prompt?.text == "kettle ")
        _ = press(.control("u"), &state, store: &store)
        #expect(state.prompt?.text == "")
        _ = press(.enter, &state, store: &store)
        #expect(state.feed.filter == nil && state.feed.posts.count == 2)
    }

    @Test func replyStartsWithTheAuthorAndSavesToTheOutbox() {
        var state = Fixtures.state()
        var store: [MentionID: Triage] = [:]
        _ = press(.character("r"), &state, store: &store)
        #expect(state.prompt?.purpose == .reply && state.prompt?.text == "@alice ")
        #expect(updater.update(&state, .key(.enter)) == [.releaseClaim(first)])  // only the handle: nothing to send
        #expect(state.statusMessage == "empty reply not saved")
        _ = press(.character("r"), &state, store: &store)
        for character in "thanks, glad you like it!" { _ = press(.character(character), &state, store: &store) }
        #expect(updater.update(&state, .key(.enter)) == [.saveReply("@alice thanks, glad you like it!", id: first, before: Triage())])
    }

    @Test func theCommandLine() {
        var state = Fixtures.state()
        var store: [MentionID: Triage] = [:]
        _ = press(.character(":"), &state, store: &store)
        type("assign @li", &state, store: &store)
        #expect(store[first]?.assignee == "li")
        _ = press(.character(":"), &state, store: &store)
        for character in "export /tmp/out.csv" { _ = press(.character(character), &state, store: &store) }
        let effects = updater.update(&state, .key(.enter))
        #expect(effects.count == 1)
        if case .exportMentions(let path, let ids)? = effects.first {
            #expect(path == "/tmp/out.csv" && ids.count == 5)
        }
        _ = press(.character(":"), &state, store: &store)
        type("filter kettle", &state, store: &store)
        #expect(state.feed.filter?.source == "kettle")
        _ = press(.character(":"), &state, store: &store)
        type("frobnicate", &state, store: &store)
        #expect(state.statusMessage == "unknown command ':frobnicate' (known: q, assign, export, filter, report, reply, help)")
        _ = press(.character(":"), &state, store: &store)
        for character in "q" { _ = press(.character(character), &state, store: &store) }
        #expect(updater.update(&state, .key(.enter)) == [.quit])
        #expect(!state.isRunning)
    }

    @Test func replyTemplatesFromTheCommandLine() {
        var state = Fixtures.state()
        var store: [MentionID: Triage] = [:]
        var templated = updater
        templated.templateNames = ["thanks"]
        templated.replyDraft = { name, mention in name == "thanks" ? "Thanks, @\(mention.author.handle)!" : nil }
        _ = templated.update(&state, .key(.character(":")))
        for character in "reply thanks" { _ = templated.update(&state, .key(.character(character))) }
        let claim = Claim(who: "me", purpose: "reply", since: Fixtures.now, until: Fixtures.now.addingTimeInterval(300))
        #expect(templated.update(&state, .key(.enter)) == [.claim(first, purpose: "reply", takeOver: false)])
        _ = templated.update(&state, .claimAnswered(first, purpose: "reply", outcome: .granted(claim)))
        #expect(state.prompt?.purpose == .reply && state.prompt?.text == "Thanks, @alice!")
        _ = press(.escape, &state, store: &store)
        _ = templated.update(&state, .key(.character(":")))
        for character in "reply nope" { _ = templated.update(&state, .key(.character(character))) }
        _ = templated.update(&state, .key(.enter))
        #expect(state.statusMessage == "no template 'nope' (known: thanks)")
    }

    @Test func withAnIndexTheFilterAsksForASearch() throws {
        var state = Fixtures.state()
        let indexed = self.indexed
        let filter = try search("kettle sentiment:pos", &state)
        #expect(filter.requiredText == ["kettle"])
        _ = indexed.update(&state, .searchResults(filter, .ids([first])))
        #expect(state.feed.posts.count == 0)  // alice's post matches the words but is not positive
        _ = indexed.update(&state, .searchResults(filter, .ids([MentionID(platform: .forum, nativeID: "5")])))
        #expect(state.statusMessage == "filter: 1 match")
        // A new positive kettle post arriving later is found by scanning it.
        let late = Fixtures.mention("9", minutesAgo: 1, text: "Second kettle, still great", sentiment: .positive)
        _ = indexed.update(&state, .mentionsArrived([late]))
        #expect(state.feed.posts.map { state.feed.mention(at: $0).id.nativeID } == ["9"])
        // Emoji and excluded words go to the store too (it looks for what its index lacks in
        // the text): a dashboard that lets old mentions go cannot scan them.
        _ = indexed.update(&state, .key(.character("/")))
        for _ in 0..<30 { _ = indexed.update(&state, .key(.backspace)) }
        for character in "😡 -refund" { _ = indexed.update(&state, .key(.character(character))) }
        let effects = indexed.update(&state, .key(.enter))
        guard case .search(let emoji)? = effects.first else { Issue.record("no search: \(effects)"); return }
        #expect(emoji.requiredText == ["😡"] && emoji.excludedText == ["refund"])
        _ = indexed.update(&state, .searchResults(emoji, .ids([MentionID(platform: .forum, nativeID: "5")])))
        #expect(state.statusMessage == "filter: 1 match")
    }

    @Test func aWordsOnlySearchListsWhatTheIndexFoundAndWhatArrivesLater() throws {
        var state = Fixtures.state()
        let indexed = self.indexed
        let filter = try search("kettle", &state)
        // The index's answer is taken as it is (the fixtures' own texts are not scanned again).
        _ = indexed.update(&state, .searchResults(filter, .ids([first, MentionID(platform: .forum, nativeID: "5"), MentionID(platform: .x, nativeID: "gone")])))
        #expect(state.statusMessage == "filter: 2 matches")
        func listed() -> [String] { (state.feed.posts + state.feed.comments).map { state.feed.mention(at: $0).id.nativeID }.sorted() }
        #expect(listed() == ["1", "5"])
        // Arrivals are scanned: one with the word is listed, an edit that drops it leaves.
        _ = indexed.update(&state, .mentionsArrived([Fixtures.mention("9", minutesAgo: 1, text: "new kettle lid"),
                                                    Fixtures.mention("1", minutesAgo: 5, text: "Lovely tea maker")]))
        #expect(listed() == ["5", "9"])
    }

    @Test func historyArrivingUnderAWordsSearchKeepsTheListAndAsksTheIndexAgain() throws {
        var state = Fixtures.state()
        let indexed = self.indexed
        let filter = try search("kettle", &state)
        _ = indexed.update(&state, .searchResults(filter, .ids([first, MentionID(platform: .forum, nativeID: "5")])))
        _ = indexed.update(&state, .key(.character("2")))
        #expect(state.selectedMention(in: state.focus)?.id.nativeID == "5")
        // Older history comes in: the old answer serves until the index is asked again.
        let older = Fixtures.mention("0", minutesAgo: 3 * 24 * 60, kind: .comment, text: "My old kettle", sentiment: .neutral)
        let effects = indexed.update(&state, .historyLoaded(FeedData(mentions: Fixtures.mentions + [older])))
        #expect(effects == [.search(filter)])
        #expect(state.feed.filter == filter)
        #expect(state.selectedMention(in: state.focus)?.id.nativeID == "5")
        #expect(state.historyNote == nil)
        // The fresh answer includes the old item; the selection stays on what it was.
        _ = indexed.update(&state, .searchResults(filter, .ids([first, MentionID(platform: .forum, nativeID: "5"), older.id])))
        #expect(state.feed.comments.map { state.feed.mention(at: $0).id.nativeID } == ["5", "0"])
        #expect(state.statusMessage == "filter: 3 matches")
        #expect(state.selectedMention(in: state.focus)?.id.nativeID == "5")
    }

    @Test func historyArrivingWithoutAWordsSearchAsksNothing() {
        var state = Fixtures.state()
        let older = Fixtures.mention("0", minutesAgo: 3 * 24 * 60, text: "older")
        #expect(updater.update(&state, .historyLoaded(FeedData(mentions: Fixtures.mentions + [older]))).isEmpty)
        #expect(state.feed.count == Fixtures.mentions.count + 1)
    }

    @Test func aFailedUndoCanBeTriedAgainAndACancelledBulkPromptKeepsTheMarks() {
        var state = Fixtures.state()
        var store: [MentionID: Triage] = [:]
        _ = press(.character("R"), &state, store: &store)
        #expect(updater.update(&state, .key(.character("u"))).count == 1)
        _ = updater.update(&state, .saveFailed("database is locked"))
        #expect(state.undoStack.count == 1)
        _ = updater.update(&state, .key(.character("t")))
        _ = updater.update(&state, .key(.character("t")))
        _ = updater.update(&state, .key(.character(";")))
        _ = updater.update(&state, .key(.character("a")))
        _ = updater.update(&state, .key(.escape))
        #expect(state.marked.count == 2)
    }

    @Test func undoLeavesAloneWhatAnotherDashboardChangedSince() {
        var state = Fixtures.state()
        var store: [MentionID: Triage] = [:]
        _ = press(.character("R"), &state, store: &store)
        // Another dashboard dismisses the same item.
        _ = updater.update(&state, .triageSynced([first: Triage(status: .dismissed, updatedBy: "li")]))
        #expect(press(.character("u"), &state, store: &store).isEmpty)
        #expect(state.statusMessage == "not undone: changed since (by another dashboard)")
        #expect(state.feed.triage[first]?.status == .dismissed)
    }

    @Test func aFailedSaveChangesNothing() {
        var state = Fixtures.state()
        _ = updater.update(&state, .saveFailed("disk I/O error"))
        #expect(state.statusMessage == "not saved: disk I/O error")
        #expect(state.feed.triage.isEmpty)
    }
}
