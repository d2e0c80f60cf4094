import Foundation
import VigilCore
import VigilPostgres
import VigilStore

/// Team mode under load, on PostgreSQL and on SQLite in the same run: bulk import speed
/// (COPY), then `agents` people triaging (each with a connection of their own, as each
/// dashboard has) while an import writes 5,000 rows a second, and how long another dashboard
/// polling the change feed takes to see each action. Goals (#31): import ≥ 100k rows/s with
/// COPY, triage commit p99 ≤ 20 ms, seen by the others p99 ≤ 1 s.
enum TeamBenchmark {
    static func run(postgres: String?, rows: Int, agents: Int, seconds: Double, directory: String) throws {
        var stores: [(String, () throws -> any MentionStore)] = []
        let sqlitePath = directory + "/team-bench-\(UUID().uuidString).sqlite"
        defer { for suffix in ["", "-wal", "-shm", "-fts", "-fts-wal", "-fts-shm"] { try? FileManager.default.removeItem(atPath: sqlitePath + suffix) } }
        stores.append(("SQLite", { try SQLiteStore(path: sqlitePath) }))
        if let postgres {
            let name = "vigil_bench_\(UUID().uuidString.prefix(8).lowercased())"
            try PostgresAdmin.createDatabase(name, server: postgres)
            let url = PostgresAdmin.url(postgres, database: name)
            stores.append(("PostgreSQL", { try PostgresStore(url: url) }))
        } else {
            print("note: no PostgreSQL server given (--postgres URL or VIGIL_TEST_POSTGRES): SQLite only")
        }
        print("Team: import of \(rows.formatted()) mentions, then \(agents) agents triaging for \(Int(seconds)) s while 5,000 rows/s arrive")
        for (name, open) in stores {
            print("\(name):")
            let store = try open()
            let mentions = generate(rows, prefix: "b")
            let importSeconds = try Measure.seconds {
                var index = 0
                while index < mentions.count {
                    try store.upsert(Array(mentions[index..<min(mentions.count, index + 10_000)]))
                    index += 10_000
                }
                try store.flush()
            }
            Measure.row("  import, 10,000 per batch", "\(Measure.format(Double(rows) / importSeconds)) rows/s", "goal ≥ 100,000/s (PostgreSQL, COPY)")
            try load(open: open, ids: mentions.map(\.id), agents: agents, seconds: seconds)
        }
    }

    /// Agents triage random items as fast as a person could never (one action every 50 ms
    /// each), an importer writes 500 rows every 100 ms, a watcher polls the change feed every
    /// 50 ms and notes when each action shows.
    private static func load(open: () throws -> any MentionStore, ids: [MentionID], agents: Int, seconds: Double) throws {
        let agentStores = try (0..<agents).map { _ in try open() }
        let importer = try open(), watcher = try open()
        let lock = NSLock()
        nonisolated(unsafe) var commits: [Double] = [], committedAt: [String: Date] = [:], seenAfter: [Double] = [], failures = 0
        let stop = Date().addingTimeInterval(seconds)
        // Threads of their own (a pool would start some late, or not at all while others sleep).
        let group = DispatchGroup()
        func spawn(_ body: @escaping @Sendable () -> Void) {
            group.enter()
            Thread.detachNewThread { body(); group.leave() }
        }
        nonisolated(unsafe) let watcherStore = watcher
        nonisolated(unsafe) var position = try watcher.latestChange()
        spawn {
            while Date() < stop.addingTimeInterval(1.5) {
                if let changes = try? watcherStore.changes(after: position) {
                    position = changes.last
                    let now = Date()
                    lock.withLock {
                        for state in changes.triage.values {
                            guard let tag = state.tags.first, let at = committedAt.removeValue(forKey: tag) else { continue }
                            seenAfter.append(now.timeIntervalSince(at) * 1000)
                        }
                    }
                }
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        for (index, store) in agentStores.enumerated() {
            nonisolated(unsafe) let store = store
            spawn {
                var random = SeededGenerator(seed: UInt64(index + 1))
                var n = 0
                while Date() < stop {
                    let id = ids[Int(random.next() % UInt64(ids.count))]
                    let tag = "a\(index)-\(n)"
                    n += 1
                    let started = Date()
                    do {
                        // The time is noted before the commit can be seen, so no sighting is missed.
                        lock.withLock { committedAt[tag] = started }
                        try store.apply(.setTags([tag]), to: [id], by: "agent\(index)", at: started)
                        let took = Date().timeIntervalSince(started)
                        lock.withLock { commits.append(took * 1000); committedAt[tag] = Date() }
                    } catch {
                        lock.withLock { failures += 1; committedAt[tag] = nil }
                    }
                    Thread.sleep(forTimeInterval: 0.05)
                }
            }
        }
        nonisolated(unsafe) let importerStore = importer
        spawn {
            var batch = 0
            while Date() < stop {
                let next = Date().addingTimeInterval(0.1)
                try? importerStore.upsert(generate(500, prefix: "live\(batch)-"))
                batch += 1
                Thread.sleep(until: next)
            }
        }
        group.wait()
        let sortedCommits = commits.sorted(), sortedSeen = seenAfter.sorted().map { max(0, $0) }
        Measure.row("  triage commit (\(commits.count) by \(agents) agents)",
                    "p50 \(Measure.format(Measure.percentile(sortedCommits, 0.5), decimals: 1)) / p99 \(Measure.format(Measure.percentile(sortedCommits, 0.99), decimals: 1)) ms ",
                    "goal p99 ≤ 20 ms")
        Measure.row("  seen elsewhere (polled every 50 ms)",
                    "p50 \(Measure.format(Measure.percentile(sortedSeen, 0.5))) / p99 \(Measure.format(Measure.percentile(sortedSeen, 0.99))) ms ",
                    "goal p99 ≤ 1,000 ms; \(committedAt.count) not seen, \(failures) failed")
    }

    static func generate(_ count: Int, prefix: String) -> [Mention] {
        var random = SeededGenerator(seed: UInt64(truncatingIfNeeded: prefix.hashValue))
        let words = ["kettle", "lid", "tea", "app", "recall", "love", "broken", "refund", "té", "Wasserkocher", "bouilloire", "☕", "🔥"]
        let start = Date(timeIntervalSince1970: 1_795_219_200)
        return (0..<count).map { i in
            Mention(id: MentionID(platform: [.x, .instagram, .reddit, .facebook][i % 4], nativeID: "\(prefix)\(i)"),
                    author: Author(handle: "user\(random.next() % 50_000)", followers: Int(random.next() % 100_000)),
                    createdAt: start.addingTimeInterval(Double(i) * 0.6),
                    text: (0..<12).map { _ in words[Int(random.next() % UInt64(words.count))] }.joined(separator: " "),
                    url: "https://x.com/u/status/\(i)", kind: [.post, .comment, .reply][i % 3], language: "en",
                    metrics: Metrics(likes: Int(random.next() % 100), shares: 1, replies: 2),
                    sentiment: Sentiment(label: .neutral, score: 0.1, source: .analyzer),
                    flags: i % 10 == 0 ? RuleFlags(needsReply: true, reasons: [RuleReason(ruleID: "question", detail: "asks a question")]) : RuleFlags())
        }
    }
}
