import Foundation
import VigilCore

/// Where mentions and the team's work on them live. Identity is `(platform, native id)`:
/// storing the same mention again replaces it and keeps its triage state, so re-importing is
/// idempotent. Nothing here is specific to SQLite, so a server database can implement it too;
/// the parts below are what a caller needs of it, one concern each, and the contract tests
/// (Tests/VigilStoreTests/StoreContractTests) run the same checks against every implementation.
public protocol MentionStore: MentionWriting, MentionReading, TriageStoring, ModerationStoring, TextSearching, AlertStoring, ChangeFeed, ClaimStoring {
    /// Finishes what the store does in the background (SQLite: indexing for search), for a
    /// command about to exit.
    func flush() throws
}

/// Writing mentions.
public protocol MentionWriting: AnyObject {
    /// Inserts or replaces; returns how many were new.
    @discardableResult
    func upsert(_ mentions: [Mention]) throws -> Int
    /// `upsert`, telling which rows it wrote (new, or changed): their keys as `changes(after:)`
    /// reports them, so a writer that also follows the changes can tell its own writes apart.
    func write(_ mentions: [Mention]) throws -> WrittenMentions
}

/// Reading mentions back.
public protocol MentionReading: AnyObject {
    var count: Int { get }
    func mention(_ id: MentionID) -> Mention?
    /// All mentions, newest event time first (ties broken by identity for a stable order).
    func allNewestFirst() throws -> [Mention]
    /// The `limit` newest mentions (all when nil), newest first, with their keys (what a
    /// dashboard shows), and how many there are in all. Without `ruleFlags` a store may leave
    /// the saved rule flags out (for a caller that runs the rules again).
    func newest(limit: Int?, ruleFlags: Bool) throws -> StoredMentions
    /// The mentions with these keys (see `StoredMentions`), with their saved rule flags; keys the
    /// store does not have are left out.
    func mentions(keys: [Int64]) throws -> [Int64: Mention]
    /// The mentions whose event time is in `from..<to`, oldest first (ties by identity), with
    /// their saved rule flags: what a report over a period reads.
    func mentions(from: Date, to: Date) throws -> [Mention]
    /// The same mentions, lean, for figures over many of them and for the rules: without their
    /// links, authors' display names and where their sentiment came from (a store may give more).
    func mentionSummaries(from: Date, to: Date) throws -> [Mention]
}

extension MentionReading {
    public func mentionSummaries(from: Date, to: Date) throws -> [Mention] {
        try mentions(from: from, to: to)
    }
}

/// The team's work: triage states, notes, replies, and the audit log of all of it.
public protocol TriageStoring: AnyObject {
    /// Every item whose triage differs from "new, untouched".
    func triageStates() throws -> [MentionID: Triage]
    /// Applies one action to items in one transaction, recording each change in the audit log;
    /// returns the states after. When it returns, the change is durable.
    @discardableResult
    func apply(_ action: TriageAction, to ids: [MentionID], by who: String, at time: Date) throws -> [MentionID: Triage]
    /// Puts items back to earlier states (undo), audited like any action.
    @discardableResult
    func restore(_ states: [MentionID: Triage], by who: String, at time: Date) throws -> [MentionID: Triage]
    /// The audit log, oldest first.
    func auditLog() throws -> [AuditEntry]
    /// Adds an internal comment (audited); returns the item's notes, oldest first.
    @discardableResult
    func addNote(_ text: String, to id: MentionID, by who: String, at time: Date) throws -> [Note]
    /// Every item's notes, oldest first.
    func notes() throws -> [MentionID: [Note]]
    /// Saves a reply to the outbox and marks the item replied, in one transaction, the writer's
    /// claim becoming a "replied" one for `Claim.lasts`; refused (`ClaimConflict`) while someone
    /// else holds a live claim on the item (they took it over, or just replied). (`restore`
    /// to a state that is not replied withdraws the replies written since that state.)
    @discardableResult
    func saveReply(_ reply: Reply) throws -> Triage
    /// The outbox (withdrawn replies left out), oldest first.
    func replies() throws -> [Reply]
}

