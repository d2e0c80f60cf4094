import Foundation
import VigilCore
import VigilImport
import VigilTerminal
import VigilUI
import VigilSentiment

// vigil-bench: release-mode benchmarks. Usage:
//   swift run -c release vigil-bench [run] [--rows N]            all benchmarks (default 1,000,000 rows)
//   swift run -c release vigil-bench generate --rows N --format csv|jsonl|json|xlsx --out FILE
//   swift run -c release vigil-bench sentiment [--texts N] [--shared DIR]   sentiment speed + accuracy
//   swift run -c release vigil-bench e2e [--rows N] [--python PATH]   the real `vigil import` vs a Python pipeline
//   swift run -c release vigil-bench exports [--rows 200000] [--json-rows 1000000]   .xlsx vs openpyxl; a JSON document vs JSON Lines
//   swift run -c release vigil-bench alerts [--rules FILE] [--volumes 100,1000,10000,100000] [--seeds 5]   alert quality of a rule pack
//   swift run -c release vigil-bench scenario --volume N --kind burst|… [--seed S] --out FILE.csv   one generated week and its truth
//   swift run -c release vigil-bench follow [--seconds 60] [--rate 5000]   the dashboard following a growing file
//   swift run -c release vigil-bench language [--test FILE]     language guess: accuracy, speed
//   swift run -c release vigil-bench sentiment-quality [--xlmt GITDIR]   sentiment accuracy per language and model, held out; speed
//   swift run -c release vigil-bench rules [--rows N]            rules engine throughput
//   swift run -c release vigil-bench store [--rows N] [--part import] [--postgres URL]   SQLite (and PostgreSQL) store: import, first frame, load, paging, filters, triage commit
//   swift run -c release vigil-bench ops [--rows N]              ops screen refresh at 300×80
//   swift run -c release vigil-bench moderation [--rows 200000] [--mirror DIR]   detectors: precision/recall held out, speed, import cost
//   swift run -c release vigil-bench team [--postgres URL] [--rows 200000] [--agents 10] [--seconds 20]   team mode under load, PostgreSQL beside SQLite
//   swift run -c release vigil-bench report [--rows N] [--vigil PATH] [--python PATH]   `vigil report` over a month vs pandas
// Profiling aids: `import FILE [--batch N]`, `csv-stages FILE`, `sentiment-loop FILE [--times N]`, `sizes`,
//   `memory --db FILE|postgres://… [--rules FILE]` (a dashboard's resident memory, stage by stage),
//   `sentiment-features [--ngrams 3-5] [--pairs 1] [--negation 1] [--language-words 0]` (the model's features, for Tools/sentiment/train.py).

var arguments = Array(CommandLine.arguments.dropFirst())
let command = arguments.first.map { $0.hasPrefix("--") ? "run" : $0 } ?? "run"
if arguments.first == command { arguments.removeFirst() }

func option(_ name: String, in arguments: [String]) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

let rows = Int(option("--rows", in: arguments) ?? "") ?? 1_000_000

