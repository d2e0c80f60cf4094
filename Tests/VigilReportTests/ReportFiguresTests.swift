import Foundation
import Testing
import VigilCore
@testable import VigilReport

/// Every figure checked against a hand count of ReportFixture's week.
@Suite struct ReportFiguresTests {
    typealias F = ReportFixture

    @Test func volumeCountsThePeriodsMentionsOnly() throws {
        let volume = try F.document().section("volume")
        // m1…m5, m7, m8, m9: m5 at 23:59 on Sunday is in, m6 at 00:01 on Monday is not, m10 is the week before.
        #expect(volume.fact("Mentions") == .count(8))
        #expect(volume.facts.first?.change == 7.0)  // 8 against 1: +700 %
        #expect(volume.fact("Conversations (comments, replies, reviews, messages)") == .count(7))
        #expect(volume.fact("Potential reach") == .count(255_100))
        let platforms = try #require(volume.table("by-platform"))
        #expect(platforms.row("X") == [.text("X"), .count(4), .share(0.5), .count(250_100), .change(3.0)])  // 4 against m10: +300 %
        #expect(platforms.row("Instagram")?[1] == .count(2))
        #expect(platforms.row("Reddit")?[4] == .change(nil))
        let chart = try #require(volume.charts.first { $0.id == "volume-by-platform" })
        #expect(chart.labels.first == "16 Nov" && chart.labels.count == 7)
        // X by day, Monday to Sunday: m1 (Mon), m3 (Tue), m8 (Wed), m5 (Sun).
        #expect(chart.series.first { $0.name == "X" }?.values == [1, 1, 1, 0, 0, 0, 1])
        // By kind: comments m1 m2 (Mon), m9 (Thu), m5 (Sun); the review m4 on Friday.
        let kinds = try #require(volume.charts.first { $0.id == "volume-by-kind" })
        #expect(kinds.series.first { $0.name == "comment" }?.values == [2, 0, 0, 1, 0, 0, 1])
        #expect(kinds.series.first { $0.name == "review" }?.values == [0, 0, 0, 0, 1, 0, 0])
    }

    @Test func sentimentUsesTheTeamsOverride() throws {
        let sentiment = try F.document().section("sentiment")
        // Positive: m9, and m3 (neutral from the analyzer, overridden positive). Negative: m1 m2 m4 m7 m8.
        #expect(sentiment.fact("Positive") == .share(0.25))
        #expect(sentiment.fact("Negative") == .share(0.625))
        #expect(sentiment.fact("Net sentiment (positive minus negative, points)") == .decimal(-37.5))
        let byLanguage = try #require(sentiment.table("sentiment-by-language"))
        #expect(byLanguage.row("Spanish") == [.text("Spanish"), .count(2), .share(0.5), .share(0), .share(0.5), .decimal(0)])
    }

    @Test func responseTimesInWallClockAndBusinessHours() throws {
        let response = try F.document().section("response")
        // Needed a reply: m1, m2, m4 (negative conversations), m5 (a question), m8 (negative message).
        // m7 was dismissed without a reply; m3 is a post; m9 is praise.
        #expect(response.fact("Needed a reply") == .count(5))
        #expect(response.fact("Replied") == .count(3))
        #expect(response.fact("Not replied") == .count(2))
        #expect(response.fact("Dismissed without reply") == .count(1))
        // Wall clock: m1 30 min, m2 18 h (Mon 17:00 → Tue 11:00), m4 63 h 15 min (Fri 17:55 → Mon 09:10).
        #expect(response.fact("Median first reply") == .duration(18 * 3_600))
        #expect(response.fact("90th percentile first reply") == .duration(63.25 * 3_600))
        // Business hours (mon-fri 09-18): m1 30 min, m2 1 h + 2 h, m4 5 + 10 min.
        #expect(response.fact("Median first reply, business hours") == .duration(30 * 60))
        #expect(response.fact("90th percentile, business hours") == .duration(3 * 3_600))
        let buckets = try #require(response.table("first-reply-buckets"))
        #expect(buckets.rows.map { $0[1] } == [.count(1), .count(0), .count(0), .count(1), .count(1), .count(2)])
        #expect(buckets.rows.map { $0[3] } == [.count(2), .count(1), .count(0), .count(0), .count(0), .count(2)])
        let people = try #require(response.table("response-by-person"))
        #expect(people.row("ana")?[1] == .count(2))
        #expect(people.row("ana")?[4] == .duration(30 * 60))  // nearest rank: the smaller of two
        #expect(people.row("ben")?[1] == .count(1))
        let overdue = try #require(response.table("overdue-follow-ups"))
        #expect(overdue.rows.count == 1)
        #expect(overdue.rows[0][0] == .time(F.local(11, 20, 12)) && overdue.rows[0][1] == .text("Support"))
    }

