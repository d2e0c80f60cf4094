/// A set of 64-bit hashes with open addressing: a probe or two per lookup, no rehashing.
struct HashSet: Sendable {
    private let slots: [UInt64]
    private let mask: Int

    init(_ hashes: [UInt64]) {
        var size = 16
        while size < hashes.count * 4 { size <<= 1 }
        var slots = [UInt64](repeating: 0, count: size)
        for hash in hashes where hash != 0 {
            var index = Int(truncatingIfNeeded: hash ^ hash >> 29) & (size - 1)
            while slots[index] != 0 && slots[index] != hash { index = (index + 1) & (size - 1) }
            slots[index] = hash
        }
        self.slots = slots
        mask = size - 1
    }

    @inline(__always) func contains(_ hash: UInt64) -> Bool {
        var index = Int(truncatingIfNeeded: hash ^ hash >> 29) & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let slot = slots[index]
                if slot == hash { return true }
                if slot == 0 { return false }
                index = (index + 1) & mask
            }
        }
    }
}

/// One bit per phrase, for up to 1,024 phrases (inline: no allocation per post).
struct PhraseBits: Sendable, Equatable {
    static let capacity = 1024
    var words = InlineArray<16, UInt64>(repeating: 0)

    mutating func set(_ index: Int) {
        words[index / 64] |= UInt64(1) << UInt64(index % 64)
    }

    static func |= (left: inout PhraseBits, right: PhraseBits) {
        for k in 0..<16 { left.words[k] |= right.words[k] }
    }

    func overlaps(_ other: PhraseBits) -> Bool {
        for k in 0..<16 where words[k] & other.words[k] != 0 { return true }
        return false
    }

    static func == (a: PhraseBits, b: PhraseBits) -> Bool {
        for k in 0..<16 where a.words[k] != b.words[k] { return false }
        return true
    }
}
