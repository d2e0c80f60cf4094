import Foundation
import VigilCore

/// Runs a follower's `read` (files and pipe read, records decoded, sentiment scored) on a thread
/// of its own, every 50 ms, or at once again while a flood is read in steps; the screen's loop
/// takes each update with `take()` and runs `FeedFollower.finish` (rules, store) itself. So the
/// loop that answers keys does only what needs the rules engine and the store; the rest runs
/// on the other core. At most `capacity` updates wait: a screen that falls behind holds the
/// reader back instead of filling memory.
public final class BackgroundFeedReader: @unchecked Sendable {  // `follower.read` on the thread only; `stopped` behind the lock
    private let follower: FeedFollower
    private let updates: HandOver<FeedFollower.Update>
    private let interval: TimeInterval
    private let lock = NSLock()
    private var stopped = false
    /// The part of an update `take(upTo:)` left for the next call (the loop's thread only).
    private var leftover: FeedFollower.Update?

    /// About how many mentions the screen's loop takes at once: their rules, store write and
    /// panes must fit well inside the 5 ms a key may wait (200 took 4–5 ms, with a tail past 10).
    public static let mentionsPerTake = 100

    public init(follower: FeedFollower, interval: TimeInterval = 0.05, capacity: Int = 16) {
        self.follower = follower
        self.interval = interval
        updates = HandOver(capacity: capacity)
        let thread = Thread { [self] in run() }
        thread.name = "vigil-feed-reader"
        thread.start()
    }

    /// The next update read, if one is waiting (never waits).
    public func take() -> FeedFollower.Update? {
        if let rest = leftover {
            leftover = nil
            return rest
        }
        return updates.takeIfWaiting()
    }

    /// Up to about `limit` mentions of what was read (a larger update is split, the rest kept
    /// for the next call), so one step of the screen's loop stays short whatever the reader's
    /// steps were. Called from one thread (the loop's).
    public func take(upTo limit: Int) -> FeedFollower.Update? {
        var combined = FeedFollower.Update()
        while combined.mentions.count < limit, var next = take() {
            let room = limit - combined.mentions.count
            if next.mentions.count > room {
                var rest = FeedFollower.Update()
                rest.mentions = Array(next.mentions[room...])
                next.mentions.removeSubrange(room...)
                leftover = rest
            }
            combined.mentions += next.mentions
            combined.issues += next.issues
            combined.unreadable += next.unreadable
            combined.notes += next.notes
        }
        return combined.isEmpty ? nil : combined
    }

    /// More is waiting than one take takes.
    public var hasWaiting: Bool { leftover != nil || updates.waiting > 0 }

    public func stop() {
        lock.withLock { stopped = true }
    }

    /// Stops the reader and returns every update it read that was not taken yet (a pipe's
    /// records cannot be read again: they must still be saved), once its thread has finished.
    public func stopAndTakeRest() -> [FeedFollower.Update] {
        stop()
        var rest: [FeedFollower.Update] = leftover.map { [$0] } ?? []
        leftover = nil
        // Taking unblocks a reader waiting to put; the queue closes when its thread ends.
        while let update = updates.take() { rest.append(update) }
        return rest
    }

    private func run() {
        while !lock.withLock({ stopped }) {
            let update = follower.read()
            if !update.isEmpty { updates.put(update) }
            if !update.hasMore { Thread.sleep(forTimeInterval: interval) }
        }
        updates.close()
    }
}
