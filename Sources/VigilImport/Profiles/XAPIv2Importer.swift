import Foundation
import VigilCore

/// X (Twitter) API v2 search/timeline pages: `data` tweets joined to `includes.users` by
/// `author_id`, with `public_metrics`, `referenced_tweets` and `conversation_id`.
public struct XAPIv2Importer: Importer {
    public let name = "x-api-v2"
    public let summary = "X API v2 lookup, search and timeline pages (data + includes.users, errors, meta) and filtered-stream lines"
    public let example = "SampleFeeds/formats/x-api-v2.json"

    public init() {}

    public func confidence(sample: FeedSample) -> Int {
        let text = JSONAccess.sampleText(sample)
        guard sample.firstSignificantByte == UInt8(ascii: "{") || sample.firstSignificantByte == UInt8(ascii: "[") else { return 0 }
        if text.contains("\"edit_history_tweet_ids\"") { return 80 }
        return text.contains("\"author_id\"") && (text.contains("\"public_metrics\"") || text.contains("\"includes\"")) ? 80 : 0
    }

    public func read(_ data: Data, path: String, mapper: MentionMapper) -> ImportResult {
        var result = ImportResult(path: path, format: name)
        // One page, an array of pages (several responses saved together), or stream lines
        // (one {"data": tweet, "includes": …} per line).
        let pages: [[String: Any]]
        if let document = JSONAccess.parse(data) {
            pages = (document as? [Any])?.compactMap(JSONAccess.object) ?? [JSONAccess.object(document)].compactMap { $0 }
        } else {
            var lines: [[String: Any]] = []
            for (number, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() where line.contains(where: { $0 > 0x20 }) {
                guard let page = JSONAccess.object(JSONAccess.parse(Data(line))) else {
                    result.issues.append(ImportIssue(file: path, line: number + 1, reason: "invalid JSON line"))
                    continue
                }
                lines.append(page)
            }
            guard !lines.isEmpty else {
                result.issues.append(ImportIssue(file: path, line: 0, reason: "invalid JSON document"))
                return result
            }
            pages = lines
        }
        var errors: [String] = []
        for (pageIndex, page) in pages.enumerated() {
            var users: [String: [String: Any]] = [:]
            for case let user as [String: Any] in JSONAccess.array(JSONAccess.object(page["includes"])?["users"]) {
                if let id = JSONAccess.string(user["id"]) { users[id] = user }
            }
            let prefix = pages.count > 1 ? "$[\(pageIndex)].data" : "$.data"
            for error in JSONAccess.array(page["errors"]).compactMap(JSONAccess.object) {
                errors.append(JSONAccess.string(error["detail"]) ?? JSONAccess.string(error["title"]) ?? "error")
            }
            let tweets = JSONAccess.object(page["data"]).map { [$0 as Any] } ?? JSONAccess.array(page["data"])
            for (index, element) in tweets.enumerated() {
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
        if !errors.isEmpty {
            result.warnings.append("the response reports \(errors.count) error(s) (tweets it could not return), e.g. \(errors[0])")
        }
        return result
    }

    struct Reason: Error { var text: String }

    func mention(_ tweet: [String: Any], users: [String: [String: Any]], mapper: MentionMapper) -> Result<Mention, Reason> {
        guard let id = JSONAccess.string(tweet["id"]) else { return .failure(Reason(text: "missing id")) }
        let createdAt: Date
        if let rawDate = JSONAccess.string(tweet["created_at"]) {
            guard let parsed = mapper.timestamps.parse(rawDate) else { return .failure(Reason(text: "invalid created_at '\(rawDate)'")) }
            createdAt = parsed
        } else {
            // Not asked for (tweet.fields): the id itself holds the time.
            guard let fromID = XSnowflake.date(id) else { return .failure(Reason(text: "missing created_at")) }
            createdAt = fromID
        }
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

/// X ids since 2010 are snowflakes: milliseconds since the X epoch in the bits above the 22nd.
enum XSnowflake {
    static func date(_ id: String) -> Date? {
        guard let value = UInt64(id), value > 1 << 32 else { return nil }
        return Date(timeIntervalSince1970: Double((value >> 22) + 1_288_834_974_657) / 1000)
    }
}
