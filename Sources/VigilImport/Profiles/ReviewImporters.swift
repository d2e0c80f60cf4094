import Foundation
import VigilCore

/// Star ratings as the reviewer's own sentiment: 1–2 negative, 3 neutral, 4–5 positive.
enum StarRating {
    static func stars(_ value: Any?) -> Int? {
        if let number = JSONAccess.int(value), (1...5).contains(number) { return number }
        guard let text = JSONAccess.string(value)?.trimmingCharacters(in: .whitespaces) else { return nil }
        if let word = ["ONE": 1, "TWO": 2, "THREE": 3, "FOUR": 4, "FIVE": 5][text.uppercased()] { return word }
        let filled = text.filter { $0 == "★" || $0 == "⭐" }.count
        if filled > 0 { return min(filled, 5) }
        if let first = text.first?.wholeNumberValue, (1...5).contains(first) { return first }
        return nil
    }

    static func sentiment(stars: Int) -> Sentiment {
        let label: SentimentLabel = stars <= 2 ? .negative : stars == 3 ? .neutral : .positive
        return Sentiment(label: label, score: Double(stars - 3) / 2, source: .feed(raw: "\(stars) star\(stars == 1 ? "" : "s")"))
    }
}

/// Google Business Profile `accounts.locations.reviews.list` (and `batchGetReviews`):
/// `reviews` with `reviewer.displayName`, `starRating`, `comment`, `createTime`.
public struct GoogleReviewsImporter: Importer {
    public let name = "google-reviews"
    public let summary = "Google Business Profile reviews (reviews.list: reviewer, starRating, comment, createTime); stars as sentiment"
    public let example = "SampleFeeds/formats/google-reviews.json"

    public init() {}

    public func confidence(sample: FeedSample) -> Int {
        let text = JSONAccess.sampleText(sample)
        return text.contains("\"starRating\"") && text.contains("\"reviewer\"") ? 88 : 0
    }

    public func read(_ data: Data, path: String, mapper: MentionMapper) -> ImportResult {
        var result = ImportResult(path: path, format: name)
        guard let document = JSONAccess.parse(data) else {
            result.issues.append(ImportIssue(file: path, line: 0, reason: "invalid JSON document"))
            return result
        }
        // reviews.list, batchGetReviews ({"locationReviews": [{"review": …}]}), or an array of pages.
        let pages = (document as? [Any]) ?? [document]
        for (pageIndex, page) in pages.enumerated() {
            let object = JSONAccess.object(page)
            var reviews = JSONAccess.array(object?["reviews"]).enumerated().map { ("reviews[\($0.offset)]", $0.element) }
            reviews += JSONAccess.array(object?["locationReviews"]).enumerated().map {
                ("locationReviews[\($0.offset)].review", JSONAccess.object($0.element)?["review"] as Any)
            }
            for (key, element) in reviews {
                let location = (pages.count > 1 ? "$[\(pageIndex)]." : "$.") + key
                guard let review = JSONAccess.object(element) else {
                    result.issues.append(ImportIssue(file: path, line: 0, reason: "\(location): expected a review"))
                    continue
                }
                guard let raw = JSONAccess.string(review["createTime"]), let createdAt = mapper.timestamps.parse(raw) else {
                    result.issues.append(ImportIssue(file: path, line: 0, reason: "\(location): missing or invalid createTime"))
                    continue
                }
                let reviewer = JSONAccess.object(review["reviewer"])
                let name = JSONAccess.string(reviewer?["displayName"]) ?? ""
                let stars = StarRating.stars(review["starRating"])
                result.mentions.append(Mention(
                    id: MentionID(platform: .google, nativeID: JSONAccess.string(review["reviewId"]) ?? JSONAccess.string(review["name"]) ?? ""),
                    author: Author(handle: name, displayName: name.isEmpty ? nil : name),
                    createdAt: createdAt,
                    text: Self.original(JSONAccess.string(review["comment"]) ?? ""),
                    kind: .review,
                    sentiment: stars.map(StarRating.sentiment)
                ))
            }
        }
        return result
    }

