import Foundation
import VigilCore

/// Where a feed reads the full mentions it does not hold (a store, by key), with the last few
/// thousand read kept: a pane redraws the same rows every frame.
///
/// Shared by copies of a feed, and read while views draw; every access takes the lock.
public final class MentionSource: @unchecked Sendable {
    private let fetch: @Sendable ([Int64]) -> [Int64: Mention]
    private let lock = NSLock()
    private var cache: [Int64: Mention] = [:]
    private let cacheLimit: Int
    /// How many mentions were read from the store (for tests and profiling).
    public private(set) var fetched = 0

    /// `fetch`: the mentions with these keys, flagged as the feed's own are.
    public init(cacheLimit: Int = 4_096, fetch: @escaping @Sendable ([Int64]) -> [Int64: Mention]) {
        self.cacheLimit = cacheLimit
        self.fetch = fetch
    }

    public func mentions(keys: [Int64]) -> [Int64: Mention] {
        lock.lock(); defer { lock.unlock() }
        var result: [Int64: Mention] = [:]
        var missing: [Int64] = []
        for key in keys {
            if let known = cache[key] { result[key] = known } else { missing.append(key) }
        }
        guard !missing.isEmpty else { return result }
        let read = fetch(missing)
        fetched += read.count
        if cache.count + read.count > cacheLimit { cache.removeAll(keepingCapacity: true) }
        for (key, mention) in read {
            result[key] = mention
            if read.count <= cacheLimit { cache[key] = mention }
        }
        return result
    }

    /// Drops what was read for a key (its mention changed).
    public func forget(_ key: Int64) {
        lock.lock(); defer { lock.unlock() }
        cache[key] = nil
    }
}
