import Foundation

/// What one mention adds to one window rule's group, in one bucket of event time.
struct Contribution: Equatable, Sendable {
    var rule: Int32
    /// The group's series index; for velocity rules the slot of the item answered.
    var group: Int32
    var bucket: Int64
    /// Matching mentions (count, spike, share numerator) or engagement (velocity).
    var matched: Int64
    /// Share denominator (0 or 1).
    var base: Int64
    /// The matched terms, as an index into the term lists it comes with; -1: none.
    var terms: Int32 = -1
}

/// Every mention's current contributions to the window rules, a few bytes each: rule, group
/// and amount as variable-length numbers (most are small: a rule among the first 32, one
/// mention, a group among the first 16,384 take 4 bytes; a 12-byte record held 4 million
/// of them in 48 MB). They sit in fixed-size chunks (appending never copies what is there),
/// with a start and a length per mention slot. The bucket is not kept: all of a mention's
/// contributions are in its event time's bucket, which the engine knows. A new version
/// appends its contributions and leaves the old ones behind; the store compacts itself when
/// more than half of it is stale. Matched terms, rare, are kept aside by position.
/// A class touched by one engine for every mention: reading it never copies its arrays, and
/// its state skips Swift's runtime exclusivity checks.
final class ContributionStore {
    private static let chunkBits = 16
    private static let chunkSize = 1 << chunkBits
    /// Fixed-size raw chunks of encoded contributions; a slot's bytes never straddle two.
    @exclusivity(unchecked) private var chunks: [UnsafeMutablePointer<UInt8>] = []
    /// Where the next bytes go, counted across chunks.
    @exclusivity(unchecked) private var end = 0
    /// Contributions of current versions.
    @exclusivity(unchecked) private var entries = 0
    /// Terms matched by the contribution whose bytes start at the position.
    @exclusivity(unchecked) private var termsAt: [Int: [String]] = [:]
    @exclusivity(unchecked) private var starts: [UInt32] = []
    @exclusivity(unchecked) private var lengths: [UInt16] = []
    /// Bytes belonging to current versions.
    @exclusivity(unchecked) private var live = 0
    /// Reused to encode fresh contributions, with where each one starts.
    @exclusivity(unchecked) private var encoded: [UInt8] = []
    @exclusivity(unchecked) private var offsets: [Int] = []
    /// Below this many bytes the store never compacts (tests lower it).
    private let compactionFloor: Int

    init(compactionFloor: Int = 1 << 18) {
        self.compactionFloor = compactionFloor
    }

    deinit {
        for chunk in chunks { chunk.deallocate() }
    }

    func reserveCapacity(_ slots: Int) {
        starts.reserveCapacity(slots)
        lengths.reserveCapacity(slots)
    }

    func addSlot() {
        starts.append(0)
        lengths.append(0)
    }

    /// Current contributions, those with terms, and bytes of the chunks (stale versions
    /// included) and of the per-slot arrays (a profiling aid).
    var footprint: (entries: Int, withTerms: Int, entryBytes: Int, slotBytes: Int) {
        (entries, termsAt.count, chunks.count * Self.chunkSize, starts.capacity * 4 + lengths.capacity * 2)
    }

    /// The slot's contributions, each with the terms it matched; `bucket` is its mention's.
    func contributions(of slot: Int, bucket: Int64) -> [(Contribution, terms: [String])] {
        let length = Int(lengths[slot])
        guard length > 0 else { return [] }
        let start = Int(starts[slot])
        let bytes = chunks[start >> Self.chunkBits] + (start & Self.chunkMask)
        var result: [(Contribution, terms: [String])] = []
        var at = 0
        while at < length {
            let position = start + at
            let header = Self.read(bytes, &at)
            let group = Self.read(bytes, &at)
            let a = Self.read(bytes, &at)
            let c = Contribution(rule: Int32(header >> 2), group: Int32(group), bucket: bucket, matched: Int64(a), base: Int64((header >> 1) & 1))
            let hasTerms = header & 1 == 1
            assert(!hasTerms || termsAt[position] != nil, "an entry with terms lost them")
            result.append((c, hasTerms ? termsAt[position] ?? [] : []))
        }
        return result
    }

