import Foundation
import Testing
@testable import VigilCore

@Suite struct DomainTests {
    @Test func platformAliases() {
        #expect(Platform(feedValue: "Twitter") == .x)
        #expect(Platform(feedValue: " bsky ") == .bluesky)
        #expect(Platform(feedValue: "TikTok").rawValue == "tiktok")
        #expect(Platform(feedValue: "") == .unknown)
        #expect(Platform.tiktokLike.shortName == "TT")
        #expect(Platform(feedValue: "Google Reviews") == .google && Platform.telegram.shortName == "TG")
    }

    @Test func feedSentimentInFourLanguages() {
        #expect(SentimentLabel(feedValue: "Positive") == .positive)
        #expect(SentimentLabel(feedValue: "Negativo") == .negative)
        #expect(SentimentLabel(feedValue: "négatif") == .negative)
        #expect(SentimentLabel(feedValue: "Neutre") == .neutral)
        #expect(SentimentLabel(feedValue: "-0.6") == .negative)
        #expect(SentimentLabel(feedValue: "0.01") == .neutral)
        #expect(SentimentLabel(feedValue: "meh") == nil)
        #expect(Sentiment(feedValue: " 0.8 ")?.score == 0.8)
    }

    @Test func newestFirstIsATotalOrder() {
        let t = Date(timeIntervalSince1970: 0)
        let a = Mention(id: MentionID(platform: .x, nativeID: "1"), author: Author(handle: "a"), createdAt: t, text: "")
        let b = Mention(id: MentionID(platform: .x, nativeID: "2"), author: Author(handle: "b"), createdAt: t, text: "")
        #expect(Mention.newestFirst(a, b) != Mention.newestFirst(b, a))
    }

    @Test func replyNeed() {
        func mention(_ kind: MentionKind, _ text: String, _ sentiment: SentimentLabel? = nil) -> Mention {
            Mention(id: MentionID(platform: .x, nativeID: "1"), author: Author(handle: "a"), createdAt: Date(), text: text, kind: kind,
                    sentiment: sentiment.map { Sentiment(label: $0, source: .analyzer) })
        }
        #expect(ReplyNeed.needsReply(mention(.comment, "How do I descale?")))
        #expect(ReplyNeed.needsReply(mention(.comment, "¿Dónde compro filtros")))
        #expect(ReplyNeed.needsReply(mention(.review, "broken lid", .negative)))
        #expect(!ReplyNeed.needsReply(mention(.post, "Who makes the best kettle?")))
        #expect(!ReplyNeed.needsReply(mention(.comment, "love it", .positive)))
    }
}

extension Platform {
    static let tiktokLike = Platform(rawValue: "tiktok")
}

@Suite struct ReplyNeedByteTests {
    @Test func invertedQuestionMarkIsFoundButNotLookalikeBytes() {
        func comment(_ text: String) -> Mention {
            Mention(id: MentionID(platform: .x, nativeID: "1"), author: Author(handle: "a"), createdAt: Date(), text: text, kind: .comment)
        }
        #expect(ReplyNeed.needsReply(comment("¿Dónde")))
        #expect(!ReplyNeed.needsReply(comment("ÿ 日本 ok")))  // ÿ is C3 BF: not a question
    }
}
