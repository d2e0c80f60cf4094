import Foundation
import VigilCore
import VigilTerminal

public enum PaneID: Int, CaseIterable, Sendable {
    case mentions, comments, pending, alerts

    public var title: String {
        switch self {
        case .mentions: return "Mentions"
        case .comments: return "Comments"
        case .pending: return "Pending replies"
        case .alerts: return "Crisis alerts"
        }
    }

    /// What an empty pane says would appear there.
    public var emptyHint: String {
        switch self {
        case .mentions: return "No mentions yet. Posts about the brand from your feeds appear here."
        case .comments: return "No comments yet. Comments, replies, reviews and messages appear here with their sentiment."
        case .pending: return "Nothing waits for a reply. Questions and complaints addressed to the brand appear here, oldest first."
        case .alerts: return "No crisis alerts. Volume spikes, negative surges and crisis keywords raise alerts here."
        }
    }

    public var number: Int { rawValue + 1 }
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
        }
    }
}

/// One triage action as undo sees it: the states before, and the states it left.
public struct UndoEntry: Equatable, Sendable {
    public var before: [MentionID: Triage]
    public var after: [MentionID: Triage]

    public init(before: [MentionID: Triage], after: [MentionID: Triage]) {
        self.before = before
        self.after = after
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
        }
    }

    /// The mention under the cursor of a mention pane.
    public func selectedMention(in pane: PaneID) -> Mention? {
        let index = cursor(pane).selected
        switch pane {
        case .mentions: return feed.posts.indices.contains(index) ? feed.mentions[Int(feed.posts[index])] : nil
        case .comments: return feed.comments.indices.contains(index) ? feed.mentions[Int(feed.comments[index])] : nil
        case .pending: return feed.pending.indices.contains(index) ? feed.mentions[Int(feed.pending[index])] : nil
        case .alerts: return nil
        }
    }

    /// The rows of a mention pane (indices into `feed.mentions`); empty for the alerts pane.
    public func rows(of pane: PaneID) -> [Int32] {
        switch pane {
        case .mentions: return feed.posts
        case .comments: return feed.comments
        case .pending: return feed.pending
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

/// The mentions, newest first, with each pane's rows as indices into them, so a pane over a
/// million items costs nothing until its visible rows are drawn.
public struct FeedData: Sendable {
    public private(set) var mentions: [Mention] = []
    /// Posts about the brand (Mentions pane), newest first.
    public private(set) var posts: [Int32] = []
    /// Comments, replies, reviews and messages (Comments pane), newest first.
    public private(set) var comments: [Int32] = []
    /// Items waiting for a reply (Pending replies pane), oldest first.
    public private(set) var pending: [Int32] = []
    public private(set) var byID: [MentionID: Int32] = [:]
    public private(set) var negativeCount = 0
    /// The team's state of items that have one (from the store).
    public private(set) var triage: [MentionID: Triage] = [:]
    /// Internal comments per item, oldest first.
    public var notes: [MentionID: [Note]] = [:]
    /// Replies and comments to each item (by the item's identity), oldest first.
    public private(set) var children: [MentionID: [Int32]] = [:]
    /// Each author's mentions ("platform:handle", lower-cased), newest first.
    public private(set) var byAuthor: [String: [Int32]] = [:]

    /// Mentions per 5 minutes of event time, for the ops screen.
    public private(set) var volume = VolumeHistory()
    /// Items waiting for a reply and the oldest one's time, whatever the filter shows.
    public private(set) var pendingTotal = 0
    public private(set) var oldestPendingAt: Date?

    public static func authorKey(_ m: Mention) -> String { "\(m.platform.rawValue):\(m.author.handle.lowercased())" }

    /// The `/` filter: when set, the mention panes list only the items it matches.
    public private(set) var filter: MentionFilter?
    /// Items per pane without the filter, for "12 of 214" in pane titles.
    public private(set) var unfilteredCounts: [Int] = [0, 0, 0]

    public mutating func setFilter(_ filter: MentionFilter?) {
        self.filter = filter
        reindex()
    }
    /// Follow-up dates of delegated items still pending, sorted: overdue ones are counted by
    /// binary search on the clock, not by scanning.
    public private(set) var followUps: [Date] = []
    /// The clock Pending is computed at: snoozed items come back once it passes their time.
    public private(set) var clock = Date.distantPast
    /// When the next snoozed item wakes up.
    public private(set) var nextWake: Date?

    /// Moves the clock; rebuilds Pending only when a snoozed item wakes up.
    public mutating func advance(to now: Date) {
        let woke = nextWake.map { $0 <= now } ?? false
        clock = now
        if woke { reindex() }
    }

    /// Delegated items whose follow-up date has passed.
    public func overdueCount(at now: Date) -> Int {
        var lo = 0, hi = followUps.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if followUps[mid] < now { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    public init() {}

    public init(mentions: [Mention], triage: [MentionID: Triage] = [:]) {
        self.mentions = mentions.sorted(by: Mention.newestFirst)
        self.triage = triage
        indexesStale = true
        reindex()
    }

    /// Records saved triage changes and rebuilds the Pending replies rows.
    public mutating func applyTriage(_ changes: [MentionID: Triage]) {
        guard !changes.isEmpty else { return }
        triage.merge(changes) { $1 }
        reindex()
    }

    /// Whether an item waits in Pending replies: what the team decided, else what the rules say.
    public func isPending(_ mention: Mention) -> Bool {
        switch triage[mention.id]?.status {
        case nil, .new?: return ReplyNeed.needsReply(mention)
        case .needsReply?, .escalated?, .delegated?: return true
        case .snoozed?:
            guard let until = triage[mention.id]?.snoozedUntil, until <= clock else { return false }
            return true
        case .replied?, .dismissed?, .done?: return false
        }
    }

    /// Adds or replaces mentions (identity is platform + native id) and rebuilds the pane rows.
    public mutating func merge(_ incoming: [Mention]) {
        guard !incoming.isEmpty else { return }
        // A full-text answer covers what was there when the filter was set: new arrivals and
        // edits are checked by scanning their text.
        if var active = filter, active.textMatches != nil {
            for mention in incoming {
                if active.containsRequiredText(mention) { active.textMatches?.insert(mention.id) } else { active.textMatches?.remove(mention.id) }
            }
            filter = active
        }
        var fresh: [Mention] = []
        var freshIndex: [MentionID: Int] = [:]
        var moved: Set<MentionID> = []
        for mention in incoming {
            if let position = freshIndex[mention.id] {
                fresh[position] = mention  // the same item twice in one batch: keep the last
            } else if let index = byID[mention.id], mentions[Int(index)].createdAt == mention.createdAt {
                mentions[Int(index)] = mention
            } else {
                // New, or its event time changed (then it is taken out and inserted afresh).
                if byID[mention.id] != nil { moved.insert(mention.id) }
                freshIndex[mention.id] = fresh.count
                fresh.append(mention)
            }
        }
        indexesStale = true
        if !moved.isEmpty { mentions.removeAll { moved.contains($0.id) } }
        if fresh.isEmpty {
            reindex()
            return
        }
        fresh.sort(by: Mention.newestFirst)
        var merged: [Mention] = []
        merged.reserveCapacity(mentions.count + fresh.count)
        var i = 0, j = 0
        while i < mentions.count || j < fresh.count {
            if j >= fresh.count || (i < mentions.count && !Mention.newestFirst(fresh[j], mentions[i])) {
                merged.append(mentions[i]); i += 1
            } else {
                merged.append(fresh[j]); j += 1
            }
        }
        mentions = merged
        reindex()
    }

    /// The identity, author and conversation indexes change only with the mentions themselves;
    /// a triage change or a filter rebuilds just the pane rows.
    private var indexesStale = true

    private mutating func reindexIdentities() {
        byID.removeAll(keepingCapacity: true)
        byID.reserveCapacity(mentions.count)
        children.removeAll(keepingCapacity: true)
        byAuthor.removeAll(keepingCapacity: true)
        volume.removeAll()
        for (index, mention) in mentions.enumerated() {
            let i = Int32(index)
            byID[mention.id] = i
            volume.add(mention)
            byAuthor[Self.authorKey(mention), default: []].append(i)
            if let parent = mention.parentID, parent != mention.id.nativeID {
                children[MentionID(platform: mention.platform, nativeID: parent), default: []].append(i)
            }
        }
        for key in children.keys { children[key]?.reverse() }  // oldest reply first
        indexesStale = false
    }

    private mutating func reindex() {
        if indexesStale { reindexIdentities() }
        posts.removeAll(keepingCapacity: true)
        comments.removeAll(keepingCapacity: true)
        pending.removeAll(keepingCapacity: true)
        followUps.removeAll(keepingCapacity: true)
        nextWake = nil
        negativeCount = 0
        unfilteredCounts = [0, 0, 0]
        pendingTotal = 0
        oldestPendingAt = nil
        for (index, mention) in mentions.enumerated() {
            let i = Int32(index)
            let state = triage[mention.id]
            // Wake-ups count whether or not the filter shows the item (`status:pending` depends on them).
            if let until = state?.snoozedUntil, state?.status == .snoozed, until > clock {
                nextWake = min(nextWake ?? until, until)
            }
            let pendingNow = isPending(mention)
            if pendingNow {
                pendingTotal += 1
                oldestPendingAt = mention.createdAt  // newest first: the last one seen is the oldest
            }
            if let filter {
                unfilteredCounts[mention.kind.isConversation ? 1 : 0] += 1
                if pendingNow { unfilteredCounts[2] += 1 }
                guard filter.matches(mention, triage: state, pending: pendingNow) else { continue }
            }
            if mention.kind.isConversation { comments.append(i) } else { posts.append(i) }
            if pendingNow {
                pending.append(i)
                if let state, state.status == .delegated, let due = state.followUp { followUps.append(due) }
            }
            if mention.sentimentLabel == .negative { negativeCount += 1 }
        }
        pending.reverse()
        followUps.sort()
    }

    public func mention(_ id: MentionID) -> Mention? {
        byID[id].map { mentions[Int($0)] }
    }

}
