import Synchronization
import VigilCore

/// Remembers what tokenizing found for short words, across texts: social media repeats a
/// small vocabulary ("the", "my", "love", "never"), and a hit costs a fraction of lowercasing
/// the word and looking it up. A pure memo keyed by the word's exact bytes: scores are the
/// same with or without it. One text at a time holds each of its two tables; a text that finds
/// both busy (other threads scoring with the same analyzer) simply goes without.
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

        func facts(of word: UnsafeBufferPointer<UInt8>) -> Facts? {
            guard let key = Key(word) else { return nil }
            let slot = slots[key.slot]
            guard slot.key == key.bytes else { return nil }
            return Facts(id: slot.id, isUpper: slot.flags & 1 != 0, isNegation: slot.flags & 2 != 0,
                         isContrast: slot.flags & 4 != 0, inMultiWord: slot.flags & 8 != 0)
        }

        func remember(_ facts: Facts, of word: UnsafeBufferPointer<UInt8>) {
            guard let key = Key(word) else { return }
            let flags: UInt8 = (facts.isUpper ? 1 : 0) | (facts.isNegation ? 2 : 0) | (facts.isContrast ? 4 : 0) | (facts.inMultiWord ? 8 : 0)
            slots[key.slot] = Slot(key: key.bytes, id: facts.id, flags: flags)
        }
    }

    fileprivate struct Slot {
        /// Count 0: empty (no word is empty).
        var key: ShortBytesKey
        var id: Int32
        var flags: UInt8
    }

    /// The word's key and its slot; nil for words too long (or empty) to remember.
    private struct Key {
        var bytes: ShortBytesKey

        init?(_ word: UnsafeBufferPointer<UInt8>) {
            guard !word.isEmpty, let bytes = ShortBytesKey(word) else { return nil }
            self.bytes = bytes
        }

        static let slotBits = 12

        var slot: Int {
            let h = (bytes.head &* 0x9E37_79B9_7F4A_7C15) ^ (bytes.tail &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(bytes.count)
            return Int(truncatingIfNeeded: ((h ^ (h >> 29)) &* 0xBF58_476D_1CE4_E5B9) >> UInt64(64 - Self.slotBits))
        }
    }

    /// Two tables, so that two threads scoring with one analyzer (`vigil sentiment` and the
    /// import use both cores) each have one; a third goes without.
    private let slots: UnsafeMutablePointer<Slot>
    private let busy = Atomic<Bool>(false)
    private let secondBusy = Atomic<Bool>(false)
    private static let slotCount = 1 << Key.slotBits

    init() {
        slots = .allocate(capacity: 2 * Self.slotCount)
        slots.initialize(repeating: Slot(key: .empty, id: -1, flags: 0), count: 2 * Self.slotCount)
    }

    deinit {
        slots.deallocate()
    }

    /// Runs `body` with a table unless other threads hold both (then nil).
    func withTableIfAvailable<Result>(_ body: (Table) -> Result) -> Result? {
        if busy.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged {
            defer { busy.store(false, ordering: .releasing) }
            return body(Table(slots: slots))
        }
        if secondBusy.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged {
            defer { secondBusy.store(false, ordering: .releasing) }
            return body(Table(slots: slots + Self.slotCount))
        }
        return nil
    }
}