    @Test func aReplyJustAfterMidnightBelongsToTheItemNotThePeriod() throws {
        // m6 (00:01 Monday, replied 00:30) is next week's: it is in no figure of this week.
        let document = try F.document()
        let people = try #require(document.section("response").table("response-by-person"))
        #expect(people.row("ben")?[1] == .count(1))
        // Next week's report has it, replied within the hour.
        let store = F.store()
        var request = try F.request()
        request.period = ReportPeriod.containing(F.local(11, 25, 12), kind: .week, timeZone: F.madrid)
        let next = ReportBuilder.build(try ReportInput.load(from: store, request: request, rules: nil))
        #expect(next.section("volume").fact("Mentions") == .count(1))
        #expect(next.section("response").table("first-reply-buckets")?.rows[0][1] == .count(1))
    }

    @Test func delegationPerDepartment() throws {
        let delegation = try F.document().section("delegation")
        let table = try #require(delegation.table("delegation-by-department"))
        #expect(table.row("Support") == [.text("Support"), .count(1), .count(0), .count(1), .count(1), .count(1)])
        #expect(table.row("product") == [.text("product"), .count(1), .count(1), .count(0), .count(0), .count(0)])
        let oldest = try #require(delegation.table("oldest-open-support"))
        #expect(oldest.rows.count == 1 && oldest.rows[0][2] == .text("@author_m8"))
    }

    @Test func aDepartmentsReportHasOnlyWhatWasHandedToIt() throws {
        let document = try F.document(department: "support")
        #expect(document.section("volume").fact("Mentions") == .count(1))
        #expect(document.section("delegation").table("delegation-by-department")?.rows.count == 1)
        #expect(document.title.hasSuffix("support"))
    }

    @Test func incidentsWithAcknowledgementAndWhatTheTeamDid() throws {
        let start = F.local(11, 16, 9, 50)
        let alert = Alert(id: "crisis-burst|2026-11-16T08:50:00Z", ruleID: "crisis-burst", severity: .critical, state: .resolved, title: "Lid complaints",
                          summary: "", count: 42, startedAt: start, firedAt: start.addingTimeInterval(600), endedAt: start.addingTimeInterval(7_200),
                          examples: [F.m1.id, F.m2.id])
        let quiet = Alert(id: "low", ruleID: "x", severity: .medium, state: .resolved, title: "Minor", summary: "", count: 3, startedAt: start)
        let document = try F.document(alerts: [alert, quiet], acknowledgements: [alert.id: Acknowledgement(by: "chloé", at: start.addingTimeInterval(1_800), note: "recall FAQ posted")])
        let incidents = document.section("incidents")
        #expect(incidents.fact("High and critical alerts") == .count(1))
        #expect(incidents.fact("Median time to acknowledge") == .duration(1_200))
        let row = try #require(incidents.table("incidents")?.rows.first)
        #expect(row[3] == .text("chloé, after 20\u{00A0}min"))
        #expect(row[4] == .duration(7_200) && row[5] == .count(42))
        // m1's reply is "replied" in the log; m2 was marked replied the next day, inside the day after.
        #expect(row[7] == .text("replied 2, note: recall FAQ posted"))
    }

