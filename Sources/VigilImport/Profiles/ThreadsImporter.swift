import Foundation
import VigilCore

/// Meta's Threads API: a user's threads, a post's `replies` or `conversation` (pages of
/// `{"data": […], "paging": …}`), or one media object; `text`, `timestamp`, `username`,
/// `permalink`, `replied_to`, `root_post`.
public struct ThreadsImporter: Importer {
    public let name = "threads"
    public let summary = "Threads API threads, replies and conversation (text, timestamp, username, permalink, replied_to)"
    public let example = "SampleFeeds/formats/threads-replies.json"

    public init() {}

    public func confidence(sample: FeedSample) -> Int {
        let text = JSONAccess.sampleText(sample)
        return text.contains("\"THREADS\"") || text.contains("threads.net/") || text.contains("threads.com/") ? 85 : 0
    }

    public func read(_ data: Data, path: String, mapper: MentionMapper) -> ImportResult {
        GraphComments.read(data, path: path, format: name, mapper: mapper, textKey: "text") { post, parent in
            guard let raw = JSONAccess.string(post["timestamp"]), let createdAt = mapper.timestamps.parse(raw) else {
                return .failure("missing or invalid timestamp")
            }
            let repliedTo = JSONAccess.string(JSONAccess.object(post["replied_to"])?["id"]) ?? parent
            let isReply = JSONAccess.bool(post["is_reply"]) || repliedTo != nil
            return .success(Mention(
                id: MentionID(platform: .threads, nativeID: JSONAccess.string(post["id"]) ?? ""),
                author: Author(handle: JSONAccess.string(post["username"]) ?? ""),
                createdAt: createdAt,
                text: JSONAccess.string(post["text"]) ?? "",
                url: JSONAccess.string(post["permalink"]),
                kind: isReply ? .reply : .post,
                parentID: repliedTo,
                conversationID: JSONAccess.string(JSONAccess.object(post["root_post"])?["id"]),
                metrics: Metrics(likes: JSONAccess.int(post["likes"]), shares: JSONAccess.int(post["reposts"]),
                                 replies: JSONAccess.int(post["replies"]), views: JSONAccess.int(post["views"]))
            ))
        }
    }
}
