import ArgumentParser
import Foundation
import VigilCore
import VigilEngine
import VigilRules
import VigilSentiment
import VigilStore
import VigilTerminal
import VigilUI

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
        BacktracePolicy.ensureNonInteractive()
        var issues = initial.issues
        var unreadable = initial.unreadable
        let notifier = AlertNotifier(bell: config.bell, command: config.notifyCommand, commandSeverity: config.notifyMinSeverity)
        let stopSignal = try { () throws -> Int32 in
            // The follower owns the rules engine; reached through it so the engine stays on this actor.
            // (Replaced once, when a large history has loaded in the background.)
            var rulesEngine = follower.rules!
            let store = follower.store
            // Changes after this point (other dashboards, imports) are picked up while running.
            var lastChange = try store.latestChange()
            // Acknowledgements and silences from earlier sessions.
            var knownAcks = Set<String>()
            for (id, ack) in try store.acknowledgements() {
                rulesEngine.acknowledge(alertID: id, by: ack.by, at: ack.at, note: ack.note)
                knownAcks.insert(id)
            }
            for s in try store.silences() {
                rulesEngine.addSilence(Silence(id: s.id, ruleID: s.rule, key: s.key, startsAt: s.from, endsAt: s.until, createdBy: s.by, comment: s.comment))
            }
            // Everything the database holds (earlier imports too), flagged by today's rules; from a
            // large database, the newest first and the rest from another thread.
            let (newest, total) = try store.newest(limit: FeedData.firstLoadLimit)
            let mentions = rulesEngine.process(newest)
            var history: HistoryLoader?
            var arrivedWhileLoading: [Mention] = []
            if total > newest.count, let sqlite = store as? SQLiteStore {
                history = HistoryLoader(path: sqlite.path, rules: rulesEngine.rules)
            }
            let triage = try store.triageStates()
            // Everything that can fail is read before the terminal changes mode.
            let notes = try store.notes()
            let backend = NcursesBackend(environment: ProcessInfo.processInfo.environment)
            // Without colour, colour-only cues (a cyan selection bar) would vanish.
            if backend.colorDepth == .none { theme = ThemeSelection.monochrome() }
            if config.mouse { backend.enableMouse() }
            var state = AppState(size: backend.size, sourceDescription: workspace.description, now: clock())
            state.feed = FeedData(mentions: mentions, triage: triage)
            state.feed.notes = notes
            state.alerts = rulesEngine.alerts().sorted(by: Updater.alertOrder)
            state.importIssueCount = issues.count + unreadable.count
            state.showsOps = startInOps
            if history != nil { state.historyNote = "loading history: \(newest.count.formatted()) of \(total.formatted()) shown" }
            state.opsOnly = opsOnly
            notifier.markSeen(state.alerts)
            notifier.claim = { alert in (try? store.claimNotification(alertID: alert.id, at: Date())) ?? true }
            let utf8 = DisplayWidth.localeIsUTF8
            let engine = self.engine
            let context = ViewContext(theme: theme, glyphs: display.ascii || config.ascii || !utf8 ? .ascii : .unicode, keymap: keymap, timeZone: zone,
                                      explainSentiment: { mention in
                let (result, explanation) = engine.explain(mention.text, language: mention.language)
                return ["language \(result.language) (\(result.languageSource.rawValue))"] + explanation.lines
            })
            var updater = Updater(keymap: keymap)
            updater.viewContext = context
            updater.hasEditor = ReplyEditor.command() != nil
            updater.indexedSearch = true
            updater.templateNames = templates.templates.keys.sorted()
            let templates = self.templates
            updater.replyDraft = { name, mention in templates.draft(name, for: mention) }
            let runner = DashboardRunner(backend: backend, state: state, context: context, updater: updater)
            let user = ProcessInfo.processInfo.environment["USER"] ?? "me"
            let clock = self.clock
            runner.perform = { [unowned runner] effect in
                switch effect {
                case .acknowledgeAlert(let id):
                    let ack = Acknowledgement(by: user, at: Date())
                    do { try store.saveAcknowledgement(ack, alertID: id) } catch { return [.triageFailed(String(describing: error))] }
                    knownAcks.insert(id)
                    rulesEngine.acknowledge(alertID: id, by: ack.by, at: ack.at)
                case .silenceAlert(let id):
                    guard let alert = runner.state.alerts.first(where: { $0.id == id }) else { return [] }
                    let until = max(clock(), rulesEngine.watermark ?? clock()).addingTimeInterval(3600)
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
                        var messages: [Msg] = [.triageChanged(after: after, before: before, action: action.name)]
                        // The escalation's note goes with the item, for whoever picks it up. The
                        // escalation itself is saved whatever becomes of the note.
                        if case .escalate(let note) = action, !note.isEmpty {
                            var notes: [VigilCore.MentionID: [VigilCore.Note]] = [:]
                            do {
                                for id in ids { notes[id] = try store.addNote("Escalated: " + note, to: id, by: user, at: Date()) }
                            } catch {
                                messages.append(.urlOpened("escalated, but the note was not saved: \(error)"))
                            }
                            messages.append(.notesChanged(notes, saved: false))
                        }
                        return messages
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
            /// New alerts ring the bell and go to `notify_command`.
            @MainActor func alertsMessage() -> Msg {
                let alerts = rulesEngine.alerts()
                // Alerts from a partial history are not news; the full one decides.
                guard history == nil else { return .alertsChanged(alerts) }
                let news = notifier.news(in: alerts)
                if !news.isEmpty {
                    if notifier.wantsBell(news) { backend.bell() }
                    notifier.runCommand(for: news)
                }
                return .alertsChanged(alerts)
            }
            /// The loaded history replaces the first frame's: the new engine gets the acknowledgements,
            /// silences and whatever arrived meanwhile; the panes get every mention.
            @MainActor func swapIn(_ loaded: HistoryLoader.Loaded) -> [Msg] {
                let engine = loaded.engine
                for (id, ack) in (try? store.acknowledgements()) ?? [:] { engine.acknowledge(alertID: id, by: ack.by, at: ack.at, note: ack.note) }
                for s in (try? store.silences()) ?? [] {
                    engine.addSilence(Silence(id: s.id, ruleID: s.rule, key: s.key, startsAt: s.from, endsAt: s.until, createdBy: s.by, comment: s.comment))
                }
                // What the history itself raised is not news; what arrived meanwhile may be.
                notifier.markSeen(engine.alerts())
                var feed = loaded.feed
                feed.merge(engine.process(arrivedWhileLoading))
                arrivedWhileLoading = []
                // Triage saved since the background read it (here or by another dashboard).
                if let current = try? store.triageStates() {
                    let known = feed.triage
                    feed.applyTriage(current.filter { id, state in
                        guard let old = known[id] else { return true }
                        return !old.sameDecision(as: state) || old.updatedAt != state.updatedAt
                    })
                }
                rulesEngine = engine
                follower.rules = engine
                return [.historyLoaded(feed), alertsMessage()]
            }
            var lastPoll = Date.distantPast
            var lastShared = Date()
            let beforePoll = self.beforePoll
            runner.run(shouldStop: { backend.stopSignal != 0 }, poll: {
                // Followed files are checked every 100 ms; new items reach the panes well within 250 ms.
                guard Date().timeIntervalSince(lastPoll) >= 0.1 else { return [] }
                lastPoll = Date()
                beforePoll()
                var messages: [Msg] = []
                if let loader = history, let result = loader.take() {
                    history = nil
                    switch result {
                    case .success(let loaded):
                        messages += swapIn(loaded)
                    case .failure(let failure):
                        // Carry on with what is shown; alerts held back while loading are news now.
                        arrivedWhileLoading = []
                        messages.append(.historyFailed(failure.reason))
                        messages.append(alertsMessage())
                    }
                }
                let update = follower.poll()
                if history != nil { arrivedWhileLoading += update.mentions }
                if !update.isEmpty {
                    issues += update.issues
                    unreadable += update.unreadable
                    messages.append(.importIssues(count: issues.count + unreadable.count))
                    if !update.mentions.isEmpty {
                        messages.append(.mentionsArrived(update.mentions))
                        messages.append(alertsMessage())
                    }
                }
                // What other processes wrote to the database (a second dashboard, an import), twice a second.
                if Date().timeIntervalSince(lastShared) >= 0.5, let changes = try? store.changes(after: lastChange) {
                    lastShared = Date()
                    lastChange = changes.last
                    if !changes.mentions.isEmpty {
                        if history != nil { arrivedWhileLoading += changes.mentions }
                        messages.append(.mentionsArrived(rulesEngine.process(changes.mentions)))
                        messages.append(alertsMessage())
                    }
                    if !changes.triage.isEmpty { messages.append(.triageSynced(changes.triage)) }
                    if !changes.notes.isEmpty { messages.append(.notesChanged(changes.notes, saved: false)) }
                    // Alerts acknowledged elsewhere (the ops screen's CRISIS banner clears).
                    if let acks = try? store.acknowledgements(), acks.count != knownAcks.count {
                        for (id, ack) in acks where !knownAcks.contains(id) {
                            rulesEngine.acknowledge(alertID: id, by: ack.by, at: ack.at, note: ack.note)
                            knownAcks.insert(id)
                        }
                        messages.append(.alertsChanged(rulesEngine.alerts()))
                    }
                }
                notifier.reap()
                if let problem = notifier.takeProblem() { messages.append(.urlOpened(problem)) }
                return messages
            }, clock: clock)
            backend.shutdown()
            return backend.stopSignal
        }()
        if !issues.isEmpty || !unreadable.isEmpty {
            print("vigil: \(issues.count) record(s) skipped while importing:", to: &standardError)
            for issue in issues.prefix(20) { print("  \(issue)", to: &standardError) }
            for problem in unreadable { print("  \(problem)", to: &standardError) }
        }
        return stopSignal
    }

    /// The standard keymap with the config's overrides; any problem stops the start.
    nonisolated static func keymap(_ config: VigilConfig) throws -> Keymap {
        let overrides = config.keys.map { KeyOverride(action: $0.action, keys: $0.keys, line: $0.line) }
        let (keymap, problems) = Keymap.standard.applying(overrides, file: config.file ?? "config")
        guard problems.isEmpty else { throw ValidationError("key bindings:\n  " + problems.joined(separator: "\n  ")) }
        return keymap
    }
}
