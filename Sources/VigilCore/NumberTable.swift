/// Finds the number (0, 1, 2… in the order first seen) of a key kept elsewhere, by the key's
/// 64-bit hash: open addressing with linear probing. An entry is the hash's high 32 bits over
/// number + 1 (0 = empty), so a probe rarely compares keys; the same high bits choose the
/// position, so the table grows from its entries alone (keeping each key's hash beside it took
/// 8 bytes more per key). The size is a power of two, at most half full. Used by the rules
/// engine's per-mention tables and the dashboard's index of mentions by identity, where Swift's
/// dictionaries (SipHash, a copy of every key, about 75 bytes per entry at a million) cost
/// several times more.
public struct NumberTable: Sendable {
    @usableFromInline var entries: [UInt64]

    @usableFromInline var numbered = 0

    /// How many keys are numbered.
    public var count: Int { numbered }

    /// Bytes of its arrays.
    public var bytes: Int { entries.capacity * 8 }

    /// `capacity`: a power of two.
    public init(capacity: Int) {
        entries = [UInt64](repeating: 0, count: capacity)
    }

    /// Room for `count` keys without growing.
    public init(expecting count: Int) {
        self.init(capacity: max(1024, 1 << (Int.bitWidth - (2 * count).leadingZeroBitCount)))
    }

    @inlinable @inline(__always)
    static func start(_ tag: UInt64, mask: Int) -> Int { Int(truncatingIfNeeded: tag >> 32) & mask }

    /// The number of the key with this hash for which `isKey` holds; else nil, and the position
    /// to `insert` it at.
    @inlinable @inline(__always)
    public func find(_ hash: UInt64, isKey: (Int) -> Bool) -> (number: Int?, position: Int) {
        let tag = hash & 0xFFFF_FFFF_0000_0000
        let mask = entries.count - 1
        var position = Self.start(tag, mask: mask)
        while true {
            let entry = entries[position]
            if entry == 0 { return (nil, position) }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let number = Int(entry & 0xFFFF_FFFF) - 1
                if isKey(number) { return (number, position) }
            }
            position = (position + 1) & mask
        }
    }

    /// Numbers a new key at the position `find` gave; returns its number.
    @inlinable
    public mutating func insert(_ hash: UInt64, at position: Int) -> Int {
        let number = numbered
        numbered += 1
        entries[position] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(number + 1)
        if numbered * 2 > entries.count { grow() }
        return number
    }

    @usableFromInline
    mutating func grow() {
        let old = entries
        entries = [UInt64](repeating: 0, count: old.count * 2)
        let mask = entries.count - 1
        for entry in old where entry != 0 {
            var position = Self.start(entry, mask: mask)
            while entries[position] != 0 { position = (position + 1) & mask }
            entries[position] = entry
        }
    }
}
