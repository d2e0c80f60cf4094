import Foundation
import VigilCore
import VigilStore

/// Reads a store's whole history into a feed in slices, oldest first, each through `process`
/// (the rules) and then let go but the newest mentions (read back from `source` when drawn), so
/// a million full mentions are never in memory at once.
public enum HistorySlices {
    public static let size = 50_000

    public static func load(_ store: SQLiteStore, triage: [MentionID: Triage], source: MentionSource?,
                            process: ([Mention]) -> [Mention]) throws -> FeedData {
        var feed = FeedData(mentions: [], triage: triage, source: source)
        feed.reserveCapacity(store.count)
        var cursor: SQLiteStore.TimeCursor?
        repeat {
            let (slice, next) = try store.oldestFirst(after: cursor, limit: size, ruleFlags: false)
            feed.merge(process(slice.mentions), keys: slice.keys)
            feed.archive()
            cursor = next
        } while cursor != nil
        return feed
    }
}
