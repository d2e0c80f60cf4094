import Foundation
import VigilCore

/// Every mention the rules engine has seen, and every item a reply was counted for, numbered
/// by identity. Finding a slot is one cheap hash of the id's bytes (no SipHash, no string
/// copies); after that a mention's event time and contributions are array lookups. Identities
/// are packed (a platform number and the native id's bytes: about 14 bytes a slot where a
/// `MentionID` took 32) and times are plain numbers (8 bytes where `Date?` took 16).
///
/// Used by one engine at a time, on every mention: its arrays skip Swift's runtime
/// exclusivity checks (no method here hands out an access that another could overlap).
final class MentionSlots {
    @exclusivity(unchecked) private var nativeIDs = PackedStrings()
    @exclusivity(unchecked) private var platformOfSlot: [UInt16] = []
    @exclusivity(unchecked) private var platforms: [Platform] = []
    @exclusivity(unchecked) private var platformNumbers: [Platform: UInt16] = [:]
    /// The current version's event time, seconds since the reference date (NaN: only known
    /// as an item answered).
    @exclusivity(unchecked) private var times: [Double] = []
    @exclusivity(unchecked) private var table = NumberTable(capacity: 1024)

    var count: Int { times.count }

    func reserveCapacity(_ count: Int) {
        guard times.isEmpty else { return }
        nativeIDs.reserveCapacity(count)
        platformOfSlot.reserveCapacity(count)
        times.reserveCapacity(count)
        table = NumberTable(expecting: count)
    }

    func id(_ slot: Int) -> MentionID {
        MentionID(platform: platforms[Int(platformOfSlot[slot])], nativeID: nativeIDs[slot])
    }

    func time(_ slot: Int) -> Date? {
        let seconds = times[slot]
        return seconds.isNaN ? nil : Date(timeIntervalSinceReferenceDate: seconds)
    }

    func setTime(_ time: Date, of slot: Int) {
        times[slot] = time.timeIntervalSinceReferenceDate
    }

    /// Every known event time (for finding the newest again).
    var knownTimes: some Sequence<Date> {
        times.lazy.filter { !$0.isNaN }.map { Date(timeIntervalSinceReferenceDate: $0) }
    }

    /// The id's slot, and whether it was added now.
    func slot(of id: MentionID) -> (slot: Int, isNew: Bool) {
        let hash = id.tableHash
        let platform = platformNumbers[id.platform]
        let found = table.find(hash) { platformOfSlot[$0] == platform && nativeIDs.isEqual(at: $0, to: id.nativeID) }
        if let slot = found.number { return (slot, false) }
        platformOfSlot.append(platform ?? number(of: id.platform))
        nativeIDs.append(id.nativeID)
        times.append(.nan)
        return (table.insert(hash, at: found.position) { MentionID.tableHash(platform: self.platforms[Int(self.platformOfSlot[$0])], nativeIDs: self.nativeIDs, at: $0) }, true)
    }

    private func number(of platform: Platform) -> UInt16 {
        let number = UInt16(platforms.count)
        platforms.append(platform)
        platformNumbers[platform] = number
        return number
    }

    /// Whether `x`'s mention comes before `y`'s: by event time, then by identity, so the
    /// order never depends on arrival.
    func precedes(_ x: Int32, _ y: Int32) -> Bool {
        let tx = times[Int(x)], ty = times[Int(y)]
        // No time counts as the earliest.
        if tx.isNaN != ty.isNaN { return tx.isNaN }
        if !tx.isNaN, tx != ty { return tx < ty }
        let px = platforms[Int(platformOfSlot[Int(x)])], py = platforms[Int(platformOfSlot[Int(y)])]
        if px != py { return px < py }
        return nativeIDs.precedes(Int(x), Int(y))
    }
}
