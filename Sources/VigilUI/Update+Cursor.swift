import Foundation
import VigilCore
import VigilTerminal

/// Cursors: moving, scrolling overlays, and keeping each pane on its item when the feed changes.
extension Updater {
    /// Moves the selection in the focused list, or scrolls the open overlay.
    func move(by delta: Int, in state: inout AppState) {
        if let overlay = state.overlays.last {
            state.overlays[state.overlays.count - 1] = scrolled(overlay, by: delta, in: state)
            return
        }
        let pane = state.focus
        var cursor = state.cursor(pane)
        let count = state.itemCount(pane)
        guard count > 0 else { return }
        let target = delta > 0 ? min(count - 1, cursor.selected + min(delta, count)) : max(0, cursor.selected + max(delta, -count))
        cursor.selected = target
        state.cursors[pane] = cursor
        clampCursor(pane, in: &state)
    }

    /// Scrolls an overlay, never past its end (so `k` after `G` moves at once).
    func scrolled(_ overlay: Overlay, by delta: Int, in state: AppState) -> Overlay {
        let limit = ScrollingText.maxScroll(overlay, state: state, context: viewContext)
        // From where the view shows it (a scroll left past the end by a resize counts as the end).
        func moved(_ scroll: Int) -> Int { max(0, min(min(scroll, limit) + max(min(delta, 1_000_000), -1_000_000), limit)) }
        switch overlay {
        case .detail(let id, let scroll): return .detail(id, scroll: moved(scroll))
        case .alertDetail(let id, let scroll): return .alertDetail(id, scroll: moved(scroll))
        case .authorHistory(let id, let scroll): return .authorHistory(id, scroll: moved(scroll))
        case .help(let scroll): return .help(scroll: moved(scroll))
        }
    }

    /// Changes the feed while each pane's cursor stays on the item it was on.
    func keepingSelection(in state: inout AppState, _ change: (inout AppState) -> Void) {
        let selectedIDs = Dictionary(uniqueKeysWithValues: PaneID.allCases.compactMap { pane in
            state.selectedMention(in: pane).map { (pane, $0.id) }
        })
        change(&state)
        for pane in PaneID.allCases {
            if let id = selectedIDs[pane] { keepSelection(on: id, pane: pane, in: &state) }
            clampCursor(pane, in: &state)
        }
    }

    func keepSelection(on id: MentionID, pane: PaneID, in state: inout AppState) {
        guard let index = state.feed.position(of: id) else { return }
        let rows: [Int32]
        switch pane {
        case .mentions: rows = state.feed.posts
        case .comments: rows = state.feed.comments
        case .pending: rows = state.feed.pending
        case .moderation: rows = state.feed.moderationQueue
        case .alerts: return
        }
        if let low = state.feed.row(of: index, in: rows, newestFirst: pane != .pending && pane != .moderation) {
            let shift = low - state.cursor(pane).selected
            var cursor = state.cursor(pane)
            cursor.selected = low
            cursor.offset += shift
            state.cursors[pane] = cursor
        }
    }

    /// Keeps the selection inside the list and visible in the pane's current height.
    func clampCursor(_ pane: PaneID, in state: inout AppState) {
        var cursor = state.cursor(pane)
        let count = state.itemCount(pane)
        let visible = max(1, Layout.listHeight(for: state, pane: pane))
        cursor.selected = max(0, min(cursor.selected, count - 1))
        if cursor.selected < cursor.offset { cursor.offset = cursor.selected }
        if cursor.selected >= cursor.offset + visible { cursor.offset = cursor.selected - visible + 1 }
        cursor.offset = max(0, min(cursor.offset, max(0, count - visible)))
        state.cursors[pane] = cursor
    }
}
