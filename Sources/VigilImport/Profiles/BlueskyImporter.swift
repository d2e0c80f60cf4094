import Foundation
import VigilCore

/// Bluesky (AT Protocol) post views: `getAuthorFeed`/`getTimeline` (`{"feed":[{"post":…}]}`),
/// `searchPosts` (`{"posts":[…]}`) and `getPostThread`. Identity is the post's `at://` URI.
public struct BlueskyImporter: Importer {
    public let name = "bluesky"
    public let summary = "Bluesky post views and feeds (getAuthorFeed, getTimeline, searchPosts)"
    public let example = "SampleFeeds/formats/bluesky-author-feed.json"

    public init() {}

    public func confidence(sample: FeedSample) -> Int {
        let text = JSONAccess.sampleText(sample)
        return text.contains("app.bsky.feed.post") || (text.contains("\"at://") && text.contains("\"indexedAt\"")) ? 85 : 0
    }

    public func read(_ data: Data, path: String, mapper: MentionMapper) -> ImportResult {
        var result = ImportResult(path: path, format: name)
        guard let document = JSONAccess.object(JSONAccess.parse(data)) else {
            result.issues.append(ImportIssue(file: path, line: 0, reason: "expected a JSON object with feed or posts"))
            return result
        }
        var views: [(String, Any)] = []
        for (index, item) in JSONAccess.array(document["feed"]).enumerated() {
            views.append(("$.feed[\(index)].post", JSONAccess.object(item)?["post"] as Any))
        }
        for (index, post) in JSONAccess.array(document["posts"]).enumerated() { views.append(("$.posts[\(index)]", post)) }
        var seen = Set<String>()
        for (location, view) in views {
            guard let post = JSONAccess.object(view) else {
                result.issues.append(ImportIssue(file: path, line: 0, reason: "\(location): expected a post view"))
                continue
            }
            guard let uri = JSONAccess.string(post["uri"]) else {
                result.issues.append(ImportIssue(file: path, line: 0, reason: "\(location): missing uri"))
                continue
            }
            if !seen.insert(uri).inserted { continue }  // reposts repeat a post in feeds
            let record = JSONAccess.object(post["record"])
            guard let raw = JSONAccess.string(record?["createdAt"]) ?? JSONAccess.string(post["indexedAt"]),
                  let createdAt = mapper.timestamps.parse(raw) else {
                result.issues.append(ImportIssue(file: path, line: 0, reason: "\(location): missing or invalid record.createdAt"))
                continue
            }
            let author = JSONAccess.object(post["author"])
            let handle = JSONAccess.string(author?["handle"]) ?? ""
            let reply = JSONAccess.object(record?["reply"])
            let parent = JSONAccess.string(JSONAccess.object(reply?["parent"])?["uri"])
            let rkey = uri.split(separator: "/").last.map(String.init) ?? uri
            result.mentions.append(Mention(
                id: MentionID(platform: .bluesky, nativeID: uri),
                author: Author(handle: handle, displayName: JSONAccess.string(author?["displayName"]),
                               followers: JSONAccess.int(author?["followersCount"])),
                createdAt: createdAt,
                text: JSONAccess.string(record?["text"]) ?? "",
                url: "https://bsky.app/profile/\(handle)/post/\(rkey)",
                kind: parent == nil ? .post : .reply,
                parentID: parent,
                conversationID: JSONAccess.string(JSONAccess.object(reply?["root"])?["uri"]) ?? uri,
                language: JSONAccess.array(record?["langs"]).first.flatMap(JSONAccess.string),
                metrics: Metrics(likes: JSONAccess.int(post["likeCount"]),
                                 shares: (JSONAccess.int(post["repostCount"]) ?? 0) + (JSONAccess.int(post["quoteCount"]) ?? 0),
                                 replies: JSONAccess.int(post["replyCount"]))
            ))
        }
        return result
    }
}
