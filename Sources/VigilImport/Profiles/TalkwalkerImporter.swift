import Foundation
import VigilCore

/// Talkwalker API results: streamed chunks (`{"chunk_type":"CT_RESULT","chunk_result":{"data":{"data":{…}}}}`,
/// one per line) or a search response (`result_content.data[].data`). Dates are epoch milliseconds,
/// sentiment a number from -5 to 5; the URL is the identity.
public struct TalkwalkerImporter: Importer {
    public let name = "talkwalker"
    public let summary = "Talkwalker API results (chunked stream or search; epoch-ms dates, numeric sentiment)"
    public let example = "SampleFeeds/formats/talkwalker-stream.jsonl"

    public init() {}

    public func confidence(sample: FeedSample) -> Int {
        let text = JSONAccess.sampleText(sample)
        return text.contains("\"chunk_type\"") || text.contains("\"result_content\"") ? 90 : 0
    }

    public func read(_ data: Data, path: String, mapper: MentionMapper) -> ImportResult {
        var result = ImportResult(path: path, format: name)
        var records: [(line: Int, location: String, record: [String: Any])] = []
        if let document = JSONAccess.object(JSONAccess.parse(data)) {
            for (index, item) in JSONAccess.array(JSONAccess.object(document["result_content"])?["data"]).enumerated() {
                if let record = JSONAccess.object(JSONAccess.object(item)?["data"]) { records.append((0, "$.result_content.data[\(index)].data", record)) }
            }
        } else {
            for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
                guard let chunk = JSONAccess.object(JSONAccess.parse(Data(line))) else {
                    result.issues.append(ImportIssue(file: path, line: index + 1, reason: "invalid JSON"))
                    continue
                }
                guard JSONAccess.string(chunk["chunk_type"]) == "CT_RESULT" else { continue }  // control chunks
                let record = JSONAccess.object(JSONAccess.object(JSONAccess.object(chunk["chunk_result"])?["data"])?["data"])
                if let record { records.append((index + 1, "$.chunk_result.data.data", record)) }
                else { result.issues.append(ImportIssue(file: path, line: index + 1, reason: "CT_RESULT without chunk_result.data.data")) }
            }
        }
        for (line, location, r) in records {
            guard let url = JSONAccess.string(r["url"]) else {
                result.issues.append(ImportIssue(file: path, line: line, reason: "\(location): missing url"))
                continue
            }
            guard let published = JSONAccess.string(r["published"]) ?? JSONAccess.string(r["indexed"]), let createdAt = mapper.timestamps.parse(published) else {
                result.issues.append(ImportIssue(file: path, line: line, reason: "\(location): missing or invalid published"))
                continue
            }
            let sourceTypes = JSONAccess.array(r["source_type"]).compactMap(JSONAccess.string)
            let social = sourceTypes.first { $0.hasPrefix("SOCIALMEDIA_") }.map { String($0.dropFirst("SOCIALMEDIA_".count)) }
            let platform = Platform(feedValue: social ?? sourceTypes.first ?? "news")
            let author = JSONAccess.object(r["extra_author_attributes"])
            var text = JSONAccess.string(r["content"]) ?? ""
            if let title = JSONAccess.string(r["title"]), !text.hasPrefix(title) { text = text.isEmpty ? title : title + "\n\n" + text }
            let sentiment = JSONAccess.string(r["sentiment"]).flatMap { raw -> Sentiment? in
                guard let value = Double(raw) else { return nil }
                let label: SentimentLabel = value > 0 ? .positive : (value < 0 ? .negative : .neutral)
                return Sentiment(label: label, score: max(-1, min(1, value / 5)), source: .feed(raw: raw))
            }
            result.mentions.append(Mention(
                id: MentionID(platform: platform, nativeID: url),
                author: Author(handle: JSONAccess.string(author?["short_name"]) ?? JSONAccess.string(author?["id"]) ?? "",
                               displayName: JSONAccess.string(author?["name"])),
                createdAt: createdAt,
                text: text,
                url: url,
                language: JSONAccess.string(r["lang"]),
                metrics: Metrics(likes: JSONAccess.int(r["engagement"]), reach: JSONAccess.int(r["reach"])),
                sentiment: sentiment
            ))
        }
        return result
    }
}
