import Foundation
import VigilCore

/// Identity for records that carry no id: the platform's own id read from the post's URL
/// where the URL holds one, else a hash of what the record says (platform, author, event
/// time, text). Both are stable across runs and machines, so re-importing a file adds nothing.
public enum MentionIdentity {
    /// The platform and native id a post's or comment's URL names, if it names one.
    /// `platform` is the record's own (nil or `.unknown` when the record has none); the URL's
    /// host decides for the well-known networks, the path shape for Mastodon.
    public static func fromURL(_ url: String, platform: Platform? = nil) -> MentionID? {
        let url = url.trimmingCharacters(in: .whitespaces)
        if url.hasPrefix("at://") { return blueskyURI(url) }
        guard let components = URLComponents(string: url) else { return nil }
        guard let host = components.host?.lowercased() else { return nil }
        let path = components.path.split(separator: "/").map(String.init)
        let query = Dictionary((components.queryItems ?? []).compactMap { item in item.value.map { (item.name, $0) } },
                               uniquingKeysWith: { first, _ in first })
        let site = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host.hasPrefix("m.") ? String(host.dropFirst(2)) : host
        switch site {
        case "twitter.com", "x.com", "mobile.twitter.com", "mobile.x.com":
            // /user/status/123, /i/web/status/123
            guard let index = path.firstIndex(where: { $0 == "status" || $0 == "statuses" }), index + 1 < path.count,
                  isDigits(path[index + 1]) else { return nil }
            return MentionID(platform: .x, nativeID: path[index + 1])
        case "facebook.com", "fb.com", "web.facebook.com", "business.facebook.com":
            return facebook(path: path, query: query)
        case "instagram.com":
            // /p/{shortcode}/c/{comment id}/, /p/{shortcode}/, /reel/{shortcode}/
            if let c = path.firstIndex(of: "c"), c + 1 < path.count, isDigits(path[c + 1]) {
                return MentionID(platform: .instagram, nativeID: path[c + 1])
            }
            if let p = path.firstIndex(where: { $0 == "p" || $0 == "reel" || $0 == "tv" }), p + 1 < path.count {
                return MentionID(platform: .instagram, nativeID: path[p + 1])
            }
            return nil
        case "reddit.com", "old.reddit.com", "new.reddit.com", "np.reddit.com", "redd.it":
            // /r/{sub}/comments/{post}/{slug}/{comment}/
            if site == "redd.it", let post = path.first { return MentionID(platform: .reddit, nativeID: post) }
            guard let c = path.firstIndex(of: "comments"), c + 1 < path.count else { return nil }
            if c + 3 < path.count { return MentionID(platform: .reddit, nativeID: path[c + 3]) }
            return MentionID(platform: .reddit, nativeID: path[c + 1])
        case "youtube.com", "music.youtube.com", "youtu.be":
            if let comment = query["lc"], !comment.isEmpty { return MentionID(platform: .youtube, nativeID: comment) }
            if let video = query["v"], !video.isEmpty { return MentionID(platform: .youtube, nativeID: video) }
            if site == "youtu.be", let video = path.first { return MentionID(platform: .youtube, nativeID: video) }
            if let s = path.firstIndex(where: { $0 == "shorts" || $0 == "live" }), s + 1 < path.count {
                return MentionID(platform: .youtube, nativeID: path[s + 1])
            }
            return nil
        case "bsky.app", "staging.bsky.app":
            // /profile/{handle or did}/post/{rkey}
            guard path.count >= 4, path[0] == "profile", path[2] == "post" else { return nil }
            return MentionID(platform: .bluesky, nativeID: "at://\(path[1])/app.bsky.feed.post/\(path[3])")
        case "threads.net", "threads.com":
            guard let p = path.firstIndex(of: "post"), p + 1 < path.count else { return nil }
            return MentionID(platform: .threads, nativeID: path[p + 1])
        case "tiktok.com":
            guard let v = path.firstIndex(of: "video"), v + 1 < path.count, isDigits(path[v + 1]) else { return nil }
            if let comment = query["comment_id"], isDigits(comment) { return MentionID(platform: .tiktok, nativeID: comment) }
            return MentionID(platform: .tiktok, nativeID: path[v + 1])
        case "t.me", "telegram.me":
            // /{channel}/{message}, /c/{chat}/{message}
            let parts = path.first == "c" ? Array(path.dropFirst()) : path
            guard parts.count >= 2, isDigits(parts[1]) else { return nil }
            return MentionID(platform: .telegram, nativeID: "\(parts[0])/\(parts[1])")
        default:
            // Mastodon and other fediverse servers: /@user/{id} or /users/{user}/statuses/{id}.
            guard platform == nil || platform == .unknown || platform == .mastodon else { return nil }
            if path.count == 2, path[0].hasPrefix("@"), isDigits(path[1]) { return MentionID(platform: .mastodon, nativeID: path[1]) }
            if path.count == 4, path[0] == "users", path[2] == "statuses", isDigits(path[3]) {
                return MentionID(platform: .mastodon, nativeID: path[3])
            }
            return nil
        }
    }

