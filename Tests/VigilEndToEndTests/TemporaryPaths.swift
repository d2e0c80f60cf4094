import Foundation

/// Temporary files and directories a test made, removed when this goes: held by a suite,
/// that is when the test ends (Swift Testing makes a new suite value for each test).
final class TemporaryPaths: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: [String] = []

    /// Registers `path` for removal and returns it.
    @discardableResult
    func track(_ path: String) -> String {
        lock.withLock { paths.append(path) }
        return path
    }

    deinit {
        for path in paths { try? FileManager.default.removeItem(atPath: path) }
    }
}
