import ArgumentParser
import Foundation
import VigilCore
import VigilEngine
import VigilRules
import VigilSentiment
import VigilStore
import VigilTerminal
import VigilUI

struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the dashboard (the default command)."
    )

    @Argument(help: "Feed files or directories. Default: the bundled sample workspace.")
    var feeds: [String] = []

    @Option(help: "Importer to use instead of detecting the format (csv, jsonl).")
    var format: String?

    @OptionGroup var options: FeedOptions

    @Option(help: "Rule file (default: rules.yaml in a workspace directory given as a feed, else the default pack).")
    var rules: String?

    @Option(help: "Database file (default: $XDG_DATA_HOME/vigil/vigil.sqlite; the sample workspace uses its own sample.sqlite).")
    var db: String?

    @Option(help: "Theme name (a file in Themes/) or path to a theme file.")
    var theme: String?

    @Flag(help: "Draw borders with ASCII characters.")
    var ascii = false

    func run() throws {
        let workspace = try FeedSelection.resolve(feeds)
        let (reader, forced) = try options.reader()
        let engine = try options.sentimentEngine(feeds: workspace.sources)
        // A bad rule file stops the dashboard: running without the rules would hide crises.
        let follower = FeedFollower(sources: workspace.sources, format: format ?? forced, reader: reader,
                                    sentiment: SentimentStage(engine: engine), rules: try Self.loadRules(rules, feeds: workspace.sources),
                                    store: try StoreSelection.open(db, sample: feeds.isEmpty))
        let initial = follower.poll()
        if initial.mentions.isEmpty, !initial.unreadable.isEmpty, initial.unreadable.count == workspace.files.count {
            throw ValidationError(initial.unreadable[0].reason)
        }
        let theme = try ThemeSelection.load(name: theme)
        let templates: ReplyTemplates
        do { templates = try ReplyTemplates.load(feeds: workspace.sources) } catch { throw ValidationError(String(describing: error)) }
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
            throw ValidationError("the dashboard needs a terminal; for scripts use the headless commands (see vigil --help)")
        }
        BacktracePolicy.ensureNonInteractive()
        var issues = initial.issues
        var unreadable = initial.unreadable
        let stopSignal = try MainActor.assumeIsolated { () throws -> Int32 in
            // The follower owns the rules engine; reached through it so the engine stays on this actor.
            let rulesEngine = follower.rules!
            let store = follower.store
            // Changes after this point (other dashboards, imports) are picked up while running.
            var lastChange = try store.latestChange()
            // Acknowledgements and silences from earlier sessions.
            for (id, ack) in try store.acknowledgements() { rulesEngine.acknowledge(alertID: id, by: ack.by, at: ack.at, note: ack.note) }
            for s in try store.silences() {
                rulesEngine.addSilence(Silence(id: s.id, ruleID: s.rule, key: s.key, startsAt: s.from, endsAt: s.until, createdBy: s.by, comment: s.comment))
            }
            // Everything the database holds (earlier imports too), flagged by today's rules.
            let mentions = rulesEngine.process(try store.allNewestFirst())
            let triage = try store.triageStates()
            let backend = NcursesBackend(environment: ProcessInfo.processInfo.environment)
            var state = AppState(size: backend.size, sourceDescription: workspace.description)
            state.feed = FeedData(mentions: mentions, triage: triage)
            state.feed.notes = try store.notes()
            state.alerts = rulesEngine.alerts().sorted(by: Updater.alertOrder)
            state.importIssueCount = issues.count + unreadable.count
            let utf8 = DisplayWidth.localeIsUTF8
            let context = ViewContext(theme: theme, glyphs: ascii || !utf8 ? .ascii : .unicode, explainSentiment: { mention in
                let (result, explanation) = engine.explain(mention.text, language: mention.language)
                return ["language \(result.language) (\(result.languageSource.rawValue))"] + explanation.lines
            })
            var updater = Updater()
            updater.hasEditor = ReplyEditor.command() != nil
            updater.indexedSearch = true
            updater.templateNames = templates.templates.keys.sorted()
            updater.replyDraft = { name, mention in templates.draft(name, for: mention) }
            let runner = DashboardRunner(backend: backend, state: state, context: context, updater: updater)
            let user = ProcessInfo.processInfo.environment["USER"] ?? "me"
            runner.perform = { [unowned runner] effect in
                switch effect {
                case .acknowledgeAlert(let id):
                    let ack = Acknowledgement(by: user, at: Date())
                    do { try store.saveAcknowledgement(ack, alertID: id) } catch { return [.triageFailed(String(describing: error))] }
                    rulesEngine.acknowledge(alertID: id, by: ack.by, at: ack.at)
                case .silenceAlert(let id):
                    guard let alert = runner.state.alerts.first(where: { $0.id == id }) else { return [] }
                    let until = max(Date(), rulesEngine.watermark ?? Date()).addingTimeInterval(3600)
                    let silence = Silence(id: "\(alert.ruleID)|\(alert.key)", ruleID: alert.ruleID, key: alert.key,
                                          startsAt: alert.startedAt, endsAt: until, createdBy: user)
                    do {
                        try store.saveSilence(id: silence.id, rule: silence.ruleID, key: silence.key, from: silence.startsAt, until: silence.endsAt,
                                              by: user, comment: silence.comment)
                    } catch { return [.triageFailed(String(describing: error))] }
                    rulesEngine.addSilence(silence)
                case .triage(let action, let ids, let before):
                    // Committed to the database before the screen says it is done.
                    do {
                        let after = try store.apply(action, to: ids, by: user, at: Date())
                        return [.triageChanged(after: after, before: before, action: action.name)]
                    } catch {
                        return [.triageFailed(String(describing: error))]
                    }
                case .openURL(let url):
                    return [.urlOpened(URLOpener.open(url))]
                case .composeReply(let id, let draft, let before):
                    var written: String?
                    backend.runOutside { written = ReplyEditor.compose(draft: draft) }
                    runner.invalidate()
                    guard let text = written else { return [.urlOpened("reply not saved: empty or unchanged")] }
                    return runner.perform(.saveReply(text, id: id, before: before))
                case .saveReply(let text, let id, let before):
                    do {
                        let after = try store.saveReply(Reply(mention: id, by: user, at: Date(), text: text))
                        return [.triageChanged(after: [id: after], before: [id: before], action: "reply saved to the outbox, replied")]
                    } catch {
                        return [.triageFailed(String(describing: error))]
                    }
                case .search(var filter):
                    do {
                        filter.textMatches = try store.search(filter.requiredText)
                        return [.searchResults(filter)]
                    } catch {
                        return [.urlOpened("search failed: \(error)")]
                    }
                case .exportMentions(let path, let ids):
                    return [.urlOpened(ExportFromDashboard.write(ids, to: path, state: runner.state))]
                case .addNote(let text, let ids):
                    do {
                        var notes: [VigilCore.MentionID: [VigilCore.Note]] = [:]
                        for id in ids { notes[id] = try store.addNote(text, to: id, by: user, at: Date()) }
                        return [.notesChanged(notes, saved: true)]
                    } catch {
                        return [.triageFailed(String(describing: error))]
                    }
                case .restoreTriage(let states):
                    do {
                        let after = try store.restore(states, by: user, at: Date())
                        return [.triageChanged(after: after, before: nil, action: "undone")]
                    } catch {
                        return [.triageFailed(String(describing: error))]
                    }
                case .quit:
                    return []
                }
                return [.alertsChanged(rulesEngine.alerts())]
            }
            var lastPoll = Date()
            var lastShared = Date()
            runner.run(shouldStop: { backend.stopSignal != 0 }, poll: {
                // Followed files are checked every 100 ms; new items reach the panes well within 250 ms.
                guard Date().timeIntervalSince(lastPoll) >= 0.1 else { return [] }
                lastPoll = Date()
                var messages: [Msg] = []
                let update = follower.poll()
                if !update.isEmpty {
                    issues += update.issues
                    unreadable += update.unreadable
                    messages.append(.importIssues(count: issues.count + unreadable.count))
                    if !update.mentions.isEmpty {
                        messages.append(.mentionsArrived(update.mentions))
                        messages.append(.alertsChanged(rulesEngine.alerts()))
                    }
                }
                // What other processes wrote to the database (a second dashboard, an import), twice a second.
                if Date().timeIntervalSince(lastShared) >= 0.5, let changes = try? store.changes(after: lastChange) {
                    lastShared = Date()
                    lastChange = changes.last
                    if !changes.mentions.isEmpty {
                        messages.append(.mentionsArrived(rulesEngine.process(changes.mentions)))
                        messages.append(.alertsChanged(rulesEngine.alerts()))
                    }
                    if !changes.triage.isEmpty { messages.append(.triageSynced(changes.triage)) }
                    if !changes.notes.isEmpty { messages.append(.notesChanged(changes.notes, saved: false)) }
                }
                return messages
            })
            backend.shutdown()
            return backend.stopSignal
        }
        if !issues.isEmpty || !unreadable.isEmpty {
            print("vigil: \(issues.count) record(s) skipped while importing:", to: &standardError)
            for issue in issues.prefix(20) { print("  \(issue)", to: &standardError) }
            for problem in unreadable { print("  \(problem)", to: &standardError) }
        }
        // Stopped by SIGINT/SIGTERM/SIGHUP: the terminal is restored; exit as shells expect.
        if stopSignal != 0 { throw ExitCode(128 + stopSignal) }
    }
}

