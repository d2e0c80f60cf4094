import Foundation
import VigilCore
import VigilEngine
import VigilRules
import VigilStore
import VigilTerminal
import VigilUI

/// The dashboard following a file that grows by `rate` rows a second: a writer thread appends
/// CSV rows every 100 ms; the background reader reads and scores them as the dashboard's does;
/// the loop does what the dashboard's does (every 100 ms, or every 10 ms while updates wait, it
/// takes one, flags and counts its rows and saves them, then the panes and alerts take them and
/// a frame is drawn) and in between answers a key every 25 ms (a held-down key's repeat rate). A key's latency runs from when it was due to when its
/// frame is drawn, so a poll that holds the loop counts.
@MainActor
enum FollowBenchmark {
    static func run(seconds: Double, rate: Int, directory: String, rulesFile: String) throws {
        let feed = directory + "/follow-\(UUID().uuidString).csv"
        let database = directory + "/follow-\(UUID().uuidString).sqlite"
        defer { for path in [feed, database, database + "-wal", database + "-shm", database + "-fts", database + "-fts-wal", database + "-fts-shm"] { try? FileManager.default.removeItem(atPath: path) } }
        try "id,created_at,author,followers,platform,text\n".write(toFile: feed, atomically: true, encoding: .utf8)
        let store = try SQLiteStore(path: database)
        let engine = RulesEngine(rules: try RuleFileParser.load(path: rulesFile))
        let follower = FeedFollower(sources: [feed], rules: engine, store: store)

        let size = Size(width: 200, height: 60)
        var state = AppState(size: size, sourceDescription: "follow bench")
        // As the dashboard: full mentions beyond the newest few are let go and read back from
        // the store before a frame that shows them.
        state.feed = FeedData(mentions: [], storeBacked: true)
        let renderer = Renderer(backend: TestBackend(size: size))
        let context = ViewContext(timeZone: TimeZone(identifier: "UTC")!)
        let updater = Updater()
        func present() { BenchFrames.present(&state, updater: updater, renderer: renderer, context: context, store: store) }
        present()

        // The initial read, as the dashboard does before its screen opens; then the background reader.
        _ = follower.poll()
        let reader = BackgroundFeedReader(follower: follower)
        defer { reader.stop() }
        let writer = AppendingWriter(path: feed, rate: rate, seconds: seconds)
        writer.start()
        let start = DispatchTime.now().uptimeNanoseconds
        func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        var keyLatencies: [Double] = [], pollTimes: [Double] = []
        var keys: [Key] = [.character("j"), .character("j"), .pageDown, .tab, .character("k"), .pageUp, .backTab]
        var nextKey = 0.025, nextPoll = 0.1
        var parts = [0.0, 0.0, 0.0, 0.0]
        var behind = false
        var lastAlertsLook = -1.0
        var lastFrame = 0.0
        var slow: [String] = []
        // VIGIL_BENCH_SLOW=MS lists keys and polls slower than that; 1 (the older switch) means 20.
        let slowMilliseconds = Double(ProcessInfo.processInfo.environment["VIGIL_BENCH_SLOW"] ?? "") ?? 20
        let slowAfter = (slowMilliseconds < 2 ? 20 : slowMilliseconds) / 1000
        while !writer.isDone || now() < seconds + 0.5 {
            let due = min(nextKey, nextPoll)
            let wait = due - now()
            if wait > 0 { Thread.sleep(forTimeInterval: wait) }
            if nextKey <= now() {
                let keyStart = now()
                let key = keys.removeFirst()
                keys.append(key)
                _ = updater.update(&state, .key(key))
                present()
                lastFrame = now()
                keyLatencies.append((now() - nextKey) * 1000)
                if now() - nextKey > slowAfter { slow.append("key \(Measure.format((now() - nextKey) * 1000)) ms late, its own frame \(Measure.format((now() - keyStart) * 1000)) ms") }
                nextKey += 0.025
            }
            if nextPoll <= now() {
                let began = now()
                // As the dashboard's loop: up to about 100 mentions a poll.
                var update = reader.take(upTo: BackgroundFeedReader.mentionsPerTake) ?? FeedFollower.Update()
                follower.finish(&update)
                behind = reader.hasWaiting
                let read = now()
                var pollParts = (merged: read, alerted: read)
                if !update.mentions.isEmpty {
                    _ = updater.update(&state, .mentionsArrived(update.mentions, keys: update.keyOfEach))
                    let merged = now()
                    pollParts.merged = merged
                    if began - lastAlertsLook >= (behind ? 1 : 0.25) {  // as LiveSession
                        lastAlertsLook = began
                        _ = updater.update(&state, .alertsChanged(engine.alerts()))
                    }
                    let alerted = now()
                    pollParts.alerted = alerted
                    // As the dashboard's loop: a key already due draws this frame with its own, and
                    // while behind, frames come at most 30 times a second.
                    if nextKey > now() && (!behind || now() - lastFrame >= 1.0 / 30) {
                        present()
                        lastFrame = now()
                    }
                    parts[0] += read - began; parts[1] += merged - read; parts[2] += alerted - merged; parts[3] += now() - alerted
                }
                pollTimes.append((now() - began) * 1000)
                if now() - began > slowAfter {
                    slow.append("poll \(Measure.format((now() - began) * 1000)) ms at \(Measure.format(now(), decimals: 1)) s, \(state.feed.count) in the feed: "
                                + "finish \(Measure.format((read - began) * 1000)) ms, panes \(Measure.format((pollParts.merged - read) * 1000)) ms, "
                                + "alerts \(Measure.format((pollParts.alerted - pollParts.merged) * 1000)) ms, \(update.mentions.count) rows")
                }
                nextPoll = began + (behind ? 0.001 : 0.1)
            }
            if writer.isDone && now() > seconds + 0.5 { break }
        }
        // What is still on its way in the file.
        Thread.sleep(forTimeInterval: 0.2)
        while var final = reader.take() {
            follower.finish(&final)
            _ = updater.update(&state, .mentionsArrived(final.mentions, keys: final.keyOfEach))
            if !reader.hasWaiting { Thread.sleep(forTimeInterval: 0.2) }
        }
        keyLatencies.sort()
        pollTimes.sort()
        let shown = state.feed.count
        Measure.row("Follow a file growing \(rate) rows/s, \(Int(seconds)) s", "key → frame p99 \(Measure.format(Measure.percentile(keyLatencies, 0.99), decimals: 2)) ms",
                    "median \(Measure.format(Measure.percentile(keyLatencies, 0.5), decimals: 2)) ms, p95 \(Measure.format(Measure.percentile(keyLatencies, 0.95), decimals: 2)) ms, max \(Measure.format(keyLatencies.last ?? 0, decimals: 1)) ms over \(keyLatencies.count) keys; goal p99 ≤ 5 ms")
        Measure.row("  one poll (flag, save, panes, frame)", "median \(Measure.format(Measure.percentile(pollTimes, 0.5), decimals: 1)) ms",
                    "p99 \(Measure.format(Measure.percentile(pollTimes, 0.99), decimals: 1)) ms, \(pollTimes.count) polls")
        let polls = Double(max(1, pollTimes.count))
        Measure.row("  a poll's parts", "follower \(Measure.format(parts[0] / polls * 1000, decimals: 1)) ms",
                    "panes \(Measure.format(parts[1] / polls * 1000, decimals: 1)) ms, alerts \(Measure.format(parts[2] / polls * 1000, decimals: 1)) ms, frame \(Measure.format(parts[3] / polls * 1000, decimals: 1)) ms (means)")
        if ProcessInfo.processInfo.environment["VIGIL_BENCH_SLOW"] != nil { for line in slow { print("    " + line) } }
        Measure.row("  rows shown / written", "\(shown) / \(writer.written)", shown == writer.written ? "every row shown" : "ROWS MISSING")
    }
}

