import Foundation
import VigilCore
import VigilEngine
import VigilRules
import VigilStore
import VigilUI

/// Profiling aid: where a dashboard's memory goes with a database's whole history loaded, stage
/// by stage as the history loader builds it (resident megabytes after each, and per mention).
@MainActor
enum MemoryBreakdown {
    static func run(database: String, rulesFile: String?) throws {
        let rules = try RuleLocator.load(explicit: rulesFile ?? FileManager.default.currentDirectoryPath + "/SampleFeeds/rules.yaml", feeds: [])
        let store = try SQLiteStore(path: database)
        var last = StoreBenchmarks.residentMegabytes()
        print("Memory with \(database) loaded as the dashboard's history loader does (resident MB)")
        Measure.row("  open", "\(last) MB")
        var started = Date()
        var stored = try store.newest(limit: nil, ruleFlags: false)
        let count = max(stored.mentions.count, 1)
        func stage(_ name: String) {
            let now = StoreBenchmarks.residentMegabytes()
            Measure.row("  \(name)", "+\(now - last) MB", "\((now - last) * 1_048_576 / count) B per mention, \(Int(Date().timeIntervalSince(started) * 1000)) ms")
            last = now
            started = Date()
        }
        stage("mentions and keys read (\(count))")
        let mentions = stored.mentions
        stored.mentions = []
        let flagged = rules.process(newestFirst: consume mentions)
        stage("rules run (flags, windows, alerts)")
        let feed = FeedData(mentions: flagged, keys: stored.keys, triage: try store.triageStates())
        stage("pane indexes (FeedData)")
        Measure.row("  total", "\(last) MB", "goal ≤ 250 MB at 1M mentions")
        withExtendedLifetime(feed) {}
    }
}
