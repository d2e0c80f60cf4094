import Foundation
import GRDB
import CSQLiteSettings
import GRDBSQLite
import VigilCore

/// The embedded store: one SQLite file in WAL mode (one writer, concurrent readers, so a
/// dashboard and an import can share it), migrations in code, an append-only audit log.
/// The schema is documented in README "Database".
public final class SQLiteStore: MentionStore, @unchecked Sendable {  // immutable; the pool and the indexer are thread-safe
    public let path: String
    private let pool: DatabasePool
    private let indexer: SearchIndexer

    /// Before the process's first connection (see `vigil_sqlite_disable_memory_statistics`).
    private static let processSettings: Void = { _ = vigil_sqlite_disable_memory_statistics() }()

    public init(path: String) throws {
        _ = Self.processSettings
        self.path = path
        try DatabasePath.prepareDirectory(for: path)
        // The index's file first: every reader attaches it.
        indexer = try SearchIndexer(storePath: path)
        let indexPath = indexer.path
        var configuration = Configuration()
        // Another process writing (an import, a second dashboard) makes us wait, never fail.
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            if db.configuration.readonly {
                try db.execute(sql: "ATTACH DATABASE ? AS fts", arguments: [indexPath])
                // A reader's page cache (2 MB per file by default, and a dashboard keeps several
                // readers) is held for the whole session; the files' pages stay in the OS cache.
                try db.execute(sql: "PRAGMA main.cache_size = -512; PRAGMA fts.cache_size = -512")
                try KeyCollector.register(on: db.sqliteConnection)
            } else {
                // The indexer checkpoints after each batch it indexes (see `SearchIndexer`);
                // this is the bound for when it cannot keep up.
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 8192")
            }
        }
        pool = try Self.open(path, configuration)
        try Self.migrate(pool)
        indexer.schedule()
    }

    /// For a bulk import: index in passes of about `rows` written rows rather than after every
    /// write (the rest is indexed by `flush`). Search still answers meanwhile (see `TextAnswer`).
    public func indexInPassesOf(_ rows: Int) {
        indexer.indexInPassesOf(rows)
    }

    /// Waits for the search index to hold everything stored so far.
    public func flush() throws {
        try indexer.waitUntilCaughtUp()
    }

    /// Opens the pool, which switches a new file to WAL. SQLite answers that switch with "busy"
    /// at once, without waiting, when another process is opening or migrating the same new file,
    /// so it is tried again.
    static func open(_ path: String, _ configuration: Configuration) throws -> DatabasePool {
        var attempt = 0
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && attempt < 20 {
                attempt += 1
                usleep(20_000 * UInt32(attempt))
            }
        }
    }

    /// Brings the schema up to date. Two processes opening a new database at once can both
    /// see a migration as missing; the loser's attempt fails (rolled back, nothing half-done)
    /// and it looks again once the winner has finished.
    static func migrate(_ pool: DatabasePool) throws {
        var attempt = 0
        while true {
            do {
                try migrator.migrate(pool)
                return
            } catch {
                attempt += 1
                if try pool.read({ try migrator.hasCompletedMigrations($0) }) { return }
                guard attempt < 20 else { throw error }
                usleep(50_000 * UInt32(attempt))
            }
        }
    }

    /// `$XDG_DATA_HOME/vigil/NAME.sqlite`, else `~/.local/share/vigil/NAME.sqlite`.
    public static func defaultPath(name: String = "vigil", environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".local/share")
        return ((base as NSString).appendingPathComponent("vigil") as NSString).appendingPathComponent("\(name).sqlite")
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: mentions, triage, audit log") { db in
            try db.execute(sql: """
                CREATE TABLE mention (
                    platform TEXT NOT NULL, native_id TEXT NOT NULL,
                    created_at REAL NOT NULL,
                    author TEXT NOT NULL, author_name TEXT, followers INTEGER, verified INTEGER NOT NULL DEFAULT 0,
                    kind TEXT NOT NULL, text TEXT NOT NULL, url TEXT,
                    parent_id TEXT, conversation_id TEXT, language TEXT,
                    likes INTEGER, shares INTEGER, replies INTEGER, views INTEGER, reach INTEGER,
                    sentiment TEXT, sentiment_score REAL, sentiment_source TEXT, guessed_language TEXT,
                    flags TEXT,
                    PRIMARY KEY (platform, native_id)
                ) WITHOUT ROWID;
                CREATE INDEX mention_created_at ON mention(created_at);
                CREATE TABLE triage (
                    platform TEXT NOT NULL, native_id TEXT NOT NULL,
                    status TEXT NOT NULL, assignee TEXT, department TEXT, tags TEXT NOT NULL DEFAULT '',
                    priority TEXT, sentiment_override TEXT, follow_up REAL, snoozed_until REAL,
                    updated_at REAL, updated_by TEXT,
                    PRIMARY KEY (platform, native_id)
                ) WITHOUT ROWID;
                CREATE TABLE audit_log (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    at REAL NOT NULL, who TEXT NOT NULL,
                    platform TEXT NOT NULL, native_id TEXT NOT NULL,
                    action TEXT NOT NULL, before TEXT NOT NULL, after TEXT NOT NULL
                );
                CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                """)
        }
        migrator.registerMigration("v2: change log for other processes") { db in
            // Written by triggers, so every writer (an import, another dashboard) is seen.
            try db.execute(sql: """
                CREATE TABLE change_log (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind TEXT NOT NULL, platform TEXT NOT NULL, native_id TEXT NOT NULL
                );
                CREATE TRIGGER mention_inserted AFTER INSERT ON mention
                    BEGIN INSERT INTO change_log (kind, platform, native_id) VALUES ('mention', NEW.platform, NEW.native_id); END;
                CREATE TRIGGER triage_written AFTER INSERT ON triage
                    BEGIN INSERT INTO change_log (kind, platform, native_id) VALUES ('triage', NEW.platform, NEW.native_id); END;
                """)
        }
        migrator.registerMigration("v3: internal notes") { db in
            try db.execute(sql: """
                CREATE TABLE note (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    platform TEXT NOT NULL, native_id TEXT NOT NULL,
                    at REAL NOT NULL, who TEXT NOT NULL, text TEXT NOT NULL
                );
                CREATE INDEX note_item ON note(platform, native_id);
                CREATE TRIGGER note_written AFTER INSERT ON note
                    BEGIN INSERT INTO change_log (kind, platform, native_id) VALUES ('note', NEW.platform, NEW.native_id); END;
                """)
        }
        migrator.registerMigration("v4: reply outbox") { db in
            try db.execute(sql: """
                CREATE TABLE reply (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    platform TEXT NOT NULL, native_id TEXT NOT NULL,
                    at REAL NOT NULL, who TEXT NOT NULL, text TEXT NOT NULL
                );
                """)
        }
        migrator.registerMigration("v5: alert acknowledgements and silences") { db in
            try db.execute(sql: """
                CREATE TABLE alert_ack (alert_id TEXT PRIMARY KEY, who TEXT NOT NULL, at REAL NOT NULL, note TEXT NOT NULL DEFAULT '');
                CREATE TABLE silence (
                    id TEXT PRIMARY KEY, rule TEXT, key TEXT, starts_at REAL NOT NULL, ends_at REAL NOT NULL,
                    who TEXT NOT NULL, comment TEXT NOT NULL DEFAULT ''
                );
                """)
        }
        migrator.registerMigration("v6: full-text search") { db in
            // Diacritics removed, so `cafe` finds `café`. Each mention gets an integer key (the FTS
            // rowid), so triggers keep the index in step without scanning it.
            try db.execute(sql: """
                CREATE TABLE mention_key (
                    id INTEGER PRIMARY KEY, platform TEXT NOT NULL, native_id TEXT NOT NULL, UNIQUE (platform, native_id)
                );
                INSERT INTO mention_key (platform, native_id) SELECT platform, native_id FROM mention;
                CREATE VIRTUAL TABLE mention_fts USING fts5(text, author, tokenize = 'unicode61 remove_diacritics 2');
                INSERT INTO mention_fts (rowid, text, author)
                    SELECT k.id, m.text, m.author FROM mention m JOIN mention_key k ON k.platform = m.platform AND k.native_id = m.native_id;
                CREATE TRIGGER mention_fts_insert AFTER INSERT ON mention BEGIN
                    INSERT INTO mention_key (platform, native_id) VALUES (NEW.platform, NEW.native_id);
                    INSERT INTO mention_fts (rowid, text, author) VALUES (last_insert_rowid(), NEW.text, NEW.author);
                END;
                CREATE TRIGGER mention_fts_update AFTER UPDATE OF text, author ON mention
                    WHEN OLD.text IS NOT NEW.text OR OLD.author IS NOT NEW.author BEGIN
                    DELETE FROM mention_fts WHERE rowid = (SELECT id FROM mention_key WHERE platform = NEW.platform AND native_id = NEW.native_id);
                    INSERT INTO mention_fts (rowid, text, author)
                        VALUES ((SELECT id FROM mention_key WHERE platform = NEW.platform AND native_id = NEW.native_id), NEW.text, NEW.author);
                END;
                """)
        }
        migrator.registerMigration("v7: change log for edited mentions") { db in
            // A re-import that changes nothing writes nothing; a correction is passed on.
            try db.execute(sql: """
                CREATE TRIGGER mention_edited AFTER UPDATE ON mention
                    WHEN OLD.text IS NOT NEW.text OR OLD.created_at IS NOT NEW.created_at OR OLD.sentiment IS NOT NEW.sentiment
                      OR OLD.likes IS NOT NEW.likes OR OLD.shares IS NOT NEW.shares OR OLD.replies IS NOT NEW.replies
                      OR OLD.followers IS NOT NEW.followers OR OLD.flags IS NOT NEW.flags
                    BEGIN INSERT INTO change_log (kind, platform, native_id) VALUES ('mention', NEW.platform, NEW.native_id); END;
                """)
        }
        migrator.registerMigration("v8: withdrawn replies") { db in
            // Undoing a reply takes it out of the outbox (kept, marked, for the record).
            try db.execute(sql: "ALTER TABLE reply ADD COLUMN withdrawn_at REAL")
        }
        migrator.registerMigration("v9: alert notifications sent") { db in
            // One notify_command per alert, however many dashboards share the database.
            try db.execute(sql: "CREATE TABLE alert_notified (alert_id TEXT PRIMARY KEY, at REAL NOT NULL)")
        }
        migrator.registerMigration("v10: full-text index written per batch") { db in
            // FTS5 inserts run from a trigger cost about ten times more than one INSERT … SELECT
            // per batch, so `upsert` indexes each batch's new rows itself, in the same
            // transaction. Contentless: the text is in `mention` already.
            try db.execute(sql: """
                DROP TRIGGER mention_fts_insert;
                DROP TRIGGER mention_fts_update;
                DROP TABLE mention_fts;
                CREATE TRIGGER mention_key_insert AFTER INSERT ON mention BEGIN
                    INSERT INTO mention_key (platform, native_id) VALUES (NEW.platform, NEW.native_id);
                END;
                CREATE VIRTUAL TABLE mention_fts USING fts5(text, author, content = '', tokenize = 'unicode61 remove_diacritics 2');
                INSERT INTO mention_fts (rowid, text, author)
                    SELECT k.id, m.text, m.author FROM mention m JOIN mention_key k ON k.platform = m.platform AND k.native_id = m.native_id;
                CREATE TRIGGER mention_fts_update AFTER UPDATE OF text, author ON mention
                    WHEN OLD.text IS NOT NEW.text OR OLD.author IS NOT NEW.author BEGIN
                    INSERT INTO mention_fts (mention_fts, rowid, text, author)
                        VALUES ('delete', (SELECT id FROM mention_key WHERE platform = NEW.platform AND native_id = NEW.native_id), OLD.text, OLD.author);
                    INSERT INTO mention_fts (rowid, text, author)
                        VALUES ((SELECT id FROM mention_key WHERE platform = NEW.platform AND native_id = NEW.native_id), NEW.text, NEW.author);
                END;
                """)
        }
        migrator.registerMigration("v11: re-index only what is indexed") { db in
            // Rows are indexed in key order, so "indexed" is "key at or below the highest indexed
            // rowid". An edit of a row not yet indexed (a repeat within one batch, or a row an
            // older vigil wrote) must not send FTS5 a 'delete' for text it never saw: that would
            // corrupt a contentless index. The next batch indexes it with its current text.
            // The index is rebuilt once, in case a batch under v10 did exactly that.
            try db.execute(sql: """
                INSERT INTO mention_fts (mention_fts) VALUES ('delete-all');
                INSERT INTO mention_fts (rowid, text, author)
                    SELECT k.id, m.text, m.author FROM mention m JOIN mention_key k ON k.platform = m.platform AND k.native_id = m.native_id;
                DROP TRIGGER mention_fts_update;
                CREATE TRIGGER mention_fts_update AFTER UPDATE OF text, author ON mention
                    WHEN (OLD.text IS NOT NEW.text OR OLD.author IS NOT NEW.author)
                      AND (SELECT id FROM mention_key WHERE platform = NEW.platform AND native_id = NEW.native_id)
                          <= coalesce((SELECT rowid FROM mention_fts ORDER BY rowid DESC LIMIT 1), 0) BEGIN
                    INSERT INTO mention_fts (mention_fts, rowid, text, author)
                        VALUES ('delete', (SELECT id FROM mention_key WHERE platform = NEW.platform AND native_id = NEW.native_id), OLD.text, OLD.author);
                    INSERT INTO mention_fts (rowid, text, author)
                        VALUES ((SELECT id FROM mention_key WHERE platform = NEW.platform AND native_id = NEW.native_id), NEW.text, NEW.author);
                END;
                """)
        }
        migrator.registerMigration("v12: mention rows keyed by an integer") { db in
            // The mention table gets an integer primary key (the FTS rowid, kept from
            // `mention_key`), so a new row is appended at the end of its B-tree instead of placed
            // among the identities, and `mention_key` with its trigger goes. New rows are found
            // by that key (`id > last seen`), so only edits go through the change log. A new
            // mention was five B-tree inserts (row, time index, key row, key index, change log)
            // plus its sequence number; now it is three. The full-text index is built again
            // without per-row column sizes (`columnsize=0`: they serve only ranking, which
            // Vigil does not do, and cost one more B-tree insert per row). Such an index cannot
            // be scanned for its highest rowid, so `fts_state` keeps it: every mention with a key
            // up to `indexed` is in the index.
            try db.execute(sql: """
                CREATE TABLE mention_v12 (
                    platform TEXT NOT NULL, native_id TEXT NOT NULL,
                    created_at REAL NOT NULL,
                    author TEXT NOT NULL, author_name TEXT, followers INTEGER, verified INTEGER NOT NULL DEFAULT 0,
                    kind TEXT NOT NULL, text TEXT NOT NULL, url TEXT,
                    parent_id TEXT, conversation_id TEXT, language TEXT,
                    likes INTEGER, shares INTEGER, replies INTEGER, views INTEGER, reach INTEGER,
                    sentiment TEXT, sentiment_score REAL, sentiment_source TEXT, guessed_language TEXT,
                    flags TEXT,
                    id INTEGER PRIMARY KEY,
                    UNIQUE (platform, native_id)
                );
                INSERT INTO mention_v12
                    SELECT m.*, k.id FROM mention m JOIN mention_key k ON k.platform = m.platform AND k.native_id = m.native_id
                    ORDER BY k.id;
                DROP TRIGGER mention_inserted;
                DROP TRIGGER mention_key_insert;
                DROP TRIGGER mention_edited;
                DROP TRIGGER mention_fts_update;
                DROP TABLE mention;
                DROP TABLE mention_key;
                ALTER TABLE mention_v12 RENAME TO mention;
                CREATE INDEX mention_created_at ON mention(created_at);
                DROP TABLE mention_fts;
                CREATE VIRTUAL TABLE mention_fts USING fts5(
                    text, author, content = '', columnsize = 0, tokenize = 'unicode61 remove_diacritics 2');
                INSERT INTO mention_fts (rowid, text, author) SELECT id, text, author FROM mention;
                CREATE TABLE fts_state (indexed INTEGER NOT NULL);
                INSERT INTO fts_state SELECT coalesce(max(id), 0) FROM mention;
                CREATE TRIGGER mention_edited AFTER UPDATE ON mention
                    WHEN OLD.text IS NOT NEW.text OR OLD.created_at IS NOT NEW.created_at OR OLD.sentiment IS NOT NEW.sentiment
                      OR OLD.likes IS NOT NEW.likes OR OLD.shares IS NOT NEW.shares OR OLD.replies IS NOT NEW.replies
                      OR OLD.followers IS NOT NEW.followers OR OLD.flags IS NOT NEW.flags
                    BEGIN INSERT INTO change_log (kind, platform, native_id) VALUES ('mention', NEW.platform, NEW.native_id); END;
                CREATE TRIGGER mention_fts_update AFTER UPDATE OF text, author ON mention
                    WHEN (OLD.text IS NOT NEW.text OR OLD.author IS NOT NEW.author)
                      AND NEW.id <= (SELECT indexed FROM fts_state) BEGIN
                    INSERT INTO mention_fts (mention_fts, rowid, text, author) VALUES ('delete', NEW.id, OLD.text, OLD.author);
                    INSERT INTO mention_fts (rowid, text, author) VALUES (NEW.id, NEW.text, NEW.author);
                END;
                """)
        }
        migrator.registerMigration("v13: full-text index in its own file") { db in
            // The index moves to `PATH-fts`, written by a background connection (see
            // `SearchIndexer`), which builds it again from the mentions. Edited texts are logged
            // for it with the text it indexed (a contentless index must be told what to remove).
            // `store_identity` tells it whose index it holds.
            try db.execute(sql: """
                DROP TRIGGER mention_fts_update;
                DROP TABLE mention_fts;
                DROP TABLE fts_state;
                CREATE TABLE store_identity (id TEXT NOT NULL);
                INSERT INTO store_identity VALUES (lower(hex(randomblob(16))));
                CREATE TABLE fts_edit (seq INTEGER PRIMARY KEY, id INTEGER NOT NULL, text TEXT NOT NULL, author TEXT NOT NULL);
                CREATE TRIGGER mention_text_edited AFTER UPDATE OF text, author ON mention
                    WHEN OLD.text IS NOT NEW.text OR OLD.author IS NOT NEW.author BEGIN
                    INSERT INTO fts_edit (id, text, author) VALUES (NEW.id, OLD.text, OLD.author);
                END;
                """)
        }
        return migrator
    }

    // MARK: mentions

    @discardableResult
    public func upsert(_ mentions: [Mention]) throws -> Int {
        try write(mentions, reportingKeys: false).added
    }

    public func write(_ mentions: [Mention]) throws -> WrittenMentions {
        try write(mentions, reportingKeys: true)
    }

    private func write(_ mentions: [Mention], reportingKeys: Bool) throws -> WrittenMentions {
        guard !mentions.isEmpty else { return WrittenMentions(added: 0, keys: []) }
        let written = try pool.write { db in
            let writer = try MentionWriter(db)
            var written = WrittenMentions(added: 0, keys: [])
            if reportingKeys { written.keyOfEach.reserveCapacity(mentions.count) }
            // Through a pointer: a loop variable would copy each mention (every field retained).
            try mentions.withUnsafeBufferPointer { buffer in
                for index in buffer.indices {
                    let mention = buffer.baseAddress! + index
                    var key: Int64 = 0
                    if try writer.insert(mention) {
                        written.added += 1
                        if reportingKeys {
                            key = writer.lastInsertedKey
                            written.keys.append(key)
                        }
                    } else {
                        let before = writer.totalChanges
                        // A key is reported only when the change feed will show the row (its
                        // trigger logged the change): one it never shows would never be let go.
                        if try writer.update(mention), reportingKeys, writer.totalChanges - before > 1, let changed = try writer.key(of: mention) {
                            key = changed
                            written.keys.append(key)
                        }
                    }
                    if reportingKeys { written.keyOfEach.append(key) }
                }
            }
            return written
        }
        indexer.schedule(written: mentions.count)
        return written
    }

    public var count: Int {
        (try? pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mention") ?? 0 }) ?? 0
    }

    public func mention(_ id: MentionID) -> Mention? {
        try? pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM mention WHERE platform = ? AND native_id = ?", arguments: [id.platform.rawValue, id.nativeID])
                .map { Self.mention(from: $0) }
        }
    }

    public func newest(limit: Int?, ruleFlags: Bool) throws -> StoredMentions {
        try pool.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM mention") ?? 0
            let rows = try Row.fetchCursor(db, sql: "SELECT * FROM mention ORDER BY created_at DESC, platform, native_id LIMIT ?", arguments: [limit ?? -1])
            var stored = StoredMentions(mentions: [], keys: [], total: total)
            stored.mentions.reserveCapacity(min(limit ?? total, total))
            stored.keys.reserveCapacity(min(limit ?? total, total))
            while let row = try rows.next() {
                stored.mentions.append(Self.mention(from: row, ruleFlags: ruleFlags))
                stored.keys.append(row[Self.keyColumn])
            }
            return stored
        }
    }

    public func allNewestFirst() throws -> [Mention] {
        try newest(limit: nil).mentions
    }

    static func sourceText(_ source: SentimentSource?) -> String? {
        switch source {
        case .feed(let raw)?: "feed:" + raw
        case .analyzer?: "analyzer"
        case nil: nil
        }
    }

    /// Where `SELECT *` puts the key (`id`, added last by migration v12).
    static let keyColumn = 23

    /// Decodes a `SELECT *` row by column position (the order of the v1 table), which is several
    /// times faster than looking columns up by name a million times.
    static func mention(from row: Row, ruleFlags: Bool = true) -> Mention {
        let sourceText: String? = row[20]
        var sentiment: Sentiment?
        if let label = (row[18] as String?).flatMap(SentimentLabel.init(rawValue:)) {
            let source: SentimentSource = sourceText?.hasPrefix("feed:") == true ? .feed(raw: String(sourceText!.dropFirst(5))) : .analyzer
            sentiment = Sentiment(label: label, score: row[19], source: source, guessedLanguage: row[21])
        }
        return Mention(
            id: MentionID(platform: Platform(rawValue: row[0]), nativeID: row[1]),
            author: Author(handle: row[3], displayName: row[4], followers: row[5], verified: (row[6] as Int?) == 1),
            createdAt: Date(timeIntervalSince1970: row[2]), text: row[8], url: row[9],
            kind: MentionKind(rawValue: row[7]) ?? .post, parentID: row[10], conversationID: row[11],
            language: row[12],
            metrics: Metrics(likes: row[13], shares: row[14], replies: row[15], views: row[16], reach: row[17]),
            sentiment: sentiment, flags: ruleFlags ? (row[22] as String?).flatMap(FlagsCoding.decode) : nil)
    }

    // MARK: changes from other processes

    public func latestChange() throws -> ChangePosition {
        try pool.read { db in
            ChangePosition(change: try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM change_log") ?? 0,
                           mention: try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM mention") ?? 0)
        }
    }

    /// At most `limit` new mentions and `limit` log entries at a time (a dashboard polling
    /// during a million-row import takes it in steps); each mention once, as it is now.
    public func changes(after position: ChangePosition) throws -> StoreChanges {
        let limit = 100_000
        let changes = try pool.read { db in
            var changes = StoreChanges(last: position)
            var seen = Set<MentionID>()
            let added = try Row.fetchCursor(db, sql: "SELECT * FROM mention WHERE id > ? ORDER BY id LIMIT ?", arguments: [position.mention, limit])
            while let row = try added.next() {
                changes.last.mention = row[Self.keyColumn]
                let mention = Self.mention(from: row)
                seen.insert(mention.id)
                changes.mentions.append(mention)
                changes.keys.append(row[Self.keyColumn])
            }
            let rows = try Row.fetchAll(db, sql: "SELECT seq, kind, platform, native_id FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?",
                                        arguments: [position.change, limit])
            var edited: [MentionID] = [], triageIDs: Set<MentionID> = [], noteIDs: Set<MentionID> = []
            for row in rows {
                changes.last.change = row[0]
                let id = MentionID(platform: Platform(rawValue: row[2]), nativeID: row[3])
                switch row[1] as String {
                case "mention": if seen.insert(id).inserted { edited.append(id) }
                case "note": noteIDs.insert(id)
                default: triageIDs.insert(id)
                }
            }
            for id in noteIDs { changes.notes[id] = try Self.notes(of: id, db) }
            for id in edited {
                if let row = try Row.fetchOne(db, sql: "SELECT * FROM mention WHERE platform = ? AND native_id = ?", arguments: [id.platform.rawValue, id.nativeID]) {
                    changes.mentions.append(Self.mention(from: row))
                    changes.keys.append(row[Self.keyColumn])
                }
            }
            for id in triageIDs {
                if let row = try Row.fetchOne(db, sql: "SELECT * FROM triage WHERE platform = ? AND native_id = ?", arguments: [id.platform.rawValue, id.nativeID]) {
                    changes.triage[id] = Self.triage(from: row)
                }
            }
            return changes
        }
        // Another process's mentions: normally it indexes them itself, but one killed before
        // its indexer caught up leaves that to whoever comes next.
        if changes.last.mention > position.mention { indexer.schedule() }
        return changes
    }

    // MARK: search

    /// Mentions whose text or author contains every one of `terms` (words or phrases, case- and
    /// accent-insensitive), through the full-text index. Terms are quoted, so nothing typed is
    /// read as FTS5 syntax.
    public func search(_ terms: [String], excluding: [String]) throws -> TextAnswer {
        guard !terms.isEmpty || !excluding.isEmpty else { return .keys([], indexedThrough: .max) }
        func phrase(_ words: String) -> String { "\"" + words.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        // Words without a letter or digit (emoji, punctuation) are not in the index: looked for in the text.
        let indexed = terms.filter(MentionFilter.isIndexable), scanned = terms.filter { !MentionFilter.isIndexable($0) }
        let indexedOut = excluding.filter(MentionFilter.isIndexable), scannedOut = excluding.filter { !MentionFilter.isIndexable($0) }
        let sql: String
        var arguments: [any DatabaseValueConvertible] = []
        if scanned.isEmpty, scannedOut.isEmpty, !indexed.isEmpty {
            // The index alone (the common case).
            var query = indexed.map(phrase).joined(separator: " AND ")
            if !indexedOut.isEmpty { query = "(\(query)) NOT (" + indexedOut.map(phrase).joined(separator: " OR ") + ")" }
            sql = "SELECT \(KeyCollector.name)(rowid) FROM fts.mention_fts WHERE mention_fts MATCH ?"
            arguments = [query]
        } else {
            var conditions: [String] = []
            if !indexed.isEmpty {
                conditions.append("id IN (SELECT rowid FROM fts.mention_fts WHERE mention_fts MATCH ?)")
                arguments.append(indexed.map(phrase).joined(separator: " AND "))
            }
            if !indexedOut.isEmpty {
                conditions.append("id NOT IN (SELECT rowid FROM fts.mention_fts WHERE mention_fts MATCH ?)")
                arguments.append(indexedOut.map(phrase).joined(separator: " OR "))
            }
            for words in scanned {
                conditions.append("(instr(text, ?) > 0 OR instr(author, ?) > 0)")
                arguments += [words, words]
            }
            for words in scannedOut {
                conditions.append("NOT (instr(text, ?) > 0 OR instr(author, ?) > 0)")
                arguments += [words, words]
            }
            sql = "SELECT \(KeyCollector.name)(id) FROM (SELECT id FROM mention WHERE \(conditions.joined(separator: " AND ")) ORDER BY id)"
        }
        return try pool.read { db in
            // How far the index is; an index of another store (a copied file) counts as empty.
            let mark = try Int64.fetchOne(db, sql: """
                SELECT CASE WHEN f.store_id = s.id THEN f.indexed ELSE 0 END FROM fts.fts_state f, store_identity s
                """) ?? 0
            // The matching keys in one step, as one blob (see `KeyCollector`).
            let statement = try db.makeStatement(sql: sql)
            try statement.setArguments(StatementArguments(arguments))
            let code = sqlite3_step(statement.sqliteStatement)
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            let keys = KeyCollector.keys(from: statement.sqliteStatement, column: 0)
            // An index not caught up yet answers for what it holds; an empty one for nothing
            // (an answer over the text alone holds for every key).
            if indexed.isEmpty, indexedOut.isEmpty { return .keys(keys, indexedThrough: .max) }
            return .keys(mark == 0 ? [] : keys.filter { $0 <= mark }, indexedThrough: mark)
        }
    }

    public func mentions(keys: [Int64]) throws -> [Int64: Mention] {
        guard !keys.isEmpty else { return [:] }
        return try pool.read { db in
            var found: [Int64: Mention] = [:]
            // In slices: SQLite limits the number of parameters of one statement.
            var start = 0
            while start < keys.count {
                let slice = keys[start..<min(start + 500, keys.count)]
                let marks = Array(repeating: "?", count: slice.count).joined(separator: ",")
                let rows = try Row.fetchCursor(db, sql: "SELECT * FROM mention WHERE id IN (\(marks))", arguments: StatementArguments(Array(slice)))
                while let row = try rows.next() { found[row[Self.keyColumn]] = Self.mention(from: row) }
                start += slice.count
            }
            return found
        }
    }

    /// Where `oldestFirst` continues: after the mentions at `time` it has already given.
    public struct TimeCursor: Sendable {
        var time: Double
        var given: Set<Int64>
    }

    /// The next `limit` or so mentions oldest first after `cursor` (from the start when nil),
    /// with their keys, and where to continue (nil at the end): a large history read in
    /// slices, so it is never all in memory at once. In the order of the event-time index
    /// (mentions with the same time in no particular order), which costs no sort. (The slice's
    /// `total` is not counted: 0.)
    public func oldestFirst(after cursor: TimeCursor?, limit: Int, ruleFlags: Bool) throws -> (StoredMentions, TimeCursor?) {
        try pool.read { db in
            let given = cursor?.given ?? []
            let rows = try Row.fetchCursor(db, sql: "SELECT * FROM mention WHERE created_at >= ? ORDER BY created_at LIMIT ?",
                                           arguments: [cursor?.time ?? -Double.greatestFiniteMagnitude, limit + given.count])
            var stored = StoredMentions(mentions: [], keys: [], total: 0)
            var next = cursor ?? TimeCursor(time: -Double.greatestFiniteMagnitude, given: [])
            while let row = try rows.next() {
                let key: Int64 = row[Self.keyColumn]
                if given.contains(key) { continue }
                let time: Double = row[2]
                if time != next.time { next = TimeCursor(time: time, given: []) }
                next.given.insert(key)
                stored.mentions.append(Self.mention(from: row, ruleFlags: ruleFlags))
                stored.keys.append(key)
            }
            return (stored, stored.mentions.isEmpty ? nil : next)
        }
    }

    // MARK: triage

    public func triageStates() throws -> [MentionID: Triage] {
        try pool.read { db in
            var states: [MentionID: Triage] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM triage") {
                states[MentionID(platform: Platform(rawValue: row["platform"]), nativeID: row["native_id"])] = Self.triage(from: row)
            }
            return states
        }
    }

    @discardableResult
    public func apply(_ action: TriageAction, to ids: [MentionID], by who: String, at time: Date) throws -> [MentionID: Triage] {
        try write(ids.map { ($0, { before in action.applied(to: before, by: who, at: time) }) }, action: action.name, by: who, at: time)
    }

    @discardableResult
    public func restore(_ states: [MentionID: Triage], by who: String, at time: Date) throws -> [MentionID: Triage] {
        try write(states.map { id, state in (id, { _ in state }) }, action: TriageAction.restore(Triage()).name, by: who, at: time) { db in
            // Undoing a reply: what was written after the state put back leaves the outbox, so
            // it is never exported to be posted.
            for (id, state) in states where state.status != .replied && state.status != .done {
                try db.execute(sql: "UPDATE reply SET withdrawn_at = ? WHERE platform = ? AND native_id = ? AND withdrawn_at IS NULL AND at >= ?",
                               arguments: [time.timeIntervalSince1970, id.platform.rawValue, id.nativeID, (state.updatedAt ?? .distantPast).timeIntervalSince1970])
                if db.changesCount > 0 {
                    try db.execute(sql: "INSERT INTO audit_log (at, who, platform, native_id, action, before, after) VALUES (?,?,?,?,?,?,?)",
                                   arguments: [time.timeIntervalSince1970, who, id.platform.rawValue, id.nativeID, "reply withdrawn", "", ""])
                }
            }
        }
    }

    /// Each change and its audit line in one transaction: when this returns, both are on disk.
    private func write(_ changes: [(MentionID, (Triage) -> Triage)], action: String, by who: String, at time: Date,
                       also: (Database) throws -> Void = { _ in }) throws -> [MentionID: Triage] {
        try pool.write { db in
            try also(db)
            var result: [MentionID: Triage] = [:]
            for (id, change) in changes {
                let before = try Row.fetchOne(db, sql: "SELECT * FROM triage WHERE platform = ? AND native_id = ?",
                                              arguments: [id.platform.rawValue, id.nativeID]).map(Self.triage(from:)) ?? Triage()
                let after = change(before)
                try db.execute(sql: """
                    INSERT OR REPLACE INTO triage (platform, native_id, status, assignee, department, tags, priority, sentiment_override,
                        follow_up, snoozed_until, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
                    """, arguments: [id.platform.rawValue, id.nativeID, after.status.rawValue, after.assignee, after.department,
                                     after.tags.joined(separator: "\n"), after.priority?.name, after.sentimentOverride?.rawValue,
                                     after.followUp?.timeIntervalSince1970, after.snoozedUntil?.timeIntervalSince1970,
                                     after.updatedAt?.timeIntervalSince1970, after.updatedBy])
                try db.execute(sql: "INSERT INTO audit_log (at, who, platform, native_id, action, before, after) VALUES (?,?,?,?,?,?,?)",
                               arguments: [time.timeIntervalSince1970, who, id.platform.rawValue, id.nativeID, action, before.auditText, after.auditText])
                result[id] = after
            }
            return result
        }
    }

    @discardableResult
    public func addNote(_ text: String, to id: MentionID, by who: String, at time: Date) throws -> [Note] {
        try pool.write { db in
            try db.execute(sql: "INSERT INTO note (platform, native_id, at, who, text) VALUES (?,?,?,?,?)",
                           arguments: [id.platform.rawValue, id.nativeID, time.timeIntervalSince1970, who, text])
            try db.execute(sql: "INSERT INTO audit_log (at, who, platform, native_id, action, before, after) VALUES (?,?,?,?,?,?,?)",
                           arguments: [time.timeIntervalSince1970, who, id.platform.rawValue, id.nativeID, "commented", "", text])
            return try Self.notes(of: id, db)
        }
    }

    public func notes() throws -> [MentionID: [Note]] {
        try pool.read { db in
            var result: [MentionID: [Note]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT platform, native_id, at, who, text FROM note ORDER BY id") {
                result[MentionID(platform: Platform(rawValue: row[0]), nativeID: row[1]), default: []]
                    .append(Note(by: row[3], at: Date(timeIntervalSince1970: row[2]), text: row[4]))
            }
            return result
        }
    }

    @discardableResult
    public func saveReply(_ reply: Reply) throws -> Triage {
        let id = reply.mention
        // The draft, the state change and its audit line in one transaction.
        let states = try write([(id, { TriageAction.markReplied.applied(to: $0, by: reply.by, at: reply.at) })],
                               action: "replied", by: reply.by, at: reply.at) { db in
            try db.execute(sql: "INSERT INTO reply (platform, native_id, at, who, text) VALUES (?,?,?,?,?)",
                           arguments: [id.platform.rawValue, id.nativeID, reply.at.timeIntervalSince1970, reply.by, reply.text])
        }
        return states[id] ?? Triage(status: .replied)
    }

    public func replies() throws -> [Reply] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT platform, native_id, at, who, text FROM reply WHERE withdrawn_at IS NULL ORDER BY id").map { row in
                Reply(mention: MentionID(platform: Platform(rawValue: row[0]), nativeID: row[1]), by: row[3],
                      at: Date(timeIntervalSince1970: row[2]), text: row[4])
            }
        }
    }

    public func saveAcknowledgement(_ ack: Acknowledgement, alertID: String) throws {
        try pool.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO alert_ack (alert_id, who, at, note) VALUES (?,?,?,?)",
                           arguments: [alertID, ack.by, ack.at.timeIntervalSince1970, ack.note])
            // Audited like triage: platform "alert", the alert's id in place of a mention id.
            try db.execute(sql: "INSERT INTO audit_log (at, who, platform, native_id, action, before, after) VALUES (?,?,?,?,?,?,?)",
                           arguments: [ack.at.timeIntervalSince1970, ack.by, "alert", alertID, "acknowledged", "", ack.note])
        }
    }

    public func claimNotification(alertID: String, at time: Date) throws -> Bool {
        try pool.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO alert_notified (alert_id, at) VALUES (?, ?)", arguments: [alertID, time.timeIntervalSince1970])
            return db.changesCount == 1
        }
    }

    public func acknowledgements() throws -> [String: Acknowledgement] {
        try pool.read { db in
            var result: [String: Acknowledgement] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT alert_id, who, at, note FROM alert_ack") {
                result[row[0]] = Acknowledgement(by: row[1], at: Date(timeIntervalSince1970: row[2]), note: row[3])
            }
            return result
        }
    }

    public func saveSilence(id: String, rule: String?, key: String?, from: Date, until: Date, by: String, comment: String) throws {
        try pool.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO silence (id, rule, key, starts_at, ends_at, who, comment) VALUES (?,?,?,?,?,?,?)",
                           arguments: [id, rule, key, from.timeIntervalSince1970, until.timeIntervalSince1970, by, comment])
        }
    }

    public func silences() throws -> [SavedSilence] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, rule, key, starts_at, ends_at, who, comment FROM silence ORDER BY id").map { row in
                SavedSilence(id: row[0], rule: row[1], key: row[2], from: Date(timeIntervalSince1970: row[3]),
                             until: Date(timeIntervalSince1970: row[4]), by: row[5], comment: row[6])
            }
        }
    }

    private static func notes(of id: MentionID, _ db: Database) throws -> [Note] {
        try Row.fetchAll(db, sql: "SELECT at, who, text FROM note WHERE platform = ? AND native_id = ? ORDER BY id",
                         arguments: [id.platform.rawValue, id.nativeID])
            .map { Note(by: $0[1], at: Date(timeIntervalSince1970: $0[0]), text: $0[2]) }
    }

    static func triage(from row: Row) -> Triage {
        let tags = (row["tags"] as String? ?? "").split(separator: "\n").map(String.init)
        return Triage(
            status: TriageStatus(rawValue: row["status"]) ?? .new, assignee: row["assignee"], department: row["department"], tags: tags,
            priority: (row["priority"] as String?).flatMap(Priority.init(name:)),
            sentimentOverride: (row["sentiment_override"] as String?).flatMap(SentimentLabel.init(rawValue:)),
            followUp: (row["follow_up"] as Double?).map(Date.init(timeIntervalSince1970:)),
            snoozedUntil: (row["snoozed_until"] as Double?).map(Date.init(timeIntervalSince1970:)),
            updatedAt: (row["updated_at"] as Double?).map(Date.init(timeIntervalSince1970:)), updatedBy: row["updated_by"])
    }

    public func auditLog() throws -> [AuditEntry] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit_log ORDER BY id").map { row in
                AuditEntry(at: Date(timeIntervalSince1970: row["at"]), who: row["who"],
                           mention: MentionID(platform: Platform(rawValue: row["platform"]), nativeID: row["native_id"]),
                           action: row["action"], before: row["before"], after: row["after"])
            }
        }
    }
}

extension SQLiteStore {
    /// Runs raw SQL (tests and maintenance).
    func rawExecute(_ sql: String) throws {
        try pool.write { db in try db.execute(sql: sql) }
    }
}
