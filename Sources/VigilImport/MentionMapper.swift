import Foundation
import VigilCore

/// Turns a generic record into a `Mention`, or says which field is wrong.
///
/// Works on the record's bytes: numbers and times are parsed in place, low-cardinality columns
/// go through `RecentValues`, and only the fields a mention keeps as text become strings.
/// Mutating because of those caches; importers keep one mapper per file.
public struct MentionMapper: Sendable {
    public var timestamps: TimestampParser
    /// Used when the record has no platform column (for example a single-platform export).
    public var defaultPlatform: Platform

    private var platforms = RecentValues<Platform>()
    private var kinds = RecentValues<MentionKind?>()
    private var languages = RecentValues<String>()
    private var sentiments = RecentValues<Sentiment?>()
    private var flags = RecentValues<Bool?>()

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

    public mutating func mention(from record: FieldRecord) throws(Failure) -> Mention {
        // A record without an id gets one from its URL or content later (`IdentityAssigner`).
        let id = nonEmpty(record[.id])
        guard let rawDate = nonEmpty(record[.createdAt]) else { throw .missing(.createdAt) }
        guard let createdAt = timestamps.parse(bytes: rawDate) else { throw .invalid(.createdAt, Self.text(rawDate)) }
        let platform = nonEmpty(record[.platform]).map { platforms.value(for: $0, parse: Platform.init(feedValue:)) } ?? defaultPlatform

        var metrics = Metrics()
        metrics.likes = try count(record, .likes)
        metrics.shares = try count(record, .shares)
        metrics.replies = try count(record, .replies)
        metrics.views = try count(record, .views)
        metrics.reach = try count(record, .reach)
        let followers = try count(record, .followers)
        var handle = ""
        if var raw = nonEmpty(record[.author]) {
            if raw.first == UInt8(ascii: "@") { raw = UnsafeBufferPointer(rebasing: raw.dropFirst()) }
            handle = Self.text(raw)
        }
        let author = Author(
            handle: handle,
            displayName: nonEmpty(record[.authorName]).map(Self.text),
            followers: followers,
            verified: nonEmpty(record[.verified]).flatMap { flags.value(for: $0, parse: NumberParser.bool) } ?? false
        )
        let parentID = nonEmpty(record[.parentID]).map(Self.text)
        let kind = nonEmpty(record[.kind]).flatMap { kinds.value(for: $0, parse: MentionKind.init(feedValue:)) }
            ?? (parentID != nil ? .reply : .post)
        return Mention(
            id: MentionID(platform: platform, nativeID: id.map(Self.text) ?? ""),
            author: author,
            createdAt: createdAt,
            text: record[.text].map(Self.text) ?? "",
            url: nonEmpty(record[.url]).map(Self.text),
            kind: kind,
            parentID: parentID,
            conversationID: nonEmpty(record[.conversationID]).map(Self.text),
            language: nonEmpty(record[.language]).map { languages.value(for: $0, parse: \.feedKey) },
            metrics: metrics,
            sentiment: nonEmpty(record[.sentiment]).flatMap { sentiments.value(for: $0, parse: Sentiment.init(feedValue:)) }
                ?? nonEmpty(record[.rating]).flatMap { StarRating.stars(Self.text($0)).map(StarRating.sentiment) }
        )
    }

    @inline(__always)
    private func count(_ record: FieldRecord, _ field: CanonicalField) throws(Failure) -> Int? {
        guard let raw = nonEmpty(record[field]) else { return nil }
        guard let value = NumberParser.count(bytes: raw) else { throw .invalid(field, Self.text(raw)) }
        return value
    }

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if #available(macOS 26, *), let text = UTF8Validation.string(bytes) { return text }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The value without surrounding ASCII whitespace; nil when nothing is left.
    @inline(__always) private func nonEmpty(_ value: UnsafeBufferPointer<UInt8>?) -> UnsafeBufferPointer<UInt8>? {
        guard let value, let first = value.first else { return nil }
        if !Self.isSpace(first) && !Self.isSpace(value[value.count - 1]) { return value }  // the common case
        return trimmed(value)
    }

    private func trimmed(_ value: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        var start = 0
        var end = value.count
        while start < end && Self.isSpace(value[start]) { start += 1 }
        while end > start && Self.isSpace(value[end - 1]) { end -= 1 }
        if start == end { return nil }
        return start == 0 && end == value.count ? value : UnsafeBufferPointer(rebasing: value[start..<end])
    }

    @inline(__always) private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
