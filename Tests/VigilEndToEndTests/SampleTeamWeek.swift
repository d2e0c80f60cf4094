import Foundation

/// The sample workspace's week with a team's work on it, for reports: the items that need a
/// reply are answered (most within hours, some the next working day, some never), a few handed
/// to departments or dismissed, the first high alert acknowledged, and one post written to
/// break a report (markup, an `onerror` attribute, a formula, a terminal escape). Written into
/// the database with sqlite3, as another process would, deterministically.
enum SampleTeamWeek {
    static let hostilePost = "<script>alert('x')</script> \"><img src=x onerror=alert(1)> =HYPERLINK(\"http://evil\")"

    static func make(binary: String, database: String) throws {
        let imported = try Subprocess.runWithStatus([binary, "import", "--quiet", "--db", database, samplesDirectory])
        guard imported.status == 0 else { throw Subprocess.Failure(reason: "import failed: \(imported.output)") }
        var sql = "BEGIN;\n"
        // Liked by thousands, so it is among the top posts every report lists.
        sql += "INSERT INTO mention (platform, native_id, created_at, author, kind, text, likes, sentiment, sentiment_score, sentiment_source) VALUES "
            + "('forum', 'hostile-1', \(1_795_003_200), 'mallory', 'comment', '\(hostilePost.replacingOccurrences(of: "'", with: "''"))\u{1B}[2J', 90000, 'negative', -0.5, 'analyzer');\n"
        let rows = try Subprocess.run(["sqlite3", "-separator", "\t", database,
                                       "SELECT platform, native_id, created_at FROM mention WHERE flags LIKE '%needs_reply%' ORDER BY created_at, platform, native_id"])
        let people = ["ana", "ben", "chloé", "dieter"]
        let departments = ["support", "product", "legal"]
        for (index, line) in rows.split(separator: "\n").enumerated() {
            let parts = line.split(separator: "\t").map(String.init)
            guard parts.count == 3, let created = Double(parts[2]) else { continue }
            let (platform, id) = (parts[0], parts[1].replacingOccurrences(of: "'", with: "''"))
            let who = people[index % people.count]
            func audit(_ at: Double, _ action: String, _ after: String) {
                sql += "INSERT INTO audit_log (at, who, platform, native_id, action, before, after) VALUES (\(at), '\(who)', '\(platform)', '\(id)', '\(action)', 'status=new', '\(after)');\n"
            }
            func triage(_ at: Double, _ status: String, department: String? = nil, followUp: Double? = nil) {
                sql += "INSERT OR REPLACE INTO triage (platform, native_id, status, department, tags, follow_up, updated_at, updated_by) VALUES ('\(platform)', '\(id)', '\(status)', "
                    + (department.map { "'\($0)'" } ?? "NULL") + ", '', " + (followUp.map { String($0) } ?? "NULL") + ", \(at), '\(who)');\n"
            }
            switch index % 10 {
            case 0, 1, 2, 3, 4, 5:
                // Replied: from twenty minutes to about a day and a half later.
                let at = created + Double(20 + (index * 397) % 2_100) * 60
                sql += "INSERT INTO reply (platform, native_id, at, who, text) VALUES ('\(platform)', '\(id)', \(at), '\(who)', 'Thanks, we are on it.');\n"
                triage(at, "replied")
                audit(at, "replied", "status=replied")
            case 6:
                let at = created + 3_600
                triage(at, "delegated", department: departments[index % 3], followUp: at + 2 * 86_400)
                audit(at, "delegated", "status=delegated department=\(departments[index % 3])")
            case 7:
                let at = created + 5_400
                triage(at, "dismissed")
                audit(at, "dismissed", "status=dismissed")
            default:
                break
            }
        }
        sql += "COMMIT;\n"
        let script = database + ".team.sql"
        try sql.write(toFile: script, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: script) }
        _ = try Subprocess.run(["sqlite3", database, ".read \(script)"])
        // The first high or critical alert the sample raises, acknowledged twelve minutes after it fired.
        let alerts = try Subprocess.run([binary, "check", "--json", "--min-severity", "high", samplesDirectory])
        if let line = alerts.split(separator: "\n").first, let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
           let alertID = object["id"] as? String, let fired = (object["fired_at"] ?? object["started_at"]) as? String,
           let firedAt = ISO8601DateFormatter().date(from: fired) {
            _ = try Subprocess.run(["sqlite3", database, "INSERT INTO alert_ack (alert_id, who, at, note) VALUES ('\(alertID.replacingOccurrences(of: "'", with: "''"))', 'ana', \(firedAt.timeIntervalSince1970 + 720), 'holding statement posted')"])
        }
    }

    static var samplesDirectory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("SampleFeeds").path
    }
}
