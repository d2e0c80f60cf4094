import Foundation

/// Everything the rules ask of a word, in one table looked up by the word's lowercase UTF-8
/// bytes: no `String` is built for a token on the scoring path. Open addressing on an FNV-1a
/// hash; a token's entry index (its id) also stands for the word in rule checks ("kind" "of").
struct WordTable: Sendable {
    /// What the rules need of a word; a plain value (no string) so that reading it on the
    /// scoring path costs no reference counting.
    struct Entry: Sendable {
        var valence: Double?
        var booster: Double?
        var isNegation = false
        var isContrast = false
        /// Part of a multi-word special case or booster ("kiss of death", "sort of").
        var inMultiWord = false
    }

    private(set) var entries: [Entry] = []
    /// The words themselves, by id (for idiom checks and explanations).
    private(set) var words: [String] = []
    private let storage: Storage

    /// The hash index in raw memory: probed for every token, so no array bounds or
    /// reference counting on the way. Immutable once built.
    private final class Storage: @unchecked Sendable {
        /// Hash in the high half, id + 1 in the low half (0 = empty): one load per probe.
        let slots: UnsafeMutablePointer<UInt64>
        let keyBytes: UnsafeMutablePointer<UInt8>
        let keyOffsets: UnsafeMutablePointer<Int>
        let mask: Int

        init(keys: [String]) {
            var capacity = 16
            while capacity < keys.count * 2 { capacity *= 2 }
            mask = capacity - 1
            slots = .allocate(capacity: capacity)
            slots.initialize(repeating: 0, count: capacity)
            let bytes = keys.flatMap(\.utf8)
            keyBytes = .allocate(capacity: max(1, bytes.count))
            keyBytes.initialize(from: bytes, count: bytes.count)
            keyOffsets = .allocate(capacity: keys.count + 1)
            var offset = 0
            keyOffsets[0] = 0
            for (id, key) in keys.enumerated() {
                offset += key.utf8.count
                keyOffsets[id + 1] = offset
                let hash = WordTable.hash(Array(key.utf8))
                var slot = Int(hash) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = UInt64(hash) << 32 | UInt64(id + 1)
            }
        }

        deinit {
            slots.deallocate()
            keyBytes.deallocate()
            keyOffsets.deallocate()
        }
    }

    /// Entries keyed by lowercase word; `update` fills in what each word is.
    init(words: some Sequence<String>, update: (String, inout Entry) -> Void) {
        var unique: [String] = []
        var seen = Set<String>()
        for word in words where seen.insert(word).inserted { unique.append(word) }
        for word in unique {
            var entry = Entry()
            update(word, &entry)
            entries.append(entry)
        }
        self.words = unique
        storage = Storage(keys: unique)
    }

    /// The id of the word whose lowercase UTF-8 is `bytes`, or -1.
    func id(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        id(bytes, hash: Self.hash(bytes))
    }

    /// The same, with the hash already computed (`hash(_:)` of the same bytes).
    func id(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int32 {
        let s = storage
        var slot = Int(hash) & s.mask
        while true {
            let entry = s.slots[slot]
            if entry == 0 { return -1 }
            if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                let id = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                let start = s.keyOffsets[id], length = s.keyOffsets[id + 1] - start
                if length == bytes.count && (length == 0 || memcmp(s.keyBytes + start, bytes.baseAddress!, length) == 0) { return Int32(id) }
            }
            slot = (slot + 1) & s.mask
        }
    }

    func id(_ word: String) -> Int32 {
        var word = word
        return word.withUTF8 { id($0) }
    }

    static let hashSeed: UInt64 = 0xCBF2_9CE4_8422_2325
    static let hashPrime: UInt64 = 0x0000_0100_0000_01B3

    /// FNV-1a, folded to 32 bits. Callers may run the loop themselves (`hashSeed`, `hashPrime`,
    /// then `fold`) while they read the bytes anyway.
    @inline(__always)
    static func hash(_ bytes: some Collection<UInt8>) -> UInt32 {
        var h = hashSeed
        for byte in bytes { h = (h ^ UInt64(byte)) &* hashPrime }
        return fold(h)
    }

    @inline(__always)
    static func fold(_ h: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }
}
