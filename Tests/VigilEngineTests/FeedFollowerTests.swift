import Foundation
import Testing
import VigilCore
import VigilStore
@testable import VigilEngine

@Suite struct FeedFollowerTests {
    let directory: String
    let temporary = TemporaryPaths()

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-follow-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        temporary.track(directory)
    }

    func append(_ text: String, to path: String) throws {
        if !FileManager.default.fileExists(atPath: path) { FileManager.default.createFile(atPath: path, contents: nil) }
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data(text.utf8))
        try handle.close()
    }

    func jsonl(_ id: Int) -> String {
        "{\"id\":\"\(id)\",\"created_at\":\"2026-11-21T10:00:\(String(format: "%02d", id % 60))Z\",\"platform\":\"x\",\"text\":\"post \(id)\"}\n"
    }

    @Test func appendedLinesArriveAndPartialLinesWait() throws {
        let path = directory + "/live.jsonl"
        try append(jsonl(1) + jsonl(2), to: path)
        let store = InMemoryMentionStore()
        let follower = FeedFollower(sources: [path], store: store)
        #expect(follower.poll().mentions.map(\.id.nativeID) == ["1", "2"])
        #expect(follower.poll().isEmpty)

        let third = jsonl(3)
        try append(String(third.prefix(20)), to: path)
        #expect(follower.poll().mentions.isEmpty)  // half a record: wait
        try append(String(third.dropFirst(20)) + "not json\n", to: path)
        let update = follower.poll()
        #expect(update.mentions.map(\.id.nativeID) == ["3"])
        #expect(update.issues.map(\.line) == [4])  // line numbers continue across appends
        #expect(store.count == 3)
    }

    @Test func truncationAndRotationReRead() throws {
        let path = directory + "/live.jsonl"
        try append(jsonl(1) + jsonl(2), to: path)
        let follower = FeedFollower(sources: [path], store: InMemoryMentionStore())
        _ = follower.poll()
        try jsonl(5).write(toFile: path + ".tmp", atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.moveItem(atPath: path + ".tmp", toPath: path)
        let rotated = follower.poll()
        #expect(rotated.mentions.map(\.id.nativeID) == ["5"])
        #expect(rotated.notes.contains { $0.contains("rotated") || $0.contains("truncated") })

        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 0)
        try handle.close()
        try append(jsonl(6), to: path)
        let truncated = follower.poll()
        #expect(truncated.mentions.map(\.id.nativeID) == ["6"])
    }

    @Test func csvAppendsUseTheHeaderAndRespectQuotedNewlines() throws {
        let path = directory + "/feed.csv"
        try append("id,created_at,text\n1,2026-11-21T10:00:00Z,first\n", to: path)
        let follower = FeedFollower(sources: [path], store: InMemoryMentionStore())
        #expect(follower.poll().mentions.map(\.text) == ["first"])
        try append("2,2026-11-21T10:01:00Z,\"two\nlines", to: path)
        #expect(follower.poll().mentions.isEmpty)  // the quoted field is still open
        try append(" done\"\n3,2026-11-21T10:02:00Z,third\n", to: path)
        #expect(follower.poll().mentions.map(\.text) == ["two\nlines done", "third"])
    }

    @Test func newFilesInWatchedDirectoriesArePickedUp() throws {
        let follower = FeedFollower(sources: [directory], store: InMemoryMentionStore())
        #expect(follower.poll().isEmpty)
        try append(jsonl(7), to: directory + "/export-2.jsonl")
        #expect(follower.poll().mentions.map(\.id.nativeID) == ["7"])
    }

    @Test func lastLineWithoutNewlineIsShownAndNotDuplicated() throws {
        let path = directory + "/live.jsonl"
        try append(jsonl(1) + String(jsonl(2).dropLast()), to: path)
        let store = InMemoryMentionStore()
        let follower = FeedFollower(sources: [path], store: store)
        #expect(follower.poll().mentions.map(\.id.nativeID) == ["1", "2"])
        try append("\n" + jsonl(3), to: path)
        _ = follower.poll()
        #expect(store.count == 3)
    }
}

@Suite struct FeedFollowerProfileTests {
    @Test func appendsToAProfileExportWithPreambleUseItsHeader() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-follow-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/brandwatch.csv"
        try FileManager.default.copyItem(atPath: root.appendingPathComponent("SampleFeeds/formats/brandwatch.csv").path, toPath: path)
        let follower = FeedFollower(sources: [path], store: InMemoryMentionStore())
        #expect(follower.poll().mentions.count == 3)
        let row = "1998877,Kettlebird brand,2026-11-21 18:00:00.0,,https://x.com/a/status/9,x.com,negative,twitter,en,UK,ann,Ann,\"Boycott, now\",10,false,0,1,0,,,,,,,9,9\n"
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data(row.utf8))
        try handle.close()
        let update = follower.poll()
        #expect(update.issues.isEmpty)
        #expect(update.mentions.map(\.text) == ["Boycott, now"])
        #expect(update.mentions.first?.platform == .x)
    }
}

