import Foundation
import VigilTerminal

/// The main loop: draw when something changed, read a key (100 ms at most), feed messages to
/// `update`, repeat. Works the same over ncurses and the in-memory test backend.
@MainActor
public final class DashboardRunner {
    public private(set) var state: AppState
    public let context: ViewContext
    private let updater: Updater
    private let renderer: Renderer
    private let backend: any Backend

    /// Carries out what `update` asks of the outside world (acknowledging an alert…) and
    /// returns the messages that result.
    public var perform: (Effect) -> [Msg] = { _ in [] }
    /// True while outside events are waiting (a flood read in steps): keys are waited for
    /// 1 ms at most, so the rest comes in soon.
    public var pollSoon: () -> Bool = { false }

    public init(backend: any Backend, state: AppState, context: ViewContext, updater: Updater = Updater()) {
        self.backend = backend
        self.state = state
        self.context = context
        self.updater = updater
        renderer = Renderer(backend: backend)
        self.state.size = backend.size
    }

    public func send(_ msg: Msg) {
        var queue = [msg]
        while !queue.isEmpty {
            for effect in updater.update(&state, queue.removeFirst()) where effect != .quit {
                // What the user was just told ("searching…") is on screen while a slow effect
                // runs, not replaced by its answer before any frame showed it.
                if effect.takesTime { draw() }
                queue += perform(effect)
            }
        }
    }

    /// The next frame is drawn whole (after something else used the terminal).
    public func invalidate() {
        renderer.invalidate()
    }

    /// Draws the current state (only changed cells reach the backend), after reading back what
    /// it shows that the feed let go.
    public func draw() {
        readWindow()
        renderer.present(DashboardView.render(state, context: context))
        lastDraw = DispatchTime.now().uptimeNanoseconds
    }

    /// Has the mentions the frame shows that the feed does not hold read back (`FrameWindow`),
    /// so the view draws from state alone.
    private func readWindow() {
        FrameWindow.fill(&state, updater: updater) { perform(.readMentions($0)) }
    }

    /// When the last frame was drawn (monotonic nanoseconds).
    private var lastDraw: UInt64 = 0

    /// Runs until the user quits or `shouldStop` says so. `poll` delivers outside events
    /// (new mentions from followed files, alerts) between key presses.
    public func run(keyTimeoutMilliseconds: Int = 100, shouldStop: () -> Bool = { false }, poll: () -> [Msg] = { [] }, clock: () -> Date = Date.init) {
        var dirty = true
        // Ticks follow the wall clock (once a second) whatever `clock` says (the demo's runs fast).
        var lastTick = Date()
        send(.tick(clock()))
        while state.isRunning {
            if shouldStop() {
                send(.stopRequested)
                break
            }
            if backend.size != state.size {
                send(.resize(backend.size))
                renderer.invalidate()
                dirty = true
            }
            // A key already waiting is handled before drawing what the feeds brought: its frame
            // shows both, one frame instead of two.
            var key = dirty ? backend.readKey(timeoutMilliseconds: 0) : nil
            // While a flood comes in steps, what it brings is drawn 30 times a second, not after
            // every step.
            if dirty && key == nil && (!pollSoon() || DispatchTime.now().uptimeNanoseconds - lastDraw >= 33_000_000) {
                draw()
                dirty = false
            }
            if key == nil { key = backend.readKey(timeoutMilliseconds: pollSoon() ? 1 : keyTimeoutMilliseconds) }
            if let key {
                if key == .resize {
                    send(.resize(backend.size))
                    renderer.invalidate()
                } else {
                    send(.key(key))
                }
                // The key's frame first: whatever the feeds bring waits for it, not it for them.
                draw()
                dirty = false
            }
            for msg in poll() {
                send(msg)
                dirty = true
            }
            if Date().timeIntervalSince(lastTick) >= 1 {
                lastTick = Date()
                send(.tick(clock()))
                dirty = true
            }
        }
    }
}
