import Foundation
import VigilCore

/// X (Twitter) API v1.1 statuses: `search/tweets` (`{"statuses": […]}`) and timelines (an
/// array), with the author in `user`, `full_text` or `text`, and v1.1 dates.
public struct XV1StatusesImporter: Importer {
    public let name = "x-v1"
    public let summary = "X API v1.1 statuses: search/tweets and user/home timelines (user, id_str, full_text, retweet_count)"
    public let example = "Tests/Fixtures/real/x/v1_search_tweets_tweepy.json"

    public init() {}

    public func confidence(sample: FeedSample) -> Int {
        let text = JSONAccess.sampleText(sample)
        return text.contains("\"id_str\"") && text.contains("\"screen_name\"") && text.contains("\"retweet_count\"") ? 82 : 0
    }

    public func read(_ data: Data, path: String, mapper: MentionMapper) -> ImportResult {
        var result = ImportResult(path: path, format: name)
        guard let document = JSONAccess.parse(data) else {
            result.issues.append(ImportIssue(file: path, line: 0, reason: "invalid JSON document"))
            return result
        }
        let (statuses, prefix) = (document as? [Any]).map { ($0, "$") } ?? (JSONAccess.array(JSONAccess.object(document)?["statuses"]), "$.statuses")
        for (index, element) in statuses.enumerated() {
            let location = "\(prefix)[\(index)]"
            guard let status = JSONAccess.object(element) else {
                result.issues.append(ImportIssue(file: path, line: 0, reason: "\(location): expected an object"))
                continue
            }
            switch XV1Status.mention(status, mapper: mapper) {
            case .success(let mention): result.mentions.append(mention)
            case .failure(let failure): result.issues.append(ImportIssue(file: path, line: 0, reason: "\(location): \(failure.reason)"))
            }
        }
        return result
    }
}

/// A v1.1 status object, as the API and the account archive write it.
enum XV1Status {
    static func mention(_ tweet: [String: Any], mapper: MentionMapper) -> Result<Mention, MappingFailure> {
        guard let id = JSONAccess.string(tweet["id_str"]) ?? JSONAccess.string(tweet["id"]) else { return .failure("missing id_str") }
        guard let createdAt = JSONAccess.string(tweet["created_at"]).flatMap(mapper.timestamps.parse) ?? XSnowflake.date(id) else {
            return .failure("missing or invalid created_at")
        }
        let user = JSONAccess.object(tweet["user"])
        let handle = JSONAccess.string(user?["screen_name"]) ?? ""
        let parent = JSONAccess.string(tweet["in_reply_to_status_id_str"])
        let text = JSONAccess.string(JSONAccess.object(tweet["extended_tweet"])?["full_text"])
            ?? JSONAccess.string(tweet["full_text"]) ?? JSONAccess.string(tweet["text"]) ?? ""
        let isRetweet = tweet["retweeted_status"] != nil
        return .success(Mention(
            id: MentionID(platform: .x, nativeID: id),
            author: Author(handle: handle, displayName: JSONAccess.string(user?["name"]),
                           followers: JSONAccess.int(user?["followers_count"]), verified: JSONAccess.bool(user?["verified"])),
            createdAt: createdAt,
            text: HTMLText.decodeEntities(text),
            url: "https://x.com/\(handle.isEmpty ? "i" : handle)/status/\(id)",
            kind: parent != nil || isRetweet || tweet["quoted_status_id_str"] != nil ? .reply : .post,
            parentID: parent,
            language: JSONAccess.string(tweet["lang"]).flatMap { $0 == "und" ? nil : $0 },
            metrics: Metrics(likes: JSONAccess.int(tweet["favorite_count"]), shares: JSONAccess.int(tweet["retweet_count"]),
                             replies: JSONAccess.int(tweet["reply_count"]))
        ))
    }
}