switch command {
case "generate":
    guard let out = option("--out", in: arguments) else {
        print("usage: vigil-bench generate --rows N --format csv|jsonl|json|xlsx --out FILE")
        exit(2)
    }
    if option("--format", in: arguments) == "xlsx" {
        try ExportsBenchmark.writeWorkbook(rows: rows, to: out)
        print("wrote \(rows) rows to \(out)")
    } else {
        var generator = FeedGenerator()
        let bytes = try generator.write(rows: rows, format: option("--format", in: arguments) ?? "csv", to: out)
        print("wrote \(rows) rows, \(bytes) bytes to \(out)")
    }
case "import":
    // Profiling aid: import one file and print the count.
    guard let file = arguments.first else { print("usage: vigil-bench import FILE"); exit(2) }
    var streamed = 0
    var issues = 0
    let batch = Int(option("--batch", in: arguments) ?? "") ?? ImportSession.defaultBatchSize
    let seconds = try Measure.seconds {
        issues = try FeedReader().read(path: file, session: ImportSession(batchSize: batch, onBatch: { streamed += $0.count })).issues.count
    }
    print("\(streamed) mentions, \(issues) issues, seconds: \(seconds)")
case "sentiment":
    // Throughput vs Python's vaderSentiment, then the accuracy report.
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-bench").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try SentimentBenchmarks.run(texts: Int(option("--texts", in: arguments) ?? "") ?? 200_000, directory: directory)
    let shared = option("--shared", in: arguments) ?? FileManager.default.currentDirectoryPath + "/Tests/VigilSentimentTests/Reference"
    try SentimentBenchmarks.report(sharedDirectory: shared)
case "e2e":
    // The whole `vigil import` against the Python pipeline, as processes, and its stages.
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-bench").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("vigil").path
    try EndToEndBenchmark.run(rows: Int(option("--rows", in: arguments) ?? "") ?? 200_000, directory: directory,
                              vigil: option("--vigil", in: arguments) ?? executable,
                              python: option("--python", in: arguments) ?? ProcessInfo.processInfo.environment["VIGIL_BENCH_PYTHON"] ?? "/usr/bin/env")
case "exports":
    // Spreadsheets and big JSON documents, through the real binary.
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-bench").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("vigil").path
    try ExportsBenchmark.run(rows: Int(option("--rows", in: arguments) ?? "") ?? 200_000, jsonRows: Int(option("--json-rows", in: arguments) ?? "") ?? 1_000_000,
                             directory: directory, vigil: option("--vigil", in: arguments) ?? executable,
                             python: option("--python", in: arguments) ?? ProcessInfo.processInfo.environment["VIGIL_BENCH_PYTHON"] ?? "/usr/bin/env")
case "alerts":
    // Detection delay and false alarms of a rule pack over generated weeks.
    let volumes = (option("--volumes", in: arguments) ?? "100,1000,10000,100000").split(separator: ",").compactMap { Int($0) }
    try AlertQualityBenchmark.run(rulesFile: option("--rules", in: arguments) ?? FileManager.default.currentDirectoryPath + "/SampleFeeds/rules.yaml",
                                  volumes: volumes, seeds: Int(option("--seeds", in: arguments) ?? "") ?? 5,
                                  kinds: (option("--kinds", in: arguments)?.split(separator: ",").compactMap { AlertScenario.Kind(rawValue: String($0)) })
                                      ?? AlertScenario.Kind.allCases)
case "scenario":
    // One generated week as CSV, with its truth beside it (FILE.truth).
    guard let out = option("--out", in: arguments), let kind = AlertScenario.Kind(rawValue: option("--kind", in: arguments) ?? "calm") else {
        print("usage: vigil-bench scenario --volume N --kind \(AlertScenario.Kind.allCases.map(\.rawValue).joined(separator: "|")) [--seed S] --out FILE.csv")
        exit(2)
    }
    let scenario = AlertScenario(perDay: Int(option("--volume", in: arguments) ?? "") ?? 7000, kind: kind, seed: UInt64(option("--seed", in: arguments) ?? "") ?? 1)
    let (mentions, truth) = scenario.generate()
    try ScenarioFile.write(mentions, truth: truth, to: out)
    print("wrote \(mentions.count) mentions to \(out); truth in \(out).truth")
case "follow":
    // The dashboard's loop following a growing file: key → frame while rows pour in.
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-bench").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try MainActor.assumeIsolated {
        try FollowBenchmark.run(seconds: Double(option("--seconds", in: arguments) ?? "") ?? 60, rate: Int(option("--rate", in: arguments) ?? "") ?? 5_000,
                                directory: directory, rulesFile: option("--rules", in: arguments) ?? FileManager.default.currentDirectoryPath + "/SampleFeeds/rules.yaml")
    }
case "language":
    // The language guesser: accuracy on labelled short texts, speed, sentiment with it.
    let base = FileManager.default.currentDirectoryPath + "/Tests/VigilSentimentTests"
    try LanguageBenchmarks.run(testFile: option("--test", in: arguments) ?? base + "/Language/short_texts.tsv", labelledDirectory: base + "/Labelled")
case "rules":
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-bench").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try RulesBenchmarks.run(count: rows, directory: directory, part: option("--part", in: arguments))
case "store":
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-bench").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try MainActor.assumeIsolated {
        try StoreBenchmarks.run(count: rows, directory: directory, part: option("--part", in: arguments),
                                postgres: option("--postgres", in: arguments))
    }
case "report":
    // `vigil report` over a month (the real release binary) against pandas over the same data.
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-bench").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try ReportBenchmark.run(count: rows, directory: directory,
                            vigil: option("--vigil", in: arguments) ?? FileManager.default.currentDirectoryPath + "/.build/release/vigil",
                            python: option("--python", in: arguments))
