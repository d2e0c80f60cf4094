/// Emoji → description (as UTF-8) with a multiplicative hash on the scalar value: looked up for
/// every non-ASCII character of every text, where `Dictionary`'s seeded hashing showed in profiles.
struct EmojiTable: Sendable {
    private let scalars: [UInt32]
    private let occupied: [Bool]
    private let bytes: [[UInt8]]
    private let mask: Int

    init(_ map: [Unicode.Scalar: String]) {
        var capacity = 16
        while capacity < map.count * 4 { capacity *= 2 }
        var scalars = [UInt32](repeating: 0, count: capacity)
        var descriptions = [String?](repeating: nil, count: capacity)
        for (scalar, description) in map {
            var slot = Self.slot(scalar.value, capacity - 1)
            while descriptions[slot] != nil { slot = (slot + 1) & (capacity - 1) }
            scalars[slot] = scalar.value
            descriptions[slot] = description
        }
        self.scalars = scalars
        occupied = descriptions.map { $0 != nil }
        bytes = descriptions.map { Array(($0 ?? "").utf8) }
        mask = capacity - 1
    }

    func contains(_ scalar: UInt32) -> Bool {
        var slot = Self.slot(scalar, mask)
        while occupied[slot] {
            if scalars[slot] == scalar { return true }
            slot = (slot + 1) & mask
        }
        return false
    }

    /// The description as UTF-8, nil when the scalar has none.
    func descriptionBytes(_ scalar: UInt32) -> [UInt8]? {
        var slot = Self.slot(scalar, mask)
        while occupied[slot] {
            if scalars[slot] == scalar { return bytes[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    @inline(__always) private static func slot(_ value: UInt32, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(value) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }
}
