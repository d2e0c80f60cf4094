import Foundation
import VigilCore
import VigilRules
import VigilStore
import VigilUI

/// Loads a large database's whole history on another thread while the dashboard already shows
/// the newest mentions: every mention through a fresh rules engine (same rules), then the pane
/// indexes. The main loop takes the result once, and swaps it in.
final class HistoryLoader: @unchecked Sendable {
    struct Loaded {
        var engine: RulesEngine
        var feed: FeedData
    }

    private let lock = NSLock()
    private var loaded: Loaded?
    private var failure: String?
    private var taken = false

    /// Starts reading `path` with `rules`; `take()` answers once it is done.
    init(path: String, rules: RuleSet) {
        Thread.detachNewThread { [self] in
            do {
                // Its own connection: WAL lets it read while the dashboard writes.
                let store = try SQLiteStore(path: path)
                let engine = RulesEngine(rules: rules)
                var stored = try store.newest(limit: nil, ruleFlags: false)
                // Handed over, not shared: the rules flag the only copy in place (a second
                // array of a million mentions would be ~370 MB more at the peak).
                let mentions = stored.mentions
                stored.mentions = []
                let feed = FeedData(mentions: engine.process(newestFirst: consume mentions), keys: stored.keys, triage: try store.triageStates())
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
    func take() -> Result<Loaded, LoadFailure>? {
        lock.lock(); defer { lock.unlock() }
        guard !taken else { return nil }
        if let loaded { taken = true; self.loaded = nil; return .success(loaded) }
        if let failure { taken = true; return .failure(LoadFailure(reason: failure)) }
        return nil
    }

    struct LoadFailure: Error { var reason: String }
}
