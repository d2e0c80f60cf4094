import VigilCore

/// Strings numbered in the order first seen (0, 1, 2…), found by a cheap hash: the group keys
/// of window rules (author handles, conversations, tags), shared by every rule that groups by
/// them.
final class KeyNumbers {
    @exclusivity(unchecked) private(set) var keys: [String] = []
    @exclusivity(unchecked) private var table = NumberTable(capacity: 256)

    func number(of key: String) -> Int32 {
        let hash = ByteHash.mix(ByteHash.seed, key)
        let found = table.find(hash) { keys[$0] == key }
        if let number = found.number { return Int32(number) }
        keys.append(key)
        return Int32(table.insert(hash, at: found.position) { ByteHash.mix(ByteHash.seed, self.keys[$0]) })
    }
}
