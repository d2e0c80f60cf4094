import Foundation
import GRDB
import GRDBSQLite
import VigilCore

/// The import's hot statement, bound value by value through SQLite's C API: building GRDB's
/// `StatementArguments` for 23 columns cost more than SQLite's own work on the row.
/// Used only inside a write transaction, and finalized when the batch is done.
struct MentionInsert: ~Copyable {
    private let statement: OpaquePointer
    private let connection: OpaquePointer
    /// SQLite copies bound text at once (the Swift strings are temporaries).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ db: Database) throws {
        guard let connection = db.sqliteConnection else { throw DatabaseError(message: "no connection") }
        var statement: OpaquePointer?
        let sql = "INSERT OR IGNORE INTO mention VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
        let code = sqlite3_prepare_v2(connection, sql, -1, &statement, nil)
        guard code == SQLITE_OK, let statement else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
        }
        self.statement = statement
        self.connection = connection
    }

    deinit {
        sqlite3_finalize(statement)
    }

    /// Inserts the mention unless its (platform, id) is there already; true when inserted.
    func insert(_ m: Mention) throws -> Bool {
        sqlite3_reset(statement)
        text(1, m.platform.rawValue)
        text(2, m.id.nativeID)
        sqlite3_bind_double(statement, 3, m.createdAt.timeIntervalSince1970)
        text(4, m.author.handle)
        text(5, m.author.displayName)
        int(6, m.author.followers)
        int(7, m.author.verified ? 1 : 0)
        text(8, m.kind.rawValue)
        text(9, m.text)
        text(10, m.url)
        text(11, m.parentID)
        text(12, m.conversationID)
        text(13, m.language)
        int(14, m.metrics.likes)
        int(15, m.metrics.shares)
        int(16, m.metrics.replies)
        int(17, m.metrics.views)
        int(18, m.metrics.reach)
        text(19, m.sentiment?.label.rawValue)
        if let score = m.sentiment?.score { sqlite3_bind_double(statement, 20, score) } else { sqlite3_bind_null(statement, 20) }
        text(21, SQLiteStore.sourceText(m.sentiment?.source))
        text(22, m.sentiment?.guessedLanguage)
        text(23, m.flags.map(FlagsCoding.encode))
        let code = sqlite3_step(statement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)))
        }
        return sqlite3_changes(connection) == 1
    }

    private func text(_ index: Int32, _ value: String?) {
        guard let value else { sqlite3_bind_null(statement, index); return }
        sqlite3_bind_text(statement, index, value, -1, Self.transient)
    }

    private func int(_ index: Int32, _ value: Int?) {
        guard let value else { sqlite3_bind_null(statement, index); return }
        sqlite3_bind_int64(statement, index, Int64(value))
    }
}
