/// A social network or source a mention came from. Open-ended: unknown names are kept as given.
public struct Platform: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let x = Platform(rawValue: "x")
    public static let instagram = Platform(rawValue: "instagram")
    public static let facebook = Platform(rawValue: "facebook")
    public static let reddit = Platform(rawValue: "reddit")
    public static let youtube = Platform(rawValue: "youtube")
    public static let mastodon = Platform(rawValue: "mastodon")
    public static let bluesky = Platform(rawValue: "bluesky")
    public static let forum = Platform(rawValue: "forum")
    public static let threads = Platform(rawValue: "threads")
    public static let tiktok = Platform(rawValue: "tiktok")
    public static let telegram = Platform(rawValue: "telegram")
    /// Google Business Profile reviews.
    public static let google = Platform(rawValue: "google")
    public static let trustpilot = Platform(rawValue: "trustpilot")
    public static let unknown = Platform(rawValue: "unknown")

    public static let known: [Platform] = [.x, .instagram, .facebook, .reddit, .youtube, .mastodon, .bluesky, .forum]

    private static let aliases: [String: Platform] = [
        "x": .x, "twitter": .x, "tweet": .x, "x.com": .x, "twitter.com": .x,
        "instagram": .instagram, "ig": .instagram, "insta": .instagram,
        "facebook": .facebook, "fb": .facebook,
        "reddit": .reddit, "youtube": .youtube, "yt": .youtube,
        "mastodon": .mastodon, "fediverse": .mastodon,
        "bluesky": .bluesky, "bsky": .bluesky,
        "forum": .forum, "forums": .forum, "board": .forum,
        "threads": .threads, "tiktok": .tiktok, "tik_tok": .tiktok, "telegram": .telegram, "tg": .telegram,
        "google": .google, "google_reviews": .google, "google reviews": .google, "google business": .google, "google_business": .google, "google_my_business": .google,
        "trustpilot": .trustpilot,
    ]

    /// Normalizes what feeds write ("Twitter", "X", "bsky") to one platform.
    public init(feedValue: String) {
        let key = feedValue.feedKey
        if key.isEmpty { self = .unknown; return }
        self = Platform.aliases[key] ?? Platform(rawValue: key)
    }

    /// Two-letter tag used in narrow list columns.
    public var shortName: String {
        switch self {
        case .x: return "X"
        case .instagram: return "IG"
        case .facebook: return "FB"
        case .reddit: return "RD"
        case .youtube: return "YT"
        case .mastodon: return "MA"
        case .bluesky: return "BS"
        case .forum: return "FO"
        case .threads: return "TH"
        case .tiktok: return "TT"
        case .telegram: return "TG"
        case .google: return "GO"
        case .trustpilot: return "TP"
        default: return String(rawValue.prefix(2)).uppercased()
        }
    }

    public var displayName: String {
        switch self {
        case .x: return "X"
        case .youtube: return "YouTube"
        default: return rawValue.prefix(1).uppercased() + rawValue.dropFirst()
        }
    }

    public var description: String { rawValue }
    public static func < (a: Platform, b: Platform) -> Bool { a.rawValue < b.rawValue }
}
