import Foundation
import VigilCore
import VigilRules
import VigilEngine
import VigilPostgres
import VigilStore
import VigilTerminal
import VigilUI

/// A store with a million mentions (SQLite, and PostgreSQL beside it when a server is given):
/// import rows/s in 10,000-row transactions (goal ≥ 200k/s on SQLite), the dashboard's first
/// frame and its loading of everything, paging through old items (read back for each frame),
/// searches and filters, one triage action's commit, and resident memory.
@MainActor
enum StoreBenchmarks {
    static func run(count: Int, directory: String, part: String? = nil, postgres: String? = nil) throws {
        let path = directory + "/store-bench-\(UUID().uuidString).sqlite"
        defer { for suffix in ["", "-wal", "-shm", "-fts", "-fts-wal", "-fts-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        var stores: [(String, () throws -> any MentionStore & HistoryReading)] = [("SQLite (WAL)", { try SQLiteStore(path: path) })]
        if let postgres {
            let name = "vigil_bench_\(UUID().uuidString.prefix(8).lowercased())"
            try PostgresAdmin.createDatabase(name, server: postgres)
            let url = PostgresAdmin.url(postgres, database: name)
            stores.append(("PostgreSQL", { try PostgresStore(url: url) }))
        }
        var random = SeededGenerator(seed: 7)
        let words = ["kettle", "lid", "tea", "app", "recall", "love", "broken", "refund", "té", "Wasserkocher", "bouilloire", "☕", "🔥"]
        let start = Date(timeIntervalSince1970: 1_795_219_200)
        let mentions = (0..<count).map { i -> Mention in
            let text = (0..<12).map { _ in words[Int(random.next() % UInt64(words.count))] }.joined(separator: " ")
            return Mention(id: MentionID(platform: [.x, .instagram, .reddit, .facebook][i % 4], nativeID: "s\(i)"),
                           author: Author(handle: "user\(random.next() % 50_000)", followers: Int(random.next() % 100_000)),
                           createdAt: start.addingTimeInterval(Double(i) * 0.6), text: text, url: "https://x.com/u/status/\(i)",
                           kind: [.post, .comment, .reply][i % 3], language: "en",
                           metrics: Metrics(likes: Int(random.next() % 100), shares: 1, replies: 2),
                           sentiment: Sentiment(label: .neutral, score: 0.1, source: .analyzer),
                           flags: i % 10 == 0 ? RuleFlags(needsReply: true, reasons: [RuleReason(ruleID: "question", detail: "asks a question")]) : RuleFlags())
        }
        for (name, open) in stores {
            print("Store: \(count) mentions into \(name), 10,000 per transaction")
            try measure(try open(), mentions: mentions, part: part)
        }
    }

    static func measure(_ store: any MentionStore & HistoryReading, mentions: [Mention], part: String?) throws {
        let count = mentions.count
        let importSeconds = try Measure.seconds {
            var index = 0
            while index < count {
                try store.upsert(Array(mentions[index..<min(count, index + 10_000)]))
                index += 10_000
            }
            try store.flush()  // the search index (written on another thread) holds them all
        }
        Measure.row("  import (new rows)", "\(Measure.format(Double(count) / importSeconds)) rows/s", "goal ≥ 200,000/s")
        let again = try Measure.seconds {
            try store.upsert(Array(mentions.prefix(100_000)))
            try store.flush()
        }
        Measure.row("  re-import (existing rows)", "\(Measure.format(Double(min(count, 100_000)) / again)) rows/s")
        if part == "import" { return }  // profiling aid
        // What the dashboard does before its first frame: the newest mentions through the default
        // rule pack, their pane indexes, one frame. (The rest then loads on another thread.)
        let rules = try RuleLocator.load(explicit: FileManager.default.currentDirectoryPath + "/SampleFeeds/rules.yaml", feeds: [])
        let firstFrame = try Measure.seconds {
            let newest = try store.newest(limit: FeedData.firstLoadLimit, ruleFlags: false)
            var state = AppState(size: Size(width: 200, height: 60), sourceDescription: "bench")
            state.feed = FeedData(mentions: rules.process(newestFirst: newest.mentions), keys: newest.keys, triage: try store.triageStates())
            Renderer(backend: TestBackend(size: state.size)).present(DashboardView.render(state, context: ViewContext()))
        }
        Measure.row("  open to first frame (newest \(FeedData.firstLoadLimit))", "\(Measure.format(firstFrame * 1000)) ms", "goal ≤ 300 ms")
        // The rest as the dashboard's history loader reads it: slices oldest first through the
        // rules, full mentions let go but the newest (read back by key when drawn).
        var feed = FeedData()
        let loadSeconds = try Measure.seconds {
            feed = try HistorySlices.load(store, triage: try store.triageStates(), process: { rules.process($0) })
        }
        Measure.row("  load all (then, in the background)", "\(Measure.format(loadSeconds * 1000)) ms", "\(feed.count) mentions, rules run, \(feed.heldCount) held in full")
        for terms in [["refund"], ["recall", "kettle"], ["Wasserkocher kettle"]] {
            var found = 0
            let samples = try (0..<5).map { _ in try Measure.seconds { found = try store.search(terms).count } * 1000 }.sorted()
            Measure.row("  full-text search \(terms)", "median \(Measure.format(Measure.percentile(samples, 0.5), decimals: 1)) ms",
                        "\(found) found; goal ≤ 100 ms")
        }
        let now = Date(timeIntervalSince1970: 1_795_900_000)
        let filter = try MentionFilter(parsing: "sentiment:neu platform:x followers:>50000 -status:replied", now: now)
        let filterSamples = (0..<5).map { _ in Measure.seconds { feed.setFilter(filter) } * 1000 }.sorted()
        Measure.row("  field filter over all mentions", "median \(Measure.format(Measure.percentile(filterSamples, 0.5))) ms",
                    "\(feed.posts.count + feed.comments.count) match; goal ≤ 100 ms")
        // What a text filter costs in the dashboard: the search, then the panes.
        for query in ["recall kettle", "recall kettle platform:x", "kettle -refund 🔥"] {
            let textFilter = try MentionFilter(parsing: query, now: now)
            let textSamples = try (0..<5).map { _ in
                try Measure.seconds {
                    feed.setFilter(textFilter, answer: try store.search(textFilter.requiredText, excluding: textFilter.excludedText))
                } * 1000
            }.sorted()
            Measure.row("  /\(query): search + panes", "median \(Measure.format(Measure.percentile(textSamples, 0.5))) ms",
                        "\(feed.posts.count + feed.comments.count) match; goal ≤ 100 ms")
        }
        // Paging through old items, as the dashboard's runner draws: what a frame shows that the
        // feed let go is read back from the store first.
        feed.setFilter(nil)
        var state = AppState(size: Size(width: 200, height: 60), sourceDescription: "bench")
        state.feed = feed
        feed = FeedData()  // one owner, as in the dashboard
        state.focus = .comments
        let renderer = Renderer(backend: TestBackend(size: state.size))
        let context = ViewContext(timeZone: TimeZone(identifier: "UTC")!)
        let updater = Updater()
        var readBack = 0
        func present() { readBack += BenchFrames.present(&state, updater: updater, renderer: renderer, context: context, store: store) }
        present()
        let pages = Measure.samples(300) {
            _ = updater.update(&state, .key(.pageDown))
            present()
        }
        Measure.row("  page down through old items → frame", "median \(Measure.format(Measure.percentile(pages, 0.5), decimals: 2)) ms",
                    "p99 \(Measure.format(Measure.percentile(pages, 0.99), decimals: 2)) ms, \(readBack) read back; goal p99 ≤ 5 ms")
        let ids = [mentions[count / 2].id]
        let samples = try (0..<50).map { n in
            try Measure.seconds { try store.apply(.markReplied, to: ids, by: "bench", at: Date(timeIntervalSince1970: Double(n))) } * 1000
        }.sorted()
        Measure.row("  one triage action, committed", "median \(Measure.format(Measure.percentile(samples, 0.5), decimals: 2)) ms",
                    "p99 \(Measure.format(Measure.percentile(samples, 0.99), decimals: 2)) ms")
        Measure.row("  resident memory", "\(residentMegabytes()) MB", "with the generated mentions still held too; see `vigil-bench memory --db` for the dashboard alone")
    }

    static func residentMegabytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") else { return -1 }
        return kilobytes / 1024
    }
}
