import Foundation
import VigilCore
import VigilRules
import VigilStore
import VigilUI

/// Loads a large database's whole history on another thread while the dashboard already shows
/// the newest mentions: slice by slice, oldest first, through a fresh rules engine (same rules)
/// into the pane indexes, each slice's full mentions let go but the newest (read back when
/// drawn), so a million are never in memory at once. The main loop takes the
/// result once, and swaps it in.
public final class HistoryLoader: @unchecked Sendable {
    public struct Loaded {
        public var engine: RulesEngine
        public var feed: FeedData
    }

    private let lock = NSLock()
    private var loaded: Loaded?
    private var failure: String?
    private var taken = false

    /// Starts reading the database `store` is on, with `rules`; `take()` answers once it is done.
    public init(store shown: any HistoryReading, rules: RuleSet) {
        nonisolated(unsafe) let shown = shown  // only reopened (a new handle) on the thread
        Thread.detachNewThread { [self] in
            do {
                // Its own connection (SQLite's WAL and PostgreSQL let it read while the dashboard writes).
                let store = try shown.reopened()
                let engine = RulesEngine(rules: rules)
                engine.reserveCapacity(store.count)
                let feed = try HistorySlices.load(store, triage: try store.triageStates(), process: { engine.process($0) })
                engine.trimToFit()
                FreePages.giveBack()
                finish(Loaded(engine: engine, feed: feed), failure: nil)
            } catch {
                finish(nil, failure: "could not load the history: \(error)")
            }
        }
    }

    private func finish(_ result: Loaded?, failure: String?) {
        lock.lock(); defer { lock.unlock() }
        loaded = result
        self.failure = failure
    }

    /// The result, once (nil while loading, and after it was taken).
    public func take() -> Result<Loaded, LoadFailure>? {
        lock.lock(); defer { lock.unlock() }
        guard !taken else { return nil }
        if let loaded { taken = true; self.loaded = nil; return .success(loaded) }
        if let failure { taken = true; return .failure(LoadFailure(reason: failure)) }
        return nil
    }

    public struct LoadFailure: Error { public var reason: String }
}
