/// Many short strings (native ids) one after the other in one byte buffer: 4 bytes each plus
/// their UTF-8, where an array of `String` takes 16 each and a heap block for any longer than
/// 15 bytes. Tables over a million mentions keep identities this way.
public struct PackedStrings: Sendable {
    private var bytes: [UInt8] = []
    /// Where each string ends in `bytes`.
    private var ends: [UInt32] = []

    public init() {}

    public var count: Int { ends.count }

    /// Bytes of its arrays (a profiling aid).
    public var footprint: Int { bytes.capacity + ends.capacity * 4 }

    public mutating func reserveCapacity(_ count: Int) {
        ends.reserveCapacity(count)
    }

    public mutating func append(_ string: String) {
        bytes.append(contentsOf: string.utf8)
        ends.append(UInt32(bytes.count))
    }

    private func slice(_ index: Int) -> ArraySlice<UInt8> {
        bytes[(index == 0 ? 0 : Int(ends[index - 1]))..<Int(ends[index])]
    }

    public subscript(index: Int) -> String { String(decoding: slice(index), as: UTF8.self) }

    /// `ByteHash.mix(seed, self[index])` without building the string: a table growing past a
    /// few hundred thousand keys rehashes them all at once, and building each string cost most
    /// of that pause.
    public func mix(_ seed: UInt64, at index: Int) -> UInt64 {
        slice(index).withUnsafeBufferPointer { ByteHash.isASCII($0) ? ByteHash.mix(seed, $0) : ByteHash.mix(seed, String(decoding: $0, as: UTF8.self)) }
    }

    /// Whether the string at `index` equals `string` as Swift strings compare (a differently
    /// composed accent is equal), by bytes first.
    public func isEqual(at index: Int, to string: String) -> Bool {
        var string = string
        let stored = slice(index)
        let same = string.withUTF8 { $0.elementsEqual(stored) }
        if same || string.utf8.allSatisfy({ $0 < 0x80 }) { return same }
        return String(decoding: stored, as: UTF8.self) == string
    }

    /// Byte order (Unicode scalar order), for breaking ties in a stable order.
    public func precedes(_ a: Int, _ b: Int) -> Bool {
        slice(a).lexicographicallyPrecedes(slice(b))
    }
}
