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

    /// Packs up to 16 bytes with overlapping loads (no copy call): with the count in the key,
    /// the overlapping words still tell every value apart.
    @inline(__always)
    private static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> Key {
        let raw = UnsafeRawBufferPointer(bytes)
        let n = bytes.count
        switch n {
        case 8...:
            return Key(count: n, head: raw.loadUnaligned(as: UInt64.self), tail: raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self))
        case 4...:
            let low = UInt64(raw.loadUnaligned(as: UInt32.self))
            let high = UInt64(raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))
            return Key(count: n, head: low | high << 32, tail: 0)
        case 1...:
            return Key(count: n, head: UInt64(bytes[0]) | UInt64(bytes[n / 2]) << 8 | UInt64(bytes[n - 1]) << 16, tail: 0)
        default:
            return Key(count: 0, head: 0, tail: 0)
        }
    }
}
