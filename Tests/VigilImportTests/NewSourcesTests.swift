import Foundation
import Testing
import VigilCore
@testable import VigilImport

/// Review sites, Threads, TikTok and Telegram, from the examples in SampleFeeds/formats.
@Suite struct NewSourcesTests {
    func example(_ name: String) throws -> ImportResult {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try FeedReader().read(path: root.appendingPathComponent("SampleFeeds/formats/\(name)").path)
    }

    @Test func googleReviewsTakeStarsAsSentimentAndKeepTheOriginalText() throws {
        let result = try example("google-reviews.json")
        #expect(result.format == "google-reviews" && result.issues.isEmpty)
        #expect(result.mentions.map(\.sentimentLabel) == [.negative, .positive, .neutral])
        #expect(result.mentions.allSatisfy { $0.kind == .review && $0.platform == .google })
        #expect(result.mentions[2].text == "Guter Wasserkocher, aber der Deckel geht schwer auf.")
        #expect(result.mentions[0].sentiment?.source == .feed(raw: "2 stars"))
    }

    @Test func trustpilotAPIAndCSVDownloadAgree() throws {
        let api = try example("trustpilot-reviews.json")
        let csv = try example("trustpilot-reviews.csv")
        #expect(api.format == "trustpilot" && csv.format == "trustpilot-csv")
        #expect(api.issues.isEmpty && csv.issues.isEmpty)
        #expect(csv.mentions.map(\.id.nativeID).prefix(2) == api.mentions.map(\.id.nativeID)[...])
        #expect(csv.mentions.map(\.sentimentLabel) == [.negative, .positive, .positive])
        #expect(csv.mentions.allSatisfy { $0.platform == .trustpilot })
        #expect(api.mentions[0].text == "Remboursement jamais reçu\nJ'ai renvoyé la bouilloire il y a trois semaines et toujours pas de remboursement.")
        #expect(csv.mentions[0].createdAt == api.mentions[0].createdAt)
    }

    @Test func tiktokCommentsKeepLargeIDsAndThreads() throws {
        let result = try example("tiktok-comments.json")
        #expect(result.format == "tiktok" && result.issues.isEmpty)
        #expect(result.mentions.map(\.id.nativeID) == ["7440112233445566001", "7440112233445566017", "7440112233445566020"])
        #expect(result.mentions.map(\.kind) == [.comment, .reply, .comment])
        #expect(result.mentions[1].parentID == "7440112233445566001")
    }

    @Test func threadsRepliesPointAtTheirPost() throws {
        let result = try example("threads-replies.json")
        #expect(result.format == "threads" && result.issues.isEmpty)
        #expect(result.mentions.map(\.kind) == [.post, .reply, .reply])
        #expect(result.mentions[1].parentID == "18034567890123456" && result.mentions[1].platform == .threads)
        #expect(result.mentions[0].metrics.likes == 41)
    }

    @Test func telegramExportSkipsServiceMessagesAndJoinsTextEntities() throws {
        let result = try example("telegram-result.json")
        #expect(result.format == "telegram" && result.issues.isEmpty)
        #expect(result.mentions.map(\.id.nativeID) == ["1830092211/5102", "1830092211/5103", "1830092211/5105"])
        #expect(result.mentions[1].text == "E4 means the base is not detected. Please see https://kettlebird.example/help/e4 or send us your order number.")
        #expect(result.mentions[1].parentID == "1830092211/5102" && result.mentions[1].metrics.likes == 3)
        #expect(result.mentions[0].createdAt == Date(timeIntervalSince1970: 1_795_251_761))
        #expect(result.warnings == ["1 message(s) without text (stickers, photos or polls without a caption) are not mentions"])
    }

    @Test func aDetectedFormatThatReadsNothingSaysWhy() throws {
        let result = try FeedReader().read(data: Data(#"{"thread": {"$type": "app.bsky.feed.defs#notFoundPost", "uri": "at://did:plc:x/app.bsky.feed.post/1", "notFound": true}, "note": "app.bsky.feed.post"}"#.utf8), path: "t.json")
        #expect(result.format == "bluesky" && result.importedCount == 0)
        #expect(result.warnings.contains { $0.hasPrefix("read as bluesky, but no records were found in it") })
    }
}
