import Foundation
import Testing
import VigilCore
@testable import VigilImport

@Suite struct PlatformProfileTests {
    let reader = FeedReader()

    func fixture(_ name: String) throws -> ImportResult {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("SampleFeeds/formats/\(name)").path
        return try reader.read(path: path)
    }

    @Test func xAPIv2JoinsUsersAndMetrics() throws {
        let result = try fixture("x-api-v2.json")
        #expect(result.format == "x-api-v2")
        #expect(result.mentions.count == 3)
        #expect(result.issues.map(\.reason) == ["$.data[3]: missing id"])
        let root = result.mentions[0]
        #expect(root.id == MentionID(platform: .x, nativeID: "1861234567890123456"))
        #expect(root.author == Author(handle: "sam_okafor_", displayName: "Sam Okafor", followers: 184_000, verified: true))
        #expect(root.metrics.likes == 8840 && root.metrics.shares == 1615 && root.metrics.replies == 310 && root.metrics.views == 412_000)
        #expect(root.kind == .post && root.url == "https://x.com/sam_okafor_/status/1861234567890123456")
        let reply = result.mentions[1]
        #expect(reply.kind == .reply && reply.parentID == root.id.nativeID && reply.conversationID == root.id.nativeID)
        #expect(reply.author.displayName == "Lena 🍵")
        #expect(result.mentions[2].language == nil)  // "und"
        #expect(result.mentions[2].author.handle == "404404404")  // user not in includes: the id stands in
    }

    @Test func redditListingsWithNestedReplies() throws {
        let result = try fixture("reddit.json")
        #expect(result.format == "reddit")
        #expect(result.mentions.map(\.id.nativeID) == ["1gxk2p9", "lz8a1b2", "lz8c3d4"])
        #expect(result.issues.count == 1 && result.issues[0].reason.hasSuffix("missing created_utc"))
        let post = result.mentions[0]
        #expect(post.kind == .post)
        #expect(post.text == "PSA: Kettlebird One lids overheating & warping\n\nMine warped after two weeks. Anyone else?")
        #expect(post.createdAt == Date(timeIntervalSince1970: 1_795_273_200))
        #expect(post.metrics.likes == 842 && post.metrics.replies == 2)
        #expect(post.url == "https://www.reddit.com/r/tea/comments/1gxk2p9/psa_kettlebird_one_lids_overheating/")
        let comment = result.mentions[1], reply = result.mentions[2]
        #expect(comment.kind == .comment && comment.parentID == "1gxk2p9" && comment.conversationID == "1gxk2p9")
        #expect(reply.kind == .reply && reply.parentID == "lz8a1b2")
        #expect(reply.createdAt == Date(timeIntervalSince1970: 1_795_275_000.5))
    }

    @Test func mastodonHTMLBecomesTextAndBoostsImportTheOriginal() throws {
        let result = try fixture("mastodon.json")
        #expect(result.format == "mastodon")
        #expect(result.issues.isEmpty)
        #expect(result.mentions.map(\.id.nativeID) == ["113512345678901234", "113512345678901234", "113512400000000000"])
        let first = result.mentions[0]
        #expect(first.text == "Rückruf beim #Kettlebird One? Mein Deckel ist geschmolzen & stinkt.\n\nZweiter Absatz\nmit Umbruch <3 🔥")
        #expect(first.author.handle == "teetante@social.example" && first.author.followers == 1870)
        #expect(first.language == "de" && first.metrics.shares == 19)
        #expect(result.mentions[1].metrics.shares == 20)  // the boost carries the original's newer counts
        let reply = result.mentions[2]
        #expect(reply.kind == .reply && reply.parentID == "113512345678901234")
        #expect(reply.text == "CW: burns\n\n@teetante pareil, brûlure légère…")
    }

    @Test func entityDecoding() {
        #expect(HTMLText.decodeEntities("a &amp; b &lt;3 &#233; &#x1F44D; &bogus; & done") == "a & b <3 é 👍 &bogus; & done")
    }
}

