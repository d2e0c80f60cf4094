import Foundation
import GRDB
import VigilCore

/// Claims and presence (see `ClaimStoring`), shared by the dashboards on one database.
extension SQLiteStore: ClaimStoring {
    public func claim(_ id: MentionID, purpose: String, by who: String, at time: Date, for duration: TimeInterval, takeOver: Bool) throws -> ClaimOutcome {
        try pool.write { db in
            let decision = ClaimRule.decide(existing: try Self.claim(of: id, db), purpose: purpose, who: who, at: time, duration: duration, takeOver: takeOver)
            if let claim = decision.write {
                try db.execute(sql: "INSERT OR REPLACE INTO claim (platform, native_id, who, purpose, since, until) VALUES (?,?,?,?,?,?)",
                               arguments: [id.platform.rawValue, id.nativeID, claim.who, claim.purpose, claim.since.timeIntervalSince1970,
                                           claim.until.timeIntervalSince1970])
            }
            if let from = decision.takenFrom {
                try Self.audit(db, at: time, by: who, platform: id.platform.rawValue, nativeID: id.nativeID, action: "claim taken over",
                               before: from.who, after: who)
            }
            return decision.outcome
        }
    }

    public func releaseClaims(_ ids: [MentionID]?, by who: String) throws {
        try pool.write { db in
            guard let ids else {
                try db.execute(sql: "DELETE FROM claim WHERE who = ?", arguments: [who])
                return
            }
            for id in ids {
                try db.execute(sql: "DELETE FROM claim WHERE platform = ? AND native_id = ? AND who = ?", arguments: [id.platform.rawValue, id.nativeID, who])
            }
        }
    }

    public func claims(at now: Date) throws -> [MentionID: Claim] {
        try pool.read { db in
            var result: [MentionID: Claim] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT platform, native_id, who, purpose, since, until FROM claim WHERE until > ?",
                                        arguments: [now.timeIntervalSince1970]) {
                result[MentionID(platform: Platform(rawValue: row[0]), nativeID: row[1])] = Self.claim(from: row)
            }
            return result
        }
    }

    public func heartbeat(session: String, user: String, pane: String, at time: Date) throws {
        try pool.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO presence (session, user, pane, at) VALUES (?,?,?,?)",
                           arguments: [session, user, pane, time.timeIntervalSince1970])
        }
    }

    public func presence(since: Date) throws -> [Presence] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT session, user, pane, at FROM presence WHERE at >= ? ORDER BY user, session",
                             arguments: [since.timeIntervalSince1970]).map {
                Presence(session: $0[0], user: $0[1], pane: $0[2], at: Date(timeIntervalSince1970: $0[3]))
            }
        }
    }

    public func leave(session: String) throws {
        try pool.write { db in try db.execute(sql: "DELETE FROM presence WHERE session = ?", arguments: [session]) }
    }

    /// The item's claim row, live or not.
    static func claim(of id: MentionID, _ db: Database) throws -> Claim? {
        try Row.fetchOne(db, sql: "SELECT platform, native_id, who, purpose, since, until FROM claim WHERE platform = ? AND native_id = ?",
                         arguments: [id.platform.rawValue, id.nativeID]).map(claim(from:))
    }

    private static func claim(from row: Row) -> Claim {
        Claim(who: row[2], purpose: row[3], since: Date(timeIntervalSince1970: row[4]), until: Date(timeIntervalSince1970: row[5]))
    }
}