extension DashboardCommand {
    static func loadRules(_ path: String?, feeds: [String]) throws -> RulesEngine {
        do { return try RuleLocator.load(explicit: path, feeds: feeds) } catch { throw ValidationError(String(describing: error)) }
    }
}

/// The feed files the user asked for, or the sample workspace.
struct FeedSelection {
    /// What the user named (files and directories), followed as they change.
    var sources: [String]
    var files: [String]
    var description: String

    static func resolve(_ arguments: [String]) throws -> FeedSelection {
        if arguments.isEmpty {
            guard let samples = FeedLocator.sampleWorkspace() else {
                throw ValidationError("no feed given and the sample workspace was not found (set VIGIL_SAMPLES to its path)")
            }
            let files = FeedLocator.expand([samples])
            return FeedSelection(sources: [samples], files: files, description: "SampleFeeds (\(files.count) files)")
        }
        let files = FeedLocator.expand(arguments)
        let names = arguments.map { ($0 as NSString).lastPathComponent }
        let description = names.count == 1 ? names[0] : "\(names[0]) +\(names.count - 1) more"
        return FeedSelection(sources: arguments, files: files, description: description)
    }
}

enum StoreSelection {
    /// `--db PATH`, else the default database (the sample workspace has its own, so the demo
    /// never mixes with real data).
    static func open(_ path: String?, sample: Bool) throws -> SQLiteStore {
        let file = path ?? SQLiteStore.defaultPath(name: sample ? "sample" : "vigil")
        do { return try SQLiteStore(path: file) } catch { throw ValidationError("cannot open the database \(file): \(error)") }
    }
}

