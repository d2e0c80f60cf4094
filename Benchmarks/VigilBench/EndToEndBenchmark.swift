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
        print("")
        try sentiment(directory: directory, vigil: vigil, python: python, texts: pool)
    }

    /// `vigil sentiment` over 100k texts from standard input against vaderSentiment doing the
    /// same (Benchmarks/vader_cli.py), whole processes, alternating, best of 3; and start-up.
    static func sentiment(directory: String, vigil: String, python: String, texts: [String: [String]]) throws {
        var generator = FeedGenerator()
        generator.pool = texts
        var lines = ""
        for index in 0..<100_000 { lines += generator.row(index).text.replacingOccurrences(of: "\n", with: " ") + "\n" }
        let input = directory + "/sentiment-100k.txt"
        try lines.write(toFile: input, atomically: true, encoding: .utf8)
        let one = directory + "/sentiment-one.txt"
        try "hi\n".write(toFile: one, atomically: true, encoding: .utf8)
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("vader_cli.py").path
        func shell(_ command: String) -> Double? { timed("/bin/sh", ["-c", command]) }
        var ours: [Double] = [], lexiconOnly: [Double] = [], theirs: [Double] = []
        for _ in 0..<3 {
            if let seconds = shell("'\(vigil)' sentiment --lang en < '\(input)' > /dev/null") { ours.append(seconds) }
            if let seconds = shell("'\(vigil)' sentiment --lang en --model vader < '\(input)' > /dev/null") { lexiconOnly.append(seconds) }
            let interpreter = python.hasSuffix("/env") ? "python3" : "'\(python)'"
            if let seconds = shell("\(interpreter) '\(script)' < '\(input)' > /dev/null") { theirs.append(seconds) }
        }
        let auto = (0..<3).compactMap { _ in shell("'\(vigil)' sentiment < '\(input)' > /dev/null") }.min()
        guard let best = ours.min() else { return Measure.row("vigil sentiment, 100k texts", "failed", "") }
        let note = theirs.min().map { "vaderSentiment \(Measure.format($0, decimals: 2)) s; Vigil is \(Measure.format($0 / best, decimals: 1))× (goal ≥ 50×)" } ?? "vaderSentiment baseline skipped"
        Measure.row("vigil sentiment --lang en, 100k texts", "\(Measure.format(best * 1000)) ms", "whole process, best of 3, the learned model; " + note)
        if let lexicon = lexiconOnly.min() {
            let ratio = theirs.min().map { "; \(Measure.format($0 / lexicon, decimals: 1))× vaderSentiment" } ?? ""
            Measure.row("  the same, --model vader", "\(Measure.format(lexicon * 1000)) ms", "the lexicon rules alone" + ratio)
        }
        if let auto { Measure.row("  the same, language guessed per line", "\(Measure.format(auto * 1000)) ms", "") }
        let startup = (0..<10).compactMap { _ in shell("'\(vigil)' sentiment < '\(one)' > /dev/null") }.min() ?? 0
        let version = (0..<10).compactMap { _ in timed(vigil, ["--version"]) }.min() ?? 0
        Measure.row("echo hi | vigil sentiment", "\(Measure.format(startup * 1000, decimals: 1)) ms", "best of 10 (through /bin/sh); goal ≤ 15 ms")
        Measure.row("vigil --version", "\(Measure.format(version * 1000, decimals: 1)) ms", "best of 10: start-up alone; goal ≤ 20 ms")
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

    /// Starts a process with its output thrown away; nil when it cannot start.
    static func spawn(_ executable: String, _ arguments: [String]) -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return nil }
        return pid
    }

    /// Wall-clock seconds of a whole process, nil when it cannot run or fails. Spawned with
    /// posix_spawn (Foundation's Process added about 45 ms a start here, more than Vigil's own).
    static func timed(_ executable: String, _ arguments: [String]) -> Double? {
        let start = DispatchTime.now().uptimeNanoseconds
        guard let pid = spawn(executable, arguments) else { return nil }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return status == 0 ? seconds : nil
    }
}
