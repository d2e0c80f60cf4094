import Foundation
import VigilPostgres

/// The PostgreSQL server tests run against: `VIGIL_TEST_POSTGRES`, a URL for a role that may
/// create databases (`.ci/with-postgres` starts a throwaway one). Each test gets a database of
/// its own. Without it the PostgreSQL cases are left out with a message, except where
/// `VIGIL_REQUIRE_POSTGRES=1` (CI), where that is a failure.
enum TestPostgres {
    static let server: String? = {
        let url = ProcessInfo.processInfo.environment["VIGIL_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
        if url == nil {
            FileHandle.standardError.write(Data("note: VIGIL_TEST_POSTGRES is not set: the PostgreSQL store is not tested (run the tests under .ci/with-postgres)\n".utf8))
        }
        return url
    }()

    struct Missing: Error, CustomStringConvertible {
        var description: String { "VIGIL_REQUIRE_POSTGRES is set but VIGIL_TEST_POSTGRES names no server" }
    }

    static func requireInCI() throws {
        if ProcessInfo.processInfo.environment["VIGIL_REQUIRE_POSTGRES"] == "1", server == nil { throw Missing() }
    }

    /// A new, empty database on the server; its URL.
    static func freshDatabase() throws -> String {
        guard let server else { throw Missing() }
        let name = "vigil_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try PostgresAdmin.createDatabase(name, server: server)
        return PostgresAdmin.url(server, database: name)
    }
}