/// Appends generated rows to a CSV file in 100 ms steps on a thread of its own.
final class AppendingWriter: @unchecked Sendable {
    let path: String, rate: Int, seconds: Double
    private let lock = NSLock()
    private var done = false
    private(set) var written = 0

    init(path: String, rate: Int, seconds: Double) {
        self.path = path
        self.rate = rate
        self.seconds = seconds
    }

    var isDone: Bool { lock.withLock { done } }

    func start() {
        Thread.detachNewThread { [self] in
            var generator = FeedGenerator()
            guard let handle = FileHandle(forWritingAtPath: path) else { return }
            handle.seekToEndOfFile()
            let steps = Int(seconds * 10)
            let begin = Date()
            var index = 0
            for step in 0..<steps {
                var text = ""
                for _ in 0..<(rate / 10) {
                    let row = generator.row(index)
                    text += [row.id, row.createdAt, row.author, String(row.followers), row.platform, FeedGenerator.csvField(row.text)].joined(separator: ",") + "\n"
                    index += 1
                }
                handle.write(Data(text.utf8))
                lock.withLock { written = index }
                let next = begin.addingTimeInterval(Double(step + 1) / 10)
                if next > Date() { Thread.sleep(until: next) }
            }
            try? handle.close()
            lock.withLock { done = true }
        }
    }
}
