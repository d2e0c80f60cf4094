import Foundation

/// Everything the rules ask of a word, in one table looked up by the word's lowercase UTF-8
/// bytes: no `String` is built for a token on the scoring path. Open addressing on an FNV-1a
/// hash; a token's entry index (its id) also stands for the word in rule checks ("kind" "of").
struct WordTable: Sendable {
    struct Entry: Sendable {
        var word: String
        var valence: Double?
        var booster: Double?
        var isNegation = false
        var isContrast = false
        /// Part of a multi-word special case or booster ("kiss of death", "sort of").
        var inMultiWord = false
    }

    private(set) var entries: [Entry] = []
    private let storage: Storage

    /// The hash index in raw memory: probed for every token, so no array bounds or
    /// reference counting on the way. Immutable once built.
    private final class Storage: @unchecked Sendable {
        let slotHashes: UnsafeMutablePointer<UInt32>
        let slotIDs: UnsafeMutablePointer<Int32>
        let keyBytes: UnsafeMutablePointer<UInt8>
        let keyOffsets: UnsafeMutablePointer<Int>
        let mask: Int

        init(keys: [String]) {
            var capacity = 16
            while capacity < keys.count * 2 { capacity *= 2 }
            mask = capacity - 1
            slotHashes = .allocate(capacity: capacity)
            slotHashes.initialize(repeating: 0, count: capacity)
            slotIDs = .allocate(capacity: capacity)
            slotIDs.initialize(repeating: -1, count: capacity)
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
                while slotIDs[slot] >= 0 { slot = (slot + 1) & mask }
                slotIDs[slot] = Int32(id)
                slotHashes[slot] = hash
            }
        }

        deinit {
            slotHashes.deallocate()
            slotIDs.deallocate()
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
            var entry = Entry(word: word)
            update(word, &entry)
            entries.append(entry)
        }
        storage = Storage(keys: unique)
    }

    /// The id of the word whose lowercase UTF-8 is `bytes`, or -1.
    func id(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(bytes)
        let s = storage
        var slot = Int(hash) & s.mask
        while true {
            let id = s.slotIDs[slot]
            if id < 0 { return -1 }
            if s.slotHashes[slot] == hash {
                let start = s.keyOffsets[Int(id)], length = s.keyOffsets[Int(id) + 1] - start
                if length == bytes.count && (length == 0 || memcmp(s.keyBytes + start, bytes.baseAddress!, length) == 0) { return id }
            }
            slot = (slot + 1) & s.mask
        }
    }

    func id(_ word: String) -> Int32 {
        var word = word
        return word.withUTF8 { id($0) }
    }

    @inline(__always)
    static func hash(_ bytes: some Collection<UInt8>) -> UInt32 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }
}
