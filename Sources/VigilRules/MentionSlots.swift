import Foundation
import VigilCore

/// Every mention the rules engine has seen, and every item a reply was counted for, numbered
/// by identity. Finding a slot is one cheap hash of the id's bytes (no SipHash, no string
/// copies); after that a mention's event time and contributions are array lookups.
///
/// Used by one engine at a time, on every mention: its arrays skip Swift's runtime
/// exclusivity checks (no method here hands out an access that another could overlap).
final class MentionSlots {
    @exclusivity(unchecked) private(set) var ids: [MentionID] = []
    /// The current version's event time (nil: only known as an item answered).
    @exclusivity(unchecked) var times: [Date?] = []
    @exclusivity(unchecked) private var hashes: [UInt64] = []
    /// Open addressing, linear probing. An entry is the hash's high 32 bits over slot + 1 in
    /// the low 32 (0 = empty), so a probe rarely touches `ids`. The size is a power of two, at
    /// most half full.
    @exclusivity(unchecked) private var table = [UInt64](repeating: 0, count: 1024)

    var count: Int { ids.count }

    /// The id's slot, and whether it was added now.
    func slot(of id: MentionID) -> (slot: Int, isNew: Bool) {
        let hash = Self.hash(id)
        let tag = hash & 0xFFFF_FFFF_0000_0000
        let mask = table.count - 1
        var position = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = table[position]
            if entry == 0 { break }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let slot = Int(entry & 0xFFFF_FFFF) - 1
                if ids[slot] == id { return (slot, false) }
            }
            position = (position + 1) & mask
        }
        let slot = ids.count
        ids.append(id)
        times.append(nil)
        hashes.append(hash)
        table[position] = tag | UInt64(slot + 1)
        if ids.count * 2 > table.count { grow() }
        return (slot, true)
    }

    private func grow() {
        table = [UInt64](repeating: 0, count: table.count * 2)
        let mask = table.count - 1
        for slot in hashes.indices {
            let hash = hashes[slot]
            var position = Int(truncatingIfNeeded: hash) & mask
            while table[position] != 0 { position = (position + 1) & mask }
            table[position] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(slot + 1)
        }
    }

    /// Whether `x`'s mention comes before `y`'s: by event time, then by identity, so the
    /// order never depends on arrival.
    func precedes(_ x: Int32, _ y: Int32) -> Bool {
        let tx = times[Int(x)] ?? .distantPast, ty = times[Int(y)] ?? .distantPast
        if tx != ty { return tx < ty }
        let a = ids[Int(x)], b = ids[Int(y)]
        if a.platform != b.platform { return a.platform < b.platform }
        return a.nativeID < b.nativeID
    }

    /// A 64-bit mix of the platform's and the native id's UTF-8 bytes.
    static func hash(_ id: MentionID) -> UInt64 {
        let h = ByteHash.mix(ByteHash.mix(ByteHash.seed, id.platform.rawValue), id.nativeID)
        return h ^ (h >> 29)
    }
}
