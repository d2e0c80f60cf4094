import CPostgresLoader
import Foundation

/// What the server or libpq said went wrong, without the connection's password (libpq never
/// puts it in a message; `PostgresURL.redacted` keeps it out of ours).
public struct PostgresError: Error, CustomStringConvertible, Equatable {
    public var message: String
    /// The SQLSTATE code when the server sent one (`40001`, `23505`…).
    public var sqlState: String?

    public var description: String { message }
}

/// One libpq connection: parameterized statements in text format, `COPY … FROM STDIN`, and
/// `LISTEN` notifications. Not thread-safe: `PostgresStore` serializes its use.
final class PGConnection {
    private var handle: OpaquePointer

    /// `conninfo` is a `postgres://` URL or `key=value` pairs; what it leaves out comes from
    /// `PGHOST`, `PGDATABASE`, `PGUSER`…, and the password from `PGPASSWORD` or `~/.pgpass`
    /// (libpq's own rules, TLS included: `sslmode=prefer` unless told otherwise).
    init(_ conninfo: String) throws {
        guard vigil_pq_load() != 0 else {
            throw PostgresError(message: "cannot connect to PostgreSQL: libpq is not installed (apt-get install libpq5): \(String(cString: vigil_pq_error()))")
        }
        guard let connection = vigil_PQconnectdb(Self.withTimeout(conninfo)) else { throw PostgresError(message: "out of memory connecting to PostgreSQL") }
        handle = connection
        guard vigil_PQstatus(handle) == CONNECTION_OK else {
            // (deinit closes the handle: the object is whole, so it runs when init throws.)
            throw PostgresError(message: "cannot connect to PostgreSQL: \(Self.trimmed(vigil_PQerrorMessage(handle)))")
        }
        // Notices ("relation already exists, skipping") are not for the terminal.
        vigil_PQsetNoticeProcessor(handle, { _, _ in }, nil)
    }

    deinit { vigil_PQfinish(handle) }

    /// libpq waits for a connection forever unless told: a dashboard must not freeze on a
    /// server that went away, so 5 s unless the URL or `PGCONNECT_TIMEOUT` says otherwise.
    /// Likewise a server that vanishes without closing the connection (a cable pulled) is
    /// noticed within about 15 s (TCP keepalives and `tcp_user_timeout`), not after hours.
    static func withTimeout(_ conninfo: String) -> String {
        var settings: [String] = []
        if !conninfo.contains("connect_timeout"), ProcessInfo.processInfo.environment["PGCONNECT_TIMEOUT"] == nil { settings.append("connect_timeout=5") }
        if !conninfo.contains("keepalives") { settings += ["keepalives_idle=5", "keepalives_interval=2", "keepalives_count=3"] }
        if !conninfo.contains("tcp_user_timeout") { settings.append("tcp_user_timeout=15000") }
        guard !settings.isEmpty else { return conninfo }
        if PostgresURL.isPostgres(conninfo) { return conninfo + (conninfo.contains("?") ? "&" : "?") + settings.joined(separator: "&") }
        return conninfo + " " + settings.joined(separator: " ")
    }

    var isBroken: Bool { vigil_PQstatus(handle) != CONNECTION_OK }

    /// Tries to connect again with the same parameters; true when it worked.
    func reset() -> Bool {
        vigil_PQreset(handle)
        return !isBroken
    }

    /// Runs one statement with `$1…$n` bound to `parameters` (never spliced into the text).
    @discardableResult
    func query(_ sql: String, _ parameters: [String?] = []) throws -> PGRows {
        let result: OpaquePointer? = withCStrings(parameters) { values in
            vigil_PQexecParams(handle, sql, Int32(values.count), nil, values, nil, nil, 0)
        }
        return try checked(result)
    }

    /// Runs statements without parameters (schema changes, `BEGIN`, `COMMIT`).
    func execute(_ sql: String) throws {
        try checked(vigil_PQexec(handle, sql))
    }

