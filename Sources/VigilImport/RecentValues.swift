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
    private var lastFound = 0

    mutating func value(for bytes: UnsafeBufferPointer<UInt8>, parse: (String) -> Value) -> Value {
        guard bytes.count <= 16 else { return parse(String(decoding: bytes, as: UTF8.self)) }
        let key = Self.key(bytes)
        // A column often repeats its last value, and JSON keys come in the same order record
        // after record: try the last entry found and the one after it before searching.
        if lastFound < keys.count && keys[lastFound] == key { return values[lastFound] }
        if lastFound + 1 < keys.count && keys[lastFound + 1] == key {
            lastFound += 1
            return values[lastFound]
        }
        for i in keys.indices where keys[i] == key {
            lastFound = i
            return values[i]
        }
        let value = parse(String(decoding: bytes, as: UTF8.self))
        if keys.count < Self.capacity {
            keys.append(key)
            values.append(value)
            lastFound = keys.count - 1
        }
        return value
    }

    private static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> Key {
        var packed: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &packed) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
        return Key(count: bytes.count, head: packed.0, tail: packed.1)
    }
}
