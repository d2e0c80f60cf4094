import Foundation
import GRDB
import VigilCore

/// The team's moderation decisions, each with its audit line in one transaction.
extension SQLiteStore {
    public func moderate(_ ids: [MentionID], action: ModerationAction, note: String, by who: String, at time: Date) throws {
        try pool.write { db in
            for id in ids {
                let before = try Self.standingDecision(of: id, db)?.action.rawValue ?? ""
                try db.execute(sql: "INSERT INTO moderation (platform, native_id, action, note, who, at) VALUES (?,?,?,?,?,?)",
                               arguments: [id.platform.rawValue, id.nativeID, action.rawValue, note, who, time.timeIntervalSince1970])
                try Self.audit(db, at: time, by: who, platform: id.platform.rawValue, nativeID: id.nativeID, action: "moderated",
                               before: before, after: action.rawValue)
            }
        }
    }

    public func withdrawModeration(_ ids: [MentionID], by who: String, at time: Date) throws {
        try pool.write { db in
            for id in ids {
                guard let standing = try Self.standingDecision(of: id, db) else { continue }
                try db.execute(sql: """
                    UPDATE moderation SET withdrawn_at = ?
                    WHERE id = (SELECT max(id) FROM moderation WHERE platform = ? AND native_id = ?)
                    """, arguments: [time.timeIntervalSince1970, id.platform.rawValue, id.nativeID])
                try Self.audit(db, at: time, by: who, platform: id.platform.rawValue, nativeID: id.nativeID, action: "moderation withdrawn",
                               before: standing.action.rawValue, after: "")
            }
        }
    }

    public func moderationDecisions() throws -> [ModerationDecision] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT platform, native_id, action, note, who, at FROM moderation m
                WHERE withdrawn_at IS NULL AND id = (SELECT max(id) FROM moderation WHERE platform = m.platform AND native_id = m.native_id)
                ORDER BY id
                """).compactMap(Self.decision(from:))
        }
    }

    public func mentionsModeratedByRules() throws -> [Mention] {
        // The flags' JSON names the verdict first among few keys; a text test skips decoding the rest.
        try pool.read { db in
            try Row.fetchAll(db, sql: "\(MentionRowLayout.select) WHERE flags LIKE '%\"moderate\":[%' ORDER BY created_at, platform, native_id")
                .map { Self.mention(from: $0) }.filter { $0.flags?.moderation != nil }
        }
    }

    static func standingDecision(of id: MentionID, _ db: Database) throws -> ModerationDecision? {
        try Row.fetchOne(db, sql: "SELECT platform, native_id, action, note, who, at, withdrawn_at FROM moderation WHERE platform = ? AND native_id = ? ORDER BY id DESC LIMIT 1",
                         arguments: [id.platform.rawValue, id.nativeID])
            .flatMap { row in row[6] as Double? == nil ? decision(from: row) : nil }
    }

    private static func decision(from row: Row) -> ModerationDecision? {
        guard let action = ModerationAction(rawValue: row[2]) else { return nil }
        return ModerationDecision(mention: MentionID(platform: Platform(rawValue: row[0]), nativeID: row[1]), action: action,
                                  note: row[3], by: row[4], at: Date(timeIntervalSince1970: row[5]))
    }
}
