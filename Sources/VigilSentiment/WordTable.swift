import Foundation
import VigilCore

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

        init(_ builder: Builder) {
            mask = builder.slots.count - 1
            slots = .allocate(capacity: builder.slots.count)
            slots.initialize(from: builder.slots, count: builder.slots.count)
            keyBytes = .allocate(capacity: max(1, builder.keyBytes.count))
            keyBytes.initialize(from: builder.keyBytes, count: builder.keyBytes.count)
            keyOffsets = .allocate(capacity: builder.keyOffsets.count)
            keyOffsets.initialize(from: builder.keyOffsets, count: builder.keyOffsets.count)
        }

        deinit {
            slots.deallocate()
            keyBytes.deallocate()
            keyOffsets.deallocate()
        }
    }

    /// Collects words and what each is. Every analyzer builds one at start-up (about 7,600
    /// words for English), so a word is hashed once, with the table's own hash: a `Set` to drop
    /// repeats and a dictionary lookup per fact cost most of `echo hi | vigil sentiment`.
    struct Builder {
        fileprivate var slots: [UInt64]
        fileprivate var keyBytes: [UInt8] = []
        fileprivate var keyOffsets: [Int] = [0]
        fileprivate var entries: [Entry] = []
        fileprivate var words: [String] = []

        /// Room for `expected` words without the table filling past half.
        init(expected: Int) {
            var capacity = 16
            while capacity < expected * 2 { capacity *= 2 }
            slots = [UInt64](repeating: 0, count: capacity)
            keyBytes.reserveCapacity(expected * 8)
            keyOffsets.reserveCapacity(expected + 1)
            entries.reserveCapacity(expected)
            words.reserveCapacity(expected)
        }

        /// Updates the word's entry, adding the word first if it is new.
        mutating func update(_ word: String, _ change: (inout Entry) -> Void) {
            var word = word
            let id = word.withUTF8 { existingID(orInserting: $0) } ?? {
                words.append(word)
                entries.append(Entry())
                return entries.count - 1
            }()
            change(&entries[id])
        }

        /// The word's id; nil after recording its bytes and slot for a new id (the caller appends it).
        private mutating func existingID(orInserting bytes: UnsafeBufferPointer<UInt8>) -> Int? {
            let hash = WordTable.hash(bytes)
            let mask = slots.count - 1
            var slot = Int(hash) & mask
            while slots[slot] != 0 {
                let entry = slots[slot]
                if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                    let id = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                    let start = keyOffsets[id], length = keyOffsets[id + 1] - start
                    if length == bytes.count && keyBytes[start..<(start + length)].elementsEqual(bytes) { return id }
                }
                slot = (slot + 1) & mask
            }
            precondition(entries.count * 2 < slots.count, "more words than the builder expected")
            slots[slot] = UInt64(hash) << 32 | UInt64(entries.count + 1)
            keyBytes.append(contentsOf: bytes)
            keyOffsets.append(keyBytes.count)
            return nil
        }
    }

    init(_ builder: Builder) {
        entries = builder.entries
        words = builder.words
        storage = Storage(builder)
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

    static let hashSeed = FNV1a.offset64
    static let hashPrime = FNV1a.prime64

    /// FNV-1a, folded to 32 bits. Callers may run the loop themselves (`hashSeed`, `hashPrime`,
    /// then `fold`) while they read the bytes anyway.
    @inline(__always)
    static func hash(_ bytes: some Collection<UInt8>) -> UInt32 {
        fold(FNV1a.hash64(bytes))
    }

    @inline(__always)
    static func fold(_ h: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }
}
