import Foundation
import VigilCore
import VigilTerminal

public enum PaneID: Int, CaseIterable, Sendable {
    case mentions, comments, pending, alerts
    /// Not in the grid: it takes the whole screen while focused (key 5).
    case moderation

    public var title: String {
        switch self {
        case .mentions: return "Mentions"
        case .comments: return "Comments"
        case .pending: return "Pending replies"
        case .alerts: return "Crisis alerts"
        case .moderation: return "Moderation queue"
        }
    }

    /// What an empty pane says would appear there.
    public var emptyHint: String {
        switch self {
        case .mentions: return "No mentions yet. Posts about the brand from your feeds appear here."
        case .comments: return "No comments yet. Comments, replies, reviews and messages appear here with their sentiment."
        case .pending: return "Nothing waits for a reply. Questions and complaints addressed to the brand appear here, oldest first."
        case .alerts: return "No crisis alerts. Volume spikes, negative surges and crisis keywords raise alerts here."
        case .moderation: return "Nothing to moderate. Spam, abuse and personal data the house rules act on wait here for review, oldest first."
        }
    }

    /// Whether the `/` filter applies to the pane (alerts show everything).
    public var isFiltered: Bool { self != .alerts }

    public var number: Int { rawValue + 1 }

    /// The panes of the 2×2 grid (Tab cycles over them).
    public static let gridPanes: [PaneID] = [.mentions, .comments, .pending, .alerts]
}

/// A one-line text question: what it is for, what was typed, and the items it acts on.
public struct Prompt: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        /// `@person` assigns; anything else delegates to that department.
        case assign
        case escalate
        /// A duration (2d, 4h) from now.
        case followUp
        case snooze
        /// Comma-separated; replaces the item's tags.
        case tags
        /// positive, neutral, negative, or empty to remove the override.
        case sentiment
        /// An internal comment.
        case comment
        /// The `/` filter language.
        case filter
        /// A reply to the item's author.
        case reply
        /// The `:` command line.
        case command
        /// Why the author is banned (kept with their strikes).
        case ban
    }

    public var purpose: Purpose
    public var text: String
    public var targets: [MentionID]
    /// What was wrong with the last Enter (shown after the text until the next key).
    public var error: String?

    public init(purpose: Purpose, text: String = "", targets: [MentionID], error: String? = nil) {
        self.purpose = purpose
        self.text = text
        self.targets = targets
        self.error = error
    }

    public var label: String {
        switch purpose {
        case .assign: return "Assign to @person or department: "
        case .escalate: return "Escalate with note (Enter to confirm, Esc to cancel): "
        case .followUp: return "Follow up in (e.g. 2d, 4h): "
        case .snooze: return "Snooze for (e.g. 3h, 1d): "
        case .tags: return "Tags (comma-separated): "
        case .sentiment: return "Sentiment (positive, neutral, negative; empty to clear): "
        case .comment: return "Internal comment: "
        case .command: return ":"
        case .reply: return "Reply (Enter saves to the outbox and marks replied): "
        case .filter: return "Filter (e.g. refund -spam sentiment:neg since:2d): "
        case .ban: return "Ban the author: note (Enter to confirm, Esc to cancel): "
        }
    }
}

/// One triage action as undo sees it: the states before, and the states it left.
public struct UndoEntry: Equatable, Sendable {
    public var before: [MentionID: Triage]
    public var after: [MentionID: Triage]
    /// A moderation decision instead: the decisions it replaced (nil: none stood).
    public var moderationBefore: [MentionID: ModerationDecision?]?

    public init(before: [MentionID: Triage], after: [MentionID: Triage]) {
        self.before = before
        self.after = after
    }

    public init(moderationBefore: [MentionID: ModerationDecision?]) {
        before = [:]
        after = [:]
        self.moderationBefore = moderationBefore
    }
}

