import Foundation
import VigilCore

/// Telegram Desktop's "Export chat history" as JSON (`result.json`): one chat
/// (`{"name", "type", "id", "messages": […]}`) or a full export (`{"chats": {"list": [chat…]}}`).
/// Text is a string or a list of strings and entities; service messages and messages without
/// text (stickers, photos without a caption) are not mentions.
public struct TelegramExportImporter: Importer {
    public let name = "telegram"
    public let summary = "Telegram Desktop chat export result.json (a channel, group or the full export)"
    public let example = "SampleFeeds/formats/telegram-result.json"

    public init() {}

    public func confidence(sample: FeedSample) -> Int {
        let text = JSONAccess.sampleText(sample)
        guard text.contains("\"messages\"") || text.contains("\"chats\"") else { return 0 }
        return text.contains("\"date_unixtime\"") || text.contains("\"from_id\"") || text.contains("\"text_entities\"") ? 88 : 0
    }

    public func read(_ data: Data, path: String, mapper: MentionMapper) -> ImportResult {
        var result = ImportResult(path: path, format: name)
        guard let document = JSONAccess.object(JSONAccess.parse(data)) else {
            result.issues.append(ImportIssue(file: path, line: 0, reason: "expected a JSON object with messages (a Telegram Desktop export)"))
            return result
        }
        var chats: [(String, [String: Any])] = []
        if document["messages"] != nil { chats.append(("$", document)) }
        for (index, chat) in JSONAccess.array(JSONAccess.object(document["chats"])?["list"]).enumerated() {
            if let chat = JSONAccess.object(chat) { chats.append(("$.chats.list[\(index)]", chat)) }
        }
        var withoutText = 0
        for (prefix, chat) in chats {
            let chatID = JSONAccess.string(chat["id"]) ?? JSONAccess.string(chat["name"]) ?? "chat"
            for (index, element) in JSONAccess.array(chat["messages"]).enumerated() {
                let location = "\(prefix).messages[\(index)]"
                guard let message = JSONAccess.object(element) else {
                    result.issues.append(ImportIssue(file: path, line: 0, reason: "\(location): expected an object"))
                    continue
                }
                guard JSONAccess.string(message["type"]) ?? "message" == "message" else { continue }  // joins, pins, calls…
                let text = Self.text(message["text"])
                guard !text.isEmpty else {
                    withoutText += 1
                    continue
                }
                guard let id = JSONAccess.string(message["id"]) else {
                    result.issues.append(ImportIssue(file: path, line: 0, reason: "\(location): missing id"))
                    continue
                }
                // date_unixtime is UTC; `date` is the exporting computer's local time.
                guard let createdAt = JSONAccess.string(message["date_unixtime"]).flatMap(Double.init).map(Date.init(timeIntervalSince1970:))
                        ?? JSONAccess.string(message["date"]).flatMap(mapper.timestamps.parse) else {
                    result.issues.append(ImportIssue(file: path, line: 0, reason: "\(location): missing or invalid date"))
                    continue
                }
                let from = JSONAccess.string(message["from"]) ?? JSONAccess.string(message["actor"]) ?? JSONAccess.string(chat["name"]) ?? ""
                let parent = JSONAccess.string(message["reply_to_message_id"]).map { "\(chatID)/\($0)" }
                result.mentions.append(Mention(
                    id: MentionID(platform: .telegram, nativeID: "\(chatID)/\(id)"),
                    author: Author(handle: from, displayName: JSONAccess.string(message["from"])),
                    createdAt: createdAt,
                    text: text,
                    kind: parent == nil ? .post : .reply,
                    parentID: parent,
                    conversationID: chatID,
                    metrics: Metrics(likes: Self.reactions(message["reactions"]), views: JSONAccess.int(message["views"]))
                ))
            }
        }
        if withoutText > 0 { result.warnings.append("\(withoutText) message(s) without text (stickers, photos or polls without a caption) are not mentions") }
        return result
    }

    /// `"text"` is a string, or a list of strings and `{"type": "link", "text": …}` entities.
    static func text(_ value: Any?) -> String {
        if let string = value as? String { return string }
        return JSONAccess.array(value).map { part in
            (part as? String) ?? JSONAccess.string(JSONAccess.object(part)?["text"]) ?? ""
        }.joined()
    }

    static func reactions(_ value: Any?) -> Int? {
        let list = JSONAccess.array(value)
        guard !list.isEmpty else { return nil }
        return list.reduce(0) { $0 + (JSONAccess.int(JSONAccess.object($1)?["count"]) ?? 0) }
    }
}
