import VigilCore

/// Replies and comments listed under the item they answer (by that item's identity), oldest
/// first: the detail view's thread. Items that answer nothing are not here.
struct ReplyThreads {
    private(set) var byParent: [MentionID: [Int32]] = [:]

    /// Lists the item at `index` under its parent, if it answers one.
    mutating func add(_ index: Int32, _ columns: MentionColumns) {
        guard let parent = Self.parent(of: index, columns) else { return }
        var replies = byParent.removeValue(forKey: parent) ?? []  // out and back, so it is changed in place, not copied
        SortedRows.insert(index, into: &replies, newestFirst: false, columns)
        byParent[parent] = replies
    }

    /// Takes the item at `index` out of its parent's thread (before it is edited or let go).
    mutating func remove(_ index: Int32, _ columns: MentionColumns) {
        guard let parent = Self.parent(of: index, columns) else { return }
        byParent[parent]?.removeAll { $0 == index }
        if byParent[parent]?.isEmpty == true { byParent[parent] = nil }
    }

    private static func parent(of index: Int32, _ columns: MentionColumns) -> MentionID? {
        guard columns.rows[Int(index)].traits.contains(.answers), let parent = columns.mention(at: index).parentID else { return nil }
        return MentionID(platform: columns.platform(at: index), nativeID: parent)
    }
}
