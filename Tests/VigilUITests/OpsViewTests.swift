import Foundation
import Testing
import VigilCore
import VigilTerminal
@testable import VigilUI

/// A day and a week of deterministic traffic, then the ops screen at three sizes.
@Suite struct OpsViewTests {
    static let platforms: [Platform] = [.x, .instagram, .reddit, .facebook, .youtube]

    /// Eight days of mentions ending at `Fixtures.now`: a daily rhythm, every fourth one
    /// negative, and a negative burst in the last 40 minutes.
    static func traffic() -> [Mention] {
        var mentions: [Mention] = []
        var n = 0
        for minute in stride(from: 8 * 24 * 60, through: 0, by: -7) {
            let hourOfDay = (24 + 10 - minute / 60 % 24) % 24
            let perSlot = hourOfDay >= 8 && hourOfDay <= 22 ? 2 : 1
            for _ in 0..<perSlot {
                n += 1
                mentions.append(Fixtures.mention("t\(n)", minutesAgo: minute, platform: platforms[n % platforms.count], author: "user\(n % 50)",
                                                 text: "mention \(n)", sentiment: n % 4 == 0 ? .negative : .neutral))
            }
        }
        for k in 0..<40 {
            n += 1
            mentions.append(Fixtures.mention("b\(k)", minutesAgo: k, platform: platforms[k % 3], author: "angry\(k)", kind: .comment,
                                             text: "Kettle caught fire, recall now?", sentiment: .negative))
        }
        return mentions
    }

    static let crisis = Alert(id: "crisis-1", ruleID: "crisis-terms-burst", severity: .critical, state: .firing,
                              title: "Crisis terms burst", summary: "40 crisis-term mentions in 30m, 13× usual", count: 40,
                              startedAt: Fixtures.now.addingTimeInterval(-35 * 60), firedAt: Fixtures.now.addingTimeInterval(-30 * 60))
    static let medium = Alert(id: "neg-1", ruleID: "negative-surge", severity: .medium, state: .firing,
                              title: "Negative surge", summary: "62% negative in the last hour (usual 25%)", count: 52,
                              startedAt: Fixtures.now.addingTimeInterval(-20 * 60))

    static func state(_ size: Size, alerts: [Alert]) -> AppState {
        var state = AppState(feed: FeedData(mentions: traffic()), alerts: alerts, size: size, sourceDescription: "fixtures", now: Fixtures.now)
        state.showsOps = true
        return state
    }

    static let plain = ViewContext(theme: .dark, glyphs: .ascii, keymap: .standard, timeZone: TimeZone(identifier: "UTC")!)

    @Test(arguments: [(80, 24), (120, 40), (300, 80)])
    func snapshotsWithAndWithoutCrisis(width: Int, height: Int) {
        let size = Size(width: width, height: height)
        Snapshot.check(DashboardView.render(Self.state(size, alerts: [Self.medium]), context: Fixtures.context).text(), named: "ops-\(width)x\(height)")
        Snapshot.check(DashboardView.render(Self.state(size, alerts: [Self.medium, Self.crisis]), context: Fixtures.context).text(), named: "ops-\(width)x\(height)-crisis")
        Snapshot.check(DashboardView.render(Self.state(size, alerts: [Self.medium, Self.crisis]), context: Self.plain).text(), named: "ops-\(width)x\(height)-crisis-ascii")
    }
}

@Suite struct OpsScreenBehaviourTests {
    let updater = Updater()

    @Test func capitalOTogglesTheOpsScreenAndQGoesBack() {
        var state = Fixtures.state()
        _ = updater.update(&state, .key(.character("O")))
        #expect(state.showsOps)
        #expect(Fixtures.render(state)[0].hasPrefix(" Vigil OPS"))
        _ = updater.update(&state, .key(.character("O")))
        #expect(!state.showsOps)
        _ = updater.update(&state, .key(.character("O")))
        _ = updater.update(&state, .key(.character("q")))
        #expect(!state.showsOps && state.isRunning, "q leaves the ops screen, not the program")
        // Triage keys do nothing on the read-only ops screen.
        _ = updater.update(&state, .key(.character("O")))
        #expect(updater.update(&state, .key(.character("d"))).isEmpty)
    }