    /// A stable id from what the record says, for records with neither an id nor a URL that
    /// carries one: 16 hex digits of a 64-bit FNV-1a hash, prefixed `h`.
    public static func contentID(platform: Platform, author: String, createdAt: Date, text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            hash ^= 0x1F  // field separator, so ("ab","c") and ("a","bc") differ
            hash = hash &* 0x0000_0100_0000_01B3
        }
        mix(platform.rawValue.utf8)
        mix(author.lowercased().utf8)
        mix(String(Int64(createdAt.timeIntervalSince1970.rounded(.down))).utf8)
        mix(text.trimmingCharacters(in: .whitespacesAndNewlines).utf8)
        let hex = String(hash, radix: 16)
        return "h" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    private static func facebook(path: [String], query: [String: String]) -> MentionID? {
        // Comments: ?comment_id= (and reply_comment_id=) on a post URL; the Graph API names a
        // comment {post}_{comment}.
        let post: String? = {
            if let story = query["story_fbid"], isDigits(story) { return story }
            if let fbid = query["fbid"], isDigits(fbid) { return fbid }
            if let p = path.firstIndex(where: { $0 == "posts" || $0 == "videos" || $0 == "permalink" }), p + 1 < path.count {
                return path[p + 1]
            }
            return nil
        }()
        if let comment = query["reply_comment_id"] ?? query["comment_id"], isDigits(comment) {
            return MentionID(platform: .facebook, nativeID: post.map { "\($0)_\(comment)" } ?? comment)
        }
        guard let post else { return nil }
        if let owner = query["id"], isDigits(owner) { return MentionID(platform: .facebook, nativeID: "\(owner)_\(post)") }
        if let page = path.first, isDigits(page), path.count >= 3 { return MentionID(platform: .facebook, nativeID: "\(page)_\(post)") }
        return MentionID(platform: .facebook, nativeID: post)
    }

    private static func blueskyURI(_ uri: String) -> MentionID? {
        let parts = uri.dropFirst("at://".count).split(separator: "/")
        guard parts.count == 3, parts[1] == "app.bsky.feed.post" else { return nil }
        return MentionID(platform: .bluesky, nativeID: uri)
    }

    private static func isDigits(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }
}

/// Gives every record of one file an identity: records read without an id get one from their
/// URL or their content (see `MentionIdentity`), and a derived identity seen twice in the file
/// is one mention, counted as a duplicate.
public final class IdentityAssigner {
    public private(set) var fromURL = 0
    public private(set) var fromContent = 0
    public private(set) var duplicates = 0
    private var seen = Set<Int>()

    public init() {}

    /// Derives the missing ids in place and drops repeats of a derived id.
    public func assign(_ mentions: inout [Mention]) {
        guard mentions.contains(where: { $0.id.nativeID.isEmpty }) else { return }
        var kept: [Mention] = []
        kept.reserveCapacity(mentions.count)
        for var mention in mentions {
            if mention.id.nativeID.isEmpty {
                let platform = mention.id.platform
                if let url = mention.url, let derived = MentionIdentity.fromURL(url, platform: platform),
                   platform == .unknown || platform == derived.platform {
                    mention.id = derived
                    fromURL += 1
                } else {
                    mention.id.nativeID = MentionIdentity.contentID(platform: platform, author: mention.author.handle,
                                                                    createdAt: mention.createdAt, text: mention.text)
                    fromContent += 1
                }
                if !seen.insert(mention.id.hashValue).inserted {
                    duplicates += 1
                    continue
                }
            }
            kept.append(mention)
        }
        mentions = kept
    }

    /// Copies the counts into the file's result.
    public func record(in result: inout ImportResult) {
        result.idsFromURL = fromURL
        result.idsFromContent = fromContent
        result.duplicates = duplicates
    }
}
