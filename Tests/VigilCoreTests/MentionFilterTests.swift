import Foundation
import Testing
@testable import VigilCore

struct MentionFilterTests {
    let now = Date(timeIntervalSince1970: 1_795_255_200)

    func mention(_ text: String, platform: Platform = .x, followers: Int = 100, minutesAgo: Double = 10, label: SentimentLabel = .neutral,
                 language: String = "en", kind: MentionKind = .comment, handle: String = "Ana") -> Mention {
        Mention(id: MentionID(platform: platform, nativeID: text), author: Author(handle: handle, followers: followers),
                createdAt: now.addingTimeInterval(-minutesAgo * 60), text: text, kind: kind, language: language,
                sentiment: Sentiment(label: label, source: .analyzer), flags: RuleFlags(tags: ["question"]))
    }

    func matches(_ filter: String, _ m: Mention, triage: Triage? = nil, pending: Bool = false) throws -> Bool {
        try MentionFilter(parsing: filter, now: now).matches(m, triage: triage, pending: pending)
    }

    @Test func wordsPhrasesAndExclusionsIgnoreCaseAndAccents() throws {
        let m = mention("Where is my REFUND? The café kettle broke")
        #expect(try matches("refund", m))
        #expect(try matches("cafe kettle", m))
        #expect(try matches("\"the café kettle\"", m))
        #expect(try !matches("\"kettle the\"", m))
        #expect(try !matches("refund -broke", m))
        #expect(try matches("refund -spam", m))
    }

    @Test func fields() throws {
        let m = mention("help", platform: .reddit, followers: 12_000, minutesAgo: 90, label: .negative, language: "es", kind: .review, handle: "Ana")
        #expect(try matches("sentiment:neg platform:reddit lang:es kind:review author:@ana", m))
        #expect(try matches("followers:>10k", m) && !matches("followers:<10000", m) && matches("followers:>=12000", m))
        #expect(try matches("since:2h", m) && !matches("since:1h", m))
        #expect(try matches("tag:question", m))
        #expect(try matches("tag:refund", m, triage: Triage(tags: ["refund"])))
        #expect(try matches("status:new", m) && !matches("status:replied", m))
        #expect(try matches("status:replied", m, triage: Triage(status: .replied)))
        #expect(try matches("status:pending", m, pending: true) && !matches("status:pending", m))
        #expect(try matches("sentiment:pos", m, triage: Triage(sentimentOverride: .positive)))
        #expect(try !matches("-sentiment:neg", m) && matches("-platform:x", m))
    }

    @Test func mistakesSayWhatIsWrong() {
        func error(_ text: String) -> String? {
            do { _ = try MentionFilter(parsing: text, now: now); return nil } catch { return "\(error)" }
        }
        #expect(error("colour:red")?.hasPrefix("unknown field 'colour:'") == true)
        #expect(error("sentiment:angry") == "sentiment: expected pos, neu or neg, got 'angry'")
        #expect(error("followers:lots")?.hasPrefix("followers: expected a number") == true)
        #expect(error("since:yesterday")?.hasPrefix("since: expected a duration") == true)
        #expect(error("status:finished")?.hasPrefix("status: expected pending or new") == true)
        #expect(error("platform:") == "platform: needs a value")
        // Absurd numbers are errors, not crashes.
        #expect(error("followers:>1e30k")?.hasPrefix("followers: expected a number") == true)
        #expect(error("followers:nank")?.hasPrefix("followers: expected a number") == true)
    }
}
