import Foundation
import VigilCore

/// What sorting, the panes and the `/` filter read of a mention, in 32 bytes: a dashboard keeps
/// one per mention of its whole history, and the full `Mention` (300 bytes and its strings)
/// only for the few it is likely to draw. Names (platform, language, author, rule tags) are
/// numbers into a `MentionNames` that goes with the rows.
public struct MentionRow: Sendable, Equatable {
    public var createdAt: Date
    /// The store's key in 32 bits (4 billion mentions); a larger one is kept as 0, "not
    /// known", whose mention then stays held in full.
    private var storedKey: UInt32
    /// Followers held at `Int32.max` (no account has two billion); `Int32.min`: not said.
    private var storedFollowers: Int32
    /// `MentionNames.authors` index.
    public var author: Int32
    /// `MentionNames.tagSets` index: the rule flags' tags.
    public var tagSet: Int32
    /// `MentionNames.languages` index of the effective language (0: none).
    public var language: UInt16
    /// `MentionNames.platforms` index.
    public var platform: UInt16
    public var kind: MentionKind
    public var label: SentimentLabel
    public var traits: Traits

    public init(createdAt: Date, followers: Int64, key: Int64, author: Int32, tagSet: Int32, language: UInt16, platform: UInt16,
                kind: MentionKind, label: SentimentLabel, traits: Traits) {
        self.createdAt = createdAt
        storedKey = 0
        storedFollowers = followers == .min ? .min : Int32(clamping: max(followers, 0))
        self.author = author
        self.tagSet = tagSet
        self.language = language
        self.platform = platform
        self.kind = kind
        self.label = label
        self.traits = traits
        self.key = key
    }

    /// The store's key (0 while not known).
    public var key: Int64 {
        get { Int64(storedKey) }
        set { storedKey = UInt32(exactly: newValue) ?? 0 }
    }

    /// The author's followers; `Int64.min` when the feed did not say.
    public var followers: Int64 { storedFollowers == .min ? .min : Int64(storedFollowers) }

    public struct Traits: OptionSet, Sendable, Equatable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// `ReplyNeed.needsReply` at the time the row was made (rules or the heuristic).
        public static let needsReply = Traits(rawValue: 1)
        /// It names a parent that is not itself (a reply or comment to an item).
        public static let answers = Traits(rawValue: 2)
        /// A house rule acted on it (held, hid, deleted, warned, banned): it waits for review.
        public static let moderated = Traits(rawValue: 4)
        /// A house rule hid, deleted or banned it (the ops screen counts these without the mention).
        public static let removedByRule = Traits(rawValue: 8)
    }

    public var followerCount: Int? { followers == .min ? nil : Int(followers) }
}

/// The names `MentionRow`s refer to by number, each kept once however many rows use it.
public struct MentionNames: Sendable {
    public private(set) var platforms: [Platform] = []
    /// Index 0 is "none".
    public private(set) var languages: [String] = [""]
    /// Index 0 is no tags.
    public private(set) var tagSets: [[String]] = [[]]
    /// Lower-cased handles, and the platform index each belongs to.
    public private(set) var authorHandles = PackedStrings()
    public private(set) var authorPlatforms: [UInt16] = []
    private var platformNumbers: [Platform: UInt16] = [:]
    private var languageNumbers: [String: UInt16] = ["": 0]
    private var tagSetNumbers: [[String]: Int32] = [[]: 0]
    private var authorTable = NumberTable(capacity: 1024)

    public init() {}

    /// Bytes of the author table (a profiling aid).
    public var authorTableBytes: Int { authorTable.bytes }

    /// The row for a mention, its names numbered (added when new).
    public mutating func row(for m: Mention, key: Int64) -> MentionRow {
        let platform = number(of: m.platform)
        return MentionRow(
            createdAt: m.createdAt, followers: m.author.followers.map(Int64.init) ?? .min, key: key,
            author: author(platform: platform, handle: m.author.handle), tagSet: tagSet(m.flags?.tags ?? []),
            language: language(m.effectiveLanguage), platform: platform, kind: m.kind, label: m.sentimentLabel,
            traits: Self.traits(of: m))
    }

    private static func traits(of m: Mention) -> MentionRow.Traits {
        var traits: MentionRow.Traits = []
        if ReplyNeed.needsReply(m) { traits.insert(.needsReply) }
        if let parent = m.parentID, parent != m.id.nativeID { traits.insert(.answers) }
        if m.flags?.moderation?.action.awaitsReview == true { traits.insert(.moderated) }
        if let action = m.flags?.moderation?.action, [.hide, .delete, .ban].contains(action) { traits.insert(.removedByRule) }
        return traits
    }

    private mutating func number(of platform: Platform) -> UInt16 {
        if let known = platformNumbers[platform] { return known }
        let number = UInt16(platforms.count)
        platforms.append(platform)
        platformNumbers[platform] = number
        return number
    }

    private mutating func language(_ code: String?) -> UInt16 {
        guard let code, !code.isEmpty else { return 0 }
        if let known = languageNumbers[code] { return known }
        // Open-ended in principle; a feed with more than 65k language codes is not one.
        guard languages.count < Int(UInt16.max) else { return 0 }
        let number = UInt16(languages.count)
        languages.append(code)
        languageNumbers[code] = number
        return number
    }

    private mutating func tagSet(_ tags: [String]) -> Int32 {
        if tags.isEmpty { return 0 }
        if let known = tagSetNumbers[tags] { return known }
        let number = Int32(tagSets.count)
        tagSets.append(tags)
        tagSetNumbers[tags] = number
        return number
    }

    private mutating func author(platform: UInt16, handle: String) -> Int32 {
        // Most handles are already lower-case: checked by bytes before a lower-cased copy is made.
        let lower = handle.utf8.contains { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 } ? handle.lowercased() : handle
        let hash = Self.authorHash(platform, lower)
        let found = authorTable.find(hash) { authorPlatforms[$0] == platform && authorHandles.isEqual(at: $0, to: lower) }
        if let number = found.number { return Int32(number) }
        authorHandles.append(lower)
        authorPlatforms.append(platform)
        let number = authorTable.insert(hash, at: found.position)
        if authorTable.isCrowded {
            let (handles, platforms) = (authorHandles, authorPlatforms)
            authorTable.grow { Self.authorHash(platforms[$0], handles, at: $0) }
        }
        return Int32(number)
    }

    private static func authorHash(_ platform: UInt16, _ handle: String) -> UInt64 {
        let h = ByteHash.mix(ByteHash.seed &+ UInt64(platform), handle)
        return h ^ (h >> 29)
    }

    private static func authorHash(_ platform: UInt16, _ handles: PackedStrings, at index: Int) -> UInt64 {
        let h = handles.mix(ByteHash.seed &+ UInt64(platform), at: index)
        return h ^ (h >> 29)
    }
}
