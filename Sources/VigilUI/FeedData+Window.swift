import Foundation
import VigilCore

/// The frame's window: a store-backed feed holds the newest mentions in full and those a
/// frame shows, read back by the session before it is drawn (`FrameWindow`).
extension FeedData {
    /// The store keys of those of `indices` (what a frame shows) not held, and of the items a
    /// new filter still has to scan for its words: what the session reads for `fill`.
    public func keysToRead(at indices: some Sequence<Int32>) -> [Int64] {
        var keys = columns.keysToRead(indices)
        if !textScanPending.isEmpty { keys += columns.keysToRead(textScanPending) }
        return keys
    }

    /// Whether a filter waits for mentions to be read before it can list them (`fill` may then
    /// move rows).
    public var awaitsTextScan: Bool { !textScanPending.isEmpty }

    /// Holds what the store answered for `asked` in the window of lately drawn mentions (keys
    /// it lacks are drawn as gone, and never asked for again); scans what a filter waited for.
    public mutating func fill(_ found: [Int64: Mention], asked: [Int64]) {
        var filled: [(Int32, Mention)] = []
        for key in asked where key > 0 && key < Int64(positionByKey.count) {
            let index = positionByKey[Int(key)]
            guard index >= 0, !columns.holds(index) else { continue }
            guard let mention = found[key], mention.id == columns.id(at: index) else {
                columns.markUnreadable(key)
                textScanPending.remove(index)
                continue
            }
            filled.append((index, mention))
        }
        columns.fill(filled)
        if let active = filter, textFound != nil, !textScanPending.isEmpty {
            for (index, _) in filled where textScanPending.remove(index) != nil {
                let matches = active.matchesText(columns.mention(at: index))
                if matches != textFound![Int(index)] { replace(index) { $0.textFound![Int(index)] = matches } }
            }
        }
    }

    /// When store-backed, lets the full mentions go but the newest `limit`: the others are
    /// read back when a frame shows them.
    public mutating func archive(keepingNewest limit: Int = heldLimit) {
        guard columns.storeBacked else { return }
        let keep = Set(timeline.prefix(limit))
        columns.archive { keep.contains($0) }
    }
}
