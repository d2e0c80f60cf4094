import Foundation
import VigilCore

/// Moving a whole database from one store to another (`vigil db copy`): mentions page by page
/// in key order, then the team's records as they are, with their original people and times and
/// without new audit lines (the audit log itself is copied).
public protocol StoreTransfer: MentionStore {
    /// Up to `limit` mentions with keys above `key`, in key order, with their flags, and the last
    /// key given (0 when none).
    func mentionPage(after key: Int64, limit: Int) throws -> (mentions: [Mention], last: Int64)
    /// Everything but the mentions.
    func teamRecords() throws -> TeamRecords
    /// Writes `records` as they are, in one transaction, into a store that has none yet.
    func importTeamRecords(_ records: TeamRecords) throws
}

/// Everything a store holds besides the mentions, in the order it was written.
public struct TeamRecords: Sendable, Equatable {
    public struct StoredReply: Sendable, Equatable {
        public var reply: Reply
        public var withdrawnAt: Date?
        public init(reply: Reply, withdrawnAt: Date?) { self.reply = reply; self.withdrawnAt = withdrawnAt }
    }
    public struct StoredDecision: Sendable, Equatable {
        public var decision: ModerationDecision
        public var withdrawnAt: Date?
        public init(decision: ModerationDecision, withdrawnAt: Date?) { self.decision = decision; self.withdrawnAt = withdrawnAt }
    }
    public struct ItemNote: Sendable, Equatable {
        public var mention: MentionID
        public var note: Note
        public init(mention: MentionID, note: Note) { self.mention = mention; self.note = note }
    }

    public var triage: [MentionID: Triage] = [:]
    public var notes: [ItemNote] = []
    public var replies: [StoredReply] = []
    public var moderation: [StoredDecision] = []
    public var audit: [AuditEntry] = []
    public var acknowledgements: [String: Acknowledgement] = [:]
    public var notified: [String: Date] = [:]
    public var silences: [SavedSilence] = []

    public init() {}

    /// How many of each, for the check at the end of a copy.
    public var counts: [(String, Int)] {
        [("triage states", triage.count), ("notes", notes.count), ("replies", replies.count), ("moderation decisions", moderation.count),
         ("audit lines", audit.count), ("acknowledgements", acknowledgements.count), ("notifications sent", notified.count),
         ("silences", silences.count)]
    }

    public var isEmpty: Bool { counts.allSatisfy { $0.1 == 0 } }
}