@Suite struct CSVProfileTests {
    let reader = FeedReader()

    func example(_ name: String) throws -> ImportResult {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try reader.read(path: root.appendingPathComponent("SampleFeeds/formats/\(name)").path)
    }

    @Test func brandwatchSkipsPreambleAndMapsPerNetworkColumns() throws {
        let result = try example("brandwatch.csv")
        #expect(result.format == "brandwatch")
        #expect(result.issues.isEmpty)
        #expect(result.warnings.contains { $0.contains("preamble") })
        #expect(result.mentions.map(\.platform) == [.x, Platform(rawValue: "news"), .facebook])
        let tweet = result.mentions[0]
        #expect(tweet.id.nativeID == "1861234567890123456")
        #expect(tweet.author == Author(handle: "sam_okafor_", displayName: "Sam Okafor", followers: 184_000, verified: true))
        #expect(tweet.metrics.likes == 8840 && tweet.metrics.shares == 1520 && tweet.metrics.reach == 250_000)
        #expect(tweet.createdAt == Date(timeIntervalSince1970: 1_795_273_445))
        let facebook = result.mentions[2]
        #expect(facebook.metrics.likes == 4 && facebook.metrics.replies == 1 && facebook.language == "es")
        #expect(facebook.sentiment?.label == .negative)
    }

    @Test func meltwaterUTF16TabsAndURLIdentity() throws {
        let result = try example("meltwater.csv")
        #expect(result.format == "meltwater" && result.encoding == "utf-16le")
        #expect(result.issues.isEmpty)
        let tweet = result.mentions[0]
        #expect(tweet.id == MentionID(platform: .x, nativeID: "1861234567890123456"))
        #expect(tweet.createdAt == Date(timeIntervalSince1970: 1_795_273_440))  // 21-Nov-2026 03:04PM
        #expect(tweet.author.handle == "sam_okafor_")
        let news = result.mentions[1]
        #expect(news.id.nativeID == "https://www.techticker.example/kettlebird-rueckruf")
        #expect(news.text == "Nach Berichten über überhitzte Deckel prüft Kettlebird einen Rückruf.")
        #expect(news.author.handle == "TechTicker Redaktion")
    }

    @Test func hootsuiteAndSprout() throws {
        let hootsuite = try example("hootsuite.csv")
        #expect(hootsuite.format == "hootsuite" && hootsuite.issues.isEmpty)
        #expect(hootsuite.mentions.map(\.platform) == [.instagram, .x])
        #expect(hootsuite.mentions[1].metrics.shares == 2100 && hootsuite.mentions[1].metrics.views == 201_000)
        let sprout = try example("sprout.csv")
        #expect(sprout.format == "sprout" && sprout.issues.isEmpty)
        #expect(sprout.mentions[0].kind == .comment && sprout.mentions[0].author.handle == "jeanne.dupont")
        #expect(sprout.mentions[0].createdAt == Date(timeIntervalSince1970: 1_795_276_020))  // 11/21/2026 3:47 PM
        #expect(sprout.mentions[1].sentiment?.source == .feed(raw: "Neutral"))
    }

    @Test func meltwaterDateStyle() {
        #expect(TimestampParser().parse("21-Nov-2026 12:05AM") == Date(timeIntervalSince1970: 1_795_219_500))
    }
}

@Suite struct MoreProfileTests {
    let reader = FeedReader()

    func example(_ name: String) throws -> ImportResult {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try reader.read(path: root.appendingPathComponent("SampleFeeds/formats/\(name)").path)
    }

    @Test func xArchiveTweetsJS() throws {
        let result = try example("x-archive-tweets.js")
        #expect(result.format == "x-archive" && result.issues.isEmpty)
        #expect(result.mentions[0].text == "Tea time with the new Kettlebird Mini & a fresh sencha. Bliss ☕")
        #expect(result.mentions[0].metrics.likes == 42 && result.mentions[0].metrics.shares == 7)
        #expect(result.mentions[0].createdAt == Date(timeIntervalSince1970: 1_795_165_800))
        #expect(result.mentions[1].kind == .reply && result.mentions[1].parentID == "1859999999999999999")
    }

