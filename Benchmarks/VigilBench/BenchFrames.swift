import VigilCore
import VigilStore
import VigilTerminal
import VigilUI

/// Draws a frame as the dashboard's runner does: what it shows that the feed let go is read back
/// from the store first (`FrameWindow`), then the view is rendered. Returns how many mentions
/// were read back.
@MainActor
enum BenchFrames {
    @discardableResult
    static func present(_ state: inout AppState, updater: Updater, renderer: Renderer, context: ViewContext, store: any MentionReading) -> Int {
        var readBack = 0
        FrameWindow.fill(&state, updater: updater) { keys in
            let found = (try? store.mentions(keys: keys)) ?? [:]
            readBack += found.count
            return [.mentionsRead(found, asked: keys)]
        }
        renderer.present(DashboardView.render(state, context: context))
        return readBack
    }
}
