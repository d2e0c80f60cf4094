/// The schema as numbered migrations, applied in order under an advisory lock, so two
/// processes opening a new database at once never race (the second waits, then finds them
/// done). Each migration and its record commit together. Identities are compared byte by byte
/// (`COLLATE "C"`), as SQLite does, so both stores list ties in the same order.
enum PostgresSchema {
    /// `pg_advisory_lock` keys: one for migrations, and two that writing transactions hold until
    /// they commit so that numbers become visible in the order they were given (a reader that
    /// has seen key 10 never later meets a key 9 committed after it): one for new mentions'
    /// keys (imports), one for the change log's numbers (triage, notes, decisions, claims, edited
    /// mentions). Triage never waits for an import of new mentions.
    static let migrationLock = 0x5649_4749_4C01  // "VIGIL" 1
    static let mentionLock = 0x5649_4749_4C02
    static let changeLock = 0x5649_4749_4C03

    static let migrations: [(version: Int, name: String, sql: String)] = [
        (1, "mentions, triage, audit, notes, replies, moderation, alerts, change log", """
        CREATE TABLE mention (
            key bigint PRIMARY KEY,
            platform text COLLATE "C" NOT NULL, native_id text COLLATE "C" NOT NULL,
            created_at double precision NOT NULL,
            author text NOT NULL, author_name text, followers bigint, verified boolean NOT NULL DEFAULT false,
            kind text NOT NULL, text text NOT NULL, url text,
            parent_id text, conversation_id text, language text,
            likes bigint, shares bigint, replies bigint, views bigint, reach bigint,
            sentiment text, sentiment_score double precision, sentiment_source text, guessed_language text,
            flags text,
            search tsvector NOT NULL,
            UNIQUE (platform, native_id)
        );
        CREATE SEQUENCE mention_key_seq OWNED BY mention.key;
        CREATE INDEX mention_created_at ON mention (created_at, platform, native_id);
        CREATE INDEX mention_search ON mention USING gin (search);
        CREATE INDEX mention_moderated ON mention (created_at) WHERE flags LIKE '%"moderate":[%';
        CREATE TABLE triage (
            platform text COLLATE "C" NOT NULL, native_id text COLLATE "C" NOT NULL,
            status text NOT NULL, assignee text, department text, tags text NOT NULL DEFAULT '',
            priority text, sentiment_override text, follow_up double precision, snoozed_until double precision,
            updated_at double precision, updated_by text,
            PRIMARY KEY (platform, native_id)
        );
        CREATE TABLE audit_log (
            id bigserial PRIMARY KEY, at double precision NOT NULL, who text NOT NULL,
            platform text NOT NULL, native_id text NOT NULL, action text NOT NULL, before text NOT NULL, after text NOT NULL
        );
        CREATE FUNCTION vigil_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$;
        CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
            FOR EACH ROW EXECUTE FUNCTION vigil_audit_append_only();
        CREATE TABLE change_log (
            seq bigserial PRIMARY KEY, kind text NOT NULL, platform text NOT NULL, native_id text NOT NULL
        );
        CREATE TABLE note (
            id bigserial PRIMARY KEY, platform text NOT NULL, native_id text NOT NULL,
            at double precision NOT NULL, who text NOT NULL, text text NOT NULL
        );
        CREATE INDEX note_item ON note (platform, native_id);
        CREATE TABLE reply (
            id bigserial PRIMARY KEY, platform text NOT NULL, native_id text NOT NULL,
            at double precision NOT NULL, who text NOT NULL, text text NOT NULL, withdrawn_at double precision
        );
        CREATE INDEX reply_item ON reply (platform, native_id);
        CREATE TABLE moderation (
            id bigserial PRIMARY KEY, platform text NOT NULL, native_id text NOT NULL,
            action text NOT NULL, note text NOT NULL DEFAULT '', who text NOT NULL, at double precision NOT NULL,
            withdrawn_at double precision
        );
        CREATE INDEX moderation_item ON moderation (platform, native_id);
        CREATE TABLE alert_ack (alert_id text PRIMARY KEY, who text NOT NULL, at double precision NOT NULL, note text NOT NULL DEFAULT '');
        CREATE TABLE alert_notified (alert_id text PRIMARY KEY, at double precision NOT NULL);
        CREATE TABLE silence (
            id text PRIMARY KEY, rule text, key text, starts_at double precision NOT NULL, ends_at double precision NOT NULL,
            who text NOT NULL, comment text NOT NULL DEFAULT ''
        );
        """),
        (2, "claims and presence", """
        CREATE TABLE claim (
            platform text COLLATE "C" NOT NULL, native_id text COLLATE "C" NOT NULL, who text NOT NULL, purpose text NOT NULL,
            since double precision NOT NULL, until double precision NOT NULL,
            PRIMARY KEY (platform, native_id)
        );
        CREATE TABLE presence (session text PRIMARY KEY, username text NOT NULL, pane text NOT NULL, at double precision NOT NULL);
        """),
        // New words wait in the search index's pending list until it holds 16 MB (4 MB by
        // default), then go in sorted, together: an import spends a fifth less on the index;
        // a search also reads the pending list, a few milliseconds at most.
        (3, "a larger pending list for the search index", """
        ALTER INDEX mention_search SET (gin_pending_list_limit = 16384);
        """),
    ]

    static func migrate(_ connection: PGConnection) throws {
        try connection.query("SELECT pg_advisory_lock($1)", [String(migrationLock)])
        defer { _ = try? connection.query("SELECT pg_advisory_unlock($1)", [String(migrationLock)]) }
        // Created only when missing: a day-to-day role without CREATE on the schema (README
        // "Least privilege") opens an up-to-date database without running any DDL.
        if try connection.query("SELECT to_regclass('vigil_migration') IS NULL").bool(0, 0) {
            try connection.execute("CREATE TABLE IF NOT EXISTS vigil_migration (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())")
        }
        let done = try connection.query("SELECT version FROM vigil_migration")
        let applied = Set((0..<done.count).compactMap { done.int($0, 0) })
        if let newest = applied.max(), newest > (migrations.map(\.version).max() ?? 0) {
            throw PostgresError(message: "the database's schema (version \(newest)) is newer than this vigil knows: upgrade vigil")
        }
        for migration in migrations where !applied.contains(migration.version) {
            try connection.execute("BEGIN")
            do {
                try connection.execute(migration.sql)
                try connection.query("INSERT INTO vigil_migration (version, name) VALUES ($1, $2)", [String(migration.version), migration.name])
                try connection.execute("COMMIT")
            } catch {
                try? connection.execute("ROLLBACK")
                throw PostgresError(message: "migration \(migration.version) (\(migration.name)) failed: \(error)")
            }
        }
    }
}