case "moderation":
    // The detectors on held-out labelled sets, their speed, and their cost in `vigil import`.
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-bench").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try ModerationBenchmark.run(mirror: option("--mirror", in: arguments) ?? "/work/.mirror",
                                committed: FileManager.default.currentDirectoryPath + "/Tests/VigilModerationTests/Labelled",
                                vigil: option("--vigil", in: arguments) ?? FileManager.default.currentDirectoryPath + "/.build/release/vigil",
                                rows: Int(option("--rows", in: arguments) ?? "") ?? 200_000, directory: directory)
case "team":
    // Team mode under load: PostgreSQL beside SQLite (see TeamBenchmark).
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-bench").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try TeamBenchmark.run(postgres: option("--postgres", in: arguments) ?? ProcessInfo.processInfo.environment["VIGIL_TEST_POSTGRES"],
                          rows: Int(option("--rows", in: arguments) ?? "") ?? 200_000, agents: Int(option("--agents", in: arguments) ?? "") ?? 10,
                          seconds: Double(option("--seconds", in: arguments) ?? "") ?? 20, directory: directory)
case "memory":
    // Profiling aid: the dashboard's memory, stage by stage, for a database.
    guard let database = option("--db", in: arguments) else { print("usage: vigil-bench memory --db FILE [--rules FILE]"); exit(2) }
    try MainActor.assumeIsolated { try MemoryBreakdown.run(database: database, rulesFile: option("--rules", in: arguments)) }
case "ops":
    MainActor.assumeIsolated { OpsBenchmarks.run(count: rows) }
case "sentiment-loop":
    // Profiling aid: score the texts of FILE (one per line) N times with the English analyzer.
    guard let file = arguments.first else { print("usage: vigil-bench sentiment-loop FILE [--times N]"); exit(2) }
    let data = try Data(contentsOf: URL(fileURLWithPath: file))
    let texts = data.split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
    let analyzer = VADERAnalyzer()
    var checksum = 0.0
    let times = Int(option("--times", in: arguments) ?? "") ?? 5
    let best = (0..<times).map { _ in Measure.seconds { for text in texts { checksum += analyzer.scores(text).compound } } }.min()!
    print(checksum, "best pass \(Measure.format(Double(texts.count) / best)) texts/s")
case "csv-stages":
    // Profiling aid: how the CSV import's time splits into reading + tokenizing and the rest.
    guard let file = arguments.first else { print("usage: vigil-bench csv-stages FILE"); exit(2) }
    var fields: [CSVField] = []
    var records = 0
    let tokenizeSeconds = try Measure.seconds {
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        data.withUnsafeBytes { raw in
            var tokenizer = CSVTokenizer()
            while (try? tokenizer.nextRecord(raw.bindMemory(to: UInt8.self), into: &fields)) == true { records += 1 }
        }
    }
    var streamed = 0
    let importSeconds = try Measure.seconds {
        _ = try FeedReader().read(path: file, session: ImportSession(onBatch: { streamed += $0.count }))
    }
    print("read + tokenize \(records) records: \(Measure.format(tokenizeSeconds * 1000)) ms; full import \(streamed): \(Measure.format(importSeconds * 1000)) ms")
case "sentiment-quality":
    // Accuracy and macro-F1 per language and model on held-out data, and speed.
    let tests = FileManager.default.currentDirectoryPath + "/Tests"
    try SentimentQualityBenchmark.run(xlmt: option("--xlmt", in: arguments) ?? "/work/.mirror/cardiffnlp+xlm-t/repo",
                                      testsDirectory: option("--tests", in: arguments) ?? tests)
case "sentiment-features":
    // The learned model's features of labelled texts on standard input (Tools/sentiment/train.py).
    SentimentFeatureDump.run(features: SentimentFeatureDump.parse(
        ngrams: option("--ngrams", in: arguments), pairs: option("--pairs", in: arguments), negation: option("--negation", in: arguments),
        languageWords: option("--language-words", in: arguments)))
case "sizes":
    print("Mention", MemoryLayout<Mention>.size, "Author", MemoryLayout<Author>.size, "Metrics", MemoryLayout<Metrics>.size,
          "Sentiment?", MemoryLayout<Sentiment?>.size, "RuleFlags?", MemoryLayout<RuleFlags?>.size, "MentionID", MemoryLayout<MentionID>.size)
case "run":
    try MainActor.assumeIsolated { try Benchmarks.runAll(rows: rows) }
default:
    print("unknown command \(command); use run or generate")
    exit(2)
}
