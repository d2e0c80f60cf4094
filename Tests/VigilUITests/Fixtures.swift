import Foundation
import VigilCore
import VigilTerminal
@testable import VigilUI

/// Small, fixed data so view snapshots are exact.
enum Fixtures {
    static let now = Date(timeIntervalSince1970: 1_795_255_200)  // 2026-11-21T10:00:00Z

    static func mention(
        _ id: String, minutesAgo: Int, platform: Platform = .x, author: String = "alice", followers: Int? = 1200,
        kind: MentionKind = .post, text: String, sentiment: SentimentLabel? = nil
    ) -> Mention {
        Mention(
            id: MentionID(platform: platform, nativeID: id),
            author: Author(handle: author, displayName: author.capitalized, followers: followers),
            createdAt: now.addingTimeInterval(Double(-minutesAgo * 60)),
            text: text, url: "https://example.com/\(id)", kind: kind,
            language: "en", metrics: Metrics(likes: 3, shares: 1, replies: 0),
            sentiment: sentiment.map { Sentiment(label: $0, source: .feed(raw: $0.rawValue)) }
        )
    }

    static let mentions: [Mention] = [
        mention("1", minutesAgo: 5, text: "Kettlebird One arrived, looks great ☕"),
        mention("2", minutesAgo: 30, platform: .reddit, author: "bob", followers: 15, kind: .comment, text: "How do I descale it?", sentiment: .neutral),
        mention("3", minutesAgo: 90, platform: .instagram, author: "carla", followers: 48_000, kind: .comment, text: "Lid broke after a week 😡", sentiment: .negative),
        mention("4", minutesAgo: 120, platform: .mastodon, author: "dieter", kind: .post, text: "Neuer Wasserkocher, super!"),
        mention("5", minutesAgo: 2 * 24 * 60, platform: .forum, author: "glitch", kind: .comment, text: "Great kettle \u{1B}[2J\u{1B}]0;pwned\u{07} lol", sentiment: .positive),
    ]

    static func state(size: Size = Size(width: 120, height: 40), mentions: [Mention] = Fixtures.mentions, alerts: [Alert] = []) -> AppState {
        var state = AppState(feed: FeedData(mentions: mentions), alerts: alerts, size: size, sourceDescription: "fixtures", now: now)
        state.now = now
        return state
    }

    static let context = ViewContext(theme: .dark, glyphs: .unicode, keymap: .standard, timeZone: TimeZone(identifier: "UTC")!)

    static func render(_ state: AppState) -> [String] {
        DashboardView.render(state, context: context).lines()
    }
}
