import Foundation
import VigilCore

/// Items a house rule acted on, and the team's decisions: the queue is those without a
/// decision, oldest first. Few items are moderated, so the queue is kept as a set and its
/// list rebuilt when it changes, not placed row by row like the panes.
struct ModerationQueue: Sendable {
    private(set) var queue: [Int32] = []
    private(set) var decisions: [MentionID: ModerationDecision] = [:]
    /// Positions a house rule acted on (decided or not).
    private var moderated = Set<Int32>()
    /// Positions of decided items.
    private var decided = Set<Int32>()

    /// Looks again at these positions' rows (new or changed mentions).
    mutating func update(_ indices: [Int32], _ columns: MentionColumns) {
        var changed = false
        for index in indices {
            let flagged = columns.rows[Int(index)].traits.contains(.moderated)
            if flagged ? moderated.insert(index).inserted : moderated.remove(index) != nil { changed = true }
            if !decisions.isEmpty, decisions[columns.id(at: index)] != nil, decided.insert(index).inserted { changed = true }
        }
        if changed { relist(columns) }
    }

    mutating func apply(_ changes: [MentionID: ModerationDecision?], positions: [MentionID: Int32?]) {
        for (id, decision) in changes {
            decisions[id] = decision
            guard let index = positions[id] ?? nil else { continue }
            if decision == nil { decided.remove(index) } else { decided.insert(index) }
        }
    }

    mutating func relist(_ columns: MentionColumns) {
        queue = moderated.subtracting(decided).sorted { columns.isNewer($1, $0) }
    }
}
