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
    let pool: DatabasePool
    let indexer: SearchIndexer

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

    /// Opens the pool, which switches a new file to WAL (see `BusyRetry`).
    static func open(_ path: String, _ configuration: Configuration) throws -> DatabasePool {
        try BusyRetry.run { try DatabasePool(path: path, configuration: configuration) }
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
}

extension SQLiteStore {
    /// Runs raw SQL (tests and maintenance).
    func rawExecute(_ sql: String) throws {
        try pool.write { db in try db.execute(sql: sql) }
    }
}