    @Test(arguments: [(40, 10), (41, 11), (60, 15), (99, 29), (100, 30), (199, 49), (200, 50), (400, 120)])
    func everySizeDrawsWithoutOverflow(width: Int, height: Int) {
        let state = OpsViewTests.state(Size(width: width, height: height), alerts: [OpsViewTests.medium, OpsViewTests.crisis])
        let lines = DashboardView.render(state, context: Fixtures.context).lines()
        #expect(lines.count == height)
        #expect(lines.allSatisfy { DisplayWidth.of($0) == width })
        #expect(lines.joined().contains("CRISIS"))
        #expect(lines.last?.contains("Q quit") == true)
    }

    @Test func theFooterSaysWhileTheHistoryIsLoading() {
        var state = OpsViewTests.state(Size(width: 120, height: 40), alerts: [])
        state.historyNote = "loading history: 5,000 of 1,000,000 shown"
        #expect(Fixtures.render(state)[39].hasPrefix(" loading history: 5,000 of 1,000,000 shown · O back"))
    }

    @Test func standaloneOpsQuitsOnQ() {
        var state = Fixtures.state()
        state.showsOps = true
        state.opsOnly = true
        _ = updater.update(&state, .key(.character("O")))
        #expect(state.showsOps, "no dashboard to go back to")
        #expect(updater.update(&state, .key(.character("q"))) == [.quit])
        #expect(!state.isRunning)
    }

    @Test func crisisBannerStaysUntilAcknowledged() {
        var state = OpsViewTests.state(Size(width: 120, height: 40), alerts: [OpsViewTests.crisis])
        #expect(Fixtures.render(state)[1].contains("CRISIS"))
        var acknowledged = OpsViewTests.crisis
        acknowledged.state = .acknowledged
        acknowledged.acknowledgement = Acknowledgement(by: "maria", at: Fixtures.now)
        _ = updater.update(&state, .alertsChanged([acknowledged]))
        let lines = Fixtures.render(state)
        #expect(!lines.joined().contains("CRISIS"))
        #expect(lines[0].hasPrefix(" Vigil OPS  1 alert firing"))
        #expect(lines.contains { $0.contains("Crisis terms burst (ack maria)") })
    }

    @Test func aResolvedCriticalAlertKeepsTheBannerUntilAcknowledged() {
        var resolved = OpsViewTests.crisis
        resolved.state = .resolved
        resolved.endedAt = Fixtures.now.addingTimeInterval(-600)
        var state = OpsViewTests.state(Size(width: 300, height: 80), alerts: [resolved])
        #expect(OpsSnapshot(state: state).crisis?.id == "crisis-1")
        #expect(Fixtures.render(state)[1].contains("since 11-21 09:25 · ended 11-21 09:50 · not acknowledged"))
        resolved.acknowledgement = Acknowledgement(by: "maria", at: Fixtures.now)
        state.alerts = [resolved]
        #expect(OpsSnapshot(state: state).crisis == nil)
        // A day later, an old unacknowledged crisis no longer takes the header.
        resolved.acknowledgement = nil
        resolved.endedAt = Fixtures.now.addingTimeInterval(-90_000)
        state.alerts = [resolved]
        #expect(OpsSnapshot(state: state).crisis == nil)
    }

    @Test func theDashboardFilterDoesNotChangeTheOpsFigures() throws {
        var state = OpsViewTests.state(Size(width: 300, height: 80), alerts: [])
        let id = state.feed.mention(at: state.feed.pendingAll[0]).id
        state.feed.applyTriage([id: Triage(status: .delegated, department: "support", followUp: Fixtures.now.addingTimeInterval(-60))])
        let before = OpsSnapshot(state: state)
        #expect(before.overdue == 1)
        state.feed.setFilter(try MentionFilter(parsing: "platform:x", now: Fixtures.now))
        let after = OpsSnapshot(state: state)
        #expect(after.overdue == 1 && after.pending == before.pending && after.lastHour == before.lastHour)
        // The rotating panel lists pending items whatever the filter.
        #expect(Fixtures.render(state).contains { $0.contains(" RD @angry") })
    }

