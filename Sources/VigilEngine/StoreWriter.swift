import Foundation
import VigilCore
import VigilStore

/// Saves batches to the store on a thread of its own, so that reading, scoring and flagging
/// the next batch (one core) overlaps SQLite's work on the last (the other): a bounded
/// hand-over, so a slow disk holds the reader back instead of filling memory. Batches are
/// saved in the order given, exactly as one thread would save them.
final class StoreWriter: @unchecked Sendable {  // `added` and `error` are read after `done`
    private let store: any MentionStore
    private let batches: HandOver<[Mention]>
    private let done = DispatchSemaphore(value: 0)
    private var added = 0
    private var error: (any Error)?

    init(store: any MentionStore, capacity: Int = 2) {
        let batches = HandOver<[Mention]>(capacity: capacity)
        self.store = store
        self.batches = batches
        let thread = Thread { [self] in
            while let batch = batches.take() {
                // What was read is tried even after an error: an error on one batch (a full
                // disk that clears) need not lose the next.
                do { added += try self.store.upsert(batch) } catch { if self.error == nil { self.error = error } }
            }
            done.signal()
        }
        thread.name = "vigil-store-writer"
        thread.start()
    }

    /// Hands a batch over; waits while `capacity` batches are already waiting.
    func save(_ batch: [Mention]) {
        batches.put(batch)
    }

    /// Waits until everything handed over is saved; returns how many were new and the first error.
    func finish() -> (added: Int, error: (any Error)?) {
        batches.close()
        done.wait()
        return (added, error)
    }
}
