import Foundation
import Testing
import VigilCore
import VigilEngine
import VigilRules
import VigilSession
import VigilStore
import VigilTerminal
import VigilUI

/// A dashboard's session without a terminal: a followed file, a store, the rules, and what
/// the effects of `update` do, driven as the run loop drives them.
@MainActor
struct LiveSessionTests {
    /// Counts bells and hands to other programs, instead of a terminal.
    final class FakeTerminal: SessionTerminal {
        var bells = 0
        var outside = 0
        func bell() { bells += 1 }
        func runOutside(_ body: () -> Void) { outside += 1; body() }
    }

    static let rules = """
        rules:
          - id: refund-request
            match: {text: [refund, reembolso]}
            actions: {needs_reply: true, tags: [refund]}
          - id: refund-wave
            title: Refund requests
            severity: high
            window: {type: count, over: 10m, min: 3, where: {text: [refund]}}
        """

    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-session-\(UUID().uuidString)").path
    var feed: String { directory + "/feed.jsonl" }

    func line(_ id: Int, _ text: String, minute: Int) -> String {
        let time = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: 1_795_255_200 + Double(minute * 60)))
        return #"{"id":"\#(id)","platform":"x","created_at":"\#(time)","author":"user\#(id)","text":"\#(text)"}"# + "\n"
    }

    func append(_ text: String) throws {
        if !FileManager.default.fileExists(atPath: feed) {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: feed, contents: nil)
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: feed))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    func session(store: any MentionStore, terminal: FakeTerminal = FakeTerminal()) throws -> (LiveSession, DashboardRunner) {
        let engine = RulesEngine(rules: try RuleFileParser.parse(Self.rules, file: "rules.yaml"))
        let follower = FeedFollower(sources: [feed], format: "jsonl", rules: engine, store: store)
        let live = LiveSession(follower: follower, notifier: AlertNotifier(bell: .high, command: nil, commandSeverity: .high),
                               terminal: terminal, clock: { Date(timeIntervalSince1970: 1_795_255_200) }, lastChange: .beginning)
        let state = AppState(feed: FeedData(mentions: []), alerts: [], size: Size(width: 120, height: 40), sourceDescription: "test",
                             now: Date(timeIntervalSince1970: 1_795_255_200))
        let runner = DashboardRunner(backend: TestBackend(size: Size(width: 120, height: 40)), state: state,
                                     context: ViewContext(theme: .dark, glyphs: .unicode, keymap: .standard, timeZone: TimeZone(identifier: "UTC")!))
        runner.perform = { [unowned runner] effect in live.perform(effect, runner: runner) }
        return (live, runner)
    }

    /// Polls as the run loop does until `done` says so (5 s at most).
    func pollUntil(_ live: LiveSession, _ runner: DashboardRunner, _ done: () -> Bool) {
        let deadline = Date().addingTimeInterval(5)
        while !done() && Date() < deadline {
            for msg in live.poll() { runner.send(msg) }
            usleep(10_000)
        }
    }

    @Test func followedRowsArriveFlaggedAndSavedAndRaiseAlerts() throws {
        try append(line(1, "hello there", minute: 0))
        let store = InMemoryMentionStore()
        let terminal = FakeTerminal()
        let (live, runner) = try session(store: store, terminal: terminal)
        pollUntil(live, runner) { runner.state.feed.count == 1 }
        #expect(runner.state.feed.count == 1)
        try append(line(2, "refund please", minute: 1) + line(3, "I want a refund", minute: 2) + line(4, "refund now", minute: 3))
        pollUntil(live, runner) { runner.state.feed.count == 4 && !runner.state.alerts.isEmpty }
        #expect(store.count == 4)
        #expect(store.mention(MentionID(platform: .x, nativeID: "2"))?.flags?.needsReply == true)
        #expect(runner.state.alerts.map(\.ruleID) == ["refund-wave"])
        #expect(terminal.bells == 1)
        _ = live.reader.stopAndTakeRest()
    }

    @Test func quittingReleasesOnlyTheClaimsThisDashboardTook() throws {
        let store = InMemoryMentionStore()
        try append(line(1, "where is my refund", minute: 0) + line(2, "lid broke", minute: 1))
        let (first, runner) = try session(store: store)
        let (second, _) = try session(store: store)
        first.user = "ana"
        second.user = "ana"
        let one = MentionID(platform: .x, nativeID: "1"), two = MentionID(platform: .x, nativeID: "2")
        _ = first.perform(.claim(one, purpose: "reply", takeOver: false), runner: runner)
        _ = second.perform(.claim(two, purpose: "reply", takeOver: false), runner: runner)
        second.leave()
        #expect(store.claims(at: Date()).keys.sorted { $0.nativeID < $1.nativeID } == [one], "the other dashboard's claim stays")
        first.leave()
        #expect(store.claims(at: Date()).isEmpty)
    }

    @Test func triageIsInTheStoreBeforeTheScreenSaysSoAndUndoPutsItBack() throws {
        try append(line(1, "refund please", minute: 0))
        let store = InMemoryMentionStore()
        let (live, runner) = try session(store: store)
        live.user = "ana"
        pollUntil(live, runner) { runner.state.feed.count == 1 }
        let id = MentionID(platform: .x, nativeID: "1")
        runner.send(.key(.character("d")))  // dismiss the selected item
        #expect(try store.triageStates()[id]?.status == .dismissed)
        #expect(try store.auditLog().last?.who == "ana")
        runner.send(.key(.character("u")))  // undo
        #expect(try store.triageStates()[id]?.status != .dismissed)
        _ = live.reader.stopAndTakeRest()
    }

    @Test func reportFromTheDashboardCoversItsWeekAndFilterAndSaysWhere() throws {
        try append(line(1, "refund please", minute: 0) + line(2, "lovely kettle", minute: 1) + line(3, "refund now", minute: 2))
        let store = InMemoryMentionStore()
        let (live, runner) = try session(store: store)
        live.reportTimeZone = TimeZone(identifier: "Europe/Madrid")!
        pollUntil(live, runner) { runner.state.feed.count == 3 }
        // `:report week` with the filter "refund": two of the three mentions.
        runner.send(.key(.character("/")))
        for character in "refund" { runner.send(.key(.character(character))) }
        runner.send(.key(.enter))
        runner.send(.key(.character(":")))
        for character in "report week \(directory)" { runner.send(.key(.character(character))) }
        runner.send(.key(.enter))
        let written = directory + "/vigil-report-week-2026-11-16.html"
        #expect(runner.state.statusMessage == "report of 16–22 November 2026 (2 mentions) written to \(written)")
        let html = try String(contentsOfFile: written, encoding: .utf8)
        #expect(html.contains("filter: refund"))
        #expect(html.contains("<dt>Mentions</dt><dd>2"))
        // A period word it does not know is answered with the usage.
        runner.send(.key(.character(":")))
        for character in "report year" { runner.send(.key(.character(character))) }
        runner.send(.key(.enter))
        #expect(runner.state.statusMessage == ":report day|week|month [FILE.html|FILE.md|DIRECTORY]")
        _ = live.reader.stopAndTakeRest()
    }

    @Test func acknowledgementsURLsAndRepliesGoThroughTheSession() throws {
        try append(line(1, "refund please", minute: 0))
        let store = InMemoryMentionStore()
        let terminal = FakeTerminal()
        let (live, runner) = try session(store: store, terminal: terminal)
        var opened: [String] = []
        live.openURL = { url in opened.append(url); return "opening \(url)" }
        live.composeReply = { draft in draft + " We are on it." }
        pollUntil(live, runner) { runner.state.feed.count == 1 }
        let id = MentionID(platform: .x, nativeID: "1")
        _ = live.perform(.acknowledgeAlert(id: "refund-wave|"), runner: runner)
        #expect(try store.acknowledgements()["refund-wave|"]?.by == live.user)
        _ = live.perform(.openURL("https://x.com/user1/status/1"), runner: runner)
        #expect(opened == ["https://x.com/user1/status/1"])
        let messages = live.perform(.composeReply(id: id, draft: "@user1 Sorry!", before: Triage()), runner: runner)
        #expect(terminal.outside == 1)
        #expect(try store.replies().map(\.text) == ["@user1 Sorry! We are on it."])
        #expect(messages.contains { if case .triageChanged = $0 { true } else { false } })
        _ = live.reader.stopAndTakeRest()
    }

    @Test func theHistoryLoadedInTheBackgroundIsSwappedInWithWhatArrivedMeanwhile() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/history.sqlite"
        let store = try SQLiteStore(path: path)
        let old = (0..<40).map { n in
            Mention(id: MentionID(platform: .x, nativeID: "old\(n)"), author: Author(handle: "past\(n)"),
                    createdAt: Date(timeIntervalSince1970: 1_795_000_000 + Double(n * 60)), text: n % 10 == 0 ? "refund" : "old post \(n)")
        }
        try store.upsert(old)
        try append(line(1, "a new one", minute: 0))
        let (live, runner) = try session(store: store)
        live.history = HistoryLoader(store: try SQLiteStore(path: path), rules: live.engine.rules)
        pollUntil(live, runner) { live.history == nil && runner.state.feed.count == 41 }
        #expect(runner.state.feed.count == 41)
        #expect(runner.state.feed.position(of: MentionID(platform: .x, nativeID: "1")) != nil)
        #expect(runner.state.historyNote == nil)
        _ = live.reader.stopAndTakeRest()
    }
}
