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
    @exclusivity(unchecked) private var table = NumberTable(capacity: 1024)

    /// The id's slot, and whether it was added now.
    func slot(of id: MentionID) -> (slot: Int, isNew: Bool) {
        let hash = id.tableHash
        let found = table.find(hash) { ids[$0] == id }
        if let slot = found.number { return (slot, false) }
        ids.append(id)
        times.append(nil)
        return (table.insert(hash, at: found.position), true)
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
}
