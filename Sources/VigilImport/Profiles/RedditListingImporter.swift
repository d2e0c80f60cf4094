import Foundation
import VigilCore

/// Reddit API listings (`{"kind":"Listing","data":{"children":[…]}}`, or the two-listing array
/// a comments page returns): `t3` posts and `t1` comments with their nested replies.
public struct RedditListingImporter: Importer {
    public let name = "reddit"
    public let summary = "Reddit listings: t3 posts and t1 comments (with nested replies), created_utc"
    public let example = "SampleFeeds/formats/reddit.json"

    public init() {}

    public func confidence(sample: FeedSample) -> Int {
        let text = JSONAccess.sampleText(sample)
        return (text.contains("\"Listing\"") || text.contains("\"things\"")) && (text.contains("\"t3\"") || text.contains("\"t1\"")) ? 80 : 0
    }

    public func read(_ data: Data, path: String, mapper: MentionMapper) -> ImportResult {
        var result = ImportResult(path: path, format: name)
        guard let document = JSONAccess.parse(data) else {
            result.issues.append(ImportIssue(file: path, line: 0, reason: "invalid JSON document"))
            return result
        }
        // A listing, the [post listing, comment listing] pair of a thread, or {"json": {"data": {"things"}}}.
        let listings = (document as? [Any]) ?? [JSONAccess.object(document)?["json"] ?? document]
        var more = MoreStubs()
        for (index, listing) in listings.enumerated() {
            walk(listing, location: listings.count > 1 ? "$[\(index)]" : "$", into: &result, more: &more, path: path, mapper: mapper)
        }
        if more.stubs > 0 {
            let missing = more.comments > 0 ? "\(more.comments) comment(s) of this thread are not in the file (fetch them with /api/morechildren)"
                : "deeper replies continue on another page (\"continue this thread\")"
            result.warnings.append("\(more.stubs) \"more\" stub(s): \(missing)")
        }
        return result
    }

    private struct MoreStubs {
        var stubs = 0
        var comments = 0
    }

    private func walk(_ listing: Any, location: String, into result: inout ImportResult, more: inout MoreStubs, path: String, mapper: MentionMapper) {
        guard let data = JSONAccess.object(JSONAccess.object(listing)?["data"]) else { return }
        // A listing's `children`, or the `things` of a /api/morechildren answer.
        let key = data["things"] != nil ? "things" : "children"
        for (index, child) in JSONAccess.array(data[key]).enumerated() {
            let here = "\(location).data.\(key)[\(index)]"
            guard let thing = JSONAccess.object(child), let kind = JSONAccess.string(thing["kind"]),
                  let fields = JSONAccess.object(thing["data"]) else {
                result.issues.append(ImportIssue(file: path, line: 0, reason: "\(here): expected a {kind, data} thing"))
                continue
            }
            if kind == "more" {
                // Comments Reddit left out of this page: reported, so nobody thinks the thread is complete.
                more.stubs += 1
                more.comments += JSONAccess.int(fields["count"]) ?? JSONAccess.array(fields["children"]).count
                continue
            }
            guard kind == "t1" || kind == "t3" else { continue }  // other kinds carry no text
            switch mention(fields, kind: kind, mapper: mapper) {
            case .success(let mention): result.mentions.append(mention)
            case .failure(let reason): result.issues.append(ImportIssue(file: path, line: 0, reason: "\(here): \(reason.text)"))
            }
            if let replies = fields["replies"], JSONAccess.object(replies) != nil {
                walk(replies, location: "\(here).data.replies", into: &result, more: &more, path: path, mapper: mapper)
            }
        }
    }

    struct Reason: Error { var text: String }

    private static func stripPrefix(_ fullname: String?) -> String? {
        guard let fullname else { return nil }
        if let underscore = fullname.firstIndex(of: "_"), fullname.hasPrefix("t") { return String(fullname[fullname.index(after: underscore)...]) }
        return fullname
    }

    func mention(_ f: [String: Any], kind: String, mapper: MentionMapper) -> Result<Mention, Reason> {
        guard let id = JSONAccess.string(f["id"]) else { return .failure(Reason(text: "missing id")) }
        guard let created = f["created_utc"] as? NSNumber ?? JSONAccess.string(f["created_utc"]).flatMap({ Double($0) }).map({ NSNumber(value: $0) }) else {
            return .failure(Reason(text: "missing created_utc"))
        }
        let isPost = kind == "t3"
        var text = JSONAccess.string(f[isPost ? "selftext" : "body"]) ?? ""
        if isPost, let title = JSONAccess.string(f["title"]) { text = text.isEmpty ? title : title + "\n\n" + text }
        let parent = isPost ? nil : Self.stripPrefix(JSONAccess.string(f["parent_id"]))
        let author = JSONAccess.string(f["author"]) ?? "[deleted]"
        return .success(Mention(
            id: MentionID(platform: .reddit, nativeID: id),
            author: Author(handle: author),
            createdAt: Date(timeIntervalSince1970: created.doubleValue),
            text: HTMLText.decodeEntities(text),
            url: JSONAccess.string(f["permalink"]).map { "https://www.reddit.com" + $0 } ?? JSONAccess.string(f["url"]),
            kind: isPost ? .post : (parent == Self.stripPrefix(JSONAccess.string(f["link_id"])) ? .comment : .reply),
            parentID: parent,
            conversationID: isPost ? id : Self.stripPrefix(JSONAccess.string(f["link_id"])),
            metrics: Metrics(likes: JSONAccess.int(f["score"]), replies: JSONAccess.int(f["num_comments"]))
        ))
    }
}
