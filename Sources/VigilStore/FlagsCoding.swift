import Foundation
import VigilCore

/// Rule flags as one JSON text column (read back when the dashboard opens history).
public enum FlagsCoding {
    static let empty = "{\"reasons\":[]}"

    public static func encode(_ flags: RuleFlags) -> String {
        if flags.isEmpty && !flags.escalate && !flags.needsReply && flags.priority == nil && flags.tags.isEmpty
            && flags.assignee == nil && flags.department == nil && flags.moderation == nil { return empty }
        // Written by hand into bytes, keys sorted: JSONSerialization (and even String
        // concatenation) cost more than the rest of an import row.
        var out: [UInt8] = [UInt8(ascii: "{")]
        out.reserveCapacity(64 + flags.reasons.count * 48)
        var first = true
        func key(_ name: String) {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            JSONText.appendQuoted(name, to: &out)
            out.append(UInt8(ascii: ":"))
        }
        if let assignee = flags.assignee { key("assign"); JSONText.appendQuoted(assignee, to: &out) }
        if let department = flags.department { key("department"); JSONText.appendQuoted(department, to: &out) }
        if flags.escalate { key("escalate"); out += Array("true".utf8) }
        if let verdict = flags.moderation {
            key("moderate")
            out.append(UInt8(ascii: "["))
            JSONText.appendQuoted(verdict.action.rawValue, to: &out)
            out.append(UInt8(ascii: ","))
            JSONText.appendQuoted(verdict.ruleID, to: &out)
            out.append(UInt8(ascii: ","))
            JSONText.appendQuoted(verdict.reason, to: &out)
            out.append(UInt8(ascii: "]"))
        }
        if flags.needsReply { key("needs_reply"); out += Array("true".utf8) }
        if let priority = flags.priority { key("priority"); JSONText.appendQuoted(priority.name, to: &out) }
        key("reasons")
        out.append(UInt8(ascii: "["))
        for (index, reason) in flags.reasons.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "["))
            JSONText.appendQuoted(reason.ruleID, to: &out)
            out.append(UInt8(ascii: ","))
            JSONText.appendQuoted(reason.detail, to: &out)
            out.append(UInt8(ascii: "]"))
        }
        out.append(UInt8(ascii: "]"))
        if !flags.tags.isEmpty {
            key("tags")
            out.append(UInt8(ascii: "["))
            for (index, tag) in flags.tags.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                JSONText.appendQuoted(tag, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }

    public static func decode(_ text: String) -> RuleFlags? {
        if text == empty { return RuleFlags() }
        // What `encode` wrote is read by hand (JSONSerialization took 30% of loading a million
        // mentions); anything else (spaces, other writers) by JSONSerialization.
        return FlagsReader.read(text) ?? decodeAnyJSON(text)
    }

    static func decodeAnyJSON(_ text: String) -> RuleFlags? {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] else { return nil }
        let reasons = (object["reasons"] as? [[String]] ?? []).compactMap { pair in pair.count == 2 ? RuleReason(ruleID: pair[0], detail: pair[1]) : nil }
        return RuleFlags(escalate: object["escalate"] as? Bool ?? false, needsReply: object["needs_reply"] as? Bool ?? false,
                         priority: (object["priority"] as? String).flatMap(Priority.init(name:)), tags: object["tags"] as? [String] ?? [],
                         assignee: object["assign"] as? String, department: object["department"] as? String,
                         moderation: verdict(object["moderate"] as? [String] ?? []), reasons: reasons)
    }

    /// `["hold", "rule-id", "reason"]`.
    static func verdict(_ parts: [String]) -> ModerationVerdict? {
        guard parts.count == 3, let action = ModerationAction(rawValue: parts[0]) else { return nil }
        return ModerationVerdict(action: action, ruleID: parts[1], reason: parts[2])
    }
}
