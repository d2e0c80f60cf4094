import Foundation
import GRDB
import VigilCore

/// The schema, as versioned migrations (see README "Database").
extension SQLiteStore {
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
        migrator.registerMigration("v14: moderation decisions") { db in
            // Every decision is kept; an item's latest one that is not withdrawn stands.
            try db.execute(sql: """
                CREATE TABLE moderation (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    platform TEXT NOT NULL, native_id TEXT NOT NULL,
                    action TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', who TEXT NOT NULL, at REAL NOT NULL,
                    withdrawn_at REAL
                );
                CREATE INDEX moderation_item ON moderation(platform, native_id);
                CREATE TRIGGER moderation_decided AFTER INSERT ON moderation
                    BEGIN INSERT INTO change_log (kind, platform, native_id) VALUES ('moderation', NEW.platform, NEW.native_id); END;
                CREATE TRIGGER moderation_withdrawn AFTER UPDATE OF withdrawn_at ON moderation
                    BEGIN INSERT INTO change_log (kind, platform, native_id) VALUES ('moderation', NEW.platform, NEW.native_id); END;
                """)
        }
        migrator.registerMigration("v15: claims and presence") { db in
            // Who is working on an item (see `ClaimStoring`), and which dashboards are on.
            try db.execute(sql: """
                CREATE TABLE claim (
                    platform TEXT NOT NULL, native_id TEXT NOT NULL, who TEXT NOT NULL, purpose TEXT NOT NULL,
                    since REAL NOT NULL, until REAL NOT NULL,
                    PRIMARY KEY (platform, native_id)
                ) WITHOUT ROWID;
                CREATE TRIGGER claim_written AFTER INSERT ON claim
                    BEGIN INSERT INTO change_log (kind, platform, native_id) VALUES ('claim', NEW.platform, NEW.native_id); END;
                CREATE TRIGGER claim_released AFTER DELETE ON claim
                    BEGIN INSERT INTO change_log (kind, platform, native_id) VALUES ('claim', OLD.platform, OLD.native_id); END;
                CREATE TABLE presence (session TEXT PRIMARY KEY, user TEXT NOT NULL, pane TEXT NOT NULL, at REAL NOT NULL);
                """)
        }
        return migrator
    }
}
