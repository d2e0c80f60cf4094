import Foundation

/// Creating databases on a server (tests and benchmarks make one each).
public enum PostgresAdmin {
    /// Creates `name` (letters, digits and `_` only) on the server `server` names.
    public static func createDatabase(_ name: String, server: String) throws {
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
            throw PostgresError(message: "not a plain database name: \(name)")
        }
        try PGConnection(server).execute("CREATE DATABASE \(name)")
    }

    /// `server` with its database replaced by `database`.
    public static func url(_ server: String, database: String) -> String {
        guard var components = URLComponents(string: server) else { return server }
        components.path = "/" + database
        return components.string ?? server
    }
}
