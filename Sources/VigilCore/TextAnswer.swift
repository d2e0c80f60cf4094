/// A full-text index's answer to a filter's words and phrases: the mentions that contain all
/// of them.
public enum TextAnswer: Sendable, Equatable {
    /// By identity (a store that does not number its mentions).
    case ids(Set<MentionID>)
    /// By the keys the store numbered its mentions with as they arrived, ascending. A million
    /// keys cost a few milliseconds to match against a dashboard's mentions; as identities,
    /// hashing them took most of a search's time. The index held every mention with a key up
    /// to `indexedThrough` (it may lag an import by a batch): newer items are to be checked
    /// for the words themselves.
    case keys([Int64], indexedThrough: Int64)

    public var count: Int {
        switch self {
        case .ids(let ids): ids.count
        case .keys(let keys, _): keys.count
        }
    }
}