enum ThemeSelection {
    static func load(name: String?) throws -> Theme {
        guard let name else {
            if let directory = FeedLocator.themesDirectory(), let theme = try? ThemeLoader.load(path: directory + "/dark.yaml") {
                return theme
            }
            return .dark
        }
        if FileManager.default.fileExists(atPath: name) { return try ThemeLoader.load(path: name) }
        guard let directory = FeedLocator.themesDirectory() else { throw ValidationError("themes directory not found") }
        let path = directory + "/\(name).yaml"
        guard FileManager.default.fileExists(atPath: path) else {
            let available = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
                .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
            throw ValidationError("no theme '\(name)'; available: \(available.joined(separator: ", "))")
        }
        return try ThemeLoader.load(path: path)
    }
}

enum BacktracePolicy {
    /// A crash must not leave the terminal waiting on Swift's interactive backtrace prompt:
    /// re-executes once with SWIFT_BACKTRACE=interactive=no unless the user set it.
    static func ensureNonInteractive() {
        guard ProcessInfo.processInfo.environment["SWIFT_BACKTRACE"] == nil else { return }
        setenv("SWIFT_BACKTRACE", "interactive=no", 1)
        let arguments = CommandLine.arguments.map { strdup($0) } + [nil]
        execv("/proc/self/exe", arguments)
        // execv only returns on failure; carry on without the re-exec.
    }
}