/// Full-text search.
/// The team's moderation decisions: the moderation queue's keys and the outbox's source.
public protocol ModerationStoring: AnyObject {
    /// Records a decision on each item (audited); the latest decision on an item stands.
    func moderate(_ ids: [MentionID], action: ModerationAction, note: String, by who: String, at time: Date) throws
    /// Takes back the standing decisions on these items (undo): they leave the outbox, audited.
    func withdrawModeration(_ ids: [MentionID], by who: String, at time: Date) throws
    /// The standing decision of every item that has one, oldest first.
    func moderationDecisions() throws -> [ModerationDecision]
    /// Mentions a house rule acted on (their flags carry a verdict), oldest first.
    func mentionsModeratedByRules() throws -> [Mention]
}

public protocol TextSearching: AnyObject {
    /// Mentions whose text or author contains every term and none of `excluding` (full-text
    /// index where there is one).
    func search(_ terms: [String], excluding: [String]) throws -> TextAnswer
}

/// Alert acknowledgements, notification claims and silences, shared by every process.
public protocol AlertStoring: AnyObject {
    /// Alert acknowledgements by alert id (kept across restarts; audited).
    func saveAcknowledgement(_ ack: Acknowledgement, alertID: String) throws
    func acknowledgements() throws -> [String: Acknowledgement]
    /// True for the first process to claim an alert's notification (the one that sends it).
    func claimNotification(alertID: String, at time: Date) throws -> Bool
    /// Silences created at run time, by id.
    func saveSilence(id: String, rule: String?, key: String?, from: Date, until: Date, by: String, comment: String) throws
    func silences() throws -> [SavedSilence]
}

/// What changed, by this process or any other.
public protocol ChangeFeed: AnyObject {
    /// Position of the newest change any process made.
    func latestChange() throws -> ChangePosition
    /// Mentions added or edited and triage states and notes written since `position`, by this
    /// process or any other.
    func changes(after position: ChangePosition) throws -> StoreChanges
}

/// A silence as stored (the rules engine has its own type; the store does not depend on it).
public struct SavedSilence: Hashable, Sendable {
    public var id: String
    public var rule: String?
    public var key: String?
    public var from: Date
    public var until: Date
    public var by: String
    public var comment: String

    public init(id: String, rule: String?, key: String?, from: Date, until: Date, by: String, comment: String) {
        self.id = id
        self.rule = rule
        self.key = key
        self.from = from
        self.until = until
        self.by = by
        self.comment = comment
    }
}

/// A point in a store's history: the last change and the last new mention seen. (New mentions
/// are numbered as they arrive, so they need no entry of their own in a change log.)
public struct ChangePosition: Hashable, Sendable {
    public var change: Int64
    public var mention: Int64

    public init(change: Int64, mention: Int64) {
        self.change = change
        self.mention = mention
    }

    public static let beginning = ChangePosition(change: 0, mention: 0)
}

extension MentionStore {
    public func flush() throws {}
}

extension TextSearching {
    public func search(_ terms: [String]) throws -> TextAnswer {
        try search(terms, excluding: [])
    }
}

extension MentionReading {
    public func newest(limit: Int?) throws -> StoredMentions {
        try newest(limit: limit, ruleFlags: true)
    }
}

/// Mentions as a store holds them, with the keys it numbered them by as they arrived (what a
/// full-text search answers with: see `TextAnswer`).
public struct StoredMentions: Sendable {
    public var mentions: [Mention]
    /// `keys[i]` is `mentions[i]`'s; empty from a store that does not number its mentions.
    public var keys: [Int64]
    /// How many mentions the store holds in all.
    public var total: Int

    public init(mentions: [Mention], keys: [Int64], total: Int) {
        self.mentions = mentions
        self.keys = keys
        self.total = total
    }
}

