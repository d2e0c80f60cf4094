import Foundation
import Testing
import VigilCore
import VigilTerminal
@testable import VigilUI

@Suite struct UpdateTests {
    let updater = Updater()

    func press(_ keys: Key..., on state: inout AppState) -> [Effect] {
        keys.flatMap { updater.update(&state, .key($0)) }
    }

    @Test func tabCyclesPanesBothWays() {
        var state = Fixtures.state()
        #expect(state.focus == .mentions)
        _ = press(.tab, on: &state)
        #expect(state.focus == .comments)
        _ = press(.tab, .tab, .tab, on: &state)
        #expect(state.focus == .mentions)
        _ = press(.backTab, on: &state)
        #expect(state.focus == .alerts)
        _ = press(.character("3"), on: &state)
        #expect(state.focus == .pending)
        _ = press(.character("1"), on: &state)
        #expect(state.focus == .mentions)
    }

    @Test func movementClampsToTheList() {
        var state = Fixtures.state()
        _ = press(.character("2"), on: &state)  // Comments: 3 items
        _ = press(.character("j"), .down, .down, .down, on: &state)
        #expect(state.cursor(.comments).selected == 2)
        _ = press(.character("k"), on: &state)
        #expect(state.cursor(.comments).selected == 1)
        _ = press(.character("g"), on: &state)
        #expect(state.cursor(.comments).selected == 0)
        _ = press(.character("G"), on: &state)
        #expect(state.cursor(.comments).selected == 2)
        _ = press(.up, .up, .up, on: &state)
        #expect(state.cursor(.comments).selected == 0)
        // Other panes keep their own cursor.
        #expect(state.cursor(.mentions).selected == 0)
    }

    @Test func pagingScrollsAMillionItemsWithoutLoadingThem() {
        let base = Fixtures.mentions[0]
        let many = (0..<1_000_000).map { i -> Mention in
            var m = base
            m.id = MentionID(platform: .x, nativeID: String(i))
            m.createdAt = Fixtures.now.addingTimeInterval(Double(-i))
            return m
        }
        var state = Fixtures.state(mentions: many)
        _ = press(.pageDown, on: &state)
        let page = Layout.listHeight(for: state) - 1
        #expect(state.cursor(.mentions).selected == page)
        _ = press(.character("G"), on: &state)
        #expect(state.cursor(.mentions).selected == 999_999)
        #expect(state.cursor(.mentions).offset == 1_000_000 - Layout.listHeight(for: state))
        let screen = Fixtures.render(state).joined(separator: "\n")
        #expect(screen.contains("1 Mentions (1000000)"))
    }

    @Test func enterOpensDetailAndQOrEscGoesBack() {
        var state = Fixtures.state()
        _ = press(.character("2"), .enter, on: &state)
        #expect(state.overlays == [.detail(MentionID(platform: .reddit, nativeID: "2"), scroll: 0)])
        #expect(press(.character("q"), on: &state).isEmpty)
        #expect(state.overlays.isEmpty)
        _ = press(.enter, .escape, on: &state)
        #expect(state.overlays.isEmpty)
        #expect(state.isRunning)
    }

    @Test func qQuitsAtTheTopLevelAndCapitalQFromAnywhere() {
        var state = Fixtures.state()
        #expect(press(.character("q"), on: &state) == [.quit])
        #expect(!state.isRunning)

        var deep = Fixtures.state()
        _ = press(.enter, .character("?"), on: &deep)
        #expect(deep.overlays.count == 2)
        #expect(press(.character("Q"), on: &deep) == [.quit])
    }

    @Test func helpTogglesAndScrolls() {
        var state = Fixtures.state()
        _ = press(.character("?"), on: &state)
        #expect(state.overlays == [.help(scroll: 0)])
        _ = press(.character("j"), .character("j"), on: &state)
        #expect(state.overlays == [.help(scroll: 2)])
        _ = press(.character("?"), on: &state)
        #expect(state.overlays.isEmpty)
    }

    @Test func newMentionsKeepTheSelectionOnTheSameItem() {
        var state = Fixtures.state()
        _ = press(.character("j"), on: &state)
        let selected = state.selectedMention(in: .mentions)?.id
        let newer = Fixtures.mention("9", minutesAgo: 1, text: "brand new")
        _ = updater.update(&state, .mentionsArrived([newer]))
        #expect(state.selectedMention(in: .mentions)?.id == selected)
        #expect(state.feed.posts.count == 3)
        // Re-delivering the same mention does not duplicate it.
        _ = updater.update(&state, .mentionsArrived([newer]))
        #expect(state.feed.count == 6)
    }

    @Test func theSelectionIsKeptWhenTheFeedWasBuiltOldestFirst() {
        // The history loader builds the feed oldest first, so positions grow with time there and
        // fall with it in a feed built newest first: the selection must be found either way.
        let posts = (1...8).map { Fixtures.mention("p\($0)", minutesAgo: 10 * $0, author: "user_\($0)", text: "post \($0)") }
        for order in [posts, posts.reversed()] {
            var state = Fixtures.state(mentions: order)
            _ = press(.character("j"), .character("j"), .character("j"), on: &state)
            let selected = state.selectedMention(in: .mentions)?.id
            #expect(selected?.nativeID == "p4")
            _ = updater.update(&state, .mentionsArrived([Fixtures.mention("new", minutesAgo: 1, text: "brand new")]))
            #expect(state.selectedMention(in: .mentions)?.id == selected)
        }
    }

    @Test func resizeKeepsTheCursorVisible() {
        var state = Fixtures.state()
        _ = press(.character("2"), .character("G"), on: &state)
        _ = updater.update(&state, .resize(Size(width: 80, height: 10)))
        let cursor = state.cursor(.comments)
        #expect(cursor.selected >= cursor.offset && cursor.selected < cursor.offset + Layout.listHeight(for: state))
    }

    @Test func scrollingBackUpFromTheEndOfAnOverlayMovesAtOnce() {
        var state = Fixtures.state(size: Size(width: 80, height: 24))
        _ = press(.character("?"), .character("G"), on: &state)
        guard case .help(let bottom)? = state.overlays.last else { Issue.record("no help"); return }
        #expect(bottom > 0 && bottom == ScrollingText.maxScroll(.help(scroll: 0), state: state, context: ViewContext()))
        _ = press(.character("k"), on: &state)
        #expect(state.overlays.last == .help(scroll: bottom - 1))
        _ = press(.character("G"), .character("j"), .character("j"), on: &state)
        #expect(state.overlays.last == .help(scroll: bottom))
    }

    @Test func unboundKeysDoNothing() {
        var state = Fixtures.state()
        #expect(press(.character("ß"), .function(9), on: &state).isEmpty)
        #expect(state.isRunning)
    }
}

@Suite struct FeedDataMergeTests {
    @Test func aChangedEventTimeKeepsNewestFirstOrder() {
        var feed = FeedData(mentions: Fixtures.mentions)
        var moved = Fixtures.mentions[4]  // the oldest
        moved.createdAt = Fixtures.now.addingTimeInterval(60)  // now the newest
        feed.merge([moved, moved])
        #expect(feed.count == Fixtures.mentions.count)
        let timeline = feed.timeline.map { feed.mention(at: $0) }
        #expect(timeline.first?.id == moved.id)
        #expect(zip(timeline, timeline.dropFirst()).allSatisfy { Mention.newestFirst($0, $1) })
        #expect(feed.comments.map { feed.mention(at: $0).id.nativeID } == ["5", "2", "3"])
    }
}
