import Foundation
import Testing
import VigilCore
@testable import VigilUI

/// The `/` filter is answered two ways: over full mentions (VigilCore) and over a dashboard's
/// compact rows (VigilUI). They must agree on every mention and every kind of term.
struct FilterAgreementTests {
    static let now = Date(timeIntervalSince1970: 1_795_255_200)

    static func mentions() -> [Mention] {
        var random = SeededGenerator(seed: 7)
        let platforms: [Platform] = [.x, .reddit, .instagram, .mastodon, .forum]
        let texts = ["Refund please", "the lid broke 😡", "Great kettle!", "¿Dónde está mi pedido?", "Rückruf sofort", "merci 🔥"]
        return (0..<300).map { n in
            var m = Mention(id: MentionID(platform: platforms[Int(random.next() % 5)], nativeID: "\(n)"),
                            author: Author(handle: ["Ana", "bob", "CARLA", "dieter"][Int(random.next() % 4)],
                                           followers: random.next() % 5 == 0 ? nil : Int(random.next() % 100_000) - (n == 3 ? 200_000 : 0)),
                            createdAt: now.addingTimeInterval(-Double(random.next() % 200_000)), text: texts[Int(random.next() % 6)],
                            kind: MentionKind.allCases[Int(random.next() % UInt64(MentionKind.allCases.count))],
                            language: random.next() % 3 == 0 ? nil : ["en", "es", "de", "fr"][Int(random.next() % 4)])
            if random.next() % 2 == 0 {
                m.sentiment = Sentiment(label: [.positive, .negative, .neutral][Int(random.next() % 3)], source: .analyzer,
                                        guessedLanguage: random.next() % 2 == 0 ? "es" : nil)
            }
            if random.next() % 3 == 0 { m.flags = RuleFlags(tags: random.next() % 2 == 0 ? ["refund"] : ["crisis", "urgent"]) }
            return m
        }
    }

    static let filters = [
        "refund", "-refund", "\"lid broke\"", "😡", "sentiment:neg", "-sentiment:pos", "platform:reddit", "lang:es", "lang:en",
        "kind:comment", "followers:>10000", "followers:<=500", "status:pending", "status:new", "tag:refund", "-tag:crisis",
        "author:@carla", "author:@ana", "since:1d", "refund sentiment:neg platform:x", "-lang:de kind:post followers:>=1",
    ]

    @Test func rowsAndMentionsGiveTheSameAnswers() throws {
        let mentions = Self.mentions()
        var names = MentionNames()
        let rows = mentions.map { names.row(for: $0, key: 0) }
        var disagreements: [String] = []
        var matched = 0
        for text in Self.filters {
            let filter = try MentionFilter(parsing: text, now: Self.now)
            for (index, m) in mentions.enumerated() {
                let triage: Triage? = index % 7 == 0 ? Triage(status: .dismissed, tags: ["refund"], sentimentOverride: .negative) : nil
                let pending = index % 5 == 0
                let byMention = filter.matches(m, triage: triage, pending: pending)
                let byRow = withUnsafePointer(to: rows[index]) { row in
                    withUnsafePointer(to: m) { filter.matches(row, names: names, triage: triage, pending: pending, found: nil, text: $0) }
                }
                if byMention != byRow { disagreements.append("\(text) on \(m.id): mention \(byMention), row \(byRow)") }
                if byMention { matched += 1 }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
        // The filters are not vacuous: some of the checks match, most do not.
        #expect(matched > 300 && matched < 5_000)
    }
}
