import Foundation
import GRDB

/// The full-text index lives in its own SQLite file beside the store (`PATH-fts`) and is
/// written by its own connection on a background thread, so an import's rows (one core) and
/// their indexing (the other) run at the same time: SQLite lets one writer per file, and
/// written in the rows' transaction the index took 40% of an import. The indexer follows the
/// store by key (`mention.id`) and by the `fts_edit` log of changed texts, and it checkpoints
/// the store's WAL while it is at it, which the importing writer otherwise did in its commits.
///
/// It may lag the store by a batch or two; `indexedThrough` says how far it is, and a search's
/// answer carries that mark so newer items are checked for the words directly.
final class SearchIndexer: @unchecked Sendable {
    /// Rows indexed per transaction when catching up (a rebuild of a million shows progress
    /// and keeps the index's WAL small).
    static let chunk = 100_000

    let path: String
    private let queue: DatabaseQueue
    private let work = DispatchQueue(label: "vigil.search-indexer")
    private let lock = NSLock()
    private var scheduled = false
    private var failure: Error?
    /// Rows written since the last pass and the least that starts one (0: every write does).
    private var unindexedRows = 0
    private var passRows = 0

    /// FTS5 keeps up to this many bytes of a pass's postings in memory before it writes a
    /// segment (SQLite's default is 1 MB). Fewer, larger segments mean less merging: a pass of
    /// 100,000 rows indexes in about 60% of the time, for about 25 MB held while it runs.
    static let pendingBytes = 32 << 20

    static func path(forStore path: String) -> String { path + "-fts" }

    init(storePath: String) throws {
        let path = Self.path(forStore: storePath)
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "ATTACH DATABASE ? AS store", arguments: [storePath])
        }
        let queue = try BusyRetry.run { try DatabaseQueue(path: path, configuration: configuration) }
        self.queue = queue
        try BusyRetry.run { try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA main.journal_mode = WAL") } }
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: """
                CREATE VIRTUAL TABLE IF NOT EXISTS mention_fts USING fts5(
                    text, author, content = '', columnsize = 0, tokenize = 'unicode61 remove_diacritics 2');
                CREATE TABLE IF NOT EXISTS fts_state (store_id TEXT NOT NULL, indexed INTEGER NOT NULL, edits INTEGER NOT NULL);
                INSERT INTO fts_state SELECT '', 0, 0 WHERE NOT EXISTS (SELECT 1 FROM fts_state);
                """)
            // Kept in the index's own config table; written once (an index from before this too).
            if try Int.fetchOne(db, sql: "SELECT v FROM mention_fts_config WHERE k = 'hashsize'") != Self.pendingBytes {
                try db.execute(sql: "INSERT INTO mention_fts (mention_fts, rank) VALUES ('hashsize', ?)", arguments: [Self.pendingBytes])
            }
        }
    }

    /// A bulk import's writes start a pass only every `rows` rows (`flush` does the rest):
    /// each pass is a segment, so a pass per 8,192-row write merged segments all the way and
    /// cost as much CPU as writing the rows. Others (a dashboard's live rows) want each write
    /// searchable at once and leave it at 0.
    func indexInPassesOf(_ rows: Int) {
        lock.lock()
        passRows = rows
        lock.unlock()
    }

    /// Indexes what is new, on the background thread; returns at once. Calls while it runs
    /// fold into one more pass. `written`: rows the caller just wrote (see `indexInPassesOf`).
    func schedule(written: Int = 0) {
        lock.lock()
        defer { lock.unlock() }
        if passRows > 0 {
            unindexedRows += written
            guard unindexedRows >= passRows else { return }
            unindexedRows = 0
        }
        guard !scheduled else { return }
        scheduled = true
        work.async { [self] in
            lock.lock(); scheduled = false; lock.unlock()
            do {
                try catchUp()
            } catch {
                lock.lock(); failure = error; lock.unlock()
            }
        }
    }

    /// Waits until everything stored so far is indexed; rethrows what went wrong in the background.
    func waitUntilCaughtUp() throws {
        try work.sync { try catchUp() }
        lock.lock()
        defer { lock.unlock() }
        if let failure {
            self.failure = nil
            throw failure
        }
    }

    /// Passes until the index holds every mention and edit the store had when it looked.
    private func catchUp() throws {
        while try step() {}
        // The store's WAL back into its file, here rather than in the importing writer's commits.
        try queue.writeWithoutTransaction { db in _ = try Row.fetchOne(db, sql: "PRAGMA store.wal_checkpoint(PASSIVE)") }
    }

    /// One transaction on the index: edits since the last pass, then up to `chunk` new rows.
    /// True when rows are left for another pass.
    private func step() throws -> Bool {
        var more = false
        try queue.writeWithoutTransaction { db in try db.inTransaction(.deferred) {
            // The index's write lock first, then the store's snapshot, so two processes' indexers
            // never index the same rows.
            try db.execute(sql: "UPDATE fts_state SET indexed = indexed")
            let state = try Row.fetchOne(db, sql: "SELECT store_id, indexed, edits FROM fts_state")!
            let storeID = try String.fetchOne(db, sql: "SELECT id FROM store.store_identity") ?? ""
            let newest = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM store.mention") ?? 0
            let lastEdit = try Int64.fetchOne(db, sql: "SELECT coalesce(max(seq), 0) FROM store.fts_edit") ?? 0
            var indexed: Int64 = state["indexed"], edits: Int64 = state["edits"]
            if state["store_id"] != storeID || indexed > newest || edits > lastEdit {
                // Another store's index (a copied or restored file): start again.
                try db.execute(sql: "INSERT INTO mention_fts (mention_fts) VALUES ('delete-all')")
                indexed = 0
                edits = lastEdit
            }
            if lastEdit > edits {
                // A contentless index forgets text, so FTS5 is told the text it indexed: for each
                // item, the old text of its first edit since the last pass. Items not indexed
                // yet are indexed below with their current text.
                let range: StatementArguments = [edits, lastEdit, indexed]
                try db.execute(sql: """
                    INSERT INTO mention_fts (mention_fts, rowid, text, author)
                        SELECT 'delete', id, text, author FROM (
                            SELECT id, text, author, min(seq) FROM store.fts_edit WHERE seq > ?1 AND seq <= ?2 AND id <= ?3 GROUP BY id)
                    """, arguments: range)
                try db.execute(sql: """
                    INSERT INTO mention_fts (rowid, text, author)
                        SELECT id, text, author FROM store.mention
                        WHERE id IN (SELECT id FROM store.fts_edit WHERE seq > ?1 AND seq <= ?2 AND id <= ?3)
                    """, arguments: range)
            }
            let through = min(newest, indexed + Int64(Self.chunk))
            if through > indexed {
                try db.execute(sql: "INSERT INTO mention_fts (rowid, text, author) SELECT id, text, author FROM store.mention WHERE id > ? AND id <= ?",
                               arguments: [indexed, through])
            }
            try db.execute(sql: "UPDATE fts_state SET store_id = ?, indexed = ?, edits = ?", arguments: [storeID, through, lastEdit])
            more = through < newest
            return .commit
        } }
        return more
    }
}