@Suite struct FeedFollowerEdgeTests {
    let directories = TemporaryPaths()

    func temporary(_ name: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-follow-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        directories.track(directory)
        return directory + "/" + name
    }

    func append(_ text: String, to path: String) throws {
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data(text.utf8))
        try handle.close()
    }

    @Test func aStrayQuoteInsideAFieldDoesNotStallFollowing() throws {
        let path = try temporary("feed.csv")
        try "id,created_at,text\n1,2026-11-21T10:00:00Z,a 12\" pizza\n".write(toFile: path, atomically: true, encoding: .utf8)
        let follower = FeedFollower(sources: [path], store: InMemoryMentionStore())
        #expect(follower.poll().mentions.map(\.text) == ["a 12\" pizza"])
        try append("2,2026-11-21T10:01:00Z,second\n", to: path)
        #expect(follower.poll().mentions.map(\.text) == ["second"])
        try append("3,2026-11-21T10:02:00Z,third\n", to: path)
        #expect(follower.poll().mentions.map(\.text) == ["third"])
    }

    @Test func aHalfWrittenAppendWaitsInsteadOfImportingATruncatedRecord() throws {
        let path = try temporary("feed.csv")
        try "id,created_at,text\n1,2026-11-21T10:00:00Z,first\n".write(toFile: path, atomically: true, encoding: .utf8)
        let store = InMemoryMentionStore()
        let follower = FeedFollower(sources: [path], store: store)
        _ = follower.poll()
        try append("22,2026-11-21T10:0", to: path)
        #expect(follower.poll().mentions.isEmpty)
        try append("5:00Z,late\n", to: path)
        #expect(follower.poll().mentions.map(\.id.nativeID) == ["22"])
        #expect(store.count == 2)
    }

    @Test func anUnknownFormatIsReportedOnce() throws {
        let path = try temporary("notes.json")
        try "\"just a string\"".write(toFile: path, atomically: true, encoding: .utf8)
        let follower = FeedFollower(sources: [path], store: InMemoryMentionStore())
        _ = follower.poll()
        #expect(follower.poll().isEmpty)
        #expect(follower.poll().isEmpty)
    }

    @Test func aFloodIsReadInStepsAndNothingIsLost() throws {
        let path = try temporary("flood.jsonl")
        func jsonl(_ id: Int) -> String {
            "{\"id\":\"\(id)\",\"created_at\":\"2026-11-21T10:00:00Z\",\"platform\":\"x\",\"text\":\"post number \(id) of the flood\"}\n"
        }
        func append(_ text: String) throws {
            let handle = try #require(FileHandle(forWritingAtPath: path))
            handle.seekToEndOfFile()
            handle.write(Data(text.utf8))
            try handle.close()
        }
        try jsonl(0).write(toFile: path, atomically: true, encoding: .utf8)
        let follower = FeedFollower(sources: [path], store: InMemoryMentionStore())
        #expect(follower.poll().mentions.count == 1)
        try append((1...2_000).map { jsonl($0) }.joined())  // about 180 KB at once
        var seen = 0, polls = 0
        var update = follower.poll()
        #expect(update.hasMore, "more than one step")
        while true {
            seen += update.mentions.count
            polls += 1
            guard update.hasMore else { break }
            update = follower.poll()
        }
        #expect(seen == 2_000)
        #expect(polls > 1)
        #expect(follower.poll().isEmpty)
    }

    @Test func aRecordLargerThanOneStepIsStillRead() throws {
        let path = try temporary("big.jsonl")
        try "".write(toFile: path, atomically: true, encoding: .utf8)
        let follower = FeedFollower(sources: [path], store: InMemoryMentionStore())
        follower.appendLimit = 1_024
        _ = follower.poll()
        let long = String(repeating: "a very long complaint ", count: 400)  // about 9 KB
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.write(Data("{\"id\":\"big\",\"created_at\":\"2026-11-21T10:00:00Z\",\"text\":\"\(long)\"}\n{\"id\":\"next\",\"created_at\":\"2026-11-21T10:01:00Z\",\"text\":\"short\"}\n".utf8))
        try handle.close()
        var ids: [String] = []
        for _ in 0..<10 {
            let update = follower.poll()
            ids += update.mentions.map(\.id.nativeID)
            if !update.hasMore && !update.mentions.isEmpty { break }
        }
        #expect(ids == ["big", "next"])
        #expect(follower.poll().isEmpty)
    }
}
