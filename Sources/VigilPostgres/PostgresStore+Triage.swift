import Foundation
import VigilCore
import VigilStore

/// Triage states, notes, replies and the audit log: each change with its audit line and its
/// change-log entry in one transaction. The item's row is locked (`FOR UPDATE`) while its new
/// state is worked out, so two people acting on it at once are applied one after the other,
/// each from the state the other left.
extension PostgresStore {
    static let triageColumns = "status, assignee, department, tags, priority, sentiment_override, follow_up, snoozed_until, updated_at, updated_by"

    public func triageStates() throws -> [MentionID: Triage] {
        try read { c in
            let rows = try c.query("SELECT platform, native_id, \(Self.triageColumns) FROM triage")
            var states: [MentionID: Triage] = [:]
            for row in 0..<rows.count {
                states[MentionID(platform: Platform(rawValue: rows.text(row, 0)), nativeID: rows.text(row, 1))] = Self.triage(rows, row, from: 2)
            }
            return states
        }
    }

    @discardableResult
    public func apply(_ action: TriageAction, to ids: [MentionID], by who: String, at time: Date) throws -> [MentionID: Triage] {
        try writeTriage(ids.map { ($0, { before in action.applied(to: before, by: who, at: time) }) }, action: action.name, by: who, at: time)
    }

    @discardableResult
    public func restore(_ states: [MentionID: Triage], by who: String, at time: Date) throws -> [MentionID: Triage] {
        try writeTriage(states.map { id, state in (id, { _ in state }) }, action: TriageAction.restore(Triage()).name, by: who, at: time) { c in
            // Undoing a reply: what was written after the state put back leaves the outbox.
            for (id, state) in states where state.status != .replied && state.status != .done {
                let withdrawn = try c.query("""
                    UPDATE reply SET withdrawn_at = $1 WHERE platform = $2 AND native_id = $3 AND withdrawn_at IS NULL AND at >= $4
                    """, [Self.seconds(time), id.platform.rawValue, id.nativeID, Self.seconds(state.updatedAt ?? Date.distantPast) as String])
                if withdrawn.affected > 0 { try Self.audit(c, at: time, by: who, id, action: "reply withdrawn") }
            }
        }
    }

    private func writeTriage(_ changes: [(MentionID, (Triage) -> Triage)], action: String, by who: String, at time: Date,
                             also: (PGConnection) throws -> Void = { _ in }) throws -> [MentionID: Triage] {
        try write { c in
            try also(c)
            var result: [MentionID: Triage] = [:]
            for (id, change) in changes {
                let current = try c.query("SELECT \(Self.triageColumns) FROM triage WHERE platform = $1 AND native_id = $2 FOR UPDATE",
                                          [id.platform.rawValue, id.nativeID])
                let before = current.count == 0 ? Triage() : Self.triage(current, 0, from: 0)
                let after = change(before)
                try c.query("""
                    INSERT INTO triage (platform, native_id, \(Self.triageColumns)) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)
                    ON CONFLICT (platform, native_id) DO UPDATE SET (\(Self.triageColumns)) =
                        (EXCLUDED.status, EXCLUDED.assignee, EXCLUDED.department, EXCLUDED.tags, EXCLUDED.priority, EXCLUDED.sentiment_override,
                         EXCLUDED.follow_up, EXCLUDED.snoozed_until, EXCLUDED.updated_at, EXCLUDED.updated_by)
                    """, [id.platform.rawValue, id.nativeID, after.status.rawValue, after.assignee, after.department,
                          after.tags.joined(separator: "\n"), after.priority?.name, after.sentimentOverride?.rawValue,
                          Self.seconds(after.followUp), Self.seconds(after.snoozedUntil), Self.seconds(after.updatedAt), after.updatedBy])
                try Self.audit(c, at: time, by: who, id, action: action, before: before.auditText, after: after.auditText)
                try Self.logChange(c, kind: "triage", id)
                result[id] = after
            }
            return result
        }
    }

    @discardableResult
    public func addNote(_ text: String, to id: MentionID, by who: String, at time: Date) throws -> [Note] {
        try write { c in
            try c.query("INSERT INTO note (platform, native_id, at, who, text) VALUES ($1,$2,$3,$4,$5)",
                        [id.platform.rawValue, id.nativeID, Self.seconds(time), who, text])
            try Self.audit(c, at: time, by: who, id, action: "commented", after: text)
            try Self.logChange(c, kind: "note", id)
            return try Self.notes(of: id, c)
        }
    }

