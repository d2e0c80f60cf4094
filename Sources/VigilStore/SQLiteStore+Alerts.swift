import Foundation
import GRDB
import VigilCore

/// Alert acknowledgements, notification claims and silences.
extension SQLiteStore {
    public func saveAcknowledgement(_ ack: Acknowledgement, alertID: String) throws {
        try pool.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO alert_ack (alert_id, who, at, note) VALUES (?,?,?,?)",
                           arguments: [alertID, ack.by, ack.at.timeIntervalSince1970, ack.note])
            // Audited like triage, with `AuditEntry.alertPlatform` in place of a platform and
            // the alert's id in place of a mention's.
            try Self.audit(db, at: ack.at, by: ack.by, platform: AuditEntry.alertPlatform, nativeID: alertID, action: "acknowledged", after: ack.note)
        }
    }

    public func claimNotification(alertID: String, at time: Date) throws -> Bool {
        try pool.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO alert_notified (alert_id, at) VALUES (?, ?)", arguments: [alertID, time.timeIntervalSince1970])
            return db.changesCount == 1
        }
    }

    public func acknowledgements() throws -> [String: Acknowledgement] {
        try pool.read { db in
            var result: [String: Acknowledgement] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT alert_id, who, at, note FROM alert_ack") {
                result[row[0]] = Acknowledgement(by: row[1], at: Date(timeIntervalSince1970: row[2]), note: row[3])
            }
            return result
        }
    }

    public func saveSilence(id: String, rule: String?, key: String?, from: Date, until: Date, by: String, comment: String) throws {
        try pool.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO silence (id, rule, key, starts_at, ends_at, who, comment) VALUES (?,?,?,?,?,?,?)",
                           arguments: [id, rule, key, from.timeIntervalSince1970, until.timeIntervalSince1970, by, comment])
        }
    }

    public func silences() throws -> [SavedSilence] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, rule, key, starts_at, ends_at, who, comment FROM silence ORDER BY id").map { row in
                SavedSilence(id: row[0], rule: row[1], key: row[2], from: Date(timeIntervalSince1970: row[3]),
                             until: Date(timeIntervalSince1970: row[4]), by: row[5], comment: row[6])
            }
        }
    }
}
