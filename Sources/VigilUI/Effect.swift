import Foundation
import VigilCore
import VigilTerminal

/// What `update` asks the outside world to do.
public enum Effect: Equatable, Sendable {
    case quit
    /// Take ownership of an alert (recorded with who and when).
    case acknowledgeAlert(id: String)
    /// Silence an alert's rule and key for an hour of event time.
    case silenceAlert(id: String)
    /// Save a triage action on items; `before` is what undo puts back.
    case triage(TriageAction, ids: [MentionID], before: [MentionID: Triage])
    /// Put items back to earlier states (undo).
    case restoreTriage([MentionID: Triage])
    /// Open a post's URL in the browser (`xdg-open`), or say it when that is not possible.
    case openURL(String)
    /// Read back, by store key, mentions the feed let go that the next frame shows (answered
    /// by `Msg.mentionsRead`): see `FrameWindow`.
    case readMentions([Int64])
    /// Answer a filter's words and phrases from the full-text index.
    case search(MentionFilter)
    /// Write mentions (with their triage state) to a file: CSV for `.csv`, else JSON Lines.
    case exportMentions(path: String, ids: [MentionID])
    /// Write the report of the period (`day`, `week`, `month`) the dashboard is looking at, for
    /// the current filter, as HTML (or Markdown for a `.md` path); nil path: a file named after
    /// the period in the current directory.
    case writeReport(period: String, path: String?, filter: MentionFilter?)
    /// Write a reply in the user's editor, then save it like `saveReply`.
    case composeReply(id: MentionID, draft: String, before: Triage)
    /// Save a reply to the outbox; the item becomes replied.
    case saveReply(String, id: MentionID, before: Triage)
    /// Save an internal comment on items.
    case addNote(String, ids: [MentionID])
    /// Save a moderation decision on items; `before` is what undo puts back (nil: none stood).
    case moderate(ModerationAction, ids: [MentionID], note: String, before: [MentionID: ModerationDecision?])
    /// Put earlier moderation decisions back (undo): withdraw, or decide again as before.
    case restoreModeration([MentionID: ModerationDecision?])

    /// Claim an item for `purpose` (answered by `Msg.claimAnswered`); `takeOver` takes it from
    /// whoever holds it (audited).
    case claim(MentionID, purpose: String, takeOver: Bool)
    /// Let go of this dashboard's claim on an item (a reply cancelled).
    case releaseClaim(MentionID)

    /// Effects that may take long enough to be seen waiting for (a search over a million
    /// mentions, writing an export): the screen is drawn before they run.
    public var takesTime: Bool {
        switch self {
        case .search, .exportMentions, .writeReport: true
        default: false
        }
    }
}
