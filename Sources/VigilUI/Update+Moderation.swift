import Foundation
import VigilCore

/// Moderation keys: approve, hide, delete, warn, ban the author (with a note), on the selected
/// item or, after `;`, on every marked one. Saved and audited by the store; undone with `u`.
extension Updater {
    func moderate(_ action: Action, in state: inout AppState) -> [Effect] {
        guard let targets = actionTargets(&state) else { return [] }
        let decision: ModerationAction
        switch action {
        case .approve: decision = .approve
        case .hide: decision = .hide
        case .delete: decision = .delete
        case .warn: decision = .warn
        default:
            state.prompt = Prompt(purpose: .ban, targets: targets)
            return []
        }
        return [moderationEffect(decision, targets, note: "", &state)]
    }

    func moderationEffect(_ action: ModerationAction, _ ids: [MentionID], note: String, _ state: inout AppState) -> Effect {
        let before = Dictionary(uniqueKeysWithValues: ids.map { ($0, state.feed.moderationDecisions[$0]) })
        if ids.count > 1 || (ids.count == 1 && state.marked == Set(ids)) { state.marked.subtract(ids) }
        return .moderate(action, ids: ids, note: note, before: before)
    }
}
