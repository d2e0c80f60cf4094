import Foundation
import VigilCore
import VigilStore

/// Reads a store's whole history into a feed in slices, oldest first, each through `process`
/// (the rules) and then let go but the newest mentions (read back from `source` when drawn), so
/// a million full mentions are never in memory at once. Slices are read and run through the
/// rules on a thread of their own while this one merges the last into the feed (at most one
/// waits): the two halves of the work take about as long, one core each.
public enum HistorySlices {
    public static let size = 50_000

    public static func load(_ store: SQLiteStore, triage: [MentionID: Triage], source: MentionSource?,
                            process: @escaping ([Mention]) -> [Mention]) throws -> FeedData {
        var feed = FeedData(mentions: [], triage: triage, source: source)
        feed.reserveCapacity(store.count)
        let slices = HandOver<Result<StoredMentions, any Error>>(capacity: 1)
        // `process` (the rules engine) runs on the reader's thread only, one slice after another.
        let rules = UncheckedSendable(process)
        let reader = Thread {
            var cursor: SQLiteStore.TimeCursor?
            repeat {
                do {
                    var (slice, next) = try store.oldestFirst(after: cursor, limit: size, ruleFlags: false)
                    slice.mentions = rules.value(slice.mentions)
                    if !slice.mentions.isEmpty { slices.put(.success(slice)) }
                    cursor = next
                } catch {
                    slices.put(.failure(error))
                    cursor = nil
                }
            } while cursor != nil
            slices.close()
        }
        reader.name = "vigil-history-reader"
        reader.start()
        var failure: (any Error)?
        while let next = slices.take() {
            switch next {
            case .success(let slice):
                guard failure == nil else { continue }  // drain, so the reader can finish
                feed.merge(slice.mentions, keys: slice.keys)
                feed.archive()
            case .failure(let error):
                failure = error
            }
        }
        if let failure { throw failure }
        return feed
    }
}

/// A value handed to another thread that only that thread uses from then on.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
