import Foundation
import VigilCore
import VigilStore

/// The team's moderation decisions, each with its audit line in one transaction.
extension PostgresStore {
    public func moderate(_ ids: [MentionID], action: ModerationAction, note: String, by who: String, at time: Date) throws {
        try write { c in
            for id in ids {
                let before = try Self.standingDecision(of: id, c)?.action.rawValue ?? ""
                try c.query("INSERT INTO moderation (platform, native_id, action, note, who, at) VALUES ($1,$2,$3,$4,$5,$6)",
                            [id.platform.rawValue, id.nativeID, action.rawValue, note, who, Self.seconds(time)])
                try Self.audit(c, at: time, by: who, id, action: "moderated", before: before, after: action.rawValue)
                try Self.logChange(c, kind: "moderation", id)
            }
        }
    }

    public func withdrawModeration(_ ids: [MentionID], by who: String, at time: Date) throws {
        try write { c in
            for id in ids {
                guard let standing = try Self.standingDecision(of: id, c) else { continue }
                try c.query("""
                    UPDATE moderation SET withdrawn_at = $1
                    WHERE id = (SELECT max(id) FROM moderation WHERE platform = $2 AND native_id = $3)
                    """, [Self.seconds(time), id.platform.rawValue, id.nativeID])
                try Self.audit(c, at: time, by: who, id, action: "moderation withdrawn", before: standing.action.rawValue)
                try Self.logChange(c, kind: "moderation", id)
            }
        }
    }

    public func moderationDecisions() throws -> [ModerationDecision] {
        try read { c in
            let rows = try c.query("""
                SELECT platform, native_id, action, note, who, at FROM moderation m
                WHERE withdrawn_at IS NULL AND id = (SELECT max(id) FROM moderation WHERE platform = m.platform AND native_id = m.native_id)
                ORDER BY id
                """)
            return (0..<rows.count).compactMap { Self.decision(rows, $0) }
        }
    }

    public func mentionsModeratedByRules() throws -> [Mention] {
        try read { c in
            let rows = try c.query("\(MentionColumns.select) WHERE flags LIKE '%\"moderate\":[%' ORDER BY created_at, platform, native_id")
            return (0..<rows.count).map { Self.mention(rows, $0) }.filter { $0.flags?.moderation != nil }
        }
    }

    static func standingDecision(of id: MentionID, _ c: PGConnection) throws -> ModerationDecision? {
        let rows = try c.query("""
            SELECT platform, native_id, action, note, who, at, withdrawn_at FROM moderation
            WHERE platform = $1 AND native_id = $2 ORDER BY id DESC LIMIT 1
            """, [id.platform.rawValue, id.nativeID])
        guard rows.count == 1, rows.isNull(0, 6) else { return nil }
        return decision(rows, 0)
    }

    private static func decision(_ rows: PGRows, _ row: Int) -> ModerationDecision? {
        guard let action = ModerationAction(rawValue: rows.text(row, 2)) else { return nil }
        return ModerationDecision(mention: MentionID(platform: Platform(rawValue: rows.text(row, 0)), nativeID: rows.text(row, 1)),
                                  action: action, note: rows.text(row, 3), by: rows.text(row, 4), at: date(rows, row, 5))
    }
}
