import Foundation
import VigilCore

/// A JSON document holding records: a top-level array, or an object wrapping the array in
/// `data`, `items`, `statuses`, `children`, `results`, `posts`, `comments` or `mentions`.
/// Records use the generic field names.
public struct JSONDocumentImporter: Importer {
    public let name = "json"
    public let summary = "JSON array of records, or an object wrapping one (data/items/statuses/children)"
    public let example = "SampleFeeds/formats/generic.json"

    public static let wrapperKeys = ["data", "items", "statuses", "children", "results", "posts", "comments", "mentions"]

    public init() {}

    public func confidence(sample: FeedSample) -> Int {
        guard let first = sample.firstSignificantByte else { return 0 }
        if first == UInt8(ascii: "[") { return 50 }
        // An object spanning more than one line is a document, not JSON Lines.
        if first == UInt8(ascii: "{") { return sample.pathExtension == "json" ? 50 : 45 }
        return 0
    }

    public func read(_ data: Data, path: String, mapper: MentionMapper) -> ImportResult {
        var result = ImportResult(path: path, format: name)
        let document: Any
        do {
            document = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            result.issues.append(ImportIssue(file: path, line: 1, reason: "invalid JSON document: \(JSONDocumentImporter.describe(error))"))
            return result
        }
        guard let (records, pathPrefix) = JSONDocumentImporter.records(in: document) else {
            result.issues.append(ImportIssue(file: path, line: 0, reason: "no array of records found (expected a top-level array or one of \(JSONDocumentImporter.wrapperKeys.joined(separator: "/")))"))
            return result
        }
        var mapper = mapper
        for (index, element) in records.enumerated() {
            let location = "\(pathPrefix)[\(index)]"
            guard let object = element as? [String: Any] else {
                result.issues.append(ImportIssue(file: path, line: 0, reason: "\(location): expected an object"))
                continue
            }
            let record = FieldRecord()
            for (key, value) in object {
                guard let field = CanonicalField(header: key), let text = JSONAccess.scalarText(value) else { continue }
                record.set(field, text)
            }
            do {
                result.mentions.append(try mapper.mention(from: record))
            } catch {
                result.issues.append(ImportIssue(file: path, line: 0, reason: "\(location): \(error)"))
            }
        }
        return result
    }

    /// The record array and its JSON path.
    static func records(in document: Any) -> ([Any], String)? {
        if let array = document as? [Any] { return (array, "$") }
        guard let object = document as? [String: Any] else { return nil }
        for key in wrapperKeys {
            if let array = object[key] as? [Any] { return (array, "$.\(key)") }
            if let inner = object[key] as? [String: Any], let (array, path) = records(in: inner) {
                return (array, "$.\(key)" + path.dropFirst())
            }
        }
        return nil
    }

    static func describe(_ error: Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return text ?? "cannot parse"
    }
}
