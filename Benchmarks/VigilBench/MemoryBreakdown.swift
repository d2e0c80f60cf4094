import Foundation
import VigilCore
import VigilEngine
import VigilRules
import VigilPostgres
import VigilStore
import VigilUI
import VigilTerminal
import VigilSession

/// Profiling aid: where a dashboard's memory goes with a database's whole history loaded, stage
/// by stage as the history loader builds it (resident megabytes after each, and per mention).
@MainActor
enum MemoryBreakdown {
    static func run(database: String, rulesFile: String?) throws {
        FreePages.keepLargeBlocksApart()  // as the dashboard does
        let rules = try RuleLocator.load(explicit: rulesFile ?? FileManager.default.currentDirectoryPath + "/SampleFeeds/rules.yaml", feeds: [])
        let store: any MentionStore & HistoryReading = database.hasPrefix("postgres") ? try PostgresStore(url: database) : try SQLiteStore(path: database)
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
        nonisolated(unsafe) let reader = store  // the loader thread's until it is done
        // On a thread of its own, as the dashboard's loader runs (its allocations go to that
        // thread's malloc arena).
        nonisolated(unsafe) var loaded: Result<FeedData, any Error>?
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            loaded = Result { try HistorySlices.load(reader, triage: try reader.triageStates(), process: { engine.process($0) }) }
            done.signal()
        }
        done.wait()
        let feed = try loaded!.get()
        loaded = nil  // the feed has one owner
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
        state.feed = consume feed  // moved, as the dashboard holds it: a second copy would make the first change copy every table
        state.focus = .pending
        let renderer = Renderer(backend: TestBackend(size: size))
        let context = ViewContext(timeZone: TimeZone(identifier: "UTC")!)
        let updater = Updater()
        // As the dashboard's runner: what a frame shows that the feed let go is read back first.
        var fetched = 0
        func present() { fetched += BenchFrames.present(&state, updater: updater, renderer: renderer, context: context, store: store) }
        present()
        let before = fetched
        let frames = Measure.samples(500) {
            _ = updater.update(&state, .key(.pageDown))
            present()
        }
        Measure.row("Page down through old items → frame", "median \(Measure.format(Measure.percentile(frames, 0.5), decimals: 3)) ms",
                    "p99 \(Measure.format(Measure.percentile(frames, 0.99), decimals: 3)) ms, \(fetched - before) read back, goal ≤ 5 ms")
        // Live mentions arriving after the load, 100 at a time (a followed file), key to frame:
        // the first batches make every table sized for the history grow.
        var generator = FeedGenerator()
        var arrivals: [Double] = []
        // Live posts are the newest (later than anything in the history).
        var clock = state.feed.timeline.first.map { state.feed.mention(at: $0).createdAt } ?? Date()
        for batch in 0..<(Int(ProcessInfo.processInfo.environment["VIGIL_BENCH_LIVE_BATCHES"] ?? "") ?? 20) {
            let mentions = (0..<100).map { index -> Mention in
                let row = generator.row(10_000_000 + batch * 100 + index)
                clock += 0.01
                return Mention(id: MentionID(platform: .x, nativeID: "live-\(batch)-\(index)"), author: Author(handle: row.author),
                               createdAt: clock, text: row.text)
            }
            let processed = engine.process(mentions)
            let merge = Measure.seconds { _ = updater.update(&state, .mentionsArrived(processed)) } * 1000
            let frame = Measure.seconds { present() } * 1000
            arrivals.append(merge + frame)
            if batch == 0 { Measure.row("  first batch: panes, frame", "\(Measure.format(merge, decimals: 1)) ms, \(Measure.format(frame, decimals: 1)) ms") }
        }
        Measure.row("Live mentions after the load → frame", "first \(Measure.format(arrivals[0], decimals: 1)) ms",
                    "then median \(Measure.format(Measure.percentile(Array(arrivals.dropFirst()).sorted(), 0.5), decimals: 2)) ms, max \(Measure.format(arrivals.dropFirst().max() ?? 0, decimals: 1)) ms (20 batches of 100)")
        withExtendedLifetime(engine) {}
    }
}
