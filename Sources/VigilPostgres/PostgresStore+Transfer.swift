import Foundation
import VigilCore
import VigilStore

/// A whole database out and in, for `vigil db copy`.
extension PostgresStore: StoreTransfer {
    public func mentionPage(after key: Int64, limit: Int) throws -> (mentions: [Mention], last: Int64) {
        try read { c in
            let rows = try c.query("\(MentionColumns.select) WHERE key > $1 ORDER BY key LIMIT $2", [String(key), String(limit)])
            return ((0..<rows.count).map { Self.mention(rows, $0) }, rows.count == 0 ? 0 : rows.int64(rows.count - 1, MentionColumns.key))
        }
    }

    public func teamRecords() throws -> TeamRecords {
        var records = TeamRecords()
        records.triage = try triageStates()
        records.acknowledgements = try acknowledgements()
        records.silences = try silences()
        records.audit = try auditLog()
        try read { c in
            func id(_ rows: PGRows, _ row: Int) -> MentionID { MentionID(platform: Platform(rawValue: rows.text(row, 0)), nativeID: rows.text(row, 1)) }
            func date(_ rows: PGRows, _ row: Int, _ column: Int) -> Date? { rows.double(row, column).map(Date.init(timeIntervalSince1970:)) }
            let notes = try c.query("SELECT platform, native_id, at, who, text FROM note ORDER BY id")
            for row in 0..<notes.count {
                records.notes.append(.init(mention: id(notes, row), note: Note(by: notes.text(row, 3), at: Self.date(notes, row, 2), text: notes.text(row, 4))))
            }
            let replies = try c.query("SELECT platform, native_id, at, who, text, withdrawn_at FROM reply ORDER BY id")
            for row in 0..<replies.count {
                records.replies.append(.init(reply: Reply(mention: id(replies, row), by: replies.text(row, 3), at: Self.date(replies, row, 2),
                                                          text: replies.text(row, 4)), withdrawnAt: date(replies, row, 5)))
            }
            let decisions = try c.query("SELECT platform, native_id, action, note, who, at, withdrawn_at FROM moderation ORDER BY id")
            for row in 0..<decisions.count {
                guard let action = ModerationAction(rawValue: decisions.text(row, 2)) else { continue }
                records.moderation.append(.init(decision: ModerationDecision(mention: id(decisions, row), action: action, note: decisions.text(row, 3),
                                                                             by: decisions.text(row, 4), at: Self.date(decisions, row, 5)),
                                                withdrawnAt: date(decisions, row, 6)))
            }
            let notified = try c.query("SELECT alert_id, at FROM alert_notified")
            for row in 0..<notified.count { records.notified[notified.text(row, 0)] = Self.date(notified, row, 1) }
        }
        return records
    }

    public func importTeamRecords(_ records: TeamRecords) throws {
        try write { c in
            for (id, t) in records.triage {
                try c.query("""
                    INSERT INTO triage (platform, native_id, \(Self.triageColumns)) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)
                    ON CONFLICT (platform, native_id) DO NOTHING
                    """, [id.platform.rawValue, id.nativeID, t.status.rawValue, t.assignee, t.department, t.tags.joined(separator: "\n"),
                          t.priority?.name, t.sentimentOverride?.rawValue, Self.seconds(t.followUp), Self.seconds(t.snoozedUntil),
                          Self.seconds(t.updatedAt), t.updatedBy])
                try Self.logChange(c, kind: "triage", id)
            }
            for n in records.notes {
                try c.query("INSERT INTO note (platform, native_id, at, who, text) VALUES ($1,$2,$3,$4,$5)",
                            [n.mention.platform.rawValue, n.mention.nativeID, Self.seconds(n.note.at), n.note.by, n.note.text])
            }
            for r in records.replies {
                try c.query("INSERT INTO reply (platform, native_id, at, who, text, withdrawn_at) VALUES ($1,$2,$3,$4,$5,$6)",
                            [r.reply.mention.platform.rawValue, r.reply.mention.nativeID, Self.seconds(r.reply.at), r.reply.by, r.reply.text,
                             Self.seconds(r.withdrawnAt)])
            }
            for m in records.moderation {
                let d = m.decision
                try c.query("INSERT INTO moderation (platform, native_id, action, note, who, at, withdrawn_at) VALUES ($1,$2,$3,$4,$5,$6,$7)",
                            [d.mention.platform.rawValue, d.mention.nativeID, d.action.rawValue, d.note, d.by, Self.seconds(d.at), Self.seconds(m.withdrawnAt)])
            }
            for a in records.audit {
                try Self.audit(c, at: a.at, by: a.who, a.mention, action: a.action, before: a.before, after: a.after)
            }
            for (alert, ack) in records.acknowledgements {
                try c.query("INSERT INTO alert_ack (alert_id, who, at, note) VALUES ($1,$2,$3,$4) ON CONFLICT DO NOTHING",
                            [alert, ack.by, Self.seconds(ack.at), ack.note])
            }
            for (alert, at) in records.notified {
                try c.query("INSERT INTO alert_notified (alert_id, at) VALUES ($1,$2) ON CONFLICT DO NOTHING", [alert, Self.seconds(at)])
            }
            for s in records.silences {
                try c.query("INSERT INTO silence (id, rule, key, starts_at, ends_at, who, comment) VALUES ($1,$2,$3,$4,$5,$6,$7) ON CONFLICT DO NOTHING",
                            [s.id, s.rule, s.key, Self.seconds(s.from), Self.seconds(s.until), s.by, s.comment])
            }
        }
    }
}
