import Foundation
import VigilCore

/// Writes normalized mentions so users and scripts see exactly what Vigil understood.
public enum MentionExport {
    public enum Format: String, CaseIterable, Sendable {
        case jsonl, csv
    }

    public static let csvColumns = [
        "platform", "id", "created_at", "author", "author_name", "followers", "verified", "kind", "text", "url",
        "lang", "likes", "shares", "replies", "views", "reach", "sentiment", "sentiment_score", "sentiment_source",
        "parent_id", "conversation_id",
    ]

    /// Added when exporting from the database: the team's state of each item.
    public static let triageColumns = ["status", "assignee", "department", "tags"]

    static func values(_ m: Mention) -> [String: Any] {
        var v: [String: Any] = [
            "platform": m.platform.rawValue, "id": m.id.nativeID, "created_at": iso8601(m.createdAt),
            "author": m.author.handle, "verified": m.author.verified, "kind": m.kind.rawValue, "text": m.text,
            "sentiment": m.sentimentLabel.rawValue,
        ]
        v["author_name"] = m.author.displayName
        v["followers"] = m.author.followers
        v["url"] = m.url
        v["lang"] = m.language
        v["likes"] = m.metrics.likes
        v["shares"] = m.metrics.shares
        v["replies"] = m.metrics.replies
        v["views"] = m.metrics.views
        v["reach"] = m.metrics.reach
        v["sentiment_score"] = m.sentiment?.score
        switch m.sentiment?.source {
        case .feed(let raw)?: v["sentiment_source"] = "feed:" + raw
        case .analyzer?: v["sentiment_source"] = "vigil"
        case nil: break
        }
        v["parent_id"] = m.parentID
        v["conversation_id"] = m.conversationID
        return v
    }

    static func values(_ m: Mention, triage: Triage?) -> [String: Any] {
        var v = values(m)
        let state = triage ?? Triage()
        v["status"] = status(m, triage: triage).rawValue
        v["assignee"] = state.assignee ?? m.flags?.assignee
        v["department"] = state.department ?? m.flags?.department
        v["tags"] = state.tags + (m.flags?.tags ?? []).filter { !state.tags.contains($0) }
        return v
    }

    /// What the team decided, else `needs_reply` when the rules (as they flagged the item on
    /// import; without rules, the question-or-complaint heuristic) say it waits for an answer. A
    /// snooze that has run out is `needs_reply` again.
    public static func status(_ m: Mention, triage: Triage?, now: Date = Date()) -> TriageStatus {
        if let decided = triage?.status, decided != .new {
            if decided == .snoozed, let until = triage?.snoozedUntil, until <= now { return .needsReply }
            return decided
        }
        return ReplyNeed.needsReply(m) ? .needsReply : .new
    }

    /// The mention as a feed record again (the demo replays these): sentiment the feed gave
    /// is kept, Vigil's own left out so the analyzer scores it afresh.
    public static func feedLine(_ mention: Mention) -> String {
        var object = values(mention)
        if case .feed? = mention.sentiment?.source {} else {
            for key in ["sentiment", "sentiment_score", "sentiment_source"] { object[key] = nil }
        }
        return json(object)
    }

    /// One JSON object; with `withTriage`, also `status`, `assignee`, `department`, `tags`.
    public static func jsonLine(_ mention: Mention, triage: Triage? = nil, withTriage: Bool = false) -> String {
        json(withTriage ? values(mention, triage: triage) : values(mention))
    }

    /// The mention with the rules' verdict (`flags`: escalate, needs_reply, priority, tags,
    /// department, assignee and the rules that decided), as `vigil watch` prints it.
    public static func jsonLine(_ mention: Mention, withFlags: Bool) -> String {
        var v = values(mention)
        if withFlags, let flags = mention.flags {
            var f: [String: Any] = ["escalate": flags.escalate, "needs_reply": flags.needsReply, "tags": flags.tags,
                                    "rules": flags.reasons.map(\.ruleID)]
            f["priority"] = flags.priority?.name
            f["department"] = flags.department
            f["assignee"] = flags.assignee
            v["flags"] = f
        }
        return json(v)
    }

    static func json(_ object: [String: Any]) -> String {
        if let written = ExportJSON.object(object) { return written }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    public static func csvHeader(withTriage: Bool = false) -> String { (csvColumns + (withTriage ? triageColumns : [])).joined(separator: ",") }

    public static func csvRow(_ mention: Mention, triage: Triage? = nil, withTriage: Bool = false) -> String {
        let v = withTriage ? values(mention, triage: triage) : values(mention)
        return (csvColumns + (withTriage ? triageColumns : [])).map { column in
            let text: String
            switch v[column] {
            case nil: text = ""
            case let b as Bool: text = b ? "true" : "false"
            case let list as [String]: text = list.joined(separator: ";")
            case let value?: text = "\(value)"
            }
            return csvField(text)
        }.joined(separator: ",")
    }

    /// Quotes when needed and neutralizes spreadsheet formulas (see `SpreadsheetCSV`).
    public static func csvField(_ value: String) -> String { SpreadsheetCSV.escape(value) }

    /// `2026-11-21T10:00:00.000Z`, as ISO8601DateFormatter writes it with fractional seconds
    /// (milliseconds rounded), without one: making a formatter per record was three quarters
    /// of exporting a million mentions.
    static func iso8601(_ date: Date) -> String {
        let milliseconds = Int((date.timeIntervalSince1970 * 1000).rounded())
        var seconds = milliseconds / 1000, millis = milliseconds % 1000
        if millis < 0 { millis += 1000; seconds -= 1 }
        let c = CivilDate(secondsSince1970: seconds)
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))T\(pad(c.hour, 2)):\(pad(c.minute, 2)):\(pad(c.second, 2)).\(pad(millis, 3))Z"
    }
}
