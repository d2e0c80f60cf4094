import Foundation
import VigilCore
import VigilTerminal

/// What the next frame shows, as feed positions: each visible pane's rows with half its height
/// of read-ahead either way, the open overlays' mentions (a detail with its parent and thread, an
/// author's history, an alert's first posts) and the ops screen's lists. The runner reads back
/// those the feed let go (`Effect.readMentions`) before it draws, so views draw from state
/// alone and no view or `update` reads a store.
public enum FrameWindow {
    public static func positions(in state: AppState) -> [Int32] {
        var out: [Int32] = []
        let feed = state.feed
        if state.showsOps {
            let screen = max(state.size.height, 1)
            out += feed.pendingAll.prefix(screen)
            out += OpsView.Rotating.latestNegative(state, limit: screen)
        } else {
            for (pane, box) in Layout(size: state.size, focus: state.focus).panes where pane != .alerts {
                let rows = state.rows(of: pane)
                let offset = state.cursor(pane).offset
                let height = max(Layout.listArea(of: box).height, 1)
                let from = min(max(offset - height / 2, 0), rows.count), to = min(max(offset + height + height / 2, from), rows.count)
                out += rows[from..<to]
            }
        }
        for overlay in state.overlays {
            switch overlay {
            case .detail(let id, _):
                guard let index = feed.position(of: id) else { continue }
                out.append(index)
                if let parent = feed.parentPosition(of: index) { out.append(parent) }
                out += (feed.children[id] ?? []).prefix(DetailView.repliesShown)
            case .authorHistory(let id, _):
                guard let index = feed.position(of: id) else { continue }
                out.append(index)
                let positions = feed.authorHistory(of: index)
                out += positions.prefix(AuthorHistoryView.shownLimit)
                // The strikes line reads what house rules did to the author's posts (a spammer
                // may have thousands: the newest thousand are enough to count).
                out += positions.lazy.filter { feed.row(at: $0).traits.contains(.moderated) }.prefix(AuthorHistoryView.ruledLimit)
            case .alertDetail(let id, _):
                for example in state.alerts.first(where: { $0.id == id })?.examples ?? [] {
                    if let index = feed.position(of: example) { out.append(index) }
                }
            case .help:
                break
            }
        }
        return out
    }

    /// Reads back what the next frame shows that the feed let go, before it is drawn: `read`
    /// answers an `Effect.readMentions` (nothing: it cannot now, and the rows' placeholders are
    /// drawn). Again while what was read reveals more (a detail's parent: three rounds at
    /// most), and while a filter's scan of mentions an index did not cover goes on, a slice a
    /// round, for at most a tenth of a second a frame.
    public static func fill(_ state: inout AppState, updater: Updater, read: ([Int64]) -> [Msg]) {
        let started = DispatchTime.now().uptimeNanoseconds
        for round in 0... {
            // Only an overlay (a detail's parent) or a filter's scan can need more after a read.
            if round > 0, state.overlays.isEmpty, !state.feed.awaitsTextScan { return }
            if round >= 3, !state.feed.awaitsTextScan || DispatchTime.now().uptimeNanoseconds - started > 100_000_000 { return }
            let wanted = keysToRead(in: state)
            guard !wanted.isEmpty else { return }
            let answers = read(wanted)
            guard !answers.isEmpty else { return }
            for msg in answers { _ = updater.update(&state, msg) }
        }
    }

    /// The store keys of what the next frame shows and the feed does not hold (with what a
    /// filter still has to scan), each once.
    public static func keysToRead(in state: AppState) -> [Int64] {
        var seen: Set<Int64> = []
        return state.feed.keysToRead(at: positions(in: state)).filter { seen.insert($0).inserted }
    }
}
