import Foundation
import VigilCore
import VigilStore
@testable import VigilReport

/// A hand-made week (16–22 November 2026, Europe/Madrid) whose every figure is counted by hand
/// in ReportFiguresTests.
enum ReportFixture {
    static let madrid = TimeZone(identifier: "Europe/Madrid")!

    static func local(_ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0, _ second: Int = 0) -> Date {
        BusinessHours.calendar(madrid).date(from: DateComponents(year: 2026, month: month, day: day, hour: hour, minute: minute, second: second))!
    }

    static func mention(_ id: String, _ platform: Platform, _ kind: MentionKind, _ language: String, _ label: SentimentLabel, _ at: Date,
                        _ text: String, followers: Int? = nil, likes: Int = 0) -> Mention {
        Mention(id: MentionID(platform: platform, nativeID: id), author: Author(handle: "author_" + id, followers: followers), createdAt: at, text: text,
                url: "https://example.com/\(id)", kind: kind, language: language, metrics: Metrics(likes: likes, shares: 0, replies: 0),
                sentiment: Sentiment(label: label, score: label == .negative ? -0.6 : (label == .positive ? 0.7 : 0), source: .analyzer))
    }

    static let m1 = mention("m1", .x, .comment, "en", .negative, local(11, 16, 10), "My kettle lid broke, refund please", followers: 100, likes: 10)
    static let m2 = mention("m2", .instagram, .comment, "es", .negative, local(11, 16, 17), "La tapa se rompió otra vez", followers: 5_000, likes: 3)
    static let m3 = mention("m3", .x, .post, "en", .neutral, local(11, 17, 12), "Review of the Kettlebird Mini: boils fast", followers: 250_000, likes: 500)
    static let m4 = mention("m4", .facebook, .review, "de", .negative, local(11, 20, 17, 55), "Deckel kaputt, sehr enttäuscht")
    static let m5 = mention("m5", .x, .comment, "fr", .neutral, local(11, 22, 23, 59), "Comment régler la température ?")
    static let m6 = mention("m6", .x, .comment, "en", .negative, local(11, 23, 0, 1), "Still broken, next week")
    static let m7 = mention("m7", .reddit, .reply, "en", .negative, local(11, 18, 9), "meh whatever, broken")
    static let m8 = mention("m8", .x, .message, "en", .negative, local(11, 18, 12), "<script>alert(1)</script> \"><img src=x onerror=alert(2)> =HYPERLINK(\"http://evil\") \u{1B}[2J")
    static let m9 = mention("m9", .instagram, .comment, "es", .positive, local(11, 19, 15), "¡Me encanta mi hervidor!")
    static let m10 = mention("m10", .x, .post, "en", .neutral, local(11, 11, 10), "Last week's post")

    static let now = local(12, 7, 10)

    /// The store with the team's work done.
    static func store() -> InMemoryMentionStore {
        let store = InMemoryMentionStore()
        store.upsert([m1, m2, m3, m4, m5, m6, m7, m8, m9, m10])
        try! store.saveReply(Reply(mention: m1.id, by: "ana", at: local(11, 16, 10, 30), text: "Sorry! DM us your order number."))
        store.apply(.markReplied, to: [m2.id], by: "ben", at: local(11, 17, 11))
        try! store.saveReply(Reply(mention: m4.id, by: "ana", at: local(11, 23, 9, 10), text: "Das tut uns leid."))
        try! store.saveReply(Reply(mention: m6.id, by: "ben", at: local(11, 23, 0, 30), text: "On it."))
        store.apply(.dismiss, to: [m7.id], by: "ben", at: local(11, 18, 10))
        store.apply(.delegate(department: "Support", followUp: local(11, 20, 12)), to: [m8.id], by: "ana", at: local(11, 18, 13))
        store.apply(.delegate(department: "product", followUp: nil), to: [m9.id], by: "ana", at: local(11, 19, 16))
        store.apply(.done, to: [m9.id], by: "dieter", at: local(11, 20, 10))
        store.apply(.overrideSentiment(.positive), to: [m3.id], by: "ana", at: local(11, 17, 13))
        return store
    }

    static func request(compare: Bool = true, language: ReportLanguage = .en, department: String? = nil) throws -> ReportRequest {
        ReportRequest(period: ReportPeriod.containing(local(11, 18, 12), kind: .week, timeZone: madrid), department: department, language: language,
                      compare: compare, businessHours: try BusinessHours.parse("mon-fri 09:00-18:00", timeZone: madrid), now: now)
    }

    static func document(compare: Bool = true, language: ReportLanguage = .en, department: String? = nil, alerts: [Alert] = [],
                         acknowledgements: [String: Acknowledgement] = [:]) throws -> ReportDocument {
        let store = store()
        for (id, ack) in acknowledgements { store.saveAcknowledgement(ack, alertID: id) }
        var input = try ReportInput.load(from: store, request: request(compare: compare, language: language, department: department), rules: nil)
        input.alerts = alerts
        return ReportBuilder.build(input)
    }
}

extension ReportDocument {
    func section(_ id: String) -> ReportSection { sections.first { $0.id == id }! }
}

extension ReportSection {
    func fact(_ label: String) -> ReportValue? { facts.first { $0.label == label }?.value }
    func table(_ id: String) -> ReportTable? { tables.first { $0.id == id } }
}

extension ReportTable {
    /// The row whose first cell reads `name`.
    func row(_ name: String) -> [ReportValue]? {
        rows.first { if case .text(let text) = $0.first { return text == name } else { return false } }
    }
}