    @Test func youtubeThreadsWithReplies() throws {
        let result = try example("youtube-comment-threads.json")
        #expect(result.format == "youtube")
        #expect(result.mentions.map(\.id.nativeID) == ["UgzKettle1", "UgzKettle1.AAA"])
        #expect(result.issues.map(\.reason) == ["$.items[1]: missing snippet.topLevelComment"])
        #expect(result.mentions[0].text == "The lid on mine warped too\nis this a recall?")
        #expect(result.mentions[0].author.handle == "NoraRunsVlogs" && result.mentions[0].metrics.likes == 57)
        #expect(result.mentions[0].url == "https://www.youtube.com/watch?v=dQw4kettle&lc=UgzKettle1")
        #expect(result.mentions[1].kind == .reply && result.mentions[1].parentID == "UgzKettle1")
    }

    @Test func facebookAndInstagramGraphComments() throws {
        let facebook = try example("facebook-comments.json")
        #expect(facebook.format == "facebook" && facebook.issues.isEmpty)
        #expect(facebook.mentions.map(\.kind) == [.comment, .reply])
        #expect(facebook.mentions[0].author.displayName == "Marta Ruiz")
        #expect(facebook.mentions[0].createdAt == Date(timeIntervalSince1970: 1_795_280_561))
        #expect(facebook.mentions[1].parentID == "1029384756_88127")
        let instagram = try example("instagram-comments.json")
        #expect(instagram.format == "instagram")
        #expect(instagram.mentions.map(\.author.handle) == ["mia_schkocht", "kettlebird"])
        #expect(instagram.mentions[1].parentID == "17890000000000001")
        #expect(instagram.issues.map(\.reason) == ["$.data[1]: missing or invalid timestamp"])
    }

    @Test func blueskyFeedDeduplicatesReposts() throws {
        let result = try example("bluesky-author-feed.json")
        #expect(result.format == "bluesky" && result.issues.isEmpty)
        #expect(result.mentions.count == 2)
        let post = result.mentions[0], reply = result.mentions[1]
        #expect(post.id.nativeID == "at://did:plc:abc123/app.bsky.feed.post/3lbkettle1")
        #expect(post.url == "https://bsky.app/profile/siobhangarden.bsky.social/post/3lbkettle1")
        #expect(post.metrics.shares == 14 && post.language == "en")
        #expect(reply.kind == .reply && reply.parentID == post.id.nativeID && reply.conversationID == post.id.nativeID)
    }

    @Test func talkwalkerStreamWithEpochMillisAndNumericSentiment() throws {
        let result = try example("talkwalker-stream.jsonl")
        #expect(result.format == "talkwalker")
        #expect(result.mentions.count == 2)
        #expect(result.issues.map(\.line) == [4])
        let news = result.mentions[0]
        #expect(news.createdAt == Date(timeIntervalSince1970: 1_795_279_800))
        #expect(news.sentiment?.label == .negative && news.sentiment?.source == .feed(raw: "-3"))
        #expect(news.metrics.reach == 450_000)
        #expect(result.mentions[1].platform == .x && result.mentions[1].author.handle == "fanny_the")
    }
}

@Suite struct DetectionTests {
    /// Every registered format's example file is recognized by content as that format, even
    /// under a neutral file name.
    @Test func everyExampleIsDetectedAsItsFormat() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for importer in ImporterRegistry.standard.importers {
            let data = try Data(contentsOf: root.appendingPathComponent(importer.example))
            let result = try FeedReader().read(data: data, path: "feed.dat")
            #expect(result.format == importer.name, "\(importer.example)")
            #expect(!result.mentions.isEmpty, "\(importer.example)")
        }
    }
}