    @Test func theRotatingPanelTurnsEveryFifteenTicks() {
        var state = OpsViewTests.state(Size(width: 300, height: 80), alerts: [])
        #expect(Fixtures.render(state).joined().contains("Oldest pending replies"))
        for _ in 0..<15 { _ = updater.update(&state, .tick(Fixtures.now)) }
        #expect(Fixtures.render(state).joined().contains("Latest negative mentions"))
    }

    @Test func manyAlertsStillShowTheTopSummaries() {
        let alerts = (0..<6).map { i in
            Alert(id: "a\(i)", ruleID: "r\(i)", severity: i == 0 ? .high : .low, state: .firing, title: "Alert \(i)", summary: "summary \(i)",
                  count: 1, startedAt: Fixtures.now.addingTimeInterval(Double(-i * 60)))
        }
        let lines = Fixtures.render(OpsViewTests.state(Size(width: 80, height: 24), alerts: alerts))
        #expect(lines.contains { $0.contains("summary 0") }, "the most severe alert keeps its summary")
        #expect(lines.filter { $0.contains("LOW") }.count >= 5, "and the others their titles")
    }

    @Test func bannerReadsWithoutColour() {
        let context = ViewContext(theme: .monochrome, glyphs: .ascii, keymap: .standard, timeZone: TimeZone(identifier: "UTC")!)
        let state = OpsViewTests.state(Size(width: 80, height: 24), alerts: [OpsViewTests.crisis])
        let grid = DashboardView.render(state, context: context)
        #expect(grid.lines()[0].hasPrefix(" !!! CRISIS !!! Crisis terms burst"))
        #expect(grid[2, 0].style.attributes.contains(.reverse), "the banner is reverse video, not only a colour")
        let drawing = Set("─│┌┐└┘█▀▄▓▁▂▃▄▅▆▇■·")
        #expect(grid.lines().allSatisfy { !$0.contains(where: drawing.contains) }, "ASCII borders, digits and bars")
    }

    @Test func oldExportsAreShownAsAReplayAtTheirLatestTime() {
        var state = OpsViewTests.state(Size(width: 120, height: 40), alerts: [])
        state.now = Fixtures.now.addingTimeInterval(30 * 86_400)
        let ops = OpsSnapshot(state: state)
        #expect(ops.isReplay)
        #expect(ops.asOf == Fixtures.now)
        #expect(ops.lastHour > 40, "counted as of the newest mention, not today")
        #expect(Fixtures.render(state)[0].contains("replay, as of 11-21 10:00"))
    }

    @Test func countersComeFromBucketsAndMatchAScan() {
        let state = OpsViewTests.state(Size(width: 120, height: 40), alerts: [OpsViewTests.medium])
        let ops = OpsSnapshot(state: state)
        // The last hour is the twelve 5-minute buckets ending with the one holding "now".
        let end = Date(timeIntervalSince1970: Double((VolumeHistory.bucketIndex(Fixtures.now) + 1) * VolumeHistory.bucketSeconds))
        let hour = state.feed.allMentions.filter { $0.createdAt >= end.addingTimeInterval(-3600) && $0.createdAt < end }
        #expect(ops.lastHour == hour.count)
        #expect(ops.negativeLastHour == hour.filter { $0.sentimentLabel == .negative }.count)
        let weekAgo = hour.isEmpty ? 0 : state.feed.allMentions.filter {
            $0.createdAt >= end.addingTimeInterval(-7 * 86_400 - 3600) && $0.createdAt < end.addingTimeInterval(-7 * 86_400)
        }.count
        #expect(ops.sameHourLastWeek == weekAgo)
        #expect(ops.platforms.map(\.lastDay).reduce(0, +) == ops.lastDay)
        #expect(ops.alerts.map(\.id) == ["neg-1"])
        #expect(ops.crisis == nil)
        #expect(ops.pending == state.feed.pending.count)
    }

