import Foundation
import VigilCore

/// A store's whole history read in slices, oldest first (a dashboard's background load), so a
/// million mentions are never read at once.
public protocol HistoryReading: MentionReading, TriageStoring {
    /// The next `limit` or so mentions oldest first after `cursor` (from the start when nil),
    /// with their keys, and where to continue (nil at the end). Mentions with the same time come
    /// in no particular order. (The slice's `total` is not counted: 0.)
    func oldestFirst(after cursor: HistoryCursor?, limit: Int, ruleFlags: Bool) throws -> (StoredMentions, HistoryCursor?)
    /// Another handle on the same database, for a thread of its own.
    func reopened() throws -> any HistoryReading
}

/// Where `oldestFirst` continues: after the mentions at `time` it has already given.
public struct HistoryCursor: Sendable {
    public var time: Double
    public var given: Set<Int64>

    public init(time: Double, given: Set<Int64>) {
        self.time = time
        self.given = given
    }

    /// Steps past one row read in time order; false when it was given already.
    public mutating func take(key: Int64, time rowTime: Double) -> Bool {
        if given.contains(key) { return false }
        if rowTime != time { self = HistoryCursor(time: rowTime, given: []) }
        given.insert(key)
        return true
    }
}
