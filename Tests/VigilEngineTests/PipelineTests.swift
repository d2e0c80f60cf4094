import Foundation
import Testing
import VigilCore
@testable import VigilEngine
import VigilImport
import VigilSentiment

@Suite struct PipelineTests {
    let temporary = TemporaryPaths()

    func temporaryFile(_ name: String, _ contents: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        temporary.track(directory.path)
        let path = directory.appendingPathComponent(name).path
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func importingTwiceIsIdempotent() throws {
        let path = try temporaryFile("feed.csv", "id,created_at,platform,text\n1,2026-11-21T10:00:00Z,x,a\n2,2026-11-21T11:00:00Z,x,b\n")
        let pipeline = Pipeline()
        let first = pipeline.load(paths: [path])
        let second = pipeline.load(paths: [path])
        #expect(first.added == 2)
        #expect(second.added == 0)
        #expect(pipeline.store.count == 2)
        #expect(try pipeline.store.allNewestFirst().map(\.id.nativeID) == ["2", "1"])
    }

    @Test func unreadableFilesAreReportedNotFatal() throws {
        let good = try temporaryFile("ok.jsonl", "{\"id\":\"1\",\"created_at\":\"2026-11-21T10:00:00Z\"}\n")
        let report = Pipeline().load(paths: ["/nonexistent.csv", good])
        #expect(report.unreadable.count == 1)
        #expect(report.imported == 1)
    }

    @Test func directoriesExpandToFeedFiles() throws {
        let path = try temporaryFile("a.csv", "id,created_at\n")
        let directory = (path as NSString).deletingLastPathComponent
        try "x".write(toFile: directory + "/notes.txt", atomically: true, encoding: .utf8)
        try "{}".write(toFile: directory + "/b.jsonl", atomically: true, encoding: .utf8)
        for name in ["d.xlsx", "~$d.xlsx", ".hidden.csv"] { try "x".write(toFile: directory + "/" + name, atomically: true, encoding: .utf8) }
        #expect(FeedLocator.expand([directory]).map { ($0 as NSString).lastPathComponent } == ["a.csv", "b.jsonl", "d.xlsx"])
    }

    @Test func sampleWorkspaceIsFoundFromABuildDirectory() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/SampleFeeds", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/.build/debug", withIntermediateDirectories: true)
        #expect(FeedLocator.sampleWorkspace(environment: [:], executablePath: root + "/.build/debug/vigil") == root + "/SampleFeeds")
        // Installed layout: bin/vigil with share/vigil/SampleFeeds beside bin.
        try FileManager.default.createDirectory(atPath: root + "/usr/share/vigil/SampleFeeds", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/usr/bin", withIntermediateDirectories: true)
        #expect(FeedLocator.sampleWorkspace(environment: [:], executablePath: root + "/usr/bin/vigil") == root + "/usr/share/vigil/SampleFeeds")
    }
}

@Suite struct StreamingLoadTests {
    @Test func batchesReachTheStoreAndAStopKeepsThem() throws {
        var csv = "id,created_at,text\n"
        for i in 0..<20_000 { csv += "\(i),2026-11-21T10:00:00Z,row \(i)\n" }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-stream-\(UUID().uuidString).csv").path
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }

        var progressCalls = 0
        let full = Pipeline().load(paths: [path], progress: { _ in progressCalls += 1 })
        #expect(full.imported == 20_000 && full.added == 20_000)
        #expect(progressCalls >= 2)  // 1,024-row batches plus the final one

        let pipeline = Pipeline()
        var batches = 0
        let stopped = pipeline.load(paths: [path, path], progress: { _ in batches += 1 }, shouldStop: { batches >= 1 })
        #expect(stopped.stoppedEarly)
        #expect(stopped.results.count == 1)  // the second file is not started
        // The batch before the stop is kept (saved although smaller than a store transaction).
        #expect(pipeline.store.count == ImportSession.defaultBatchSize)
        #expect(stopped.imported == ImportSession.defaultBatchSize)
    }
}

@Suite struct LexiconOverridesTests {
    let temporary = TemporaryPaths()

    func write(_ text: String) throws -> String {
        let path = temporary.track(FileManager.default.temporaryDirectory.appendingPathComponent("vigil-lex-\(UUID().uuidString).yaml").path)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func workspaceWordsChangeScores() throws {
        let overrides = try LexiconOverrides.load(path: try write("en:\n  kettle: 3\n  love: 0\nes:\n  mola: 2.5\n"))
        let engine = overrides.engine()
        #expect(engine.analyze("my kettle", language: "en").scores.label == .positive)
        #expect(engine.analyze("I love it", language: "en").scores.label == .neutral)
        #expect(engine.analyze("el hervidor mola", language: "es").scores.label == .positive)
        #expect(SentimentEngine().analyze("el hervidor mola", language: "es").scores.compound < engine.analyze("el hervidor mola", language: "es").scores.compound)
    }

    @Test func badFilesNameLineAndWord() throws {
        #expect(throws: LexiconOverrides.Failure.self) { try LexiconOverrides.load(path: try write("xx:\n  a: 1\n")) }
        do {
            _ = try LexiconOverrides.load(path: try write("en:\n  ok: 1\n  good: nine\n"))
            Issue.record("accepted a bad valence")
        } catch let failure as LexiconOverrides.Failure {
            #expect(failure.line == 3 && failure.reason.contains("en.good"))
        }
    }

    @Test func importedMentionsGetTheWorkspaceSentiment() throws {
        let feed = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-lexfeed-\(UUID().uuidString).csv").path
        try "id,created_at,text,lang,sentiment\n1,2026-11-21T10:00:00Z,my kettle,en,\n2,2026-11-21T10:00:00Z,awful,en,Positive\n".write(toFile: feed, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: feed) }
        let overrides = LexiconOverrides(words: ["en": ["kettle": 3]])
        let pipeline = Pipeline(sentiment: SentimentStage(engine: overrides.engine()))
        _ = pipeline.load(paths: [feed])
        let byID = Dictionary(uniqueKeysWithValues: try pipeline.store.allNewestFirst().map { ($0.id.nativeID, $0) })
        #expect(byID["1"]?.sentiment?.label == .positive && byID["1"]?.sentiment?.source == .analyzer)
        #expect(byID["2"]?.sentiment?.source == .feed(raw: "Positive"))  // the feed's own label wins
    }
}
