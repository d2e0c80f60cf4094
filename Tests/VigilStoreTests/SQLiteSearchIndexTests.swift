import Foundation
import GRDB
import Testing
import VigilCore
@testable import VigilStore

/// The full-text index beside the store: built in passes, caught up by whoever opens the
/// database next, rebuilt when it is not the store's own.
extension SQLiteStoreTests {
    @Test func aDatabaseFromBeforeBatchedIndexingIsReindexedOnOpen() throws {
        // Migrations up to v9 (triggers that index each row), some data, then the current code.
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: path)
        try SQLiteStore.migrator.migrate(queue, upTo: "v9: alert notifications sent")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO mention (platform, native_id, created_at, text, kind, author, verified) VALUES ('x', 'old', 0, 'Recall notice', 'post', 'ana', 0)")
        }
        let store = try SQLiteStore(path: path)
        #expect(try store.foundIDs(["recall"]) == ["old"])
        try store.upsert([mention("new", text: "another recall")])
        #expect(try store.foundIDs(["recall"]) == ["new", "old"])
    }

    @Test func aDatabaseWithMentionKeysKeepsItsKeysAndIndexOnOpen() throws {
        // Migrations up to v11 (a key table beside a WITHOUT ROWID mention table), then the current code.
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: path)
        try SQLiteStore.migrator.migrate(queue, upTo: "v11: re-index only what is indexed")
        try queue.write { db in
            for (id, text) in [("a", "kettle recall"), ("b", "lid broke"), ("c", "recall notice")] {
                try db.execute(sql: "INSERT INTO mention (platform, native_id, created_at, text, kind, author, verified) VALUES ('x', ?, 0, ?, 'post', 'ana', 0)",
                               arguments: [id, text])
            }
            try db.execute(sql: "INSERT INTO mention_fts (rowid, text, author) SELECT k.id, m.text, m.author FROM mention m JOIN mention_key k USING (platform, native_id)")
        }
        let keys = try queue.read { db in try [String: Int64](uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT native_id, id FROM mention_key").map { ($0[0], $0[1]) }) }
        let store = try SQLiteStore(path: path)
        #expect(try queue.read { db in try [String: Int64](uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT native_id, id FROM mention").map { ($0[0], $0[1]) }) } == keys)
        #expect(try store.foundIDs(["recall"]) == ["a", "c"])
        try store.upsert([mention("b", text: "recall letter"), mention("d", text: "recall again")])
        #expect(try store.foundIDs(["recall"]) == ["a", "b", "c", "d"])
        #expect(try store.foundIDs(["lid"]).isEmpty)
        try checkIndexIntegrity()
    }

    @Test func twoConnectionsShareOneDatabase() throws {
        let dashboard = try SQLiteStore(path: path)
        let importer = try SQLiteStore(path: path)
        try importer.upsert((0..<500).map { mention("m\($0)", minutes: Double($0)) })
        try dashboard.apply(.dismiss, to: [MentionID(platform: .x, nativeID: "m7")], by: "ana", at: Date())
        #expect(dashboard.count == 500)
        #expect(try importer.triageStates().count == 1)
        // Both processes' indexers follow the store; neither indexes a row twice.
        try dashboard.upsert([mention("d1", text: "kettle from the dashboard")])
        try importer.upsert((500..<900).map { mention("m\($0)", text: "kettle \($0)") })
        try dashboard.flush()
        try importer.flush()
        #expect(try dashboard.foundIDs(["kettle"]).count == 401)
        try checkIndexIntegrity()
    }

    @Test func mentionsAnotherProcessLeftUnindexedAreIndexedByTheNextToSeeThem() throws {
        let dashboard = try SQLiteStore(path: path)
        try dashboard.upsert([mention("1", text: "kettle")])
        try dashboard.flush()
        let start = try dashboard.latestChange()
        // An import killed before its indexer ran: the row is stored, the index never saw it.
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO mention (platform, native_id, created_at, text, kind, author, verified) VALUES ('x', 'late', 0, 'kettle recall', 'post', 'ana', 0)")
        }
        #expect(try dashboard.changes(after: start).mentions.map(\.id.nativeID) == ["late"])
        var indexedThrough: Int64 = 0
        for _ in 0..<100 {
            if case .keys(_, let through) = try dashboard.search(["kettle"]) { indexedThrough = through }
            if indexedThrough >= 2 { break }
            usleep(50_000)
        }
        #expect(indexedThrough == 2, "indexed in the background, without an import or a flush")
        #expect(try dashboard.foundIDs(["recall"]) == ["late"])
    }

    @Test func textEditedSeveralTimesBeforeIndexingLeavesOnlyTheLastInTheIndex() throws {
        let store = try SQLiteStore(path: path)
        try store.upsert([mention("1", text: "alpha kettle"), mention("2", text: "beta")])
        try store.flush()
        for text in ["gamma kettle", "delta", "epsilon lid"] { try store.upsert([mention("1", text: text)]) }
        try store.upsert([mention("2", text: "beta lid")])
        #expect(try store.foundIDs(["lid"]) == ["1", "2"])
        for gone in ["alpha", "gamma", "delta", "kettle"] { #expect(try store.foundIDs([gone]).isEmpty, "\(gone)") }
        try checkIndexIntegrity()
    }

    @Test func anIndexFileOfAnotherStoreIsNotTrustedAndIsRebuilt() throws {
        let otherPath = (path as NSString).deletingLastPathComponent + "/other.sqlite"
        do {
            let other = try SQLiteStore(path: otherPath)
            try other.upsert([mention("o1", text: "kettle"), mention("o2", text: "kettle lid")])
            try other.flush()
            let store = try SQLiteStore(path: path)
            try store.upsert([mention("1", text: "refund"), mention("2", text: "refund please")])
            try store.flush()
        }
        // Someone copies the other store's index over ours (a restored backup, say).
        for suffix in ["-fts-wal", "-fts-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        try FileManager.default.removeItem(atPath: path + "-fts")
        try FileManager.default.copyItem(atPath: otherPath + "-fts", toPath: path + "-fts")
        let store = try SQLiteStore(path: path)
        #expect(try store.foundIDs(["kettle"]).isEmpty)
        #expect(try store.foundIDs(["refund"]) == ["1", "2"])
        try checkIndexIntegrity()
    }

    @Test func anImportIndexingInLargePassesFindsEverythingOnceFlushed() throws {
        let store = try SQLiteStore(path: path)
        store.indexInPassesOf(1_000)
        // Three writes of 400: the first two start no pass, the third does; flush does the rest.
        for batch in 0..<3 {
            try store.upsert((0..<400).map { mention("\(batch)-\($0)", text: $0 % 2 == 0 ? "kettle lid" : "refund", minutes: Double($0)) })
        }
        try store.upsert([mention("0-1", text: "kettle again")])  // an edit before the index saw the first text
        #expect(try store.foundIDs(["kettle"]).count == 601)
        #expect(try store.foundIDs(["refund"]).count == 599)
        // FTS5 keeps a pass's postings in memory up to the configured size, so passes make few segments.
        let queue = try DatabaseQueue(path: path + "-fts")
        #expect(try queue.read { db in try Int.fetchOne(db, sql: "SELECT v FROM mention_fts_config WHERE k = 'hashsize'") } == 32 << 20)
        try checkIndexIntegrity()
    }

    /// FTS5's own check of the index file.
    func checkIndexIntegrity() throws {
        let queue = try DatabaseQueue(path: path + "-fts")
        try queue.write { db in try db.execute(sql: "INSERT INTO mention_fts (mention_fts) VALUES ('integrity-check')") }
    }
}

final class LockedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}

extension SQLiteStore {
    /// The native ids of what a full-text search found, sorted: the keys it answers with,
    /// matched against the keys the store lists its mentions with.
    /// What the search index finds once it has caught up with everything stored.
    func foundIDs(_ terms: [String], excluding: [String] = []) throws -> [String] {
        try flush()
        guard case .keys(let keys, let indexedThrough) = try search(terms, excluding: excluding) else { Issue.record("a SQLite store answers with keys"); return [] }
        #expect(keys == keys.sorted(), "keys come ascending")
        let stored = try newest(limit: nil)
        // (An answer from the text alone, without the index, holds whatever the index holds.)
        #expect(indexedThrough == stored.keys.max() ?? 0 || indexedThrough == .max, "the index has caught up")
        let idByKey = Dictionary(uniqueKeysWithValues: zip(stored.keys, stored.mentions.map(\.id.nativeID)))
        return keys.map { idByKey[$0] ?? "unknown key \($0)" }.sorted()
    }
}
