import Foundation

/// Turns a `--db` value as people type it into the file the store opens: `v.db` (the current
/// directory), `./data/v.db` (its directories are created), `~/x.db`. Any other URL than the
/// `postgres://` the caller opens itself is refused, rather than becoming a local directory
/// named `mysql:`.
public enum DatabasePath {
    public struct Problem: Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    public static func resolve(_ typed: String, currentDirectory: String = FileManager.default.currentDirectoryPath,
                               home: String = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()) throws -> String {
        let trimmed = typed.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw Problem(description: "--db: empty path") }
        if let scheme = urlScheme(trimmed) {
            throw Problem(description: "\(scheme):// databases are not supported: give --db a file path (a SQLite database, e.g. --db vigil.db) or a postgres:// URL")
        }
        var path = trimmed
        if path == "~" || path.hasPrefix("~/") { path = home + path.dropFirst() }
        if !path.hasPrefix("/") { path = (currentDirectory as NSString).appendingPathComponent(path) }
        path = (path as NSString).standardizingPath
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw Problem(description: "\(path) is a directory: give --db a file path, e.g. \(path)/vigil.db")
        }
        return path
    }

    /// Creates the database's directory if needed; a clear message when it cannot be created or written.
    public static func prepareDirectory(for path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        guard !directory.isEmpty else { return }
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw Problem(description: "cannot create the database \(path): \(directory) is a file, not a directory") }
        } else {
            do { try manager.createDirectory(atPath: directory, withIntermediateDirectories: true) } catch {
                throw Problem(description: "cannot create the directory \(directory) for the database: \(reason(error))")
            }
        }
        if !manager.fileExists(atPath: path), access(directory, W_OK) != 0 {
            throw Problem(description: "cannot create the database \(path): the directory \(directory) is not writable")
        }
    }

    static func urlScheme(_ text: String) -> String? {
        guard let range = text.range(of: "://") else { return nil }
        let scheme = text[..<range.lowerBound]
        guard !scheme.isEmpty, scheme.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }) else { return nil }
        return String(scheme)
    }

    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let message = strerror(Int32(underlying.code)) {
            return String(cString: message).lowercased()
        }
        return nsError.localizedDescription
    }
}
