import Foundation
import VigilCore

/// Mastodon API statuses (timelines, search, `statuses/:id/context`): HTML `content` as plain
/// text, the `account`, counts, replies; a boost (reblog) imports the boosted status.
public struct MastodonStatusesImporter: Importer {
    public let name = "mastodon"
    public let summary = "Mastodon statuses (timelines), context (ancestors, descendants), v2 search, notifications with a status; HTML as text"
    public let example = "SampleFeeds/formats/mastodon.json"

    public init() {}

    public func confidence(sample: FeedSample) -> Int {
        let text = JSONAccess.sampleText(sample)
        guard text.contains("\"account\"") || text.contains("\"accounts\"") else { return 0 }
        // `acct` (user@server) is Mastodon's own; statuses carry reblogs_count.
        return text.contains("\"reblogs_count\"") || (text.contains("\"acct\"") && (text.contains("\"content\"") || text.contains("\"type\"") || text.contains("\"hashtags\"") || text.contains("\"accounts\""))) ? 80 : 0
    }

    public func read(_ data: Data, path: String, mapper: MentionMapper) -> ImportResult {
        var result = ImportResult(path: path, format: name)
        guard let document = JSONAccess.parse(data) else {
            result.issues.append(ImportIssue(file: path, line: 0, reason: "invalid JSON document"))
            return result
        }
        // An array of statuses, a context object ({ancestors, descendants}), or search results ({statuses}).
        var groups: [(String, [Any])] = []
        if let array = document as? [Any] { groups = [("$", array)] }
        if let object = document as? [String: Any] {
            for key in ["ancestors", "descendants", "statuses"] where object[key] is [Any] {
                groups.append(("$.\(key)", JSONAccess.array(object[key])))
            }
            if object["account"] != nil { groups.append(("$", [object])) }
        }
        var withoutStatus = 0
        for (prefix, statuses) in groups {
            for (index, element) in statuses.enumerated() {
                let location = "\(prefix)[\(index)]"
                guard var status = JSONAccess.object(element) else {
                    result.issues.append(ImportIssue(file: path, line: 0, reason: "\(location): expected an object"))
                    continue
                }
                if status["content"] == nil, status["type"] != nil {
                    // A notification: only those about a status (mention, reblog, favourite…) carry one.
                    guard let about = JSONAccess.object(status["status"]) else {
                        withoutStatus += 1
                        continue
                    }
                    status = about
                }
                if let boosted = JSONAccess.object(status["reblog"]) { status = boosted }
                switch mention(status, mapper: mapper) {
                case .success(let mention): result.mentions.append(mention)
                case .failure(let reason): result.issues.append(ImportIssue(file: path, line: 0, reason: "\(location): \(reason.text)"))
                }
            }
        }
        if withoutStatus > 0 { result.warnings.append("\(withoutStatus) notification(s) without a status (follows, follow requests…) are not mentions") }
        return result
    }

    struct Reason: Error { var text: String }

    func mention(_ s: [String: Any], mapper: MentionMapper) -> Result<Mention, Reason> {
        guard let id = JSONAccess.string(s["id"]) else { return .failure(Reason(text: "missing id")) }
        guard let rawDate = JSONAccess.string(s["created_at"]), let createdAt = mapper.timestamps.parse(rawDate) else {
            return .failure(Reason(text: "missing or invalid created_at"))
        }
        let account = JSONAccess.object(s["account"])
        var text = HTMLText.plainText(JSONAccess.string(s["content"]) ?? "")
        if let warning = JSONAccess.string(s["spoiler_text"]) { text = "CW: \(warning)\n\n" + text }
        let parent = JSONAccess.string(s["in_reply_to_id"])
        return .success(Mention(
            id: MentionID(platform: .mastodon, nativeID: id),
            author: Author(handle: JSONAccess.string(account?["acct"]) ?? "", displayName: JSONAccess.string(account?["display_name"]),
                           followers: JSONAccess.int(account?["followers_count"])),
            createdAt: createdAt,
            text: text,
            url: JSONAccess.string(s["url"]) ?? JSONAccess.string(s["uri"]),
            kind: parent == nil ? .post : .reply,
            parentID: parent,
            language: JSONAccess.string(s["language"]),
            metrics: Metrics(likes: JSONAccess.int(s["favourites_count"]), shares: JSONAccess.int(s["reblogs_count"]),
                             replies: JSONAccess.int(s["replies_count"]))
        ))
    }
}
