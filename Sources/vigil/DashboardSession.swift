import ArgumentParser
import Foundation
import VigilCore
import VigilEngine
import VigilModeration
import VigilRules
import VigilSentiment
import VigilStore
import VigilTerminal
import VigilUI
import VigilSession

/// Options every full-screen command shares: how it looks and which config file it reads.
struct DisplayOptions: ParsableArguments {
    @Option(help: "Theme: dark, light, high-contrast, monochrome (files in Themes/), or a theme file's path.")
    var theme: String?

    @Flag(help: "Draw borders and graphs with ASCII characters (automatic when no UTF-8 locale is available).")
    var ascii = false

    @Option(help: "Config file (default: $XDG_CONFIG_HOME/vigil/config.yaml, else ~/.config/vigil/config.yaml).")
    var config: String?

    func loadConfig() throws -> VigilConfig {
        do { return try VigilConfig.load(explicit: config) } catch { throw ValidationError(String(describing: error)) }
    }
}

/// Everything one run of the full-screen UI needs; `dashboard`, `ops` and `demo` fill it in.
/// Lives on the main actor with the terminal, so the engine and store it holds stay there.
@MainActor
struct DashboardSession {
    var workspace: FeedSelection
    var follower: FeedFollower
    var engine: SentimentEngine
    var templates = ReplyTemplates()
    var config: VigilConfig
    var display: DisplayOptions
    var startInOps = false
    var opsOnly = false
    /// The screen's clock; the demo runs it faster than real time.
    var clock: @Sendable () -> Date = { Date() }
    /// Called before each look at the feeds (the demo writes the next records here).
    var beforePoll: () -> Void = {}

