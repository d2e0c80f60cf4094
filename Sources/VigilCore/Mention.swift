import Foundation

/// Identity of a mention across imports: the platform plus the platform's own id.
public struct MentionID: Hashable, Sendable, CustomStringConvertible {
    public var platform: Platform
    public var nativeID: String

    @inlinable public init(platform: Platform, nativeID: String) {
        self.platform = platform
        self.nativeID = nativeID
    }

    public var description: String { "\(platform.rawValue):\(nativeID)" }
}

public struct Author: Hashable, Sendable {
    /// Handle without a leading "@".
    public var handle: String
    public var displayName: String?
    public var followers: Int?
    public var verified: Bool

    @inlinable public init(handle: String, displayName: String? = nil, followers: Int? = nil, verified: Bool = false) {
        self.handle = handle
        self.displayName = displayName
        self.followers = followers
        self.verified = verified
    }
}

public enum MentionKind: String, Sendable, Hashable, CaseIterable {
    case post, comment, reply, review, message

    public init?(feedValue: String) {
        let value = feedValue.feedKey
        switch value {
        case "post", "tweet", "status", "article", "video", "submission", "story": self = .post
        case "comment", "kommentar", "commentaire", "comentario": self = .comment
        case "reply", "retweet", "quote", "antwort", "réponse", "respuesta": self = .reply
        case "review", "rating", "bewertung", "avis", "reseña": self = .review
        case "message", "dm", "direct message", "nachricht", "mensaje", "direct_message", "private message": self = .message
        case "@mention", "mention", "incoming": self = .comment
        default: return nil
        }
    }

    /// Comments, replies, reviews and messages are addressed to the brand; posts are about it.
    public var isConversation: Bool { self != .post }
}

/// A count a feed may leave out, kept in 8 bytes (`Int.min`, which no count can mean, for
/// absent) where `Int?` takes 16 with padding.
@propertyWrapper
public struct OptionalCount: Hashable, Sendable {
    @usableFromInline var stored: Int

    @inlinable public init(wrappedValue: Int?) { stored = wrappedValue ?? .min }

    @inlinable public var wrappedValue: Int? {
        get { stored == .min ? nil : stored }
        set { stored = newValue ?? .min }
    }
}

/// Engagement counts, each absent when the feed did not give it: 40 bytes of every mention
/// (five `Int?` took 80).
public struct Metrics: Hashable, Sendable {
    @OptionalCount public var likes: Int?
    @OptionalCount public var shares: Int?
    @OptionalCount public var replies: Int?
    @OptionalCount public var views: Int?
    @OptionalCount public var reach: Int?

    @inlinable public init(likes: Int? = nil, shares: Int? = nil, replies: Int? = nil, views: Int? = nil, reach: Int? = nil) {
        self.likes = likes
        self.shares = shares
        self.replies = replies
        self.views = views
        self.reach = reach
    }

    public var engagement: Int { (likes ?? 0) + (shares ?? 0) + (replies ?? 0) }
}

/// One normalized item from any feed: the value every other module works with.
public struct Mention: Hashable, Sendable, Identifiable {
    // Optionals are spelled `Optional<T>`, not `T?`: a `T?` variable starts as nil, so the
    // initializer assigns over that nil, and once it was inlined into an importer the optimizer
    // returned a copy of the whole mention (retaining every field, then releasing the original):
    // about 9% of a CSV import's instructions.
    // `kind` (one byte) right after `author` (42 bytes) fills its padding: 8 bytes less per mention.
    public var id: MentionID
    public var author: Author
    public var kind: MentionKind
    public var createdAt: Date
    public var text: String
    public var url: Optional<String>
    public var parentID: Optional<String>
    public var conversationID: Optional<String>
    /// ISO 639-1 code when the feed gives one.
    public var language: Optional<String>
    public var metrics: Metrics
    public var sentiment: Optional<Sentiment>
    /// What the item rules decided; nil until rules have run (then `ReplyNeed` falls back to a heuristic).
    public var flags: Optional<RuleFlags>

    /// Inlinable (like the initializers of its parts): importers build a mention per row in
    /// another module, and a call per value cost about 3% of a CSV import's instructions.
    @inlinable public init(
        id: MentionID, author: Author, createdAt: Date, text: String, url: String? = nil,
        kind: MentionKind = .post, parentID: String? = nil, conversationID: String? = nil,
        language: String? = nil, metrics: Metrics = Metrics(), sentiment: Sentiment? = nil, flags: RuleFlags? = nil
    ) {
        self.id = id
        self.author = author
        self.createdAt = createdAt
        self.text = text
        self.url = url
        self.kind = kind
        self.parentID = parentID
        self.conversationID = conversationID
        self.language = language
        self.metrics = metrics
        self.sentiment = sentiment
        self.flags = flags
    }

    public var platform: Platform { id.platform }

    /// Audience size: the feed's reach if given, else the author's followers.
    public var reach: Int? { metrics.reach ?? author.followers }

    public var sentimentLabel: SentimentLabel { sentiment?.label ?? .unknown }

    /// The feed's language, else the one the sentiment analyzer guessed from the text.
    public var effectiveLanguage: String? { language ?? sentiment?.guessedLanguage }
}

extension Mention {
    /// Newest event time first; identity breaks ties so the order never depends on input order.
    public static func newestFirst(_ a: Mention, _ b: Mention) -> Bool {
        if a.createdAt != b.createdAt { return a.createdAt > b.createdAt }
        if a.id.platform != b.id.platform { return a.id.platform < b.id.platform }
        return a.id.nativeID < b.id.nativeID
    }
}
