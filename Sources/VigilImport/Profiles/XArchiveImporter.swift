import Foundation
import VigilCore

/// The X (Twitter) account archive's `data/tweets.js`: `window.YTD.tweets.part0 = [{"tweet": …}]`,
/// v1.1 dates, numbers as strings. The archive owner's handle is not in this file.
public struct XArchiveImporter: Importer {
    public let name = "x-archive"
    public let summary = "X account archive tweets.js (window.YTD.tweets.part0 = …, numbers as strings)"
    public let example = "SampleFeeds/formats/x-archive-tweets.js"

    public init() {}

    public func confidence(sample: FeedSample) -> Int {
        JSONAccess.sampleText(sample).string.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("window.YTD.") ? 95 : 0
    }

    public func read(_ data: Data, path: String, mapper: MentionMapper) -> ImportResult {
        var result = ImportResult(path: path, format: name)
        guard let equals = data.firstIndex(of: UInt8(ascii: "=")), let document = JSONAccess.parse(data[(equals + 1)...]) as? [Any] else {
            result.issues.append(ImportIssue(file: path, line: 0, reason: "expected `window.YTD.… = [ … ]` with a JSON array"))
            return result
        }
        for (index, element) in document.enumerated() {
            let location = "$[\(index)].tweet"
            guard let tweet = JSONAccess.object(JSONAccess.object(element)?["tweet"]) else {
                result.issues.append(ImportIssue(file: path, line: 0, reason: "$[\(index)]: expected {\"tweet\": {…}}"))
                continue
            }
            switch XV1Status.mention(tweet, mapper: mapper) {
            case .success(let mention): result.mentions.append(mention)
            case .failure(let failure): result.issues.append(ImportIssue(file: path, line: 0, reason: "\(location): \(failure.reason)"))
            }
        }
        return result
    }
}
