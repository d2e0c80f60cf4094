import Foundation
import Testing
import VigilCore
@testable import VigilImport

@Suite struct PlatformProfileTests {
    let reader = FeedReader()

    func fixture(_ name: String) throws -> ImportResult {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)").path
        return try reader.read(path: path)
    }

    @Test func xAPIv2JoinsUsersAndMetrics() throws {
        let result = try fixture("x_api_v2_search.json")
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
        let result = try fixture("reddit_comments.json")
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
        let result = try fixture("mastodon_statuses.json")
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