    public func notes() throws -> [MentionID: [Note]] {
        try read { c in
            let rows = try c.query("SELECT platform, native_id, at, who, text FROM note ORDER BY id")
            var result: [MentionID: [Note]] = [:]
            for row in 0..<rows.count {
                result[MentionID(platform: Platform(rawValue: rows.text(row, 0)), nativeID: rows.text(row, 1)), default: []]
                    .append(Note(by: rows.text(row, 3), at: Self.date(rows, row, 2), text: rows.text(row, 4)))
            }
            return result
        }
    }

    static func notes(of id: MentionID, _ c: PGConnection) throws -> [Note] {
        let rows = try c.query("SELECT at, who, text FROM note WHERE platform = $1 AND native_id = $2 ORDER BY id", [id.platform.rawValue, id.nativeID])
        return (0..<rows.count).map { Note(by: rows.text($0, 1), at: date(rows, $0, 0), text: rows.text($0, 2)) }
    }

    @discardableResult
    public func saveReply(_ reply: Reply) throws -> Triage {
        let id = reply.mention
        let states = try writeTriage([(id, { TriageAction.markReplied.applied(to: $0, by: reply.by, at: reply.at) })],
                                     action: "replied", by: reply.by, at: reply.at) { c in
            if let holder = try Self.claim(of: id, c), holder.who != reply.by, holder.until > reply.at { throw ClaimConflict(holder: holder) }
            let replied = Claim.replied(by: reply.by, at: reply.at)
            try c.query("""
                INSERT INTO claim (platform, native_id, who, purpose, since, until) VALUES ($1,$2,$3,$4,$5,$6)
                ON CONFLICT (platform, native_id) DO UPDATE SET (who, purpose, since, until) = (EXCLUDED.who, EXCLUDED.purpose, EXCLUDED.since, EXCLUDED.until)
                """, [id.platform.rawValue, id.nativeID, replied.who, replied.purpose, Self.seconds(replied.since), Self.seconds(replied.until)])
            try Self.logChange(c, kind: "claim", id)
            try c.query("INSERT INTO reply (platform, native_id, at, who, text) VALUES ($1,$2,$3,$4,$5)",
                        [id.platform.rawValue, id.nativeID, Self.seconds(reply.at), reply.by, reply.text])
        }
        return states[id] ?? Triage(status: .replied)
    }

    public func replies() throws -> [Reply] {
        try read { c in
            let rows = try c.query("SELECT platform, native_id, at, who, text FROM reply WHERE withdrawn_at IS NULL ORDER BY id")
            return (0..<rows.count).map { row in
                Reply(mention: MentionID(platform: Platform(rawValue: rows.text(row, 0)), nativeID: rows.text(row, 1)), by: rows.text(row, 3),
                      at: Self.date(rows, row, 2), text: rows.text(row, 4))
            }
        }
    }

    public func auditLog() throws -> [AuditEntry] {
        try read { c in
            let rows = try c.query("SELECT at, who, platform, native_id, action, before, after FROM audit_log ORDER BY id")
            return (0..<rows.count).map { row in
                AuditEntry(at: Self.date(rows, row, 0), who: rows.text(row, 1),
                           mention: MentionID(platform: Platform(rawValue: rows.text(row, 2)), nativeID: rows.text(row, 3)),
                           action: rows.text(row, 4), before: rows.text(row, 5), after: rows.text(row, 6))
            }
        }
    }

    /// A triage row decoded from `triageColumns`, starting at `first`.
    static func triage(_ rows: PGRows, _ row: Int, from first: Int) -> Triage {
        func date(_ offset: Int) -> Date? { rows.double(row, first + offset).map(Date.init(timeIntervalSince1970:)) }
        return Triage(
            status: TriageStatus(rawValue: rows.text(row, first)) ?? .new, assignee: rows.string(row, first + 1),
            department: rows.string(row, first + 2), tags: rows.text(row, first + 3).split(separator: "\n").map(String.init),
            priority: rows.string(row, first + 4).flatMap(Priority.init(name:)),
            sentimentOverride: rows.string(row, first + 5).flatMap(SentimentLabel.init(rawValue:)),
            followUp: date(6), snoozedUntil: date(7), updatedAt: date(8), updatedBy: rows.string(row, first + 9))
    }
}
