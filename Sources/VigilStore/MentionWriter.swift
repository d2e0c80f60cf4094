import Foundation
import GRDB
import GRDBSQLite
import VigilCore

/// The import's two statements (insert a new mention; rewrite a known one that changed), bound
/// value by value through SQLite's C API: building GRDB's `StatementArguments` for 23 columns
/// cost more than SQLite's own work on the row. Used only inside a write transaction, and
/// finalized when the batch is done.
struct MentionWriter: ~Copyable {
    private let insert: OpaquePointer
    private let update: OpaquePointer
    private let lookup: OpaquePointer
    private let connection: OpaquePointer
    /// The row's text values, side by side in one reused buffer that outlives each step, so
    /// SQLite need not copy them (SQLITE_TRANSIENT was a malloc, a copy and a free per value:
    /// half of binding a row). Every parameter is bound again before each step.
    private let rowText = RowText()
    private static let `static` = unsafeBitCast(0, to: sqlite3_destructor_type.self)

    static let columns = """
        platform, native_id, created_at, author, author_name, followers, verified, kind, text, url, parent_id, conversation_id, \
        language, likes, shares, replies, views, reach, sentiment, sentiment_score, sentiment_source, guessed_language, flags
        """
    static let insertSQL = "INSERT OR IGNORE INTO mention (\(columns)) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23)"
    /// Rewrites the row only when a value differs, so re-importing an unchanged export writes
    /// no pages and fires no triggers.
    static let updateSQL: String = {
        let names = columns.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let changed = names.enumerated().dropFirst(2).map { "\($1)=?\($0 + 1)" }
        let differs = names.enumerated().dropFirst(2).map { "\($1) IS NOT ?\($0 + 1)" }
        return "UPDATE mention SET \(changed.joined(separator: ", ")) WHERE platform=?1 AND native_id=?2 AND (\(differs.joined(separator: " OR ")))"
    }()

    init(_ db: Database) throws {
        guard let connection = db.sqliteConnection else { throw DatabaseError(message: "no connection") }
        let insert = try Self.prepare(Self.insertSQL, connection)
        let update: OpaquePointer, lookup: OpaquePointer
        do {
            update = try Self.prepare(Self.updateSQL, connection)
        } catch {
            sqlite3_finalize(insert)
            throw error
        }
        do {
            lookup = try Self.prepare("SELECT id FROM mention WHERE platform = ?1 AND native_id = ?2", connection)
        } catch {
            sqlite3_finalize(insert)
            sqlite3_finalize(update)
            throw error
        }
        self.connection = connection
        self.insert = insert
        self.update = update
        self.lookup = lookup
    }

    deinit {
        sqlite3_finalize(insert)
        sqlite3_finalize(update)
        sqlite3_finalize(lookup)
    }

    /// Rows changed on this connection so far, triggers' writes included.
    var totalChanges: Int64 { Int64(sqlite3_total_changes(connection)) }

    /// The key of the row the last successful `insert` added.
    var lastInsertedKey: Int64 { sqlite3_last_insert_rowid(connection) }

