import ArgumentParser
import Foundation
import VigilCore
import VigilEngine
import VigilStore
import VigilTerminal

/// `vigil demo`: the sample workspace replayed in fast event time into a throwaway database.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Replay the sample workspace in accelerated time: watch mentions stream in and a crisis alert fire.",
        discussion: """
        The week before the sample's crisis is loaded at once (so the rules have a baseline); \
        then the mentions from shortly before the crisis stream in, --speed times faster than \
        real time, through the same follow-the-file path live feeds use. The crisis alert fires \
        within about a minute at the default speed. Uses its own throwaway database; nothing is \
        kept. All dashboard keys work; O shows the ops screen.
        """
    )

    @Option(help: "How many seconds of event time pass per second.")
    var speed: Double = 40

    @Option(help: "Minutes of event time before the crisis onset at which streaming starts.")
    var lead: Double = 10

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        guard speed > 0, speed <= 100_000 else { throw ValidationError("--speed must be between 0 and 100000") }
        guard lead >= 0 else { throw ValidationError("--lead must not be negative") }
    }

    func run() throws {
        if isatty(STDOUT_FILENO) == 1 { BacktracePolicy.ensureNonInteractive() }
        if isatty(STDOUT_FILENO) == 1, let problem = NcursesBackend.unsuitableTerminal(environment: ProcessInfo.processInfo.environment) {
            print("vigil: \(problem)", to: &standardError)
            throw ExitCode(2)
        }
        let stopSignal = try SetupErrors.reported { try play() }
        if stopSignal != 0 { throw ExitCode(128 + stopSignal) }
    }

    private func play() throws -> Int32 {
        guard let samples = FeedLocator.sampleWorkspace() else {
            throw ValidationError("the sample workspace was not found (set VIGIL_SAMPLES to its path)")
        }
        let plan = try DemoPlan.make(samples: samples, leadMinutes: lead)
        let directory = NSTemporaryDirectory() + "vigil-demo-\(getpid())-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let feed = directory + "/stream.jsonl"
        let writer = DemoWriter(mentions: plan.mentions, path: feed)
        try writer.write(upTo: plan.start)
        let speed = self.speed
        let start = plan.start
        let timer = DemoTimer()
        // Event time starts moving when the screen is up, not while the history loads.
        let clock: @Sendable () -> Date = { start.addingTimeInterval(timer.elapsed() * speed) }
        let display = self.display
        return try MainActor.assumeIsolated { () throws -> Int32 in
            var config = try display.loadConfig()
            config.workspace = []
            // The demo's crisis is made up: it must never reach the team's chat.
            config.notifyCommand = nil
            let engine = try (try FeedOptions.parse([])).sentimentEngine(feeds: [samples])
            let follower = FeedFollower(sources: [feed], format: "jsonl", sentiment: SentimentStage(engine: engine),
                                        rules: try DashboardCommand.loadRules(nil, feeds: [samples]),
                                        store: try StoreSelection.open(directory + "/demo.sqlite", sample: true))
            let selection = FeedSelection(sources: [feed], files: [feed], description: "demo, \(Int(speed))× speed")
            var session = DashboardSession(workspace: selection, follower: follower, engine: engine,
                                           templates: (try? ReplyTemplates.load(feeds: [samples])) ?? ReplyTemplates(),
                                           config: config, display: display)
            session.clock = clock
            session.beforePoll = {
                timer.start()
                try? writer.write(upTo: clock())
            }
            return try session.run()
        }
    }
}

/// What the demo replays and from when: the first high or critical alert the sample raises
/// (found by a headless run of its rules) sets the start, `lead` minutes before its onset.
struct DemoPlan {
    var mentions: [Mention]
    var start: Date

    static func make(samples: String, leadMinutes: Double) throws -> DemoPlan {
        let store = InMemoryMentionStore()
        let options = (try FeedOptions.parse([]))
        let (pipeline, forced) = try options.pipeline(feeds: [samples], store: store)
        let rules = try DashboardCommand.loadRules(nil, feeds: [samples])
        pipeline.rules = rules
        let report = pipeline.load(paths: FeedLocator.expand([samples]), format: forced)
        let mentions = store.allNewestFirst().sorted { $0.createdAt < $1.createdAt }
        guard let last = mentions.last else { throw ValidationError("the sample workspace has no mentions (\(report.unreadable.first.map { "\($0)" } ?? ""))") }
        let crisis = rules.alerts().filter { $0.severity >= .high }.min { $0.startedAt < $1.startedAt }
        let onset = crisis?.startedAt ?? last.createdAt.addingTimeInterval(-3600)
        return DemoPlan(mentions: mentions, start: onset.addingTimeInterval(-leadMinutes * 60))
    }
}

/// Wall time since the first `start()` (zero before it).
final class DemoTimer: @unchecked Sendable {
    private let lock = NSLock()
    private var started: Date?

    func start() {
        lock.lock(); defer { lock.unlock() }
        if started == nil { started = Date() }
    }

    func elapsed() -> TimeInterval {
        lock.lock(); defer { lock.unlock() }
        return started.map { Date().timeIntervalSince($0) } ?? 0
    }
}

/// Appends the sample's mentions to the followed file as their event time comes.
final class DemoWriter: @unchecked Sendable {
    private let mentions: [Mention]
    private let path: String
    private var next = 0

    init(mentions: [Mention], path: String) {
        self.mentions = mentions
        self.path = path
    }

    func write(upTo time: Date) throws {
        var text = ""
        while next < mentions.count, mentions[next].createdAt <= time {
            text += MentionExport.feedLine(mentions[next]) + "\n"
            next += 1
        }
        // The followed file exists from the start; a failure to create it shows when writing.
        if !FileManager.default.fileExists(atPath: path) { _ = FileManager.default.createFile(atPath: path, contents: nil) }
        guard !text.isEmpty else { return }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }
}