    /// Runs until the user quits; returns the stop signal (0 when the user quit).
    func run() throws -> Int32 {
        FreePages.keepLargeBlocksApart()
        // Big feeds take a while to import before the first frame: say so rather than sit blank.
        let bytes = workspace.files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
        if bytes > 20_000_000, isatty(STDERR_FILENO) == 1 {
            print("vigil: reading \(bytes / 1_000_000) MB of feeds into the database…", to: &standardError)
        }
        let initial = follower.poll()
        if initial.mentions.isEmpty, !initial.unreadable.isEmpty, initial.unreadable.count == workspace.files.count {
            throw ValidationError(initial.unreadable[0].reason)
        }
        let keymap = try Self.keymap(config)
        let zone = config.timeZone.flatMap(TimeZone.init(identifier:)) ?? .current
        var theme = try ThemeSelection.load(name: display.theme ?? config.theme)
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
            throw ValidationError("the dashboard needs a terminal; for scripts use the headless commands (see vigil --help)")
        }
        let issues = initial.issues.map { "\($0)" } + initial.unreadable.map { "\($0)" }
        let notifier = AlertNotifier(bell: config.bell, command: config.notifyCommand, commandSeverity: config.notifyMinSeverity)
        // The follower owns the rules engine; reached through it so the engine stays on this actor.
        let rulesEngine = follower.rules!
        let store = follower.store
        // Changes after this point (other dashboards, imports) are picked up while running.
        let lastChange = try store.latestChange()
        // Acknowledgements and silences from earlier sessions.
        let acks = try store.acknowledgements()
        for (id, ack) in acks { rulesEngine.acknowledge(alertID: id, by: ack.by, at: ack.at, note: ack.note) }
        for s in try store.silences() {
            rulesEngine.addSilence(Silence(id: s.id, ruleID: s.rule, key: s.key, startsAt: s.from, endsAt: s.until, createdBy: s.by, comment: s.comment))
        }
        // Everything the database holds (earlier imports too), flagged by today's rules; from a
        // large database, the newest first and the rest from another thread.
        let newest = try store.newest(limit: store is any HistoryReading ? FeedData.firstLoadLimit : nil, ruleFlags: false)
        let mentions = rulesEngine.process(newestFirst: newest.mentions)
        let triage = try store.triageStates()
        let notes = try store.notes()
        let decisions = try store.moderationDecisions()
        // Everything that can fail is read above, before the terminal changes mode.
        let backend = NcursesBackend(environment: ProcessInfo.processInfo.environment)
        // Without colour, colour-only cues (a cyan selection bar) would vanish.
        if backend.colorDepth == .none { theme = ThemeSelection.monochrome() }
        if config.mouse { backend.enableMouse() }
        let live = LiveSession(follower: follower, notifier: notifier, terminal: backend, clock: clock, beforePoll: beforePoll,
                               lastChange: lastChange, issues: issues)
        live.knownAcks = Set(acks.keys)
        live.reportTimeZone = zone
        live.businessHours = config.businessHours
        if newest.total > newest.mentions.count, let history = store as? any HistoryReading {
            live.history = HistoryLoader(store: history, rules: rulesEngine.rules)
        }
        var state = AppState(size: backend.size, sourceDescription: workspace.description, now: clock())
        // The store holds every mention by key: those let go are read back when a frame shows them.
        state.feed = FeedData(mentions: mentions, keys: newest.keys, triage: triage, storeBacked: true)
        state.feed.notes = notes
        state.team = TeamState(me: live.user)
        state.team.claims = (try? store.claims(at: Date())) ?? [:]
        state.feed.applyModeration(Dictionary(decisions.map { ($0.mention, Optional($0)) }, uniquingKeysWith: { $1 }))
        state.alerts = rulesEngine.alerts().sorted(by: Updater.alertOrder)
        state.importIssueCount = issues.count
        state.showsOps = startInOps
        state.opsOnly = opsOnly
        if live.history != nil { state.historyNote = "loading history: \(newest.mentions.count.formatted()) of \(newest.total.formatted()) shown" }
        notifier.markSeen(state.alerts)
        notifier.claim = { alert in (try? store.claimNotification(alertID: alert.id, at: Date())) ?? true }
        let engine = self.engine
        var context = ViewContext(theme: theme, glyphs: display.ascii || config.ascii || !DisplayWidth.localeIsUTF8 ? .ascii : .unicode,
                                  keymap: keymap, timeZone: zone, explainSentiment: { mention in
            let (result, explanation) = engine.explain(mention.text, language: mention.language)
            return ["language \(result.language) (\(result.languageSource.rawValue))"] + explanation.lines
        })
        let moderator = Moderator(brandNames: rulesEngine.rules.moderation.brandNames, officialDomains: rulesEngine.rules.moderation.officialDomains)
        context.explainModeration = { mention in moderator.inspect(mention.text, language: mention.effectiveLanguage).reasons }
        var updater = Updater(keymap: keymap)
        updater.viewContext = context
        updater.hasEditor = ReplyEditor.command() != nil
        updater.indexedSearch = true
        updater.templateNames = templates.templates.keys.sorted()
        let templates = self.templates
        updater.replyDraft = { name, mention in templates.draft(name, for: mention) }
        let runner = DashboardRunner(backend: backend, state: state, context: context, updater: updater)
        runner.perform = { [unowned runner] effect in live.perform(effect, runner: runner) }
        runner.pollSoon = { live.behind }
        live.currentPane = { [unowned runner] in runner.state.showsOps ? "ops" : runner.state.focus.title.lowercased() }
        runner.run(keyTimeoutMilliseconds: 50, shouldStop: { backend.stopSignal != 0 }, poll: { live.poll() }, clock: clock)
        live.leave()
        // What the reader took from the feeds but the screen did not yet is saved all the same.
        for var update in live.reader.stopAndTakeRest() { live.follower.finish(&update) }
        backend.shutdown()
        if !live.issues.isEmpty {
            print("vigil: \(live.issues.count) problem(s) while importing:", to: &standardError)
            for issue in live.issues.prefix(20) { print("  \(issue)", to: &standardError) }
        }
        return backend.stopSignal
    }

    /// The standard keymap with the config's overrides; any problem stops the start.
    nonisolated static func keymap(_ config: VigilConfig) throws -> Keymap {
        let overrides = config.keys.map { KeyOverride(action: $0.action, keys: $0.keys, line: $0.line) }
        let (keymap, problems) = Keymap.standard.applying(overrides, file: config.file ?? "config")
        guard problems.isEmpty else { throw ValidationError("key bindings:\n  " + problems.joined(separator: "\n  ")) }
        return keymap
    }
}
