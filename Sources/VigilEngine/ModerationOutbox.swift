import Foundation
import VigilCore
import VigilStore

/// The moderation outbox: what a publishing tool or a script should carry out on each platform.
/// One line per item: the team's standing decision, else the house rule's action (`by:
/// rule:<id>`). A rule's `approve` asks nothing of the platform and is left out. Vigil never
/// sends anything itself.
public enum ModerationOutbox {
    public struct Entry: Equatable, Sendable {
        public var mention: MentionID
        public var url: String
        public var author: String
        public var action: ModerationAction
        public var reason: String
        public var by: String
        /// When the decision was taken; for a house rule, when the post was written.
        public var at: Date
    }

    public static let columns = ["platform", "id", "url", "author", "action", "reason", "by", "at"]

    public static func entries(from store: any MentionStore, since: Date? = nil) throws -> [Entry] {
        var byItem: [MentionID: Entry] = [:]
        var order: [MentionID] = []
        func add(_ entry: Entry) {
            if byItem.updateValue(entry, forKey: entry.mention) == nil { order.append(entry.mention) }
        }
        for mention in try store.mentionsModeratedByRules() {
            guard let verdict = mention.flags?.moderation, verdict.action != .approve else { continue }
            add(Entry(mention: mention.id, url: mention.url ?? "", author: mention.author.handle, action: verdict.action,
                      reason: verdict.reason, by: "rule:" + verdict.ruleID, at: mention.createdAt))
        }
        for decision in try store.moderationDecisions() {
            let mention = store.mention(decision.mention)
            add(Entry(mention: decision.mention, url: mention?.url ?? "", author: mention?.author.handle ?? "", action: decision.action,
                      reason: decision.note, by: decision.by, at: decision.at))
        }
        return order.compactMap { byItem[$0] }.filter { since == nil || $0.at >= since! }.sorted { $0.at < $1.at }
    }

    public static func text(_ entries: [Entry], format: MentionExport.Format) -> String {
        var out = format == .csv ? columns.joined(separator: ",") + "\n" : ""
        for entry in entries {
            let values = [entry.mention.platform.rawValue, entry.mention.nativeID, entry.url, entry.author, entry.action.rawValue,
                          entry.reason, entry.by, MentionExport.iso8601(entry.at)]
            if format == .csv {
                out += values.map(MentionExport.csvField).joined(separator: ",") + "\n"
            } else {
                let object = Dictionary(uniqueKeysWithValues: zip(columns, values))
                let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
                out += String(decoding: data, as: UTF8.self) + "\n"
            }
        }
        return out
    }
}
