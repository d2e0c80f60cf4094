import Foundation
import VigilCore

/// The frame's window: a store-backed feed holds the newest mentions in full and those a
/// frame shows, read back by the session before it is drawn (`FrameWindow`).
extension FeedData {
    /// The store keys of those of `indices` (what a frame shows) not held, and of up to
    /// `scanSlice` of the items a new filter still has to scan for its words: what the session
    /// reads for `fill` (an index far behind leaves many: they are read a slice per frame).
    public func keysToRead(at indices: some Sequence<Int32>) -> [Int64] {
        var keys = columns.keysToRead(indices)
        if !textScanPending.isEmpty { keys += columns.keysToRead(textScanPending.prefix(Self.scanSlice)) }
        return keys
    }

    /// How many mentions a filter's scan reads back for one frame.
    static let scanSlice = 5_000

    /// Whether a filter waits for mentions to be read before it can list them (`fill` may then
    /// move rows).
    public var awaitsTextScan: Bool { !textScanPending.isEmpty }

    /// Whether `fill` with `count` mentions needs the positions the frame shows: the window
    /// must let some go, or a filter's scan reads mentions the frame may not show.
    public func fillNeedsFrame(adding count: Int) -> Bool {
        awaitsTextScan || columns.windowCount + count > MentionColumns.windowLimit
    }

    /// Holds what the store answered for `asked` in the window of lately drawn mentions (keys
    /// it lacks are drawn as gone, and never asked for again); scans what a filter waited for,
    /// and lets those go again unless the frame shows them. `frame`: the positions the frame
    /// shows, when `fillNeedsFrame` says they are needed.
    public mutating func fill(_ found: [Int64: Mention], asked: [Int64], frame: [Int32] = []) {
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
        let shown = Set(frame)
        columns.fill(filled, keeping: shown)
        guard let active = filter, textFound != nil, !textScanPending.isEmpty else { return }
        var scanned: [Int32] = [], changed: [(Int32, Bool)] = []
        for (index, mention) in filled where textScanPending.remove(index) != nil {
            scanned.append(index)
            let matches = active.matchesText(mention)
            if matches != textFound![Int(index)] { changed.append((index, matches)) }
        }
        guard !scanned.isEmpty else { return }
        columns.forget(scanned, keeping: shown)
        if changed.count > Self.bulkThreshold {
            for (index, matches) in changed { textFound![Int(index)] = matches }
            relist()
        } else {
            for (index, matches) in changed { replace(index) { $0.textFound![Int(index)] = matches } }
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
