import Foundation
import VigilCore

/// Facebook Graph API comments (`/{object-id}/comments` with `from`, `message`, `created_time`).
public struct FacebookCommentsImporter: Importer {
    public let name = "facebook"
    public let summary = "Facebook Graph API comments (from, message, created_time, like_count)"
    public let example = "SampleFeeds/formats/facebook-comments.json"

    public init() {}

    public func confidence(sample: FeedSample) -> Int {
        let text = JSONAccess.sampleText(sample)
        return text.contains("\"created_time\"") && text.contains("\"message\"") && text.contains("\"from\"") ? 80 : 0
    }

    public func read(_ data: Data, path: String, mapper: MentionMapper) -> ImportResult {
        GraphComments.read(data, path: path, format: name, mapper: mapper) { comment, parent in
            guard let id = JSONAccess.string(comment["id"]) else { return .failure("missing id") }
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
                kind: parentID == nil ? .comment : .reply,
                parentID: parentID,
                metrics: Metrics(likes: JSONAccess.int(comment["like_count"]), replies: JSONAccess.int(comment["comment_count"]))
            ))
        }
    }
}

/// Instagram Graph API comments (`/{media-id}/comments` with `username`, `text`, `timestamp`, replies).
public struct InstagramCommentsImporter: Importer {
    public let name = "instagram"
    public let summary = "Instagram Graph API comments (username, text, timestamp, replies)"
    public let example = "SampleFeeds/formats/instagram-comments.json"

    public init() {}

    public func confidence(sample: FeedSample) -> Int {
        let text = JSONAccess.sampleText(sample)
        return text.contains("\"timestamp\"") && text.contains("\"username\"") && text.contains("\"text\"") && !text.contains("\"created_time\"") ? 75 : 0
    }

    public func read(_ data: Data, path: String, mapper: MentionMapper) -> ImportResult {
        GraphComments.read(data, path: path, format: name, mapper: mapper) { comment, parent in
            guard let id = JSONAccess.string(comment["id"]) else { return .failure("missing id") }
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

/// The shared shape of Graph API comment pages: `{"data": [comment…]}` (or an array of pages),
/// each comment possibly holding `comments.data` / `replies.data`.
enum GraphComments {
    static func read(_ data: Data, path: String, format: String, mapper: MentionMapper,
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
                switch makeMention(comment, parent) {
                case .success(let mention):
                    result.mentions.append(mention)
                    for key in ["comments", "replies"] {
                        walk(JSONAccess.array(JSONAccess.object(comment[key])?["data"]), location: "\(here).\(key).data", parent: mention.id.nativeID)
                    }
                case .failure(let failure):
                    result.issues.append(ImportIssue(file: path, line: 0, reason: "\(here): \(failure.reason)"))
                }
            }
        }
        for (index, page) in pages.enumerated() {
            walk(JSONAccess.array(JSONAccess.object(page)?["data"]), location: pages.count > 1 ? "$[\(index)].data" : "$.data", parent: nil)
        }
        return result
    }
}

struct MappingFailure: Error, ExpressibleByStringLiteral {
    var reason: String
    init(stringLiteral value: String) { reason = value }
}