    /// Whether the slot's contributions equal `fresh` (whose terms index `freshTerms`); both
    /// are in the same bucket.
    func matches(_ slot: Int, _ fresh: [Contribution], freshTerms: [[String]]) -> Bool {
        // A mention seen for the first time (the common case) needs no encoding here.
        if lengths[slot] == 0 { return fresh.isEmpty }
        encode(fresh)
        guard Int(lengths[slot]) == encoded.count else { return false }
        guard !encoded.isEmpty else { return true }
        let start = Int(starts[slot])
        let bytes = chunks[start >> Self.chunkBits] + (start & Self.chunkMask)
        guard encoded.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes, $0.count) == 0 }) else { return false }
        for (c, offset) in zip(fresh, offsets) where c.terms >= 0 {
            if termsAt[start + offset] != freshTerms[Int(c.terms)] { return false }
        }
        return true
    }

    /// Makes `fresh` the slot's contributions (their terms index `freshTerms`).
    func replace(_ slot: Int, with fresh: [Contribution], freshTerms: [[String]]) {
        encode(fresh)
        precondition(encoded.count <= Int(UInt16.max), "one mention's contributions take more than 64 KB")
        let oldLength = Int(lengths[slot])
        if oldLength > 0 {
            let old = entryPositions(slot)
            for (position, hasTerms) in old where hasTerms { termsAt[position] = nil }
            entries -= old.count
        }
        live += encoded.count - oldLength
        if end > compactionFloor && end > 2 * live { compact() }
        guard !encoded.isEmpty else {
            starts[slot] = 0
            lengths[slot] = 0
            return
        }
        let start = append(encoded)
        starts[slot] = UInt32(start)
        lengths[slot] = UInt16(encoded.count)
        entries += fresh.count
        for (c, offset) in zip(fresh, offsets) where c.terms >= 0 {
            termsAt[start + offset] = freshTerms[Int(c.terms)]
        }
    }

    private static let chunkMask = chunkSize - 1

    /// Copies the bytes in at the end (in a new chunk when the last one cannot hold them
    /// all); returns where they start.
    private func append(_ bytes: [UInt8]) -> Int {
        if (end & Self.chunkMask) + bytes.count > Self.chunkSize {
            end = (end >> Self.chunkBits + 1) << Self.chunkBits
        }
        if end >> Self.chunkBits == chunks.count {
            chunks.append(.allocate(capacity: Self.chunkSize))
        }
        precondition(end + bytes.count <= Int(UInt32.max), "more than 4 GB of contributions")
        let start = end
        bytes.withUnsafeBufferPointer { source in
            (chunks[start >> Self.chunkBits] + (start & Self.chunkMask)).update(from: source.baseAddress!, count: source.count)
        }
        end += bytes.count
        return start
    }

    /// Where each of the slot's contributions starts, and whether it has terms.
    private func entryPositions(_ slot: Int) -> [(position: Int, hasTerms: Bool)] {
        let start = Int(starts[slot])
        return Self.entryPositions(chunks[start >> Self.chunkBits] + (start & Self.chunkMask), start: start, length: Int(lengths[slot]))
    }

    /// The same for `length` bytes at `bytes`, which are at `start`.
    private static func entryPositions(_ bytes: UnsafeMutablePointer<UInt8>, start: Int, length: Int) -> [(position: Int, hasTerms: Bool)] {
        var at = 0, result: [(position: Int, hasTerms: Bool)] = []
        while at < length {
            let position = start + at
            let header = Self.read(bytes, &at)
            for _ in 0..<2 { _ = Self.read(bytes, &at) }
            result.append((position, header & 1 == 1))
        }
        return result
    }

    private func compact() {
        let oldChunks = chunks, oldTermsAt = termsAt
        chunks = []
        end = 0
        termsAt = [:]
        for slot in starts.indices where lengths[slot] > 0 {
            let oldStart = Int(starts[slot]), length = Int(lengths[slot])
            let old = oldChunks[oldStart >> Self.chunkBits] + (oldStart & Self.chunkMask)
            let bytes = Array(UnsafeBufferPointer(start: old, count: length))
            let entries = oldTermsAt.isEmpty ? [] : Self.entryPositions(old, start: oldStart, length: length)
            let start = append(bytes)
            for (position, hasTerms) in entries where hasTerms { termsAt[start + position - oldStart] = oldTermsAt[position] }
            starts[slot] = UInt32(start)
        }
        for chunk in oldChunks { chunk.deallocate() }
    }

    // MARK: encoding

    /// Each contribution as three unsigned LEB128 numbers: rule << 2 | b << 1 | has terms,
    /// group, amount (held at `Int32.max`: one mention's count, or its engagement; the sums
    /// it goes into are 64-bit).
    private func encode(_ fresh: [Contribution]) {
        encoded.removeAll(keepingCapacity: true)
        offsets.removeAll(keepingCapacity: true)
        for c in fresh {
            assert(c.rule >= 0 && c.group >= 0 && c.matched >= 0 && (c.base == 0 || c.base == 1), "not a contribution the engine makes: \(c)")
            offsets.append(encoded.count)
            Self.write(UInt64(c.rule) << 2 | UInt64(c.base & 1) << 1 | (c.terms >= 0 ? 1 : 0), into: &encoded)
            Self.write(UInt64(UInt32(bitPattern: c.group)), into: &encoded)
            Self.write(UInt64(Int32(clamping: max(0, c.matched))), into: &encoded)
        }
    }

    private static func write(_ value: UInt64, into bytes: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    private static func read(_ bytes: UnsafeMutablePointer<UInt8>, _ at: inout Int) -> UInt64 {
        var value: UInt64 = 0, shift: UInt64 = 0
        while true {
            let byte = bytes[at]
            at += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }
}
