import Foundation
import VigilCore

/// Turns a generic record into a `Mention`, or says which field is wrong.
public struct MentionMapper: Sendable {
    public var timestamps: TimestampParser
    /// Used when the record has no platform column (for example a single-platform export).
    public var defaultPlatform: Platform

    public init(timestamps: TimestampParser = TimestampParser(), defaultPlatform: Platform = .unknown) {
        self.timestamps = timestamps
        self.defaultPlatform = defaultPlatform
    }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case missing(CanonicalField)
        case invalid(CanonicalField, String)

        public var description: String {
            switch self {
            case .missing(let field): return "missing \(field.rawValue)"
            case .invalid(let field, let value): return "invalid \(field.rawValue) '\(value.prefix(60))'"
            }
        }
    }

    public func mention(from record: FieldRecord) -> Result<Mention, Failure> {
        guard let id = nonEmpty(record[.id]) else { return .failure(.missing(.id)) }
        guard let rawDate = nonEmpty(record[.createdAt]) else { return .failure(.missing(.createdAt)) }
        guard let createdAt = timestamps.parse(rawDate) else { return .failure(.invalid(.createdAt, rawDate)) }
        let platform = nonEmpty(record[.platform]).map(Platform.init(feedValue:)) ?? defaultPlatform

        var metrics = Metrics()
        do {
            metrics.likes = try count(record, .likes)
            metrics.shares = try count(record, .shares)
            metrics.replies = try count(record, .replies)
            metrics.views = try count(record, .views)
            metrics.reach = try count(record, .reach)
        } catch {
            return .failure(error)
        }
        var followers: Int?
        if let raw = nonEmpty(record[.followers]) {
            guard let value = NumberParser.count(raw) else { return .failure(.invalid(.followers, raw)) }
            followers = value
        }
        let handle = nonEmpty(record[.author]).map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 } ?? ""
        let author = Author(
            handle: handle,
            displayName: nonEmpty(record[.authorName]),
            followers: followers,
            verified: nonEmpty(record[.verified]).flatMap(NumberParser.bool) ?? false
        )
        let kind = nonEmpty(record[.kind]).flatMap(MentionKind.init(feedValue:))
            ?? (nonEmpty(record[.parentID]) != nil ? .reply : .post)
        return .success(Mention(
            id: MentionID(platform: platform, nativeID: id),
            author: author,
            createdAt: createdAt,
            text: record[.text] ?? "",
            url: nonEmpty(record[.url]),
            kind: kind,
            parentID: nonEmpty(record[.parentID]),
            conversationID: nonEmpty(record[.conversationID]),
            language: nonEmpty(record[.language])?.feedKey,
            metrics: metrics,
            sentiment: nonEmpty(record[.sentiment]).flatMap(Sentiment.init(feedValue:))
        ))
    }

    private func count(_ record: FieldRecord, _ field: CanonicalField) throws(Failure) -> Int? {
        guard let raw = nonEmpty(record[field]) else { return nil }
        guard let value = NumberParser.count(raw) else { throw .invalid(field, raw) }
        return value
    }

    private func nonEmpty(_ value: String?) -> String? {
        guard let value else { return nil }
        let trimmed = value.trimmedASCIIWhitespace
        return trimmed.isEmpty ? nil : trimmed
    }
}
