import Foundation
import VigilCore
import VigilStore
import VigilTerminal

/// Everything that can happen to the dashboard: keys, time, and data arriving.
public enum Msg: Sendable {
    case key(Key)
    case resize(Size)
    case tick(Date)
    /// New or changed mentions, with their store keys when they came from the store (see
    /// `StoredMentions`; empty otherwise).
    case mentionsArrived([Mention], keys: [Int64] = [])
    /// The store's answer to `Effect.readMentions` (keys it did not have are missing).
    case mentionsRead([Int64: Mention], asked: [Int64])
    case alertsChanged([Alert])
    case importIssues(count: Int)
    /// The store committed a triage change (`before` set for actions that can be undone).
    case triageChanged(after: [MentionID: Triage], before: [MentionID: Triage]?, action: String)
    /// A filter with the full-text index's answer to its words.
    case searchResults(MentionFilter, TextAnswer)
    /// A message for the status line (what became of opening a URL, an export, a search…).
    case status(String)
    /// Notes of items changed (saved here or by another dashboard).
    case notesChanged([MentionID: [Note]], saved: Bool)
    /// The store saved moderation decisions (nil: withdrawn); `before` set for ones that can be undone.
    case moderationChanged(after: [MentionID: ModerationDecision?], before: [MentionID: ModerationDecision?]?, action: String)
    /// Another process changed moderation decisions.
    case moderationSynced([MentionID: ModerationDecision?])
    /// Another process (a second dashboard) changed triage states.
    case triageSynced([MentionID: Triage])
    /// A change (triage, acknowledgement, silence, note, reply) could not be saved: nothing
    /// changed, and an undo in flight goes back on the stack.
    case saveFailed(String)
    /// The whole history, loaded in the background after a first frame from the newest items.
    case historyLoaded(FeedData)
    /// The history could not be loaded: the screen carries on with what it shows.
    case historyFailed(String)
    case stopRequested
    /// The store's answer to a claim (see `ClaimStoring`) asked for `purpose`.
    case claimAnswered(MentionID, purpose: String, outcome: ClaimOutcome)
    /// Claims taken or released (nil), here or by another dashboard.
    case claimsSynced([MentionID: Claim?])
    /// The other dashboards on the database.
    case presenceSynced([Presence])
    /// The database stopped answering (since when), or answers again (nil).
    case connectionChanged(offlineSince: Date?)
    /// A reply was not saved because someone else holds the item; the draft is kept.
    case replyRefused(MentionID, draft: String, holder: Claim)
    /// A reply that could not be saved (the database did not answer): kept for the next `r`.
    case draftKept(MentionID, String)
}

extension Msg {
    var isWheelUp: Bool {
        if case .key(.wheelUp) = self { return true }
        return false
    }
}
