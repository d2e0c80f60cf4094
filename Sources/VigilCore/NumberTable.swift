/// Finds the number (0, 1, 2… in the order first seen) of a key kept elsewhere, by the key's
/// 64-bit hash: open addressing with linear probing. An entry is the hash's high 32 bits over
/// number + 1 (0 = empty), so a probe rarely compares keys. The size is a power of two, at
/// most half full. Used by the rules engine's per-mention tables and the dashboard's index of
/// mentions by identity, where Swift's dictionaries (SipHash, a copy of every key, about 75
/// bytes per entry at a million) cost several times more.
public struct NumberTable: Sendable {
    @usableFromInline var entries: [UInt64]
    @usableFromInline var hashes: [UInt64] = []

    /// How many keys are numbered.
    public var count: Int { hashes.count }

    /// Bytes of its arrays.
    public var bytes: Int { (entries.capacity + hashes.capacity) * 8 }

    /// `capacity`: a power of two.
    public init(capacity: Int) {
        entries = [UInt64](repeating: 0, count: capacity)
    }

    /// Room for `count` keys without growing.
    public init(expecting count: Int) {
        self.init(capacity: max(1024, 1 << (Int.bitWidth - (2 * count).leadingZeroBitCount)))
    }

    /// The number of the key with this hash for which `isKey` holds; else nil, and the position
    /// to `insert` it at.
    @inlinable @inline(__always)
    public func find(_ hash: UInt64, isKey: (Int) -> Bool) -> (number: Int?, position: Int) {
        let tag = hash & 0xFFFF_FFFF_0000_0000
        let mask = entries.count - 1
        var position = Int(truncatingIfNeeded: hash) & mask
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
        let number = hashes.count
        hashes.append(hash)
        entries[position] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(number + 1)
        if hashes.count * 2 > entries.count { grow() }
        return number
    }

    @usableFromInline
    mutating func grow() {
        entries = [UInt64](repeating: 0, count: entries.count * 2)
        let mask = entries.count - 1
        for number in hashes.indices {
            let hash = hashes[number]
            var position = Int(truncatingIfNeeded: hash) & mask
            while entries[position] != 0 { position = (position + 1) & mask }
            entries[position] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(number + 1)
        }
    }
}