    @Test func emptySectionsSaySo() throws {
        let document = try F.document()
        #expect(document.section("incidents").emptyNote == "No high or critical alert in this period.")
        var request = try F.request()
        request.period = ReportPeriod.containing(F.local(10, 7, 12), kind: .week, timeZone: F.madrid)
        let empty = ReportBuilder.build(try ReportInput.load(from: F.store(), request: request, rules: nil))
        #expect(empty.section("volume").emptyNote == "No mentions in this period.")
        #expect(empty.section("response").emptyNote == "No item in this period needed a reply.")
    }

    @Test func theReportsOwnWordsInGerman() throws {
        let document = try F.document(language: .de)
        #expect(document.section("volume").title == "Volumen und Reichweite")
        #expect(document.subtitle.hasPrefix("16.–22. November 2026"))
        let markdown = MarkdownReport.render(document)
        #expect(markdown.contains("Erwähnungen"))
        #expect(markdown.contains("62,5\u{00A0}%"))
    }
}

@Suite struct TopicTermsTests {
    func mention(_ id: Int, _ text: String) -> Mention {
        Mention(id: MentionID(platform: .x, nativeID: String(id)), author: Author(handle: "a\(id)"), createdAt: Date(timeIntervalSince1970: Double(id)), text: text)
    }

    @Test func emojiAndPunctuationEndWordsAndNeverBecomeTerms() {
        var table: [UInt64: TopicTerms.Entry] = [:]
        var word: [UInt8] = []
        let texts = ["Fix it now!! 😡 refund please", "😡😡😡", "the kettle… broke “again” ☕ refund", "Rückruf für Deckel 🔥🔥 refund"]
        for (index, text) in texts.enumerated() { TopicTerms.count(mention(index, text), index: index, into: &table, word: &word) }
        let terms = Set(table.values.map(\.spelling))
        #expect(terms.contains("refund") && table[TopicTerms.hash(Array("refund".utf8))]?.count == 3)
        #expect(terms.contains("kettle") && terms.contains("broke") && terms.contains("rückruf") && terms.contains("deckel"))
        #expect(terms.allSatisfy { $0.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "#" || ("0"..."9").contains($0) } }, "\(terms)")
    }
}

extension ReportFiguresTests {
    @Test func moderationByReasonWithTheTeamsDecisions() throws {
        let store = F.store()
        var spam = F.mention("s1", .instagram, .comment, "en", .positive, F.local(11, 17, 9), "Free giveaway!! DM me")
        spam.flags = RuleFlags(moderation: ModerationVerdict(action: .hold, ruleID: "hold-spam", reason: "Spam or scam"))
        var phone = F.mention("p1", .facebook, .comment, "es", .negative, F.local(11, 18, 9), "llamadme al 612 345 678")
        phone.flags = RuleFlags(moderation: ModerationVerdict(action: .hide, ruleID: "hide-personal-data", reason: "Personal data"))
        var own = F.mention("o1", .x, .reply, "en", .neutral, F.local(11, 18, 10), "DM us")
        own.flags = RuleFlags(moderation: ModerationVerdict(action: .approve, ruleID: "own-accounts", reason: "Own account"))
        store.upsert([spam, phone, own])
        store.moderate([spam.id], action: .delete, note: "", by: "ana", at: F.local(11, 17, 11))
        let input = try ReportInput.load(from: store, request: F.request(), rules: nil)
        let section = ReportBuilder.build(input).section("moderation")
        #expect(section.emptyNote == nil)
        #expect(section.fact("Acted on by house rules") == .count(2), "the brand's own approved reply is not counted")
        #expect(section.fact("Decided by the team") == .count(1))
        #expect(section.fact("Still waiting for review") == .count(1))
        #expect(section.fact("Median time to a decision") == .duration(7_200))
        let byReason = try #require(section.table("moderation-by-reason"))
        #expect(byReason.row("Spam or scam") == [.text("Spam or scam"), .text("hold"), .count(1), .count(0), .count(1)])
        #expect(byReason.row("Personal data") == [.text("Personal data"), .text("hide"), .count(1), .count(0), .count(0)])
        #expect(section.table("moderation-waiting")?.rows.first?[2] == .text("@author_p1"))
        // A week without moderation says so in one line.
        #expect(try F.document().section("moderation").emptyNote == "Nothing was moderated.")
    }
}