    /// Google shows translated reviews as "(Translated by Google) … (Original) …": keep the original.
    static func original(_ comment: String) -> String {
        guard let range = comment.range(of: "(Original)") else { return comment }
        return comment[range.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Trustpilot's Business API reviews (`{"reviews": [{"stars", "title", "text", "consumer"}]}`).
/// Trustpilot's CSV download is read by the `trustpilot-csv` profile.
public struct TrustpilotImporter: Importer {
    public let name = "trustpilot"
    public let summary = "Trustpilot Business API reviews (stars, title, text, consumer, createdAt); stars as sentiment"
    public let example = "SampleFeeds/formats/trustpilot-reviews.json"

    public init() {}

    public func confidence(sample: FeedSample) -> Int {
        let text = JSONAccess.sampleText(sample)
        return text.contains("\"stars\"") && text.contains("\"consumer\"") ? 88 : 0
    }

    public func read(_ data: Data, path: String, mapper: MentionMapper) -> ImportResult {
        var result = ImportResult(path: path, format: name)
        guard let document = JSONAccess.parse(data) else {
            result.issues.append(ImportIssue(file: path, line: 0, reason: "invalid JSON document"))
            return result
        }
        let reviews = (document as? [Any]) ?? JSONAccess.array(JSONAccess.object(document)?["reviews"])
        for (index, element) in reviews.enumerated() {
            let location = "$.reviews[\(index)]"
            guard let review = JSONAccess.object(element) else {
                result.issues.append(ImportIssue(file: path, line: 0, reason: "\(location): expected a review"))
                continue
            }
            guard let raw = JSONAccess.string(review["createdAt"]), let createdAt = mapper.timestamps.parse(raw) else {
                result.issues.append(ImportIssue(file: path, line: 0, reason: "\(location): missing or invalid createdAt"))
                continue
            }
            let consumer = JSONAccess.object(review["consumer"])
            let name = JSONAccess.string(consumer?["displayName"]) ?? ""
            let title = JSONAccess.string(review["title"]) ?? ""
            let body = JSONAccess.string(review["text"]) ?? ""
            let id = JSONAccess.string(review["id"]) ?? ""
            result.mentions.append(Mention(
                id: MentionID(platform: .trustpilot, nativeID: id),
                author: Author(handle: name, displayName: name.isEmpty ? nil : name, followers: nil),
                createdAt: createdAt,
                text: title.isEmpty ? body : body.isEmpty ? title : title + "\n" + body,
                url: id.isEmpty ? nil : "https://www.trustpilot.com/reviews/\(id)",
                kind: .review,
                language: JSONAccess.string(review["language"]),
                sentiment: StarRating.stars(review["stars"]).map(StarRating.sentiment)
            ))
        }
        return result
    }
}

/// TikTok Research API `video/comment/list`: `data.comments` with `text`, `create_time`
/// (epoch seconds), `like_count`, `reply_count`, `parent_comment_id`, `video_id`.
public struct TikTokCommentsImporter: Importer {
    public let name = "tiktok"
    public let summary = "TikTok Research API video comments (data.comments: text, create_time, parent_comment_id, video_id)"
    public let example = "SampleFeeds/formats/tiktok-comments.json"

    public init() {}

    public func confidence(sample: FeedSample) -> Int {
        let text = JSONAccess.sampleText(sample)
        return text.contains("\"create_time\"") && text.contains("\"video_id\"") ? 86 : 0
    }

    public func read(_ data: Data, path: String, mapper: MentionMapper) -> ImportResult {
        var result = ImportResult(path: path, format: name)
        guard let document = JSONAccess.parse(data) else {
            result.issues.append(ImportIssue(file: path, line: 0, reason: "invalid JSON document"))
            return result
        }
        let pages = (document as? [Any]) ?? [document]
        for (pageIndex, page) in pages.enumerated() {
            let body = JSONAccess.object(JSONAccess.object(page)?["data"])
            if let error = JSONAccess.object(JSONAccess.object(page)?["error"]), let code = JSONAccess.string(error["code"]), code != "ok" {
                result.warnings.append("the response reports an error: \(code) \(JSONAccess.string(error["message"]) ?? "")")
            }
            for (index, element) in JSONAccess.array(body?["comments"]).enumerated() {
                let location = (pages.count > 1 ? "$[\(pageIndex)]" : "$") + ".data.comments[\(index)]"
                guard let comment = JSONAccess.object(element), let seconds = JSONAccess.int(comment["create_time"]) else {
                    result.issues.append(ImportIssue(file: path, line: 0, reason: "\(location): missing create_time"))
                    continue
                }
                let id = JSONAccess.string(comment["id"]) ?? ""
                let video = JSONAccess.string(comment["video_id"])
                // Top-level comments name the video as their parent.
                let parent = JSONAccess.string(comment["parent_comment_id"]).flatMap { $0 == video ? nil : $0 }
                result.mentions.append(Mention(
                    id: MentionID(platform: .tiktok, nativeID: id),
                    author: Author(handle: JSONAccess.string(comment["username"]) ?? ""),
                    createdAt: Date(timeIntervalSince1970: Double(seconds)),
                    text: JSONAccess.string(comment["text"]) ?? "",
                    url: video.map { "https://www.tiktok.com/video/\($0)" },
                    kind: parent == nil ? .comment : .reply,
                    parentID: parent,
                    conversationID: video,
                    metrics: Metrics(likes: JSONAccess.int(comment["like_count"]), replies: JSONAccess.int(comment["reply_count"]))
                ))
            }
        }
        return result
    }
}
