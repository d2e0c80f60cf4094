import Foundation
import VigilCore
import VigilEngine
import VigilRules
import VigilStore
import VigilUI
import VigilTerminal

/// Profiling aid: where a dashboard's memory goes with a database's whole history loaded, stage
/// by stage as the history loader builds it (resident megabytes after each, and per mention).
@MainActor
enum MemoryBreakdown {
    static func run(database: String, rulesFile: String?) throws {
        FreePages.keepLargeBlocksApart()  // as the dashboard does
        let rules = try RuleLocator.load(explicit: rulesFile ?? FileManager.default.currentDirectoryPath + "/SampleFeeds/rules.yaml", feeds: [])
        let store = try SQLiteStore(path: database)
        var last = StoreBenchmarks.residentMegabytes()
        print("Memory with \(database) loaded as the dashboard's history loader does (resident MB)")
        Measure.row("  open", "\(last) MB")
        var started = Date()
        let count = max(store.count, 1)
        func stage(_ name: String) {
            let now = StoreBenchmarks.residentMegabytes()
            Measure.row("  \(name)", "+\(now - last) MB", "\((now - last) * 1_048_576 / count) B per mention, \(Int(Date().timeIntervalSince(started) * 1000)) ms")
            last = now
            started = Date()
        }
        // As `HistoryLoader` does: slices oldest first through the rules into the panes, the
        // full mentions let go but the newest.
        nonisolated(unsafe) let engine = RulesEngine(rules: rules.rules)
        engine.reserveCapacity(store.count)
        nonisolated(unsafe) let reader = store  // used under the source's lock only
        let source = MentionSource { keys in (try? reader.mentions(keys: keys)) ?? [:] }
        // On a thread of its own, as the dashboard's loader runs (its allocations go to that
        // thread's malloc arena).
        nonisolated(unsafe) var loaded: Result<FeedData, any Error>?
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            loaded = Result { try HistorySlices.load(reader, triage: try reader.triageStates(), source: source, process: { engine.process($0) }) }
            done.signal()
        }
        done.wait()
        let feed = try loaded!.get()
        engine.trimToFit()
        stage("history loaded (\(count) mentions, \(feed.heldCount) held in full)")
        FreePages.giveBack()
        stage("free pages given back (malloc_trim)")
        let alerts = engine.alerts()
        stage("alerts swept (\(alerts.count))")
        for (name, size) in feed.footprint + engine.footprint.map({ ("rules: " + $0.0, $0.1) }) {
            Measure.row("    \(name)", name.hasSuffix("(count)") ? "\(size)" : "\(size / 1_048_576) MB")
        }
        Measure.row("  total", "\(last) MB", "goal ≤ 250 MB at 1M mentions")
        // Paging through old items, whose full mentions are read back from the store per frame.
        let size = Size(width: 200, height: 60)
        var state = AppState(size: size, sourceDescription: "bench")
        state.feed = feed
        state.focus = .pending
        let renderer = Renderer(backend: TestBackend(size: size))
        let context = ViewContext(timeZone: TimeZone(identifier: "UTC")!)
        let updater = Updater()
        renderer.present(DashboardView.render(state, context: context))
        let before = source.fetched
        let frames = Measure.samples(500) {
            _ = updater.update(&state, .key(.pageDown))
            renderer.present(DashboardView.render(state, context: context))
        }
        Measure.row("Page down through old items → frame", "median \(Measure.format(Measure.percentile(frames, 0.5), decimals: 3)) ms",
                    "p99 \(Measure.format(Measure.percentile(frames, 0.99), decimals: 3)) ms, \(source.fetched - before) read back, goal ≤ 5 ms")
        // Live mentions arriving after the load, 100 at a time (a followed file), key to frame:
        // the first batches make every table sized for the history grow.
        var generator = FeedGenerator()
        var arrivals: [Double] = []
        for batch in 0..<20 {
            let mentions = (0..<100).map { index -> Mention in
                let row = generator.row(10_000_000 + batch * 100 + index)
                return Mention(id: MentionID(platform: .x, nativeID: "live-\(batch)-\(index)"), author: Author(handle: row.author),
                               createdAt: Date(), text: row.text)
            }
            let processed = engine.process(mentions)
            arrivals.append(Measure.seconds {
                _ = updater.update(&state, .mentionsArrived(processed))
                renderer.present(DashboardView.render(state, context: context))
            } * 1000)
        }
        Measure.row("Live mentions after the load → frame", "first \(Measure.format(arrivals[0], decimals: 1)) ms",
                    "then median \(Measure.format(Measure.percentile(Array(arrivals.dropFirst()).sorted(), 0.5), decimals: 2)) ms, max \(Measure.format(arrivals.dropFirst().max() ?? 0, decimals: 1)) ms (20 batches of 100)")
        withExtendedLifetime((feed, engine)) {}
    }
}