    /// The stored row's key for this mention's (platform, id), nil when there is none.
    func key(of m: UnsafePointer<Mention>) throws -> Int64? {
        sqlite3_reset(lookup)
        rowText.start()
        text(lookup, 1, m.pointee.platform.rawValue)
        text(lookup, 2, m.pointee.id.nativeID)
        let code = sqlite3_step(lookup)
        if code == SQLITE_ROW { return sqlite3_column_int64(lookup, 0) }
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)))
        }
        return nil
    }

    /// Inserts the mention unless its (platform, id) is there already; true when inserted.
    func insert(_ m: UnsafePointer<Mention>) throws -> Bool {
        try run(insert, m)
    }

    /// Replaces the stored version of a known mention; true when anything differed.
    @discardableResult
    func update(_ m: UnsafePointer<Mention>) throws -> Bool {
        try run(update, m)
    }

    private func run(_ statement: OpaquePointer, _ m: UnsafePointer<Mention>) throws -> Bool {
        // Fields read through the pointer: a local copy of the mention retained every string.
        sqlite3_reset(statement)
        rowText.start()
        text(statement, 1, m.pointee.platform.rawValue)
        text(statement, 2, m.pointee.id.nativeID)
        sqlite3_bind_double(statement, 3, m.pointee.createdAt.timeIntervalSince1970)
        text(statement, 4, m.pointee.author.handle)
        text(statement, 5, m.pointee.author.displayName)
        int(statement, 6, m.pointee.author.followers)
        int(statement, 7, m.pointee.author.verified ? 1 : 0)
        text(statement, 8, m.pointee.kind.rawValue)
        text(statement, 9, m.pointee.text)
        text(statement, 10, m.pointee.url)
        text(statement, 11, m.pointee.parentID)
        text(statement, 12, m.pointee.conversationID)
        text(statement, 13, m.pointee.language)
        int(statement, 14, m.pointee.metrics.likes)
        int(statement, 15, m.pointee.metrics.shares)
        int(statement, 16, m.pointee.metrics.replies)
        int(statement, 17, m.pointee.metrics.views)
        int(statement, 18, m.pointee.metrics.reach)
        text(statement, 19, m.pointee.sentiment?.label.rawValue)
        if let score = m.pointee.sentiment?.score { sqlite3_bind_double(statement, 20, score) } else { sqlite3_bind_null(statement, 20) }
        text(statement, 21, SQLiteStore.sourceText(m.pointee.sentiment?.source))
        text(statement, 22, m.pointee.sentiment?.guessedLanguage)
        text(statement, 23, m.pointee.flags.map(FlagsCoding.encode))
        let code = sqlite3_step(statement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)))
        }
        return sqlite3_changes(connection) == 1
    }

    private static func prepare(_ sql: String, _ connection: OpaquePointer) throws -> OpaquePointer {
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v2(connection, sql, -1, &statement, nil)
        guard code == SQLITE_OK, let statement else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
        }
        return statement
    }

    /// Binds a value copied into `rowText`.
    private func text(_ statement: OpaquePointer, _ index: Int32, _ value: String?) {
        guard var value else { sqlite3_bind_null(statement, index); return }
        let (start, count) = rowText.append(&value)
        sqlite3_bind_text(statement, index, start, count, Self.static)
    }

    private func int(_ statement: OpaquePointer, _ index: Int32, _ value: Int?) {
        guard let value else { sqlite3_bind_null(statement, index); return }
        sqlite3_bind_int64(statement, index, Int64(value))
    }
}

/// Bytes of one row's text values, reused from row to row. What is handed out stays where it
/// is until the next `start`: a value that does not fit goes into a bigger buffer, and the
/// full one is kept until then.
private final class RowText {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity = 4096
    private var used = 0
    private var retired: [UnsafeMutablePointer<UInt8>] = []

    init() {
        base = .allocate(capacity: capacity)
    }

    deinit {
        start()
        base.deallocate()
    }

    /// Forgets the previous row.
    func start() {
        used = 0
        for buffer in retired { buffer.deallocate() }
        retired.removeAll(keepingCapacity: true)
    }

    /// Copies the value in; returns where it is (never a null pointer, which SQLite would read as NULL).
    func append(_ value: inout String) -> (UnsafePointer<CChar>, Int32) {
        value.withUTF8 { bytes in
            if used + bytes.count > capacity {
                retired.append(base)
                capacity = max(bytes.count, capacity * 2)
                base = .allocate(capacity: capacity)
                used = 0
            }
            let start = base + used
            if let source = bytes.baseAddress { start.initialize(from: source, count: bytes.count) }
            used += bytes.count
            return (UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self), Int32(bytes.count))
        }
    }
}