    /// `COPY table (columns) FROM STDIN` with `data` in COPY's text format (see `CopyBuffer`).
    func copy(_ sql: String, data: [UInt8]) throws {
        let started = try checked(vigil_PQexec(handle, sql), expecting: PGRES_COPY_IN)
        _ = started
        var offset = 0
        let chunk = 1 << 20
        while offset < data.count {
            let end = min(offset + chunk, data.count)
            let sent = data[offset..<end].withUnsafeBufferPointer { bytes in
                bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) { vigil_PQputCopyData(handle, $0, Int32(bytes.count)) }
            }
            guard sent == 1 else { throw PostgresError(message: Self.trimmed(vigil_PQerrorMessage(handle))) }
            offset = end
        }
        guard vigil_PQputCopyEnd(handle, nil) == 1 else { throw PostgresError(message: Self.trimmed(vigil_PQerrorMessage(handle))) }
        // The COPY's own result, then nothing.
        var failure: PostgresError?
        while let result = vigil_PQgetResult(handle) {
            if vigil_PQresultStatus(result) != PGRES_COMMAND_OK, failure == nil { failure = Self.error(of: result, handle) }
            vigil_PQclear(result)
        }
        if let failure { throw failure }
    }

    /// Notifications received on channels this connection listens to, without waiting.
    func notifications() throws -> [(channel: String, payload: String)] {
        guard vigil_PQconsumeInput(handle) == 1 else { throw PostgresError(message: Self.trimmed(vigil_PQerrorMessage(handle))) }
        var received: [(String, String)] = []
        while let notice = vigil_PQnotifies(handle) {
            received.append((String(cString: notice.pointee.relname), String(cString: notice.pointee.extra)))
            vigil_PQfreemem(notice)
        }
        return received
    }

    @discardableResult
    private func checked(_ result: OpaquePointer?, expecting: ExecStatusType? = nil) throws -> PGRows {
        guard let result else { throw PostgresError(message: Self.trimmed(vigil_PQerrorMessage(handle))) }
        let status = vigil_PQresultStatus(result)
        if let expecting {
            guard status == expecting else {
                let error = Self.error(of: result, handle)
                vigil_PQclear(result)
                throw error
            }
            return PGRows(result)
        }
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
            let error = Self.error(of: result, handle)
            vigil_PQclear(result)
            throw error
        }
        return PGRows(result)
    }

    private static func error(of result: OpaquePointer, _ handle: OpaquePointer) -> PostgresError {
        var message = trimmed(vigil_PQresultErrorMessage(result))
        if message.isEmpty { message = trimmed(vigil_PQerrorMessage(handle)) }
        let state = vigil_PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) }
        return PostgresError(message: message, sqlState: state)
    }

    private static func trimmed(_ text: UnsafePointer<CChar>?) -> String {
        guard let text else { return "" }
        return String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Calls `body` with C strings for `values` (nil stays NULL), alive for the call.
private func withCStrings<T>(_ values: [String?], _ body: ([UnsafePointer<CChar>?]) -> T) -> T {
    let copies: [UnsafeMutablePointer<CChar>?] = values.map { $0.map { strdup($0) } }
    defer { copies.forEach { free($0) } }
    return body(copies.map { $0.map { UnsafePointer($0) } })
}

/// A statement's rows, read in text format.
final class PGRows {
    private let result: OpaquePointer
    let count: Int

    init(_ result: OpaquePointer) {
        self.result = result
        count = Int(vigil_PQntuples(result))
    }

    deinit { vigil_PQclear(result) }

    func isNull(_ row: Int, _ column: Int) -> Bool { vigil_PQgetisnull(result, Int32(row), Int32(column)) == 1 }

    func string(_ row: Int, _ column: Int) -> String? {
        isNull(row, column) ? nil : String(cString: vigil_PQgetvalue(result, Int32(row), Int32(column)))
    }

    func text(_ row: Int, _ column: Int) -> String { string(row, column) ?? "" }

    func int(_ row: Int, _ column: Int) -> Int? {
        isNull(row, column) ? nil : strtoll(vigil_PQgetvalue(result, Int32(row), Int32(column)), nil, 10).asInt
    }

    func int64(_ row: Int, _ column: Int) -> Int64 {
        isNull(row, column) ? 0 : Int64(strtoll(vigil_PQgetvalue(result, Int32(row), Int32(column)), nil, 10))
    }

    func double(_ row: Int, _ column: Int) -> Double? {
        isNull(row, column) ? nil : strtod(vigil_PQgetvalue(result, Int32(row), Int32(column)), nil)
    }

    func bool(_ row: Int, _ column: Int) -> Bool {
        !isNull(row, column) && vigil_PQgetvalue(result, Int32(row), Int32(column)).pointee == CChar(UInt8(ascii: "t"))
    }

    /// Rows changed by an INSERT, UPDATE or DELETE.
    var affected: Int { Int(String(cString: vigil_PQcmdTuples(result))) ?? 0 }
}

private extension Int64 {
    var asInt: Int { Int(self) }
}
