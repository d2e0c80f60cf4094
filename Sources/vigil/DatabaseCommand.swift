import ArgumentParser
import Foundation
import VigilPostgres
import VigilStore

/// `vigil db copy`: moving a team from a SQLite file to a PostgreSQL server, or back.
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Work on databases as a whole.",
        subcommands: [Copy.self]
    )

    struct Copy: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy everything (mentions, triage, notes, replies, moderation, audit log, alerts) into a new database.",
            discussion: """
            Each side is a SQLite file (PATH or sqlite:PATH) or a PostgreSQL URL (postgres://user@host/dbname; \
            the password from ~/.pgpass or PGPASSWORD). The destination must be empty (a new file, or a database \
            just created with createdb). Counts are checked at the end; exit status 1 when they differ.
            """
        )

        @Option(help: "The database to copy from.")
        var from: String

        @Option(help: "The database to copy into (must be empty).")
        var to: String

        func run() throws {
            let source = try open(from, mustExist: true)
            let destination = try open(to, mustExist: false)
            let started = Date()
            let showProgress = isatty(STDERR_FILENO) == 1
            let summary: StoreCopy.Summary
            do {
                summary = try StoreCopy.run(from: source, to: destination) { copied in
                    if showProgress { FileHandle.standardError.write(Data("\r\(copied.formatted()) mentions copied…".utf8)) }
                }
            } catch {
                if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
                print("vigil: \(error)", to: &standardError)
                throw ExitCode(1)
            }
            if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            let counts = summary.counts.map { "\($0.1.formatted()) \($0.0)" }.joined(separator: ", ")
            print("copied \(counts) from \(PostgresURL.redacted(from)) to \(PostgresURL.redacted(to)) in \(String(format: "%.1f", Date().timeIntervalSince(started))) s; counts checked")
        }

        private func open(_ location: String, mustExist: Bool) throws -> any StoreTransfer {
            var location = location
            if location.hasPrefix("sqlite:") { location.removeFirst("sqlite:".count) }
            if !PostgresURL.isPostgres(location) {
                let path = try DatabasePath.resolve(location)
                if mustExist, !FileManager.default.fileExists(atPath: path) { throw ValidationError("no database at \(path)") }
                location = path
            }
            guard let store = try StoreSelection.open(location, sample: false) as? any StoreTransfer else {
                throw ValidationError("\(PostgresURL.redacted(location)): this store cannot be copied")
            }
            return store
        }
    }
}
