import VigilCore

/// Where mentions live once imported. Identity is `(platform, native id)`: storing the same
/// mention again replaces it, so re-importing is idempotent.
public protocol MentionStore: AnyObject {
    /// Inserts or replaces; returns how many were new.
    @discardableResult
    func upsert(_ mentions: [Mention]) -> Int
    var count: Int { get }
    func mention(_ id: MentionID) -> Mention?
    /// All mentions, newest event time first (ties broken by identity for a stable order).
    func allNewestFirst() -> [Mention]
}

/// A store held in memory for the life of the process.
public final class InMemoryMentionStore: MentionStore {
    private var byID: [MentionID: Mention] = [:]

    public init() {}

    @discardableResult
    public func upsert(_ mentions: [Mention]) -> Int {
        var added = 0
        byID.reserveCapacity(byID.count + mentions.count)
        for mention in mentions {
            if byID.updateValue(mention, forKey: mention.id) == nil { added += 1 }
        }
        return added
    }

    public var count: Int { byID.count }

    public func mention(_ id: MentionID) -> Mention? { byID[id] }

    public func allNewestFirst() -> [Mention] {
        byID.values.sorted(by: Mention.newestFirst)
    }
}

