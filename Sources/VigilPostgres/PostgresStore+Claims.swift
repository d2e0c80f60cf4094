import Foundation
import VigilCore
import VigilStore

/// Claims and presence (see `ClaimStoring`), shared by every dashboard on every machine.
extension PostgresStore: ClaimStoring {
    public func claim(_ id: MentionID, purpose: String, by who: String, at time: Date, for duration: TimeInterval, takeOver: Bool) throws -> ClaimOutcome {
        try write { c in
            let decision = ClaimRule.decide(existing: try Self.claim(of: id, c), purpose: purpose, who: who, at: time, duration: duration, takeOver: takeOver)
            if let claim = decision.write {
                try c.query("""
                    INSERT INTO claim (platform, native_id, who, purpose, since, until) VALUES ($1,$2,$3,$4,$5,$6)
                    ON CONFLICT (platform, native_id) DO UPDATE SET (who, purpose, since, until) = (EXCLUDED.who, EXCLUDED.purpose, EXCLUDED.since, EXCLUDED.until)
                    """, [id.platform.rawValue, id.nativeID, claim.who, claim.purpose, Self.seconds(claim.since), Self.seconds(claim.until)])
                try Self.logChange(c, kind: "claim", id)
            }
            if let from = decision.takenFrom {
                try Self.audit(c, at: time, by: who, id, action: "claim taken over", before: from.who, after: who)
            }
            return decision.outcome
        }
    }

    public func releaseClaims(_ ids: [MentionID]?, by who: String) throws {
        try write { c in
            let released: PGRows
            if let ids {
                released = try c.query("""
                    DELETE FROM claim WHERE who = $1 AND (platform, native_id) IN (SELECT * FROM unnest($2::text[], $3::text[]))
                    RETURNING platform, native_id
                    """, [who, Self.textArray(ids.map(\.platform.rawValue)), Self.textArray(ids.map(\.nativeID))])
            } else {
                released = try c.query("DELETE FROM claim WHERE who = $1 RETURNING platform, native_id", [who])
            }
            for row in 0..<released.count {
                try Self.logChange(c, kind: "claim", MentionID(platform: Platform(rawValue: released.text(row, 0)), nativeID: released.text(row, 1)))
            }
        }
    }

    public func claims(at now: Date) throws -> [MentionID: Claim] {
        try read { c in
            let rows = try c.query("SELECT platform, native_id, who, purpose, since, until FROM claim WHERE until > $1", [Self.seconds(now)])
            var result: [MentionID: Claim] = [:]
            for row in 0..<rows.count {
                result[MentionID(platform: Platform(rawValue: rows.text(row, 0)), nativeID: rows.text(row, 1))] = Self.claim(rows, row)
            }
            return result
        }
    }

    public func heartbeat(session: String, user: String, pane: String, at time: Date) throws {
        try read { c in
            try c.query("""
                INSERT INTO presence (session, username, pane, at) VALUES ($1,$2,$3,$4)
                ON CONFLICT (session) DO UPDATE SET (username, pane, at) = (EXCLUDED.username, EXCLUDED.pane, EXCLUDED.at)
                """, [session, user, pane, Self.seconds(time)])
        }
    }

    public func presence(since: Date) throws -> [Presence] {
        try read { c in
            let rows = try c.query("SELECT session, username, pane, at FROM presence WHERE at >= $1 ORDER BY username, session", [Self.seconds(since)])
            return (0..<rows.count).map { Presence(session: rows.text($0, 0), user: rows.text($0, 1), pane: rows.text($0, 2), at: Self.date(rows, $0, 3)) }
        }
    }

    public func leave(session: String) throws {
        try read { c in _ = try c.query("DELETE FROM presence WHERE session = $1", [session]) }
    }

    static func claim(of id: MentionID, _ c: PGConnection) throws -> Claim? {
        let rows = try c.query("SELECT platform, native_id, who, purpose, since, until FROM claim WHERE platform = $1 AND native_id = $2 FOR UPDATE",
                               [id.platform.rawValue, id.nativeID])
        return rows.count == 1 ? claim(rows, 0) : nil
    }

    static func claim(_ rows: PGRows, _ row: Int) -> Claim {
        Claim(who: rows.text(row, 2), purpose: rows.text(row, 3), since: date(rows, row, 4), until: date(rows, row, 5))
    }

    /// `{"a","b"}`: a text array parameter, each element quoted.
    static func textArray(_ values: [String]) -> String {
        "{" + values.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
            .joined(separator: ",") + "}"
    }
}
