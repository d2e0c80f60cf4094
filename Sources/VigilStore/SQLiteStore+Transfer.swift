import Foundation
import GRDB
import VigilCore

/// A whole database out and in, for `vigil db copy`.
extension SQLiteStore: StoreTransfer {
    public func mentionPage(after key: Int64, limit: Int) throws -> (mentions: [Mention], last: Int64) {
        try pool.read { db in
            let rows = try Row.fetchAll(db, sql: "\(MentionRowLayout.select) WHERE id > ? ORDER BY id LIMIT ?", arguments: [key, limit])
            return (rows.map { Self.mention(from: $0) }, rows.last?[MentionRowLayout.key] ?? 0)
        }
    }

    public func teamRecords() throws -> TeamRecords {
        var records = TeamRecords()
        records.triage = try triageStates()
        records.acknowledgements = try acknowledgements()
        records.silences = try silences()
        records.audit = try auditLog()
        try pool.read { db in
            func id(_ row: Row) -> MentionID { MentionID(platform: Platform(rawValue: row["platform"]), nativeID: row["native_id"]) }
            func date(_ value: Double?) -> Date? { value.map(Date.init(timeIntervalSince1970:)) }
            for row in try Row.fetchAll(db, sql: "SELECT * FROM note ORDER BY id") {
                records.notes.append(.init(mention: id(row), note: Note(by: row["who"], at: Date(timeIntervalSince1970: row["at"]), text: row["text"])))
            }
            for row in try Row.fetchAll(db, sql: "SELECT * FROM reply ORDER BY id") {
                records.replies.append(.init(reply: Reply(mention: id(row), by: row["who"], at: Date(timeIntervalSince1970: row["at"]), text: row["text"]),
                                             withdrawnAt: date(row["withdrawn_at"])))
            }
            for row in try Row.fetchAll(db, sql: "SELECT * FROM moderation ORDER BY id") {
                guard let action = ModerationAction(rawValue: row["action"]) else { continue }
                records.moderation.append(.init(decision: ModerationDecision(mention: id(row), action: action, note: row["note"], by: row["who"],
                                                                             at: Date(timeIntervalSince1970: row["at"])),
                                                withdrawnAt: date(row["withdrawn_at"])))
            }
            for row in try Row.fetchAll(db, sql: "SELECT alert_id, at FROM alert_notified") {
                records.notified[row[0]] = Date(timeIntervalSince1970: row[1])
            }
        }
        return records
    }

    public func importTeamRecords(_ records: TeamRecords) throws {
        try pool.write { db in
            func seconds(_ date: Date?) -> Double? { date?.timeIntervalSince1970 }
            for (id, t) in records.triage {
                try db.execute(sql: """
                    INSERT OR REPLACE INTO triage (platform, native_id, status, assignee, department, tags, priority, sentiment_override,
                        follow_up, snoozed_until, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
                    """, arguments: [id.platform.rawValue, id.nativeID, t.status.rawValue, t.assignee, t.department, t.tags.joined(separator: "\n"),
                                     t.priority?.name, t.sentimentOverride?.rawValue, seconds(t.followUp), seconds(t.snoozedUntil),
                                     seconds(t.updatedAt), t.updatedBy])
            }
            for n in records.notes {
                try db.execute(sql: "INSERT INTO note (platform, native_id, at, who, text) VALUES (?,?,?,?,?)",
                               arguments: [n.mention.platform.rawValue, n.mention.nativeID, n.note.at.timeIntervalSince1970, n.note.by, n.note.text])
            }
            for r in records.replies {
                try db.execute(sql: "INSERT INTO reply (platform, native_id, at, who, text, withdrawn_at) VALUES (?,?,?,?,?,?)",
                               arguments: [r.reply.mention.platform.rawValue, r.reply.mention.nativeID, r.reply.at.timeIntervalSince1970,
                                           r.reply.by, r.reply.text, seconds(r.withdrawnAt)])
            }
            for m in records.moderation {
                let d = m.decision
                try db.execute(sql: "INSERT INTO moderation (platform, native_id, action, note, who, at, withdrawn_at) VALUES (?,?,?,?,?,?,?)",
                               arguments: [d.mention.platform.rawValue, d.mention.nativeID, d.action.rawValue, d.note, d.by,
                                           d.at.timeIntervalSince1970, seconds(m.withdrawnAt)])
            }
            for a in records.audit {
                try Self.audit(db, at: a.at, by: a.who, platform: a.mention.platform.rawValue, nativeID: a.mention.nativeID,
                               action: a.action, before: a.before, after: a.after)
            }
            for (alert, ack) in records.acknowledgements {
                try db.execute(sql: "INSERT OR REPLACE INTO alert_ack (alert_id, who, at, note) VALUES (?,?,?,?)",
                               arguments: [alert, ack.by, ack.at.timeIntervalSince1970, ack.note])
            }
            for (alert, at) in records.notified {
                try db.execute(sql: "INSERT OR IGNORE INTO alert_notified (alert_id, at) VALUES (?,?)", arguments: [alert, at.timeIntervalSince1970])
            }
            for s in records.silences {
                try db.execute(sql: "INSERT OR REPLACE INTO silence (id, rule, key, starts_at, ends_at, who, comment) VALUES (?,?,?,?,?,?,?)",
                               arguments: [s.id, s.rule, s.key, s.from.timeIntervalSince1970, s.until.timeIntervalSince1970, s.by, s.comment])
            }
        }
    }
}
