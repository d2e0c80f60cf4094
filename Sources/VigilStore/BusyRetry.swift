import Foundation
import GRDB

/// Switching a new file to WAL is answered with "busy" at once, without the busy timeout,
/// when another process is opening or migrating the same new file; such steps are tried again.
enum BusyRetry {
    static func run<T>(_ step: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try step()
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && attempt < 20 {
                attempt += 1
                usleep(20_000 * UInt32(attempt))
            }
        }
    }
}
