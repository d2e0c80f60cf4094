/// Strings numbered in the order first seen (0, 1, 2…), found by a cheap hash: the group keys
/// of window rules (author handles, conversations, tags), shared by every rule that groups by
/// them. Open addressing, linear probing; an entry is the hash's high 32 bits over number + 1
/// (0 = empty), so a probe rarely compares strings. At most half full.
final class KeyNumbers {
    @exclusivity(unchecked) private(set) var keys: [String] = []
    @exclusivity(unchecked) private var hashes: [UInt64] = []
    @exclusivity(unchecked) private var table = [UInt64](repeating: 0, count: 256)

    func number(of key: String) -> Int32 {
        let hash = ByteHash.mix(ByteHash.seed, key)
        let tag = hash & 0xFFFF_FFFF_0000_0000
        let mask = table.count - 1
        var position = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = table[position]
            if entry == 0 { break }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let number = Int(entry & 0xFFFF_FFFF) - 1
                if keys[number] == key { return Int32(number) }
            }
            position = (position + 1) & mask
        }
        let number = keys.count
        keys.append(key)
        hashes.append(hash)
        table[position] = tag | UInt64(number + 1)
        if keys.count * 2 > table.count { grow() }
        return Int32(number)
    }

    private func grow() {
        table = [UInt64](repeating: 0, count: table.count * 2)
        let mask = table.count - 1
        for number in hashes.indices {
            let hash = hashes[number]
            var position = Int(truncatingIfNeeded: hash) & mask
            while table[position] != 0 { position = (position + 1) & mask }
            table[position] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(number + 1)
        }
    }
}
