import Synchronization

/// Remembers what tokenizing found for short words, across texts: social media repeats a
/// small vocabulary ("the", "my", "love", "never"), and a hit costs a fraction of lowercasing
/// the word and looking it up. A pure memo keyed by the word's exact bytes: scores are the
/// same with or without it. One text at a time holds it; a text that finds it busy (another
/// thread scoring with the same analyzer) simply goes without.
final class WordMemo: @unchecked Sendable {  // slots only touched by the holder of `busy`
    /// What a token needs of its word: the table id and the flags that do not depend on
    /// where the word stands.
    struct Facts {
        var id: Int32
        var isUpper: Bool
        var isNegation: Bool
        var isContrast: Bool
        var inMultiWord: Bool
    }

    /// Direct-mapped slots in raw memory (a colliding word replaces the one before it).
    struct Table: @unchecked Sendable {
        fileprivate let slots: UnsafeMutablePointer<Slot>

        /// Words longer than this are not remembered.
        static let longestWord = 16

        func facts(of word: UnsafeBufferPointer<UInt8>) -> Facts? {
            guard let key = Key(word) else { return nil }
            let slot = slots[key.slot]
            guard slot.length == key.length, slot.head == key.head, slot.tail == key.tail else { return nil }
            return Facts(id: slot.id, isUpper: slot.flags & 1 != 0, isNegation: slot.flags & 2 != 0,
                         isContrast: slot.flags & 4 != 0, inMultiWord: slot.flags & 8 != 0)
        }

        func remember(_ facts: Facts, of word: UnsafeBufferPointer<UInt8>) {
            guard let key = Key(word) else { return }
            let flags: UInt8 = (facts.isUpper ? 1 : 0) | (facts.isNegation ? 2 : 0) | (facts.isContrast ? 4 : 0) | (facts.inMultiWord ? 8 : 0)
            slots[key.slot] = Slot(head: key.head, tail: key.tail, length: Int32(key.length), id: facts.id, flags: flags)
        }
    }

    fileprivate struct Slot {
        var head: UInt64
        var tail: UInt64
        /// 0: empty.
        var length: Int32
        var id: Int32
        var flags: UInt8
    }

    /// Up to 16 bytes packed with overlapping loads: with the length beside them, the two
    /// words still tell every word apart.
    private struct Key {
        var head: UInt64
        var tail: UInt64
        var length: Int

        static let slotBits = 12

        init?(_ word: UnsafeBufferPointer<UInt8>) {
            let n = word.count
            guard n > 0, n <= Table.longestWord else { return nil }
            let raw = UnsafeRawBufferPointer(word)
            length = n
            switch n {
            case 8...:
                head = raw.loadUnaligned(as: UInt64.self)
                tail = raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
            case 4...:
                head = UInt64(raw.loadUnaligned(as: UInt32.self)) | UInt64(raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)) << 32
                tail = 0
            default:
                head = UInt64(word[0]) | UInt64(word[n / 2]) << 8 | UInt64(word[n - 1]) << 16
                tail = 0
            }
        }

        var slot: Int {
            let h = (head &* 0x9E37_79B9_7F4A_7C15) ^ (tail &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(length)
            return Int(truncatingIfNeeded: ((h ^ (h >> 29)) &* 0xBF58_476D_1CE4_E5B9) >> UInt64(64 - Self.slotBits))
        }
    }

    private let slots: UnsafeMutablePointer<Slot>
    private let busy = Atomic<Bool>(false)

    init() {
        let count = 1 << Key.slotBits
        slots = .allocate(capacity: count)
        slots.initialize(repeating: Slot(head: 0, tail: 0, length: 0, id: -1, flags: 0), count: count)
    }

    deinit {
        slots.deallocate()
    }

    /// Runs `body` with the table unless another thread holds it (then nil).
    func withTableIfAvailable<Result>(_ body: (Table) -> Result) -> Result? {
        guard busy.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else { return nil }
        defer { busy.store(false, ordering: .releasing) }
        return body(Table(slots: slots))
    }
}