/// Opens a post's URL with `xdg-open`, run directly (never through a shell) and detached, so a
/// URL from a stranger's post can never become a command; without it, the URL is shown.
enum URLOpener {
    static func open(_ url: String) -> String {
        let shown = url.count > 200 ? String(url.prefix(200)) + "…" : url
        guard url.hasPrefix("https://") || url.hasPrefix("http://") else { return "not a web address: \(shown)" }
        let candidates = ["/usr/bin/xdg-open", "/usr/local/bin/xdg-open"]
        guard let tool = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return "URL: \(shown)" }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // The browser must not draw over the dashboard or read its keys.
        for fd: Int32 in [0, 1, 2] { posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0) }
        var pid: pid_t = 0
        let argv = [strdup(tool), strdup(url), nil]
        defer { argv.forEach { free($0) } }
        guard posix_spawn(&pid, tool, &actions, nil, argv, environ) == 0 else { return "could not start xdg-open; URL: \(shown)" }
        return "opening \(shown)"
    }
}

/// `:export FILE` in the dashboard: the mentions the panes list (the filter applies), with
/// their triage state, as CSV when the name ends in `.csv`, else JSON Lines.
enum ExportFromDashboard {
    @MainActor
    static func write(_ ids: [VigilCore.MentionID], to path: String, state: AppState) -> String {
        let csv = path.lowercased().hasSuffix(".csv")
        var out = csv ? MentionExport.csvHeader(withTriage: true) + "\n" : ""
        for id in ids.reversed() {
            guard let mention = state.feed.mention(id) else { continue }
            let triage = state.feed.triage[id]
            out += (csv ? MentionExport.csvRow(mention, triage: triage, withTriage: true)
                        : MentionExport.jsonLine(mention, triage: triage, withTriage: true)) + "\n"
        }
        let file = (path as NSString).expandingTildeInPath
        do {
            try out.write(toFile: file, atomically: true, encoding: .utf8)
            return "exported \(ids.count) mentions to \(file)"
        } catch {
            return "could not write \(file): \(error.localizedDescription)"
        }
    }
}

/// Composes a reply in `$VISUAL` or `$EDITOR` (run directly with the file as its last argument,
/// never through a shell): a temporary file starts with the draft; its text when the editor
/// exits is the reply.
enum ReplyEditor {
    static func command(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String]? {
        let words = (environment["VISUAL"] ?? environment["EDITOR"] ?? "").split(separator: " ").map(String.init)
        return words.isEmpty ? nil : words
    }

    /// The reply, or nil when it is empty or the draft was left unchanged.
    static func compose(draft: String) -> String? {
        guard let command = command() else { return nil }
        let path = NSTemporaryDirectory() + "vigil-reply-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard (try? draft.write(toFile: path, atomically: true, encoding: .utf8)) != nil else { return nil }
        var pid: pid_t = 0
        let argv = (command + [path]).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        guard posix_spawnp(&pid, command[0], nil, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        let reply = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reply.isEmpty, reply != draft.trimmingCharacters(in: .whitespacesAndNewlines) else { return nil }
        return reply
    }
}
