import Foundation
import VigilCore
import VigilStore

/// Alert acknowledgements, notification claims and silences, shared by every dashboard.
extension PostgresStore {
    public func saveAcknowledgement(_ ack: Acknowledgement, alertID: String) throws {
        try write { c in
            try c.query("""
                INSERT INTO alert_ack (alert_id, who, at, note) VALUES ($1,$2,$3,$4)
                ON CONFLICT (alert_id) DO UPDATE SET (who, at, note) = (EXCLUDED.who, EXCLUDED.at, EXCLUDED.note)
                """, [alertID, ack.by, Self.seconds(ack.at), ack.note])
            try Self.audit(c, at: ack.at, by: ack.by, MentionID(platform: Platform(rawValue: AuditEntry.alertPlatform), nativeID: alertID),
                           action: "acknowledged", after: ack.note)
        }
    }

    public func acknowledgements() throws -> [String: Acknowledgement] {
        try read { c in
            let rows = try c.query("SELECT alert_id, who, at, note FROM alert_ack")
            var result: [String: Acknowledgement] = [:]
            for row in 0..<rows.count {
                result[rows.text(row, 0)] = Acknowledgement(by: rows.text(row, 1), at: Self.date(rows, row, 2), note: rows.text(row, 3))
            }
            return result
        }
    }

    /// The first process on any machine to claim an alert sends its notification.
    public func claimNotification(alertID: String, at time: Date) throws -> Bool {
        try write { c in
            try c.query("INSERT INTO alert_notified (alert_id, at) VALUES ($1,$2) ON CONFLICT DO NOTHING", [alertID, Self.seconds(time)]).affected == 1
        }
    }

    public func saveSilence(id: String, rule: String?, key: String?, from: Date, until: Date, by: String, comment: String) throws {
        try write { c in
            try c.query("""
                INSERT INTO silence (id, rule, key, starts_at, ends_at, who, comment) VALUES ($1,$2,$3,$4,$5,$6,$7)
                ON CONFLICT (id) DO UPDATE SET (rule, key, starts_at, ends_at, who, comment) =
                    (EXCLUDED.rule, EXCLUDED.key, EXCLUDED.starts_at, EXCLUDED.ends_at, EXCLUDED.who, EXCLUDED.comment)
                """, [id, rule, key, Self.seconds(from), Self.seconds(until), by, comment])
        }
    }

    public func silences() throws -> [SavedSilence] {
        try read { c in
            let rows = try c.query("SELECT id, rule, key, starts_at, ends_at, who, comment FROM silence ORDER BY id")
            return (0..<rows.count).map { row in
                SavedSilence(id: rows.text(row, 0), rule: rows.string(row, 1), key: rows.string(row, 2), from: Self.date(rows, row, 3),
                             until: Self.date(rows, row, 4), by: rows.text(row, 5), comment: rows.text(row, 6))
            }
        }
    }
}
