import Foundation
import VigilCore
import VigilRules
import VigilTerminal
import VigilUI

/// The ops screen's refresh at 300×80 over a week of mentions (goal ≤ 5 ms per frame), with the
/// dashboard's own frame at that size, measured in the same run, as the baseline.
@MainActor
enum OpsBenchmarks {
    static func run(count: Int) {
        var random = SeededGenerator(seed: 11)
        let end = Date(timeIntervalSince1970: 1_795_255_200)
        let span = 7.0 * 86_400
        let platforms: [Platform] = [.x, .instagram, .reddit, .facebook, .youtube, .mastodon, .bluesky, .forum]
        let mentions = (0..<count).map { i -> Mention in
            Mention(id: MentionID(platform: platforms[i % platforms.count], nativeID: "o\(i)"),
                    author: Author(handle: "user\(random.next() % 50_000)", followers: Int(random.next() % 100_000)),
                    createdAt: end.addingTimeInterval(-span * Double(count - i) / Double(count)),
                    text: "mention \(i) about the kettle", kind: [.post, .comment, .reply][i % 3], language: "en",
                    metrics: Metrics(likes: Int(random.next() % 100)),
                    sentiment: Sentiment(label: random.next() % 4 == 0 ? .negative : .neutral, score: 0, source: .analyzer))
        }
        print("Ops screen: \(count) mentions over 7 days, 300×80")
        var state = AppState(size: Size(width: 300, height: 80), sourceDescription: "bench", now: end)
        // Newest first, as the store hands them over.
        let newestFirst = Array(mentions.reversed())
        let indexSeconds = Measure.seconds { state.feed = FeedData(mentions: newestFirst) }
        Measure.row("  index (panes + 5-min volume buckets)", "\(Measure.format(indexSeconds * 1000)) ms")
        // A live arrival: one new mention merged into the panes (what every followed write costs).
        var arrival = 0
        let arrivals = Measure.samples(5) {
            arrival += 1
            state.feed.merge([Mention(id: MentionID(platform: .x, nativeID: "live\(arrival)"), author: Author(handle: "newcomer"),
                                      createdAt: end.addingTimeInterval(Double(arrival)), text: "just arrived", kind: .post)])
        }
        Measure.row("  one new mention arrives (merge + reindex)", "median \(Measure.format(Measure.percentile(arrivals, 0.5), decimals: 1)) ms")
        let triageChange = Measure.samples(5) {
            state.feed.applyTriage([MentionID(platform: .x, nativeID: "live1"): Triage(status: .dismissed)])
        }
        Measure.row("  one triage change (pending rebuilt)", "median \(Measure.format(Measure.percentile(triageChange, 0.5), decimals: 1)) ms")
        for source in ["sentiment:neg platform:x -status:replied", "sentiment:neu platform:x followers:>50000 -status:replied"] {
            guard let filter = try? MentionFilter(parsing: source, now: end) else { continue }
            let filtering = Measure.samples(5) { state.feed.setFilter(filter) }
            Measure.row("  filter \(source)", "median \(Measure.format(Measure.percentile(filtering, 0.5), decimals: 1)) ms",
                        "\(state.feed.posts.count + state.feed.comments.count) match")
            state.feed.setFilter(nil)
        }
        state.alerts = [Alert(id: "c", ruleID: "crisis", severity: .critical, state: .firing, title: "Crisis terms bursting",
                              summary: "48 crisis-term mentions in 30m", count: 48, startedAt: end.addingTimeInterval(-1800))]
        let context = ViewContext(timeZone: TimeZone(identifier: "UTC")!)
        let backend = TestBackend(size: state.size)
        let renderer = Renderer(backend: backend)

        state.showsOps = false
        let dashboard = Measure.samples(200) {
            renderer.invalidate()
            renderer.present(DashboardView.render(state, context: context))
        }
        state.showsOps = true
        let full = Measure.samples(200) {
            renderer.invalidate()
            renderer.present(DashboardView.render(state, context: context))
        }
        // A refresh as the running screen does it: the clock moves a second, only changed cells are sent.
        var tick = 0.0
        let refresh = Measure.samples(500) {
            tick += 1
            state.now = end.addingTimeInterval(tick)
            renderer.present(DashboardView.render(state, context: context))
        }
        let median = Measure.percentile(refresh, 0.5)
        Measure.row("  ops refresh (render + diff)", "median \(Measure.format(median, decimals: 3)) ms",
                    "p99 \(Measure.format(Measure.percentile(refresh, 0.99), decimals: 3)) ms, goal ≤ 5 ms")
        Measure.row("  ops full frame (render + send all)", "median \(Measure.format(Measure.percentile(full, 0.5), decimals: 3)) ms",
                    "p99 \(Measure.format(Measure.percentile(full, 0.99), decimals: 3)) ms")
        let dashboardMedian = Measure.percentile(dashboard, 0.5)
        Measure.row("  baseline: dashboard frame 300×80", "median \(Measure.format(dashboardMedian, decimals: 3)) ms",
                    "ops refresh is \(Measure.format(median / dashboardMedian, decimals: 2))× a dashboard frame")
    }
}
