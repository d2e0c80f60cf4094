import Foundation
import VigilCore

/// Facebook Graph API comments and posts (`/{object-id}/comments`, `/{page}/feed`, `?ids=` lookups):
/// `message`, `created_time`, and `from`, `id`, `permalink_url` when the request asked for them.
public struct FacebookCommentsImporter: Importer {
    public let name = "facebook"
    public let summary = "Facebook Graph API comments and posts (message, created_time; from, id, permalink_url when asked for), paging, nested comments, ?ids= lookups"
    public let example = "SampleFeeds/formats/facebook-comments.json"

    public init() {}

    public func confidence(sample: FeedSample) -> Int {
        let text = JSONAccess.sampleText(sample)
        guard text.contains("\"created_time\"") else { return 0 }
        return text.contains("\"message\"") || text.contains("\"from\"") || text.contains("\"permalink_url\"") ? 80 : 0
    }

    public func read(_ data: Data, path: String, mapper: MentionMapper) -> ImportResult {
        GraphComments.read(data, path: path, format: name, mapper: mapper, textKey: "message") { comment, parent in
            // Without `id` (not asked for), identity comes from permalink_url or the content.
            let id = JSONAccess.string(comment["id"]) ?? ""
            guard let raw = JSONAccess.string(comment["created_time"]), let createdAt = mapper.timestamps.parse(raw) else {
                return .failure("missing or invalid created_time")
            }
            let from = JSONAccess.object(comment["from"])
            let parentID = JSONAccess.string(JSONAccess.object(comment["parent"])?["id"]) ?? parent
            return .success(Mention(
                id: MentionID(platform: .facebook, nativeID: id),
                author: Author(handle: JSONAccess.string(from?["id"]) ?? "", displayName: JSONAccess.string(from?["name"])),
                createdAt: createdAt,
                text: JSONAccess.string(comment["message"]) ?? "",
                url: JSONAccess.string(comment["permalink_url"]),
                kind: parentID != nil ? .reply : GraphComments.looksLikePost(comment) ? .post : .comment,
                parentID: parentID,
                metrics: Metrics(likes: JSONAccess.int(comment["like_count"]), replies: JSONAccess.int(comment["comment_count"]))
            ))
        }
    }
}

/// Instagram Graph API comments (`/{media-id}/comments` with `username`, `text`, `timestamp`, replies).
public struct InstagramCommentsImporter: Importer {
    public let name = "instagram"
    public let summary = "Instagram Graph API comments (text, timestamp, username, replies), paging, ?ids= lookups, one comment with replies"
    public let example = "SampleFeeds/formats/instagram-comments.json"

    public init() {}

    public func confidence(sample: FeedSample) -> Int {
        let text = JSONAccess.sampleText(sample)
        // Graph API times end in "+0000"; Threads (same API family) says THREADS.
        guard text.contains("\"timestamp\""), text.contains("\"text\""), !text.contains("\"created_time\""), !text.contains("\"THREADS\"") else { return 0 }
        return text.contains("\"username\"") || text.contains("+0000\"") ? 75 : 0
    }

    public func read(_ data: Data, path: String, mapper: MentionMapper) -> ImportResult {
        GraphComments.read(data, path: path, format: name, mapper: mapper, textKey: "text") { comment, parent in
            let id = JSONAccess.string(comment["id"]) ?? ""
            guard let raw = JSONAccess.string(comment["timestamp"]), let createdAt = mapper.timestamps.parse(raw) else {
                return .failure("missing or invalid timestamp")
            }
            return .success(Mention(
                id: MentionID(platform: .instagram, nativeID: id),
                author: Author(handle: JSONAccess.string(comment["username"]) ?? JSONAccess.string(JSONAccess.object(comment["from"])?["username"]) ?? ""),
                createdAt: createdAt,
                text: JSONAccess.string(comment["text"]) ?? "",
                kind: parent == nil ? .comment : .reply,
                parentID: parent,
                metrics: Metrics(likes: JSONAccess.int(comment["like_count"]))
            ))
        }
    }
}

/// The shared shapes of Graph API responses: pages `{"data": [object…], "paging": …}` (or an
/// array of pages), an `?ids=` lookup `{"<id>": object, …}`, or one object; each object possibly
/// holding `comments.data` / `replies.data`. Objects without text (an album, a photo) are not
/// mentions, but their comments are.
enum GraphComments {
    /// Feed items (posts) carry fields comments never have.
    static func looksLikePost(_ object: [String: Any]) -> Bool {
        ["status_type", "type", "shares", "full_picture", "attachments", "story", "is_published"].contains { object[$0] != nil }
    }

    static func read(_ data: Data, path: String, format: String, mapper: MentionMapper, textKey: String,
                     makeMention: ([String: Any], String?) -> Result<Mention, MappingFailure>) -> ImportResult {
        var result = ImportResult(path: path, format: format)
        guard let document = JSONAccess.parse(data) else {
            result.issues.append(ImportIssue(file: path, line: 0, reason: "invalid JSON document"))
            return result
        }
        let pages = (document as? [Any]) ?? [document]
        func walk(_ comments: [Any], location: String, parent: String?) {
            for (index, element) in comments.enumerated() {
                let here = "\(location)[\(index)]"
                guard let comment = JSONAccess.object(element) else {
                    result.issues.append(ImportIssue(file: path, line: 0, reason: "\(here): expected an object"))
                    continue
                }
                var parentOfChildren = JSONAccess.string(comment["id"])
                if comment[textKey] != nil || comment["comments"] == nil && comment["replies"] == nil {
                    switch makeMention(comment, parent) {
                    case .success(let mention):
                        result.mentions.append(mention)
                        parentOfChildren = mention.id.nativeID.isEmpty ? nil : mention.id.nativeID
                    case .failure(let failure):
                        result.issues.append(ImportIssue(file: path, line: 0, reason: "\(here): \(failure.reason)"))
                        continue
                    }
                }
                for key in ["comments", "replies"] {
                    walk(JSONAccess.array(JSONAccess.object(comment[key])?["data"]), location: "\(here).\(key).data", parent: parentOfChildren)
                }
            }
        }
        for (index, page) in pages.enumerated() {
            let location = pages.count > 1 ? "$[\(index)]" : "$"
            guard let object = JSONAccess.object(page) else { continue }
            if let mentioned = JSONAccess.object(object["mentioned_comment"]) ?? JSONAccess.object(object["mentioned_media"]) {
                walk([mentioned], location: location + ".mentioned_comment", parent: nil)  // Instagram mentions lookup
            } else if let records = object["data"] as? [Any] {
                walk(records, location: location + ".data", parent: nil)
            } else if object["id"] != nil {
                walk([object], location: location, parent: nil)  // one object
            } else {
                // An ?ids= lookup: each value is an object keyed by its id.
                for key in object.keys.sorted() where object[key] is [String: Any] {
                    walk([object[key]!], location: location + ".\(key)", parent: nil)
                }
            }
        }
        return result
    }
}

struct MappingFailure: Error, ExpressibleByStringLiteral {
    var reason: String
    init(stringLiteral value: String) { reason = value }
}
