import Foundation
import GRDB
import GRDBSQLite

/// `vigil_keys(x)`: an SQL aggregate that gathers integers into one blob of native-endian
/// Int64s, in the order the query visits them. A full-text search that matches half a million
/// rows answers in one step this way: stepping a statement once per row cost more than FTS5's
/// own work of finding them (which `count(*)` shows to be ~50 ns a row).
enum KeyCollector {
    static let name = "vigil_keys"

    /// Adds the function to a connection (each connection of a pool needs it).
    static func register(on connection: OpaquePointer?) throws {
        let code = sqlite3_create_function_v2(connection, name, 1, SQLITE_UTF8, nil, nil, step, final, nil)
        guard code == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "could not register \(name)")
        }
    }

    /// Reads the blob the aggregate answered (empty when nothing matched).
    static func keys(from statement: OpaquePointer?, column: Int32) -> [Int64] {
        let bytes = Int(sqlite3_column_bytes(statement, column))
        guard bytes > 0, let blob = sqlite3_column_blob(statement, column) else { return [] }
        let count = bytes / MemoryLayout<Int64>.size
        return [Int64](unsafeUninitializedCapacity: count) { buffer, initialized in
            UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(from: blob, byteCount: count * MemoryLayout<Int64>.size)
            initialized = count
        }
    }

    /// The aggregate's state, in memory SQLite zeroes and frees (`sqlite3_aggregate_context`);
    /// the keys themselves are in a `malloc`ed buffer handed to the result.
    private struct Buffer {
        var keys: UnsafeMutablePointer<Int64>?
        var count: Int
        var capacity: Int
    }

    private static let step: @convention(c) (OpaquePointer?, Int32, UnsafeMutablePointer<OpaquePointer?>?) -> Void = { context, _, arguments in
        guard let raw = sqlite3_aggregate_context(context, Int32(MemoryLayout<Buffer>.size)) else {
            sqlite3_result_error_nomem(context)
            return
        }
        let buffer = raw.assumingMemoryBound(to: Buffer.self)
        if buffer.pointee.count == buffer.pointee.capacity {
            let capacity = max(1024, buffer.pointee.capacity * 2)
            guard let grown = realloc(buffer.pointee.keys, capacity * MemoryLayout<Int64>.size) else {
                sqlite3_result_error_nomem(context)
                return
            }
            buffer.pointee.keys = grown.assumingMemoryBound(to: Int64.self)
            buffer.pointee.capacity = capacity
        }
        buffer.pointee.keys![buffer.pointee.count] = sqlite3_value_int64(arguments![0])
        buffer.pointee.count += 1
    }

    private static let final: @convention(c) (OpaquePointer?) -> Void = { context in
        // Size 0: no allocation when no row was stepped.
        guard let raw = sqlite3_aggregate_context(context, 0) else {
            sqlite3_result_zeroblob(context, 0)
            return
        }
        let buffer = raw.assumingMemoryBound(to: Buffer.self).pointee
        guard let keys = buffer.keys else {
            sqlite3_result_zeroblob(context, 0)
            return
        }
        // SQLite frees the buffer with `free` when it is done with the result.
        sqlite3_result_blob64(context, keys, sqlite3_uint64(buffer.count * MemoryLayout<Int64>.size), free)
    }
}
