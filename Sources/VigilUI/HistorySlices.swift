import Foundation
import VigilCore
import VigilStore

/// Reads a store's whole history into a store-backed feed in slices, oldest first, each through
/// `process` (the rules) and then let go but the newest mentions (read back when drawn), so
/// a million full mentions are never in memory at once. Slices are read and run through the
/// rules on a thread of their own while this one merges the last into the feed (at most one
/// waits): the two halves of the work take about as long, one core each.
public enum HistorySlices {
    public static let size = 50_000

    public static func load(_ store: any HistoryReading, triage: [MentionID: Triage],
                            process: @escaping ([Mention]) -> [Mention]) throws -> FeedData {
        var feed = FeedData(mentions: [], triage: triage, storeBacked: true)
        // Room for a sixteenth more: the first mentions that arrive live do not make every
        // table sized for the history grow (and be copied) at once.
        let count = store.count
        feed.reserveCapacity(count + count / 16 + 4_096)
        // Each slice with whether it is the last (read one ahead to know): only the last, the
        // newest, is held in full; the older ones are let go as they are merged anyway.
        let slices = HandOver<Result<(StoredMentions, last: Bool), any Error>>(capacity: 1)
        // `process` (the rules engine) runs on the reader's thread only, one slice after another.
        let rules = UncheckedSendable(process)
        nonisolated(unsafe) let store = store  // the reader thread's alone from here on
        let reader = Thread {
            var cursor: HistoryCursor?
            var previous: StoredMentions?
            repeat {
                do {
                    var (slice, next) = try store.oldestFirst(after: cursor, limit: size, ruleFlags: false)
                    if let previous { slices.put(.success((previous, last: slice.mentions.isEmpty))) }
                    slice.mentions = rules.value(slice.mentions)
                    previous = slice.mentions.isEmpty ? nil : slice
                    cursor = next
                } catch {
                    slices.put(.failure(error))
                    previous = nil
                    cursor = nil
                }
            } while cursor != nil
            if let previous { slices.put(.success((previous, last: true))) }
            slices.close()
        }
        reader.name = "vigil-history-reader"
        reader.start()
        var failure: (any Error)?
        while let next = slices.take() {
            switch next {
            case .success(let (slice, last)):
                guard failure == nil else { continue }  // drain, so the reader can finish
                feed.merge(slice.mentions, keys: slice.keys, holding: last)
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