/// What changed in a store since a position in its history.
/// What a `write` did: how many mentions were new, and the keys of every row written.
public struct WrittenMentions: Sendable, Equatable {
    public var added: Int
    public var keys: [Int64]
    /// Each mention's key, in the order given (0 where the store wrote nothing or has no keys):
    /// what a dashboard records for the rows it shows, so it can let their full text go.
    public var keyOfEach: [Int64]

    public init(added: Int, keys: [Int64], keyOfEach: [Int64] = []) {
        self.added = added
        self.keys = keys
        self.keyOfEach = keyOfEach
    }
}

extension MentionWriting {
    /// For stores without keys of their own (the in-memory one): nothing to tell apart.
    public func write(_ mentions: [Mention]) throws -> WrittenMentions {
        WrittenMentions(added: try upsert(mentions), keys: [])
    }
}

extension StoreChanges {
    /// These changes without the mentions whose keys are in `own` (this process's writes),
    /// each of which is forgotten as it is met: a later change to the same row is news again.
    public func excluding(_ own: inout Set<Int64>) -> StoreChanges {
        guard !own.isEmpty, !keys.isEmpty else { return self }
        var kept = self
        kept.mentions = []
        kept.keys = []
        for (mention, key) in zip(mentions, keys) {
            if own.remove(key) == nil {
                kept.mentions.append(mention)
                kept.keys.append(key)
            }
        }
        return kept
    }
}

public struct StoreChanges: Sendable {
    public var mentions: [Mention] = []
    /// The mentions' keys, as in `StoredMentions`.
    public var keys: [Int64] = []
    public var triage: [MentionID: Triage] = [:]
    /// Items whose notes changed, with all their notes.
    public var notes: [MentionID: [Note]] = [:]
    /// Items whose moderation decision changed: the standing one, or nil when it was withdrawn.
    public var moderation: [MentionID: ModerationDecision?] = [:]
    /// Items claimed or released: the live claim, or nil.
    public var claims: [MentionID: Claim?] = [:]
    /// Where to continue from next time.
    public var last: ChangePosition

    public init(last: ChangePosition) {
        self.last = last
    }

    public var isEmpty: Bool { mentions.isEmpty && triage.isEmpty && notes.isEmpty && moderation.isEmpty && claims.isEmpty }
}

/// One line of the append-only audit log: what changed, who, when, before → after.
public struct AuditEntry: Hashable, Sendable {
    /// The platform written for an alert's acknowledgement (its `mention.nativeID` is the alert's id).
    public static let alertPlatform = "alert"

    public var at: Date
    public var who: String
    public var mention: MentionID
    public var action: String
    public var before: String
    public var after: String

    public init(at: Date, who: String, mention: MentionID, action: String, before: String, after: String) {
        self.at = at
        self.who = who
        self.mention = mention
        self.action = action
        self.before = before
        self.after = after
    }
}

extension Triage {
    /// A compact, stable text form for the audit log: `status=replied assignee=maria tags=a,b`.
    public var auditText: String {
        var parts = ["status=\(status.rawValue)"]
        if let assignee { parts.append("assignee=\(assignee)") }
        if let department { parts.append("department=\(department)") }
        if !tags.isEmpty { parts.append("tags=\(tags.joined(separator: ","))") }
        if let priority { parts.append("priority=\(priority.name)") }
        if let sentimentOverride { parts.append("sentiment=\(sentimentOverride.rawValue)") }
        if let followUp { parts.append("follow_up=\(Int(followUp.timeIntervalSince1970))") }
        if let snoozedUntil { parts.append("snoozed_until=\(Int(snoozedUntil.timeIntervalSince1970))") }
        return parts.joined(separator: " ")
    }
}

/// A store that can say, cheaply, that another process changed something (PostgreSQL's
/// `LISTEN/NOTIFY`), so a dashboard reads the change feed at once rather than on a timer.
public protocol ChangeSignalling: AnyObject {
    /// True when a change was signalled since the last call (or when it cannot tell: the
    /// caller then reads the feed to be sure). Never waits.
    func changeSignalled() -> Bool
}
