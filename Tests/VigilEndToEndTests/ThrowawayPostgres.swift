import Foundation

/// A PostgreSQL server of a test's own (initdb into a temporary directory, a Unix socket there,
/// no TCP), which the test may stop and start again; removed when done. Nil where PostgreSQL is
/// not installed (the test then says so, or fails under `VIGIL_REQUIRE_POSTGRES=1`).
final class ThrowawayPostgres {
    let directory: String
    private let bin: String
    private let asOwner: [String]

    struct Unavailable: Error, CustomStringConvertible {
        var description: String { "PostgreSQL is not installed here (apt-get install postgresql)" }
    }

    init() throws {
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        guard let version = versions.sorted(by: { $0.compare($1, options: .numeric) == .orderedAscending }).last else { throw Unavailable() }
        bin = "/usr/lib/postgresql/\(version)/bin"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-pg-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        // initdb refuses to run as root: the cluster belongs to the `postgres` user then.
        asOwner = getuid() == 0 ? ["runuser", "-u", "postgres", "--"] : []
        if getuid() == 0 { try Subprocess.run(["chown", "postgres", directory]) }
        try Subprocess.run(asOwner + ["\(bin)/initdb", "-D", directory + "/data", "-A", "trust", "-U", "vigil", "-E", "UTF8", "--locale=C.UTF-8"])
        try start()
    }

    deinit {
        _ = try? Subprocess.runWithStatus(asOwner + ["\(bin)/pg_ctl", "-D", directory + "/data", "-m", "immediate", "stop"])
        try? FileManager.default.removeItem(atPath: directory)
    }

    func start() throws {
        try Subprocess.run(asOwner + ["\(bin)/pg_ctl", "-D", directory + "/data", "-l", directory + "/log", "-w",
                                      "-o", "-k \(directory) -c listen_addresses='' -c fsync=off", "start"])
    }

    /// As a crash would: connections cut, nothing flushed politely.
    func stop() throws {
        try Subprocess.run(asOwner + ["\(bin)/pg_ctl", "-D", directory + "/data", "-m", "immediate", "-w", "stop"])
    }

    /// A new database on it; its URL.
    func createDatabase(_ name: String) throws -> String {
        try Subprocess.run(["\(bin)/psql", "-q", "postgresql://vigil@/postgres?host=\(directory)", "-c", "CREATE DATABASE \(name)"])
        return "postgresql://vigil@/\(name)?host=\(directory)"
    }

    static var required: Bool { ProcessInfo.processInfo.environment["VIGIL_REQUIRE_POSTGRES"] == "1" }
}
