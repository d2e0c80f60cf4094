import Foundation
import Testing
import VigilCore
@testable import VigilImport

@Suite struct IdentityTests {
    @Test(arguments: [
        ("https://x.com/acme/status/1861234567890123456", "x", "1861234567890123456"),
        ("https://twitter.com/i/web/status/1861234567890123457?s=20", "x", "1861234567890123457"),
        ("https://mobile.twitter.com/acme/statuses/42", "x", "42"),
        ("https://www.facebook.com/acmekettles/posts/10161234567890123?comment_id=987654321098765", "facebook", "10161234567890123_987654321098765"),
        ("https://www.facebook.com/acmekettles/posts/101?comment_id=5&reply_comment_id=7", "facebook", "101_7"),
        ("https://www.facebook.com/permalink.php?story_fbid=222&id=111", "facebook", "111_222"),
        ("https://www.facebook.com/1234/posts/5678", "facebook", "1234_5678"),
        ("https://www.instagram.com/p/C3xYz12AbCd/c/17912345678901234/", "instagram", "17912345678901234"),
        ("https://www.instagram.com/reel/C3xYz12AbCd/", "instagram", "C3xYz12AbCd"),
        ("https://www.reddit.com/r/kettles/comments/1abcde/my_kettle_leaks/kq1x2y3/", "reddit", "kq1x2y3"),
        ("https://old.reddit.com/r/kettles/comments/1abcde/my_kettle_leaks/", "reddit", "1abcde"),
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&lc=UgzABCDEF123", "youtube", "UgzABCDEF123"),
        ("https://youtu.be/dQw4w9WgXcQ", "youtube", "dQw4w9WgXcQ"),
        ("https://www.youtube.com/shorts/abcDEF12345", "youtube", "abcDEF12345"),
        ("at://did:plc:abc123/app.bsky.feed.post/3kxyz", "bluesky", "at://did:plc:abc123/app.bsky.feed.post/3kxyz"),
        ("https://bsky.app/profile/did:plc:abc123/post/3kxyz", "bluesky", "at://did:plc:abc123/app.bsky.feed.post/3kxyz"),
        ("https://mastodon.social/@acme/111222333444555666", "mastodon", "111222333444555666"),
        ("https://fosstodon.org/users/acme/statuses/111222333444555667", "mastodon", "111222333444555667"),
        ("https://www.threads.net/@acme/post/C8AbCdEfGhI", "threads", "C8AbCdEfGhI"),
        ("https://www.tiktok.com/@acme/video/7301234567890123456", "tiktok", "7301234567890123456"),
        ("https://t.me/acmenews/1234", "telegram", "acmenews/1234"),
    ])
    func urlsNameTheirPost(url: String, platform: String, id: String) {
        #expect(MentionIdentity.fromURL(url) == MentionID(platform: Platform(rawValue: platform), nativeID: id))
    }

    @Test func urlsWithoutAPostAreNotIdentities() {
        #expect(MentionIdentity.fromURL("https://x.com/acme") == nil)
        #expect(MentionIdentity.fromURL("https://www.reddit.com/r/kettles/") == nil)
        #expect(MentionIdentity.fromURL("https://news.example.com/2026/11/kettle-recall") == nil)
        #expect(MentionIdentity.fromURL("not a url at all") == nil)
        // A forum's URL that looks like Mastodon's is not taken for Mastodon.
        #expect(MentionIdentity.fromURL("https://forum.example.com/@mod/12345", platform: .forum) == nil)
    }

    @Test func contentIDIsStableAndSensitiveToEachField() {
        let date = Date(timeIntervalSince1970: 1_795_255_200)
        let id = MentionIdentity.contentID(platform: .facebook, author: "Ana", createdAt: date, text: "¿Dónde está mi pedido?")
        // Fixed value: the hash must not change between runs, machines or versions.
        #expect(id == "h02f70991c87bb983")
        #expect(id.count == 17 && id.hasPrefix("h"))
        #expect(id == MentionIdentity.contentID(platform: .facebook, author: "ana", createdAt: date.addingTimeInterval(0.4), text: " ¿Dónde está mi pedido? "))
        #expect(id != MentionIdentity.contentID(platform: .instagram, author: "Ana", createdAt: date, text: "¿Dónde está mi pedido?"))
        #expect(id != MentionIdentity.contentID(platform: .facebook, author: "Eva", createdAt: date, text: "¿Dónde está mi pedido?"))
        #expect(id != MentionIdentity.contentID(platform: .facebook, author: "Ana", createdAt: date.addingTimeInterval(60), text: "¿Dónde está mi pedido?"))
        #expect(id != MentionIdentity.contentID(platform: .facebook, author: "Ana", createdAt: date, text: "¿Dónde está mi pedido?!"))
    }

    @Test func reimportingAFileWithoutIDsGivesTheSameIdentities() throws {
        let csv = """
        created_at,platform,author,text,url
        2026-11-21T10:00:00Z,x,alice,kettle leaks,https://x.com/alice/status/111
        2026-11-21T10:05:00Z,facebook,bob,where is my order,
        2026-11-21T10:05:00Z,facebook,bob,where is my order,
        2026-11-21T10:06:00Z,,carol,no platform but a URL,https://www.reddit.com/r/k/comments/abc/t/def/
        """
        let first = try FeedReader().read(data: Data(csv.utf8), path: "a.csv")
        let second = try FeedReader().read(data: Data(csv.utf8), path: "a.csv")
        #expect(first.mentions.map(\.id) == second.mentions.map(\.id))
        #expect(first.mentions.map(\.id.description) == ["x:111", first.mentions[1].id.description, "reddit:def"])
        #expect(first.mentions[1].id.nativeID.hasPrefix("h"))
        #expect(first.idsFromURL == 2 && first.idsFromContent == 2 && first.duplicates == 1)
        #expect(first.issues.isEmpty)
    }

    @Test func recordsWithIDsKeepThemAndAreNotCounted() throws {
        let csv = "id,created_at,text,url\n7,2026-11-21T10:00:00Z,hi,https://x.com/a/status/9\n"
        let result = try FeedReader().read(data: Data(csv.utf8), path: "a.csv")
        #expect(result.mentions.map(\.id.nativeID) == ["7"])
        #expect(result.idsFromURL == 0 && result.idsFromContent == 0)
    }

    @Test func identitiesAreAssignedBeforeBatchesAreHandedOver() throws {
        var rows = "created_at,author,text\n"
        for i in 0..<3000 { rows += "2026-11-21T10:00:00Z,user\(i % 1500),text \(i % 1500)\n" }
        var delivered: [Mention] = []
        let session = ImportSession(onBatch: { delivered += $0 })
        let result = try FeedReader().read(data: Data(rows.utf8), path: "big.csv", session: session)
        #expect(delivered.count == 1500 && result.importedCount == 1500)
        #expect(result.duplicates == 1500 && result.idsFromContent == 3000)
        #expect(!delivered.contains { $0.id.nativeID.isEmpty })
    }
}
