/// Finds the number (0, 1, 2… in the order first seen) of a key kept elsewhere, by the key's
/// 64-bit hash: open addressing with linear probing, 4 bytes a slot. An entry holds number + 1
/// (0 = empty) and, while numbers fit 24 bits, the hash's top byte above it, so a probe rarely
/// compares keys (past 16 million keys every probe compares: slower, never wrong). The hash's
/// high bits choose the position. The size is a power of two, at most half full: about 8 bytes
/// a key. Growing asks for each key's hash again (`hashOf`), which is why nothing else is kept
/// (a 64-bit entry with 32 bits of the hash took 16 bytes a key). Used by the rules engine's
/// per-mention tables and the dashboard's index of mentions by identity and of authors, where
/// Swift's dictionaries (SipHash, a copy of every key, about 75 bytes per entry at a million)
/// cost several times more.
public struct NumberTable: Sendable {
    @usableFromInline var entries: [UInt32]
    /// Entries hold no tag (numbers no longer fit 24 bits).
    @usableFromInline var wide = false

    @usableFromInline var numbered = 0
    /// Numbers above this drop the tags (tests lower it).
    @usableFromInline var taggedLimit = Int(numberMask)

    @usableFromInline static let numberBits: UInt32 = 24
    @usableFromInline static let numberMask: UInt32 = (1 << numberBits) - 1

    /// How many keys are numbered.
    public var count: Int { numbered }

    /// Bytes of its array.
    public var bytes: Int { entries.capacity * 4 }

    /// `capacity`: a power of two.
    public init(capacity: Int) {
        entries = [UInt32](repeating: 0, count: capacity)
    }

    /// Room for `count` keys without growing.
    public init(expecting count: Int) {
        self.init(capacity: max(1024, 1 << (Int.bitWidth - (2 * count).leadingZeroBitCount)))
    }

    @inlinable @inline(__always)
    static func start(_ hash: UInt64, mask: Int) -> Int { Int(truncatingIfNeeded: hash >> 32) & mask }

    @inlinable @inline(__always)
    static func tag(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash >> 56) << numberBits }

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
            if wide {
                if isKey(Int(entry) - 1) { return (Int(entry) - 1, position) }
            } else if entry & ~Self.numberMask == tag {
                let number = Int(entry & Self.numberMask) - 1
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
        precondition(number < Int(UInt32.max) - 1, "more than 4 billion keys")
        if !wide && number + 1 > taggedLimit { dropTags() }
        numbered += 1
        entries[position] = wide ? UInt32(number + 1) : Self.tag(hash) | UInt32(number + 1)
        return number
    }

    /// More than half full: time to `grow`.
    @inlinable public var isCrowded: Bool { numbered * 2 > entries.count }

    /// Twice the size; `hashOf` gives each numbered key's hash again. Keys are asked for in
    /// number order, so a caller reading them from arrays reads in sequence: in the table's
    /// order each key was a cache miss or three, and growing past 262k keys paused a live
    /// dashboard for about 90 ms.
    public mutating func grow(_ hashOf: (Int) -> UInt64) {
        entries = [UInt32](repeating: 0, count: entries.count * 2)
        let mask = entries.count - 1
        entries.withUnsafeMutableBufferPointer { table in
            for number in 0..<numbered {
                let hash = hashOf(number)
                var position = Self.start(hash, mask: mask)
                while table[position] != 0 { position = (position + 1) & mask }
                table[position] = wide ? UInt32(number + 1) : Self.tag(hash) | UInt32(number + 1)
            }
        }
    }

    /// Past 2^24 keys: entries keep the whole number, and probes compare keys.
    @usableFromInline
    mutating func dropTags() {
        for position in entries.indices where entries[position] != 0 { entries[position] &= Self.numberMask }
        wide = true
    }
}