/// Selection and scroll position of one list.
public struct ListCursor: Equatable, Sendable {
    public var selected = 0
    /// Index of the first visible row.
    public var offset = 0

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }
}

/// What sits on top of the pane grid.
public enum Overlay: Equatable, Sendable {
    case detail(MentionID, scroll: Int)
    case alertDetail(String, scroll: Int)
    /// Everything one author wrote (the author of this mention), with the team's history.
    case authorHistory(MentionID, scroll: Int)
    case help(scroll: Int)
}

/// Everything the dashboard shows. Plain data: `update` changes it, views read it.
public struct AppState: Sendable {
    public var feed: FeedData
    public var alerts: [Alert]
    public var focus: PaneID = .mentions
    public var cursors: [PaneID: ListCursor] = [:]
    public var overlays: [Overlay] = []
    public var size: Size
    /// Where the data comes from, for the status bar ("SampleFeeds (2 files)").
    public var sourceDescription: String
    public var importIssueCount = 0
    public var now: Date
    public var statusMessage: String?
    public var isRunning = true
    /// A one-line question at the bottom of the screen (assign to whom?); keys go to it.
    public var prompt: Prompt?
    /// Earlier states of items, newest last: `u` puts them back one action at a time.
    public var undoStack: [UndoEntry] = []
    /// The undo entry being saved; put back if saving fails.
    public var undoInFlight: UndoEntry?
    /// Items marked with `t`/Space or `T`; `;` makes the next action apply to all of them.
    public var marked: Set<MentionID> = []
    /// `;` was pressed: the next triage action goes to every marked item.
    public var applyToMarked = false
    /// The ops screen (wall monitor) is shown instead of the panes.
    public var showsOps = false
    /// `vigil ops`: only the ops screen, so `q` quits instead of going back.
    public var opsOnly = false
    /// Seconds the screen has been up (one per tick): what rotating panels count, since `now`
    /// may run fast (the demo).
    public var ticks = 0
    /// While older mentions are still loading: "loading history: 5,000 of 1,000,000".
    public var historyNote: String?
    /// Claims, who else is on, whether the database answers (a shared database).
    public var team = TeamState()

    public init(feed: FeedData = FeedData(), alerts: [Alert] = [], size: Size, sourceDescription: String = "", now: Date = Date()) {
        self.feed = feed
        self.alerts = alerts
        self.size = size
        self.sourceDescription = sourceDescription
        self.now = now
    }

    public func cursor(_ pane: PaneID) -> ListCursor { cursors[pane] ?? ListCursor() }

    public func itemCount(_ pane: PaneID) -> Int {
        switch pane {
        case .mentions: return feed.posts.count
        case .comments: return feed.comments.count
        case .pending: return feed.pending.count
        case .alerts: return alerts.count
        case .moderation: return feed.moderationQueue.count
        }
    }

    /// The mention under the cursor of a mention pane.
    public func selectedMention(in pane: PaneID) -> Mention? {
        let index = cursor(pane).selected
        let rows = rows(of: pane)
        return rows.indices.contains(index) ? feed.mention(at: rows[index]) : nil
    }

    /// The rows of a mention pane (positions in `feed`); empty for the alerts pane.
    public func rows(of pane: PaneID) -> [Int32] {
        switch pane {
        case .mentions: return feed.posts
        case .comments: return feed.comments
        case .pending: return feed.pending
        case .moderation: return feed.moderationQueue
        case .alerts: return []
        }
    }

    /// The mention actions apply to: the one open in the detail view, else the selected one.
    public var targetMention: Mention? {
        if case .detail(let id, _)? = overlays.last { return feed.mention(id) }
        guard overlays.isEmpty else { return nil }
        return selectedMention(in: focus)
    }

    public var keyContext: KeyContext {
        if showsOps { return .ops }
        switch overlays.last {
        case .none: return .dashboard
        case .detail, .alertDetail, .authorHistory: return .detail
        case .help: return .help
        }
    }
}
