import Foundation
import VigilStore

/// Every writing transaction sends `NOTIFY vigil_changes` (delivered when it commits); a
/// dashboard listens on a connection of its own and reads the change feed when told, which
/// brings another machine's action to the screen within a poll of the loop instead of half a
/// second. The feed stays the truth: a notification lost with a connection is caught up by
/// position.
extension PostgresStore: ChangeSignalling {
    static let channel = "vigil_changes"

    public func changeSignalled() -> Bool {
        listenerLock.lock(); defer { listenerLock.unlock() }
        guard let listener else {
            // First call, or the last listener was lost: listen again (not more than every 5 s),
            // and read the feed meanwhile.
            guard Date() >= listenAgainAt else { return false }
            listenAgainAt = Date().addingTimeInterval(5)
            if let connection = try? PGConnection(url), (try? connection.execute("LISTEN \(Self.channel)")) != nil {
                self.listener = connection
            }
            return true
        }
        do {
            return try !listener.notifications().isEmpty
        } catch {
            self.listener = nil
            return true
        }
    }

    static func notifyChange(_ c: PGConnection) throws {
        try c.execute("NOTIFY \(channel)")
    }
}
