import Foundation
import Testing
import VigilCore
import VigilStore
@testable import VigilEngine

@Suite struct BackgroundFeedReaderTests {
    let directory: String
    let temporary = TemporaryPaths()

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-reader-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        temporary.track(directory)
    }

    /// A feed of `count` records, read by a background reader until one update waits.
    func reader(records count: Int) throws -> BackgroundFeedReader {
        let path = directory + "/feed.jsonl"
        let lines = (0..<count).map { "{\"id\":\"\($0)\",\"created_at\":\"2026-11-21T10:00:00Z\",\"platform\":\"x\",\"text\":\"post \($0)\"}\n" }
        try lines.joined().write(toFile: path, atomically: true, encoding: .utf8)
        let reader = BackgroundFeedReader(follower: FeedFollower(sources: [path], store: InMemoryMentionStore()), interval: 0.01)
        let deadline = Date().addingTimeInterval(10)
        while !reader.hasWaiting && Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
        return reader
    }

    @Test func aLargeUpdateIsTakenInPartsInOrder() throws {
        let reader = try reader(records: 250)
        defer { reader.stop() }
        var ids: [String] = []
        while let part = reader.take(upTo: 100) {
            #expect(part.mentions.count <= 100)
            ids += part.mentions.map(\.id.nativeID)
        }
        #expect(ids == (0..<250).map(String.init))
    }

    @Test func whatATakeLeftIsStillSavedOnQuit() throws {
        let reader = try reader(records: 250)
        let first = try #require(reader.take(upTo: 10))
        #expect(first.mentions.count == 10)
        #expect(reader.hasWaiting, "the rest of the split update waits")
        let rest = reader.stopAndTakeRest().flatMap(\.mentions)
        #expect((first.mentions + rest).map(\.id.nativeID) == (0..<250).map(String.init))
    }
}
