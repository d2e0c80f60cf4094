import VigilCore

/// Replies and comments listed under the item they answer (by that item's identity), oldest
/// first: the detail view's thread. Items that answer nothing are not here.
///
/// The caller passes the mention at hand, so threads never need a full mention that was let go.
struct ReplyThreads {
    private(set) var byParent: [MentionID: [Int32]] = [:]

    /// Lists the item at `index` (whose mention is `m`) under its parent, if it answers one.
    mutating func add(_ index: Int32, _ m: Mention, _ columns: MentionColumns) {
        guard let parent = Self.parent(of: m) else { return }
        var replies = byParent.removeValue(forKey: parent) ?? []  // out and back, so it is changed in place, not copied
        SortedRows.insert(index, into: &replies, newestFirst: false, columns)
        byParent[parent] = replies
    }

    /// Takes the item at `index` out of the thread of what `m` (its mention before an edit, or
    /// after when that was let go: a reply keeps its parent) answers.
    mutating func remove(_ index: Int32, _ m: Mention) {
        guard let parent = Self.parent(of: m) else { return }
        byParent[parent]?.removeAll { $0 == index }
        if byParent[parent]?.isEmpty == true { byParent[parent] = nil }
    }

    private static func parent(of m: Mention) -> MentionID? {
        guard let parent = m.parentID, parent != m.id.nativeID else { return nil }
        return MentionID(platform: m.platform, nativeID: parent)
    }
}
