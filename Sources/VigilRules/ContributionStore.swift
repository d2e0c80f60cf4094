import Foundation

/// What one mention adds to one window rule's group, in one bucket of event time.
struct Contribution: Equatable, Sendable {
    var rule: Int32
    /// The group's series index; for velocity rules the slot of the item answered.
    var group: Int32
    var bucket: Int64
    /// Matching mentions (count, spike, share numerator) or engagement (velocity).
    var a: Int64
    /// Share denominator (0 or 1).
    var b: Int64
    /// The matched terms, as an index into the term lists it comes with; -1: none.
    var terms: Int32 = -1
}

/// Every mention's current contributions to the window rules, packed in 16 bytes each in
/// fixed-size chunks (appending never copies what is there), with a range and a bucket per
/// mention slot (all of a mention's contributions share its bucket). A new version appends
/// its contributions and leaves the old ones behind; the store compacts itself when more than
/// half of it is stale. Matched terms, rare, are kept aside by position.
/// A class touched by one engine for every mention: reading it never copies its arrays, and
/// its state skips Swift's runtime exclusivity checks.
final class ContributionStore {
    /// 12 bytes: a contribution's amount fits 32 bits (one mention's count, or its engagement,
    /// held at `Int32.max`), the sums it goes into are 64-bit.
    private struct Packed: Equatable {
        var a: Int32
        var group: Int32
        var rule: UInt16
        var b: UInt8
        var hasTerms: Bool
    }

    private static let chunkBits = 16
    private static let chunkMask = (1 << chunkBits) - 1
    /// Fixed-size raw chunks: appending is one store, with no array bookkeeping per entry.
    @exclusivity(unchecked) private var chunks: [UnsafeMutablePointer<Packed>] = []
    @exclusivity(unchecked) private var end = 0
    @exclusivity(unchecked) private var termsAt: [Int: [String]] = [:]
    @exclusivity(unchecked) private var starts: [UInt32] = []
    @exclusivity(unchecked) private var counts: [UInt32] = []
    @exclusivity(unchecked) private var buckets: [Int64] = []
    @exclusivity(unchecked) private var live = 0
    /// Below this many entries the store never compacts (tests lower it).
    private let compactionFloor: Int

    init(compactionFloor: Int = 1 << 16) {
        self.compactionFloor = compactionFloor
    }

    deinit {
        for chunk in chunks { chunk.deallocate() }
    }

    func reserveCapacity(_ slots: Int) {
        starts.reserveCapacity(slots)
        counts.reserveCapacity(slots)
        buckets.reserveCapacity(slots)
    }

    func addSlot() {
        starts.append(0)
        counts.append(0)
        buckets.append(0)
    }

    private func packed(at position: Int) -> Packed {
        chunks[position >> Self.chunkBits][position & Self.chunkMask]
    }

    private func append(_ p: Packed) {
        if end & Self.chunkMask == 0 && end >> Self.chunkBits == chunks.count {
            chunks.append(.allocate(capacity: 1 << Self.chunkBits))
        }
        (chunks[end >> Self.chunkBits] + (end & Self.chunkMask)).initialize(to: p)
        end += 1
    }

    /// Entries, entries with terms, and bytes of the per-slot arrays (a profiling aid).
    var footprint: (entries: Int, withTerms: Int, slotBytes: Int) {
        (end, termsAt.count, starts.capacity * 4 + counts.capacity * 4 + buckets.capacity * 8)
    }

    func count(of slot: Int) -> Int { Int(counts[slot]) }

    /// The slot's `index`-th contribution and the terms it matched.
    func contribution(of slot: Int, _ index: Int) -> (Contribution, terms: [String]) {
        let position = Int(starts[slot]) + index
        let p = packed(at: position)
        let c = Contribution(rule: Int32(p.rule), group: p.group, bucket: buckets[slot], a: Int64(p.a), b: Int64(p.b))
        assert(!p.hasTerms || termsAt[position] != nil, "an entry with terms lost them")
        return (c, p.hasTerms ? termsAt[position] ?? [] : [])
    }

    /// Whether the slot's contributions equal `fresh` (whose terms index `freshTerms`).
    func matches(_ slot: Int, _ fresh: [Contribution], freshTerms: [[String]]) -> Bool {
        guard count(of: slot) == fresh.count else { return false }
        guard let first = fresh.first else { return true }
        guard buckets[slot] == first.bucket else { return false }
        var position = Int(starts[slot])
        for c in fresh {
            let p = packed(at: position)
            guard p == Self.pack(c) else { return false }
            if p.hasTerms && termsAt[position] != freshTerms[Int(c.terms)] { return false }
            position += 1
        }
        return true
    }

    private static func pack(_ c: Contribution) -> Packed {
        Packed(a: Int32(clamping: c.a), group: c.group, rule: UInt16(c.rule), b: UInt8(c.b), hasTerms: c.terms >= 0)
    }

    /// Makes `fresh` the slot's contributions (all in one bucket; their terms index `freshTerms`).
    func replace(_ slot: Int, with fresh: [Contribution], freshTerms: [[String]]) {
        live += fresh.count - count(of: slot)
        if end > compactionFloor && end > 2 * live { compact() }
        for position in Int(starts[slot])..<Int(starts[slot]) + count(of: slot) { termsAt[position] = nil }
        starts[slot] = UInt32(end)
        counts[slot] = UInt32(fresh.count)
        buckets[slot] = fresh.first?.bucket ?? 0
        for c in fresh {
            if c.terms >= 0 { termsAt[end] = freshTerms[Int(c.terms)] }
            append(Self.pack(c))
        }
    }

    private func compact() {
        let oldChunks = chunks, oldTermsAt = termsAt
        chunks = []
        end = 0
        termsAt = [:]
        for slot in starts.indices {
            let start = end
            for position in Int(starts[slot])..<Int(starts[slot]) + count(of: slot) {
                if let terms = oldTermsAt[position] { termsAt[end] = terms }
                append(oldChunks[position >> Self.chunkBits][position & Self.chunkMask])
            }
            starts[slot] = UInt32(start)
        }
        for chunk in oldChunks { chunk.deallocate() }
    }
}
