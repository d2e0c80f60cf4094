import Foundation
import VigilCore
import VigilEngine
import VigilImport
import VigilRules
import VigilSentiment
import VigilStore

/// `vigil import` as a user runs it: the real binary as a subprocess, into a fresh database,
/// timed until the data and the search index are complete, against the Python pipeline
/// (Benchmarks/python_pipeline.py) over the same file; alternating, best of 3, same run. Then
/// where the time goes, stage by stage, in this process.
enum EndToEndBenchmark {
    static func run(rows: Int, directory: String, vigil: String, python: String) throws {
        print("End to end: `vigil import` of a generated CSV (\(rows) rows) into a fresh SQLite database")
        print("(real texts: tweets, posts and sentences from Tests/VigilSentimentTests, one or two a row)\n")
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("python_pipeline.py").path
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Tests/VigilSentimentTests").path
        let pool = FeedGenerator.realTexts(testsDirectory: tests)
        let cases: [(format: String, texts: String, pool: [String: [String]]?)] = [
            ("plain-csv", "real texts", pool), ("plain-csv-lang", "real texts", pool), ("plain-csv", "short generated texts", nil),
        ]
        for (format, textsLabel, pool) in cases {
            var generator = FeedGenerator()
            generator.pool = pool
            let feed = directory + "/e2e-\(rows)-\(format)-\(pool == nil ? "short" : "real").csv"
            let bytes = try generator.write(rows: rows, format: format, to: feed)
            let label = (format == "plain-csv" ? "no language column" : "with a language column") + ", \(textsLabel)"
            var vigilRuns: [Double] = [], pythonRuns: [Double] = []
            for _ in 0..<3 {
                let database = directory + "/e2e.sqlite"
                removeDatabase(database)
                if let seconds = timed(vigil, ["import", "--quiet", "--db", database, feed]) { vigilRuns.append(seconds) }
                let pythonDatabase = directory + "/e2e-python.sqlite"
                removeDatabase(pythonDatabase)
                if let seconds = timed(python, (python.hasSuffix("/env") ? ["python3"] : []) + [script, feed, pythonDatabase]) { pythonRuns.append(seconds) }
            }
            guard let best = vigilRuns.min() else {
                Measure.row("vigil import (\(label))", "failed", "could not run \(vigil)")
                continue
            }
            let rate = Double(rows) / best
            Measure.row("vigil import (\(label))", "\(Measure.format(rate)) rows/s",
                        "best of 3, \(Measure.format(best, decimals: 2)) s, \(Measure.format(Double(bytes) / best / 1e6)) MB/s, start-up and search index included")
            if let pythonBest = pythonRuns.min() {
                Measure.row("  Python pipeline (pandas + vaderSentiment + re)", "\(Measure.format(Double(rows) / pythonBest)) rows/s",
                            "best of 3, \(Measure.format(pythonBest, decimals: 2)) s; Vigil is \(Measure.format(pythonBest / best, decimals: 1))× the baseline; goal ≥ 10×")
            } else {
                Measure.row("  Python pipeline", "skipped", "needs pandas and vaderSentiment for \(python) (pip install pandas vaderSentiment)")
            }
            if format == "plain-csv" && pool != nil { try stages(feed: feed, rows: rows, directory: directory) }
        }
    }

    /// Each stage alone, in this process, on the same file (one core).
    static func stages(feed: String, rows: Int, directory: String) throws {
        var data = Data()
        let read = try Measure.seconds { data = try Data(contentsOf: URL(fileURLWithPath: feed)) }
        _ = data.count
        var mentions: [Mention] = []
        let decode = try Measure.seconds {
            mentions = try FeedReader().read(path: feed).mentions
        }
        var texts = mentions.map(\.text)
        for index in texts.indices { texts[index].makeContiguousUTF8() }
        var found = 0
        let language = Measure.seconds { for index in texts.indices { if texts[index].withUTF8({ LanguageGuess.identify($0).language }) != nil { found += 1 } } }
        let stage = SentimentStage()
        let sentiment = Measure.seconds { stage.apply(to: &mentions) }
        let engine = try RuleLocator.load(explicit: nil, feeds: [])
        let rules = Measure.seconds { engine.flag(&mentions) }
        let database = directory + "/e2e-stages.sqlite"
        removeDatabase(database)
        let store = try SQLiteStore(path: database)
        let write = try Measure.seconds {
            var start = 0
            while start < mentions.count {
                _ = try store.upsert(Array(mentions[start..<min(mentions.count, start + 8192)]))
                start += 8192
            }
        }
        let index = try Measure.seconds { try store.flush() }
        func row(_ name: String, _ seconds: Double, _ note: String = "") {
            Measure.row("  stage: \(name)", "\(Measure.format(seconds * 1000)) ms", "\(Measure.format(Double(rows) / seconds)) rows/s\(note)")
        }
        row("read the file", read)
        row("decode (CSV → mentions)", decode)
        row("language guess", language, "; \(found) of \(rows) texts got a language")
        row("sentiment (with the guess)", sentiment, "; includes the language guess")
        row("item rules (default pack)", rules)
        row("store (upsert, 8,192 a transaction)", write, "; the search index runs beside it on another thread")
        row("search index catching up after", index)
    }

    static func removeDatabase(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-fts", "-fts-wal", "-fts-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// Wall-clock seconds of a whole process, nil when it cannot run or fails.
    static func timed(_ executable: String, _ arguments: [String]) -> Double? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = DispatchTime.now().uptimeNanoseconds
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return process.terminationStatus == 0 ? seconds : nil
    }
}
