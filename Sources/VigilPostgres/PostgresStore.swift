import Foundation
import VigilCore
import VigilStore

/// The team's store: one PostgreSQL database shared by every dashboard, import and command on
/// every machine, behind the same protocols as `SQLiteStore` (the contract tests run against
/// both). Each change and its audit line commit together; a dropped connection is opened
/// again before the next statement, and a transaction cut off by it fails whole. The schema
/// is documented in README "Database".
public final class PostgresStore: MentionStore, @unchecked Sendable {  // every use of the connection holds `lock`
    /// What was given to open it, password hidden (for messages).
    public let location: String
    /// As given (password included, if it was): for `reopened`, never shown.
    let url: String
    private let connection: PGConnection
    private let lock = NSLock()
    /// A connection that only listens for other processes' changes (see `changeSignalled`).
    var listener: PGConnection?
    var listenAgainAt = Date.distantPast
    let listenerLock = NSLock()

    /// `url`: `postgres://user@host:port/dbname?sslmode=…`; libpq fills in the rest from the
    /// environment (`PGHOST`, `PGPASSWORD`…) and `~/.pgpass`.
    public init(url: String) throws {
        location = PostgresURL.redacted(url)
        self.url = url
        connection = try PGConnection(url)
        try PostgresSchema.migrate(connection)
        try connection.execute(Self.incomingTable)
    }

    /// Runs `body` with the connection, reopened first if it was lost.
    @discardableResult
    func read<T>(_ body: (PGConnection) throws -> T) throws -> T {
        lock.lock(); defer { lock.unlock() }
        try reconnectIfNeeded()
        return try body(connection)
    }

    /// Runs `body` in a transaction: all of it commits, or none. It first takes `lock` (by
    /// default the change log's, see `PostgresSchema.changeLock`); nil: `body` takes what it
    /// needs itself (`takeLock`), after work that need not keep the others waiting.
    @discardableResult
    func write<T>(lock advisory: Int? = PostgresSchema.changeLock, _ body: (PGConnection) throws -> T) throws -> T {
        lock.lock(); defer { lock.unlock() }
        try reconnectIfNeeded()
        try connection.execute("BEGIN")
        do {
            if let advisory { try Self.takeLock(advisory, connection) }
            let result = try body(connection)
            try Self.notifyChange(connection)
            try connection.execute("COMMIT")
            return result
        } catch {
            if !connection.isBroken { try? connection.execute("ROLLBACK") }
            throw error
        }
    }

    /// Runs a statement without parameters (tests and maintenance: roles, grants).
    public func runForTests(_ sql: String) throws {
        try read { c in try c.execute(sql) }
    }

    /// Holds `key` until the transaction ends (always the mention lock before the change
    /// log's, so two writers never wait for each other in a circle).
    static func takeLock(_ key: Int, _ c: PGConnection) throws {
        try c.query("SELECT pg_advisory_xact_lock($1)", [String(key)])
    }

    private func reconnectIfNeeded() throws {
        guard connection.isBroken else { return }
        guard connection.reset() else { throw PostgresError(message: "the connection to PostgreSQL (\(location)) was lost and cannot be opened again") }
        // A new session: its temporary table is gone.
        try connection.execute(Self.incomingTable)
    }

    /// Where `write` copies a batch before merging it into `mention` (one per session).
    static let incomingTable = """
        CREATE TEMP TABLE IF NOT EXISTS incoming (
            ord integer, platform text, native_id text, created_at double precision, author text, author_name text,
            followers bigint, verified boolean, kind text, text text, url text, parent_id text, conversation_id text,
            language text, likes bigint, shares bigint, replies bigint, views bigint, reach bigint, sentiment text,
            sentiment_score double precision, sentiment_source text, guessed_language text, flags text, words text
        ) ON COMMIT DELETE ROWS
        """

    /// Adds a line to the audit log, inside the caller's transaction.
    static func audit(_ c: PGConnection, at time: Date, by who: String, _ id: MentionID, action: String, before: String = "", after: String = "") throws {
        try c.query("INSERT INTO audit_log (at, who, platform, native_id, action, before, after) VALUES ($1,$2,$3,$4,$5,$6,$7)",
                    [seconds(time), who, id.platform.rawValue, id.nativeID, action, before, after])
    }

    /// Tells other processes what changed, inside the caller's transaction.
    static func logChange(_ c: PGConnection, kind: String, _ id: MentionID) throws {
        try c.query("INSERT INTO change_log (kind, platform, native_id) VALUES ($1,$2,$3)", [kind, id.platform.rawValue, id.nativeID])
    }

    static func seconds(_ date: Date) -> String { "\(date.timeIntervalSince1970)" }
    static func seconds(_ date: Date?) -> String? { date.map(seconds) }
    static func date(_ rows: PGRows, _ row: Int, _ column: Int) -> Date { Date(timeIntervalSince1970: rows.double(row, column) ?? 0) }
}
