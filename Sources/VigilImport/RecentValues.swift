import Foundation
import VigilCore

/// Remembers what the distinct raw values of a low-cardinality column (platform, kind,
/// language, sentiment label) parsed to, so a million rows parse a handful of strings.
/// Keys are values of up to 16 bytes (`ShortBytesKey`); longer ones are parsed every time.
struct RecentValues<Value: Sendable>: Sendable {
    private static var capacity: Int { 64 }
    private var keys: [ShortBytesKey] = []
    private var values: [Value] = []
    private var lastFound = 0

    mutating func value(for bytes: UnsafeBufferPointer<UInt8>, parse: (String) -> Value) -> Value {
        guard let key = ShortBytesKey(bytes) else { return parse(String(decoding: bytes, as: UTF8.self)) }
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
}
