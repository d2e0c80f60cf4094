import Foundation
import VigilCore

/// X (Twitter) API v2 search/timeline pages: `data` tweets joined to `includes.users` by
/// `author_id`, with `public_metrics`, `referenced_tweets` and `conversation_id`.
public struct XAPIv2Importer: Importer {
    public let name = "x-api-v2"
    public let summary = "X API v2 pages: data + includes.users, public_metrics, referenced_tweets (e.g. search.json)"
    public let example = "SampleFeeds/formats/x-api-v2.json"

    public init() {}

    public func confidence(sample: FeedSample) -> Int {
        let text = JSONAccess.sampleText(sample)
        guard sample.firstSignificantByte == UInt8(ascii: "{") || sample.firstSignificantByte == UInt8(ascii: "[") else { return 0 }
        return text.contains("\"author_id\"") && (text.contains("\"public_metrics\"") || text.contains("\"includes\"")) ? 80 : 0
    }

    public func read(_ data: Data, path: String, mapper: MentionMapper) -> ImportResult {
        var result = ImportResult(path: path, format: name)
        guard let document = JSONAccess.parse(data) else {
            result.issues.append(ImportIssue(file: path, line: 0, reason: "invalid JSON document"))
            return result
        }
        // One page, or an array of pages (several responses saved together).
        let pages = (document as? [Any])?.compactMap(JSONAccess.object) ?? [JSONAccess.object(document)].compactMap { $0 }
        for (pageIndex, page) in pages.enumerated() {
            var users: [String: [String: Any]] = [:]
            for case let user as [String: Any] in JSONAccess.array(JSONAccess.object(page["includes"])?["users"]) {
                if let id = JSONAccess.string(user["id"]) { users[id] = user }
            }
            let prefix = pages.count > 1 ? "$[\(pageIndex)].data" : "$.data"
            for (index, element) in JSONAccess.array(page["data"]).enumerated() {
                let location = "\(prefix)[\(index)]"
                guard let tweet = element as? [String: Any] else {
                    result.issues.append(ImportIssue(file: path, line: 0, reason: "\(location): expected an object"))
                    continue
                }
                switch mention(tweet, users: users, mapper: mapper) {
                case .success(let mention): result.mentions.append(mention)
                case .failure(let reason): result.issues.append(ImportIssue(file: path, line: 0, reason: "\(location): \(reason.text)"))
                }
            }
        }
        return result
    }

    struct Reason: Error { var text: String }

    func mention(_ tweet: [String: Any], users: [String: [String: Any]], mapper: MentionMapper) -> Result<Mention, Reason> {
        guard let id = JSONAccess.string(tweet["id"]) else { return .failure(Reason(text: "missing id")) }
        guard let rawDate = JSONAccess.string(tweet["created_at"]) else { return .failure(Reason(text: "missing created_at")) }
        guard let createdAt = mapper.timestamps.parse(rawDate) else { return .failure(Reason(text: "invalid created_at '\(rawDate)'")) }
        let authorID = JSONAccess.string(tweet["author_id"])
        let user = authorID.flatMap { users[$0] }
        let userMetrics = JSONAccess.object(user?["public_metrics"])
        let handle = JSONAccess.string(user?["username"]) ?? authorID ?? ""
        let metrics = JSONAccess.object(tweet["public_metrics"])
        let references = JSONAccess.array(tweet["referenced_tweets"]).compactMap(JSONAccess.object)
        let repliedTo = references.first { JSONAccess.string($0["type"]) == "replied_to" }.flatMap { JSONAccess.string($0["id"]) }
        let isRetweet = references.contains { JSONAccess.string($0["type"]) == "retweeted" }
        let isQuote = references.contains { JSONAccess.string($0["type"]) == "quoted" }
        return .success(Mention(
            id: MentionID(platform: .x, nativeID: id),
            author: Author(handle: handle, displayName: JSONAccess.string(user?["name"]),
                           followers: JSONAccess.int(userMetrics?["followers_count"]), verified: JSONAccess.bool(user?["verified"])),
            createdAt: createdAt,
            text: JSONAccess.string(tweet["text"]) ?? "",
            url: "https://x.com/\(handle.isEmpty ? "i" : handle)/status/\(id)",
            kind: repliedTo != nil || isRetweet || isQuote ? .reply : .post,
            parentID: repliedTo,
            conversationID: JSONAccess.string(tweet["conversation_id"]),
            language: JSONAccess.string(tweet["lang"]).flatMap { $0 == "und" ? nil : $0 },
            metrics: Metrics(
                likes: JSONAccess.int(metrics?["like_count"]),
                shares: (JSONAccess.int(metrics?["retweet_count"]) ?? 0) + (JSONAccess.int(metrics?["quote_count"]) ?? 0),
                replies: JSONAccess.int(metrics?["reply_count"]),
                views: JSONAccess.int(metrics?["impression_count"])
            )
        ))
    }
}