    @Test func mouseClickSelectsARowAndTheWheelScrolls() {
        var state = Fixtures.state()
        // Comments pane (right half at 120×40): the list starts on row 3; its second row is y 4.
        _ = updater.update(&state, .key(.click(x: 80, y: 4)))
        #expect(state.focus == .comments)
        #expect(state.cursor(.comments).selected == 1)
        _ = updater.update(&state, .key(.wheelUp))
        #expect(state.cursor(.comments).selected == 0)
        _ = updater.update(&state, .key(.wheelDown))
        #expect(state.cursor(.comments).selected == 2)
        _ = updater.update(&state, .key(.click(x: 80, y: 30)))
        #expect(state.focus == .alerts)
    }
}

@Suite struct KeymapOverrideTests {
    @Test func anOverrideReplacesTheActionsKeys() {
        let (keymap, problems) = Keymap.standard.applying([KeyOverride(action: "dismiss", keys: ["x", "ctrl-x"], line: 4)], file: "config.yaml")
        #expect(problems.isEmpty)
        #expect(keymap.action(for: .character("x"), in: .dashboard) == .dismiss)
        #expect(keymap.action(for: .control("x"), in: .detail) == .dismiss)
        #expect(keymap.action(for: .character("d"), in: .dashboard) == nil)
        // The footer and help read the same keymap.
        var state = Fixtures.state()
        state.size = Size(width: 160, height: 40)
        let context = ViewContext(theme: .dark, glyphs: .unicode, keymap: keymap, timeZone: TimeZone(identifier: "UTC")!)
        #expect(DashboardView.render(state, context: context).lines()[39].contains("x/Ctrl-X  dismiss"))
        var updater = Updater(keymap: keymap)
        updater.indexedSearch = false
        #expect(updater.update(&state, .key(.character("x"))).count == 1)
    }

    @Test func conflictsUnknownActionsAndKeysAreReportedWithTheirLine() {
        let overrides = [
            KeyOverride(action: "dismiss", keys: ["r"], line: 3),
            KeyOverride(action: "dismis", keys: ["x"], line: 4),
            KeyOverride(action: "tags", keys: ["ctrl-"], line: 5),
        ]
        let problems = Keymap.standard.applying(overrides, file: "/home/m/.config/vigil/config.yaml").problems
        #expect(problems.contains("/home/m/.config/vigil/config.yaml:3: key 'r' for dismiss is already bound to reply (dashboard, detail); rebind reply too, or unbind it with reply: []"))
        #expect(problems.contains("/home/m/.config/vigil/config.yaml:4: unknown action 'dismis' (did you mean dismiss?)"))
        #expect(problems.contains("/home/m/.config/vigil/config.yaml:5: unknown key 'ctrl-' for tags"))
    }

    @Test func controlKeysTheTerminalKeepsAreRefused() {
        let problems = Keymap.standard.applying([KeyOverride(action: "dismiss", keys: ["ctrl-c"], line: 7), KeyOverride(action: "undo", keys: ["ctrl-z"], line: 8)],
                                                file: "c.yaml").problems
        #expect(problems == ["c.yaml:7: ctrl-c cannot be bound (the terminal sends it as an interrupt)",
                             "c.yaml:8: ctrl-z cannot be bound (the terminal suspends the program with it)"])
    }

    @Test func swappingTwoKeysIsNotAConflict() {
        let overrides = [KeyOverride(action: "dismiss", keys: ["r"], line: 3), KeyOverride(action: "reply", keys: ["d"], line: 4)]
        let (keymap, problems) = Keymap.standard.applying(overrides, file: "c.yaml")
        #expect(problems.isEmpty)
        #expect(keymap.action(for: .character("r"), in: .dashboard) == .dismiss)
        #expect(keymap.action(for: .character("d"), in: .dashboard) == .reply)
    }
}
