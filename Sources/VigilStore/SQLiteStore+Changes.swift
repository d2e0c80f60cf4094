import Foundation
import GRDB
import VigilCore

/// What other processes changed since a position: new and edited mentions, triage, notes.
extension SQLiteStore {
    public func latestChange() throws -> ChangePosition {
        try pool.read { db in
            ChangePosition(change: try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM change_log") ?? 0,
                           mention: try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM mention") ?? 0)
        }
    }

    /// At most `limit` new mentions and `limit` log entries at a time (a dashboard polling
    /// during a million-row import takes it in steps); each mention once, as it is now.
    public func changes(after position: ChangePosition) throws -> StoreChanges {
        let limit = 100_000
        let changes = try pool.read { db in
            var changes = StoreChanges(last: position)
            var seen = Set<MentionID>()
            let added = try Row.fetchCursor(db, sql: "\(MentionRowLayout.select) WHERE id > ? ORDER BY id LIMIT ?", arguments: [position.mention, limit])
            while let row = try added.next() {
                changes.last.mention = row[MentionRowLayout.key]
                let mention = Self.mention(from: row)
                seen.insert(mention.id)
                changes.mentions.append(mention)
                changes.keys.append(row[MentionRowLayout.key])
            }
            let rows = try Row.fetchAll(db, sql: "SELECT seq, kind, platform, native_id FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?",
                                        arguments: [position.change, limit])
            var edited: [MentionID] = [], triageIDs: Set<MentionID> = [], noteIDs: Set<MentionID> = [], moderated: Set<MentionID> = []
            var claimed: Set<MentionID> = []
            for row in rows {
                changes.last.change = row[0]
                let id = MentionID(platform: Platform(rawValue: row[2]), nativeID: row[3])
                switch row[1] as String {
                case "mention": if seen.insert(id).inserted { edited.append(id) }
                case "note": noteIDs.insert(id)
                case "moderation": moderated.insert(id)
                case "claim": claimed.insert(id)
                default: triageIDs.insert(id)
                }
            }
            for id in noteIDs { changes.notes[id] = try Self.notes(of: id, db) }
            for id in moderated { changes.moderation[id] = .some(try Self.standingDecision(of: id, db)) }
            for id in claimed { changes.claims[id] = .some(try Self.claim(of: id, db)) }
            for id in edited {
                if let row = try Row.fetchOne(db, sql: "\(MentionRowLayout.select) WHERE platform = ? AND native_id = ?", arguments: [id.platform.rawValue, id.nativeID]) {
                    changes.mentions.append(Self.mention(from: row))
                    changes.keys.append(row[MentionRowLayout.key])
                }
            }
            for id in triageIDs {
                if let row = try Row.fetchOne(db, sql: "SELECT * FROM triage WHERE platform = ? AND native_id = ?", arguments: [id.platform.rawValue, id.nativeID]) {
                    changes.triage[id] = Self.triage(from: row)
                }
            }
            return changes
        }
        // Another process's mentions: normally it indexes them itself, but one killed before
        // its indexer caught up leaves that to whoever comes next.
        if changes.last.mention > position.mention { indexer.schedule() }
        return changes
    }
}
