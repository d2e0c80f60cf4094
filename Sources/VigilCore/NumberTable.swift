/// Finds the number (0, 1, 2… in the order first seen) of a key kept elsewhere, by the key's
/// 64-bit hash: open addressing with linear probing. An entry is number + 1 (0 = empty) in 32
/// bits, with a byte of the hash beside it, so a probe rarely compares keys; the hash's high
/// bits choose the position. The size is a power of two, at most half full: 5 bytes a slot,
/// about 10 a key. Growing asks for each key's hash again (`hashOf`), which is why nothing
/// else is kept (a 64-bit entry with 32 bits of the hash took 16 bytes a key). Used by the
/// rules engine's per-mention tables and the dashboard's index of mentions by identity and of
/// authors, where Swift's dictionaries (SipHash, a copy of every key, about 75 bytes per entry
/// at a million) cost several times more.
public struct NumberTable: Sendable {
    @usableFromInline var entries: [UInt32]
    @usableFromInline var tags: [UInt8]

    @usableFromInline var numbered = 0

    /// How many keys are numbered.
    public var count: Int { numbered }

    /// Bytes of its arrays.
    public var bytes: Int { entries.capacity * 4 + tags.capacity }

    /// `capacity`: a power of two.
    public init(capacity: Int) {
        entries = [UInt32](repeating: 0, count: capacity)
        tags = [UInt8](repeating: 0, count: capacity)
    }

    /// Room for `count` keys without growing.
    public init(expecting count: Int) {
        self.init(capacity: max(1024, 1 << (Int.bitWidth - (2 * count).leadingZeroBitCount)))
    }

    @inlinable @inline(__always)
    static func start(_ hash: UInt64, mask: Int) -> Int { Int(truncatingIfNeeded: hash >> 32) & mask }

    @inlinable @inline(__always)
    static func tag(_ hash: UInt64) -> UInt8 { UInt8(truncatingIfNeeded: hash >> 56) }

    /// The number of the key with this hash for which `isKey` holds; else nil, and the position
    /// to `insert` it at.
    @inlinable @inline(__always)
    public func find(_ hash: UInt64, isKey: (Int) -> Bool) -> (number: Int?, position: Int) {
        let tag = Self.tag(hash)
        let mask = entries.count - 1
        var position = Self.start(hash, mask: mask)
        while true {
            let entry = entries[position]
            if entry == 0 { return (nil, position) }
            if tags[position] == tag {
                let number = Int(entry) - 1
                if isKey(number) { return (number, position) }
            }
            position = (position + 1) & mask
        }
    }

    /// Numbers a new key at the position `find` gave; returns its number. When the table
    /// grows, `hashOf` gives each numbered key's hash again.
    @inlinable
    public mutating func insert(_ hash: UInt64, at position: Int, hashOf: (Int) -> UInt64) -> Int {
        let number = insert(hash, at: position)
        if isCrowded { grow(hashOf) }
        return number
    }

    /// The same without growing, for a caller whose `hashOf` reads state that holds the table
    /// (a struct's other properties): it must `grow` while `isCrowded`, before the next `find`.
    @inlinable
    public mutating func insert(_ hash: UInt64, at position: Int) -> Int {
        let number = numbered
        precondition(number < Int(UInt32.max), "more than 4 billion keys")
        numbered += 1
        entries[position] = UInt32(number + 1)
        tags[position] = Self.tag(hash)
        return number
    }

    /// More than half full: time to `grow`.
    @inlinable public var isCrowded: Bool { numbered * 2 > entries.count }

    /// Twice the size; `hashOf` gives each numbered key's hash again.
    public mutating func grow(_ hashOf: (Int) -> UInt64) {
        let old = entries
        entries = [UInt32](repeating: 0, count: old.count * 2)
        tags = [UInt8](repeating: 0, count: old.count * 2)
        let mask = entries.count - 1
        for entry in old where entry != 0 {
            let hash = hashOf(Int(entry) - 1)
            var position = Self.start(hash, mask: mask)
            while entries[position] != 0 { position = (position + 1) & mask }
            entries[position] = entry
            tags[position] = Self.tag(hash)
        }
    }
}
