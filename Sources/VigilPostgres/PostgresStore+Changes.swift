import Foundation
import VigilCore
import VigilStore

/// What any process on any machine changed since a position: new mentions by key, the rest
/// through the change log. Writers commit in the order they took their keys (see
/// `PostgresSchema.mentionLock` and `changeLock`), so a position never skips a change committed later.
extension PostgresStore {
    public func latestChange() throws -> ChangePosition {
        try read { c in
            let rows = try c.query("SELECT (SELECT COALESCE(max(seq), 0) FROM change_log), (SELECT COALESCE(max(key), 0) FROM mention)")
            return ChangePosition(change: rows.int64(0, 0), mention: rows.int64(0, 1))
        }
    }

    public func changes(after position: ChangePosition) throws -> StoreChanges {
        let limit = "100000"
        return try read { c in
            var changes = StoreChanges(last: position)
            var seen = Set<MentionID>()
            let added = try c.query("\(MentionColumns.select) WHERE key > $1 ORDER BY key LIMIT $2", [String(position.mention), limit])
            for row in 0..<added.count {
                let mention = Self.mention(added, row)
                changes.last.mention = added.int64(row, MentionColumns.key)
                seen.insert(mention.id)
                changes.mentions.append(mention)
                changes.keys.append(changes.last.mention)
            }
            let logged = try c.query("SELECT seq, kind, platform, native_id FROM change_log WHERE seq > $1 ORDER BY seq LIMIT $2",
                                     [String(position.change), limit])
            var edited: [MentionID] = [], triaged: Set<MentionID> = [], noted: Set<MentionID> = [], moderated: Set<MentionID> = []
            var claimed: Set<MentionID> = []
            for row in 0..<logged.count {
                changes.last.change = logged.int64(row, 0)
                let id = MentionID(platform: Platform(rawValue: logged.text(row, 2)), nativeID: logged.text(row, 3))
                switch logged.text(row, 1) {
                case "mention": if seen.insert(id).inserted { edited.append(id) }
                case "note": noted.insert(id)
                case "moderation": moderated.insert(id)
                case "claim": claimed.insert(id)
                default: triaged.insert(id)
                }
            }
            for id in noted { changes.notes[id] = try Self.notes(of: id, c) }
            for id in moderated { changes.moderation[id] = .some(try Self.standingDecision(of: id, c)) }
            for id in claimed {
                let rows = try c.query("SELECT platform, native_id, who, purpose, since, until FROM claim WHERE platform = $1 AND native_id = $2",
                                       [id.platform.rawValue, id.nativeID])
                changes.claims[id] = .some(rows.count == 1 ? Self.claim(rows, 0) : nil)
            }
            for id in edited {
                let rows = try c.query("\(MentionColumns.select) WHERE platform = $1 AND native_id = $2", [id.platform.rawValue, id.nativeID])
                if rows.count == 1 {
                    changes.mentions.append(Self.mention(rows, 0))
                    changes.keys.append(rows.int64(0, MentionColumns.key))
                }
            }
            for id in triaged {
                let rows = try c.query("SELECT \(Self.triageColumns) FROM triage WHERE platform = $1 AND native_id = $2", [id.platform.rawValue, id.nativeID])
                if rows.count == 1 { changes.triage[id] = Self.triage(rows, 0, from: 0) }
            }
            return changes
        }
    }
}
