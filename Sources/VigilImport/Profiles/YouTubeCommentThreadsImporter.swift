import Foundation
import VigilCore

/// YouTube Data API v3 `commentThreads.list` responses: top-level comments and their replies.
public struct YouTubeCommentThreadsImporter: Importer {
    public let name = "youtube"
    public let summary = "YouTube Data API commentThreads.list (top-level comments with replies) and comments.list"
    public let example = "SampleFeeds/formats/youtube-comment-threads.json"

    public init() {}

    public func confidence(sample: FeedSample) -> Int {
        let text = JSONAccess.sampleText(sample)
        return text.contains("youtube#commentThread") || text.contains("\"topLevelComment\"") || text.contains("youtube#comment") ? 85 : 0
    }

    public func read(_ data: Data, path: String, mapper: MentionMapper) -> ImportResult {
        var result = ImportResult(path: path, format: name)
        guard let document = JSONAccess.parse(data) else {
            result.issues.append(ImportIssue(file: path, line: 0, reason: "invalid JSON document"))
            return result
        }
        let pages = (document as? [Any]) ?? [document]
        for (pageIndex, page) in pages.enumerated() {
            for (index, element) in JSONAccess.array(JSONAccess.object(page)?["items"]).enumerated() {
                let location = pages.count > 1 ? "$[\(pageIndex)].items[\(index)]" : "$.items[\(index)]"
                let thread = JSONAccess.object(element)
                if JSONAccess.string(thread?["kind"]) == "youtube#comment" {
                    // comments.list (replies by parentId, or comments by id): the items are comments.
                    add(thread ?? [:], videoID: nil, location: location, into: &result, path: path, mapper: mapper)
                    continue
                }
                let snippet = JSONAccess.object(thread?["snippet"])
                let videoID = JSONAccess.string(snippet?["videoId"])
                guard let top = JSONAccess.object(snippet?["topLevelComment"]) else {
                    result.issues.append(ImportIssue(file: path, line: 0, reason: "\(location): missing snippet.topLevelComment"))
                    continue
                }
                add(top, videoID: videoID, location: "\(location).snippet.topLevelComment", into: &result, path: path, mapper: mapper)
                for (replyIndex, reply) in JSONAccess.array(JSONAccess.object(thread?["replies"])?["comments"]).enumerated() {
                    add(JSONAccess.object(reply) ?? [:], videoID: videoID, location: "\(location).replies.comments[\(replyIndex)]", into: &result, path: path, mapper: mapper)
                }
            }
        }
        return result
    }

    private func add(_ comment: [String: Any], videoID: String?, location: String, into result: inout ImportResult, path: String, mapper: MentionMapper) {
        let s = JSONAccess.object(comment["snippet"])
        guard let id = JSONAccess.string(comment["id"]) else {
            result.issues.append(ImportIssue(file: path, line: 0, reason: "\(location): missing id"))
            return
        }
        guard let raw = JSONAccess.string(s?["publishedAt"]), let createdAt = mapper.timestamps.parse(raw) else {
            result.issues.append(ImportIssue(file: path, line: 0, reason: "\(location): missing or invalid snippet.publishedAt"))
            return
        }
        let parent = JSONAccess.string(s?["parentId"])
        let display = JSONAccess.string(s?["authorDisplayName"]) ?? ""
        let video = videoID ?? JSONAccess.string(s?["videoId"])
        result.mentions.append(Mention(
            id: MentionID(platform: .youtube, nativeID: id),
            author: Author(handle: display.hasPrefix("@") ? String(display.dropFirst()) : display, displayName: display),
            createdAt: createdAt,
            text: JSONAccess.string(s?["textOriginal"]) ?? HTMLText.plainText(JSONAccess.string(s?["textDisplay"]) ?? ""),
            url: video.map { "https://www.youtube.com/watch?v=\($0)&lc=\(id)" },
            kind: parent == nil ? .comment : .reply,
            parentID: parent,
            conversationID: video,
            metrics: Metrics(likes: JSONAccess.int(s?["likeCount"]))
        ))
    }
}
