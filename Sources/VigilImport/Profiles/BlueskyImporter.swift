import Foundation
import VigilCore

/// Bluesky (AT Protocol) post views: `getAuthorFeed`/`getTimeline` (`{"feed":[{"post":…}]}`),
/// `searchPosts` (`{"posts":[…]}`) and `getPostThread`. Identity is the post's `at://` URI.
public struct BlueskyImporter: Importer {
    public let name = "bluesky"
    public let summary = "Bluesky post views: getPostThread (parents and replies), getPosts, searchPosts, getQuotes, getAuthorFeed, getTimeline, list feeds"
    public let example = "SampleFeeds/formats/bluesky-author-feed.json"

    public init() {}

    public func confidence(sample: FeedSample) -> Int {
        let text = JSONAccess.sampleText(sample)
        return text.contains("app.bsky.feed.post") || (text.contains("\"at://") && text.contains("\"indexedAt\"")) ? 85 : 0
    }

    /// A `getPostThread` thread: the post, its parents up to the root, and nested replies, in
    /// reading order (root first). Unavailable posts (`notFoundPost`, `blockedPost`) carry no post.
    static func collect(thread: [String: Any], location: String, into views: inout [(String, Any)]) {
        if let parent = JSONAccess.object(thread["parent"]) { collect(thread: parent, location: location + ".parent", into: &views) }
        if let post = thread["post"] { views.append((location + ".post", post)) }
        for (index, reply) in JSONAccess.array(thread["replies"]).enumerated() {
            guard var child = JSONAccess.object(reply) else { continue }
            child["parent"] = nil  // a reply's parent is this thread, already collected
            collect(thread: child, location: location + ".replies[\(index)]", into: &views)
        }
    }

    static func countUnavailable(_ node: Any?, into count: inout Int) {
        guard let node = JSONAccess.object(node) else { return }
        if node["post"] == nil, node["uri"] != nil { count += 1 }
        countUnavailable(node["parent"], into: &count)
        for reply in JSONAccess.array(node["replies"]) { countUnavailable(reply, into: &count) }
    }

    public func read(_ data: Data, path: String, mapper: MentionMapper) -> ImportResult {
        var result = ImportResult(path: path, format: name)
        guard let document = JSONAccess.object(JSONAccess.parse(data)) else {
            result.issues.append(ImportIssue(file: path, line: 0, reason: "expected a JSON object with feed, posts or thread"))
            return result
        }
        var views: [(String, Any)] = []
        for (index, item) in JSONAccess.array(document["feed"]).enumerated() {
            views.append(("$.feed[\(index)].post", JSONAccess.object(item)?["post"] as Any))
        }
        for (index, post) in JSONAccess.array(document["posts"]).enumerated() { views.append(("$.posts[\(index)]", post)) }
        if let thread = JSONAccess.object(document["thread"]) { Self.collect(thread: thread, location: "$.thread", into: &views) }
        var unavailable = 0
        Self.countUnavailable(document["thread"], into: &unavailable)
        if unavailable > 0 { result.warnings.append("\(unavailable) post(s) in the thread are not available (deleted, blocked or not found)") }
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
