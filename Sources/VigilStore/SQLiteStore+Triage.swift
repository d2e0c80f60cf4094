import Foundation
import GRDB
import VigilCore

/// Triage states, notes, replies and the audit log: each change with its audit line in one transaction.
extension SQLiteStore {
    public func triageStates() throws -> [MentionID: Triage] {
        try pool.read { db in
            var states: [MentionID: Triage] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM triage") {
                states[MentionID(platform: Platform(rawValue: row["platform"]), nativeID: row["native_id"])] = Self.triage(from: row)
            }
            return states
        }
    }

    @discardableResult
    public func apply(_ action: TriageAction, to ids: [MentionID], by who: String, at time: Date) throws -> [MentionID: Triage] {
        try write(ids.map { ($0, { before in action.applied(to: before, by: who, at: time) }) }, action: action.name, by: who, at: time)
    }

    @discardableResult
    public func restore(_ states: [MentionID: Triage], by who: String, at time: Date) throws -> [MentionID: Triage] {
        try write(states.map { id, state in (id, { _ in state }) }, action: TriageAction.restore(Triage()).name, by: who, at: time) { db in
            // Undoing a reply: what was written after the state put back leaves the outbox, so
            // it is never exported to be posted.
            for (id, state) in states where state.status != .replied && state.status != .done {
                try db.execute(sql: "UPDATE reply SET withdrawn_at = ? WHERE platform = ? AND native_id = ? AND withdrawn_at IS NULL AND at >= ?",
                               arguments: [time.timeIntervalSince1970, id.platform.rawValue, id.nativeID, (state.updatedAt ?? .distantPast).timeIntervalSince1970])
                if db.changesCount > 0 {
                    try Self.audit(db, at: time, by: who, platform: id.platform.rawValue, nativeID: id.nativeID, action: "reply withdrawn")
                }
            }
        }
    }

    /// Each change and its audit line in one transaction: when this returns, both are on disk.
    private func write(_ changes: [(MentionID, (Triage) -> Triage)], action: String, by who: String, at time: Date,
                       also: (Database) throws -> Void = { _ in }) throws -> [MentionID: Triage] {
        try pool.write { db in
            try also(db)
            var result: [MentionID: Triage] = [:]
            for (id, change) in changes {
                let before = try Row.fetchOne(db, sql: "SELECT * FROM triage WHERE platform = ? AND native_id = ?",
                                              arguments: [id.platform.rawValue, id.nativeID]).map(Self.triage(from:)) ?? Triage()
                let after = change(before)
                try db.execute(sql: """
                    INSERT OR REPLACE INTO triage (platform, native_id, status, assignee, department, tags, priority, sentiment_override,
                        follow_up, snoozed_until, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
                    """, arguments: [id.platform.rawValue, id.nativeID, after.status.rawValue, after.assignee, after.department,
                                     after.tags.joined(separator: "\n"), after.priority?.name, after.sentimentOverride?.rawValue,
                                     after.followUp?.timeIntervalSince1970, after.snoozedUntil?.timeIntervalSince1970,
                                     after.updatedAt?.timeIntervalSince1970, after.updatedBy])
                try Self.audit(db, at: time, by: who, platform: id.platform.rawValue, nativeID: id.nativeID, action: action,
                               before: before.auditText, after: after.auditText)
                result[id] = after
            }
            return result
        }
    }

    @discardableResult
    public func addNote(_ text: String, to id: MentionID, by who: String, at time: Date) throws -> [Note] {
        try pool.write { db in
            try db.execute(sql: "INSERT INTO note (platform, native_id, at, who, text) VALUES (?,?,?,?,?)",
                           arguments: [id.platform.rawValue, id.nativeID, time.timeIntervalSince1970, who, text])
            try Self.audit(db, at: time, by: who, platform: id.platform.rawValue, nativeID: id.nativeID, action: "commented", after: text)
            return try Self.notes(of: id, db)
        }
    }

    public func notes() throws -> [MentionID: [Note]] {
        try pool.read { db in
            var result: [MentionID: [Note]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT platform, native_id, at, who, text FROM note ORDER BY id") {
                result[MentionID(platform: Platform(rawValue: row[0]), nativeID: row[1]), default: []]
                    .append(Note(by: row[3], at: Date(timeIntervalSince1970: row[2]), text: row[4]))
            }
            return result
        }
    }

    @discardableResult
    public func saveReply(_ reply: Reply) throws -> Triage {
        let id = reply.mention
        // The draft, the state change and its audit line in one transaction.
        let states = try write([(id, { TriageAction.markReplied.applied(to: $0, by: reply.by, at: reply.at) })],
                               action: "replied", by: reply.by, at: reply.at) { db in
            if let holder = try Self.claim(of: id, db), holder.who != reply.by, holder.until > reply.at { throw ClaimConflict(holder: holder) }
            let replied = Claim.replied(by: reply.by, at: reply.at)
            try db.execute(sql: "INSERT OR REPLACE INTO claim (platform, native_id, who, purpose, since, until) VALUES (?,?,?,?,?,?)",
                           arguments: [id.platform.rawValue, id.nativeID, replied.who, replied.purpose, replied.since.timeIntervalSince1970,
                                       replied.until.timeIntervalSince1970])
            try db.execute(sql: "INSERT INTO reply (platform, native_id, at, who, text) VALUES (?,?,?,?,?)",
                           arguments: [id.platform.rawValue, id.nativeID, reply.at.timeIntervalSince1970, reply.by, reply.text])
        }
        return states[id] ?? Triage(status: .replied)
    }

    public func replies() throws -> [Reply] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT platform, native_id, at, who, text FROM reply WHERE withdrawn_at IS NULL ORDER BY id").map { row in
                Reply(mention: MentionID(platform: Platform(rawValue: row[0]), nativeID: row[1]), by: row[3],
                      at: Date(timeIntervalSince1970: row[2]), text: row[4])
            }
        }
    }


    static func notes(of id: MentionID, _ db: Database) throws -> [Note] {
        try Row.fetchAll(db, sql: "SELECT at, who, text FROM note WHERE platform = ? AND native_id = ? ORDER BY id",
                         arguments: [id.platform.rawValue, id.nativeID])
            .map { Note(by: $0[1], at: Date(timeIntervalSince1970: $0[0]), text: $0[2]) }
    }

    static func triage(from row: Row) -> Triage {
        let tags = (row["tags"] as String? ?? "").split(separator: "\n").map(String.init)
        return Triage(
            status: TriageStatus(rawValue: row["status"]) ?? .new, assignee: row["assignee"], department: row["department"], tags: tags,
            priority: (row["priority"] as String?).flatMap(Priority.init(name:)),
            sentimentOverride: (row["sentiment_override"] as String?).flatMap(SentimentLabel.init(rawValue:)),
            followUp: (row["follow_up"] as Double?).map(Date.init(timeIntervalSince1970:)),
            snoozedUntil: (row["snoozed_until"] as Double?).map(Date.init(timeIntervalSince1970:)),
            updatedAt: (row["updated_at"] as Double?).map(Date.init(timeIntervalSince1970:)), updatedBy: row["updated_by"])
    }

    public func auditLog() throws -> [AuditEntry] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit_log ORDER BY id").map { row in
                AuditEntry(at: Date(timeIntervalSince1970: row["at"]), who: row["who"],
                           mention: MentionID(platform: Platform(rawValue: row["platform"]), nativeID: row["native_id"]),
                           action: row["action"], before: row["before"], after: row["after"])
            }
        }
    }

    /// The one way a line goes into the append-only audit log, inside the caller's transaction.
    static func audit(_ db: Database, at time: Date, by who: String, platform: String, nativeID: String, action: String,
                      before: String = "", after: String = "") throws {
        try db.execute(sql: "INSERT INTO audit_log (at, who, platform, native_id, action, before, after) VALUES (?,?,?,?,?,?,?)",
                       arguments: [time.timeIntervalSince1970, who, platform, nativeID, action, before, after])
    }
}
