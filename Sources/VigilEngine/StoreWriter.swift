import Foundation
import VigilCore
import VigilStore

/// Saves batches to the store on a thread of its own, so that reading, scoring and flagging
/// the next batch (one core) overlaps SQLite's work on the last (the other): a bounded
/// hand-over, so a slow disk holds the reader back instead of filling memory. Batches are
/// saved in the order given, exactly as one thread would save them.
final class StoreWriter: @unchecked Sendable {  // state behind `condition`
    private let store: any MentionStore
    private let condition = NSCondition()
    private var queue: [[Mention]] = []
    private var closed = false
    private var finished = false
    private let capacity: Int
    private(set) var added = 0
    private(set) var error: (any Error)?

    init(store: any MentionStore, capacity: Int = 2) {
        self.store = store
        self.capacity = capacity
        let thread = Thread { [self] in run() }
        thread.name = "vigil-store-writer"
        thread.start()
    }

    /// Hands a batch over; waits while `capacity` batches are already waiting.
    func save(_ batch: [Mention]) {
        condition.lock()
        while queue.count >= capacity { condition.wait() }
        queue.append(batch)
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until everything handed over is saved; returns how many were new and the first error.
    func finish() -> (added: Int, error: (any Error)?) {
        condition.lock()
        closed = true
        condition.broadcast()
        while !finished { condition.wait() }
        let result = (added, error)
        condition.unlock()
        return result
    }

    private func run() {
        while true {
            condition.lock()
            while queue.isEmpty && !closed { condition.wait() }
            if queue.isEmpty {
                finished = true
                condition.broadcast()
                condition.unlock()
                return
            }
            let batch = queue.removeFirst()
            condition.broadcast()
            condition.unlock()
            // What was read is tried even after an error: an error on one batch (a full disk
            // that clears) need not lose the next.
            do {
                let count = try store.upsert(batch)
                condition.lock(); added += count; condition.unlock()
            } catch {
                condition.lock(); if self.error == nil { self.error = error }; condition.unlock()
            }
        }
    }
}
