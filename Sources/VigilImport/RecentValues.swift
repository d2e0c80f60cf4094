import Foundation

/// Remembers what the distinct raw values of a low-cardinality column (platform, kind,
/// language, sentiment label) parsed to, so a million rows parse a handful of strings.
/// Keys are up to 16 bytes packed into two integers; longer values are parsed every time.
struct RecentValues<Value: Sendable>: Sendable {
    private struct Key: Equatable, Sendable {
        var count: Int
        var head: UInt64
        var tail: UInt64
    }

    private static var capacity: Int { 64 }
    private var keys: [Key] = []
    private var values: [Value] = []

    mutating func value(for bytes: UnsafeBufferPointer<UInt8>, parse: (String) -> Value) -> Value {
        guard bytes.count <= 16 else { return parse(String(decoding: bytes, as: UTF8.self)) }
        let key = Self.key(bytes)
        for i in keys.indices where keys[i] == key { return values[i] }
        let value = parse(String(decoding: bytes, as: UTF8.self))
        if keys.count < Self.capacity {
            keys.append(key)
            values.append(value)
        }
        return value
    }

    private static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> Key {
        var head: UInt64 = 0
        var tail: UInt64 = 0
        for i in 0..<min(8, bytes.count) { head |= UInt64(bytes[i]) << (8 * UInt64(i)) }
        if bytes.count > 8 {
            for i in 8..<bytes.count { tail |= UInt64(bytes[i]) << (8 * UInt64(i - 8)) }
        }
        return Key(count: bytes.count, head: head, tail: tail)
    }
}
