import Foundation
import VigilCore
import VigilEngine
import VigilRules
import VigilStore
import VigilTerminal
import VigilUI

/// A running dashboard's link to the world: the feeds it follows, the shared database (other
/// dashboards' triage, imports, acknowledgements), the rules engine (replaced once when a large
/// history has loaded in the background) and the alert notifications. `poll` is the run
/// loop's source of outside events; `perform` (in EffectPerformer.swift) carries out what
/// `update` asks for.
@MainActor
public final class LiveSession {
    public let follower: FeedFollower
    public let store: any MentionStore
    let notifier: AlertNotifier
    /// The bell, and handing the terminal to another program (the reply editor).
    let terminal: any SessionTerminal
    /// Who the session's actions are recorded as.
    public var user = ProcessInfo.processInfo.environment["USER"] ?? "me"
    /// The report's time zone and opening hours (`:report`): the config's.
    public var reportTimeZone = TimeZone.current
    public var businessHours: BusinessHours?
    let clock: @Sendable () -> Date
    /// Opens a URL and says what became of it (`URLOpener.open`; tests put their own).
    public var openURL: (String) -> String = URLOpener.open
    /// Writes a reply from a draft in the user's editor; nil when none was written.
    public var composeReply: (String) -> String? = ReplyEditor.compose
    /// Called before each look at the feeds (the demo writes the next records here).
    let beforePoll: () -> Void
    public internal(set) var engine: RulesEngine {
        didSet { follower.rules = engine }
    }
    /// Acknowledgements already applied to the engine (others come from other dashboards).
    public var knownAcks: Set<String> = []
    /// The whole history, while it loads; mentions that arrive meanwhile go to it too.
    public var history: HistoryLoader?
    private var arrivedWhileLoading: [Mention] = []
    private var lastChange: ChangePosition
    /// Keys of rows this session's follower wrote and the store's change feed has not shown yet;
    /// forgotten after a minute whatever happens (`ownWritesByTime`), so the set stays small.
    private var ownWrites: Set<Int64> = []
    private var ownWritesByTime: [(at: Date, keys: [Int64])] = []
    private var lastPoll = Date.distantPast
    private var lastAlertsLook = Date.distantPast
    static let alertsLookEvery: TimeInterval = 0.25
    private var alertsPending = false
    /// Reads and scores the followed files and pipe on the other core.
    public let reader: BackgroundFeedReader
    /// Updates read in the background wait to be taken (a flood read in steps).
    public var behind: Bool { reader.hasWaiting }
    private var nextShared = Date().addingTimeInterval(0.5)
    private var nextCatchUp = Date().addingTimeInterval(2)
    /// Since when the store has not answered, and how many looks in a row failed.
    private var offlineSince: Date?
    var isOffline: Bool { offlineSince != nil }
    private var failures = 0
    private var lastHeartbeat = Date.distantPast
    /// Items this dashboard claimed for its user (released when it quits).
    var claimedHere: Set<MentionID> = []
    /// This dashboard among the team's (presence).
    public let sessionID = UUID().uuidString
    /// The pane the user looks at, for the others' status bars.
    public var currentPane: () -> String = { "mentions" }
    public private(set) var issues: [String] = []
    /// The newest event time when the screen opened: alerts that fired after it are news.
    private let openedAt: Date?

    public init(follower: FeedFollower, notifier: AlertNotifier, terminal: any SessionTerminal, clock: @escaping @Sendable () -> Date,
                beforePoll: @escaping () -> Void = {}, lastChange: ChangePosition, issues: [String] = []) {
        self.follower = follower
        reader = BackgroundFeedReader(follower: follower)
        store = follower.store
        engine = follower.rules!
        self.notifier = notifier
        self.terminal = terminal
        self.clock = clock
        self.beforePoll = beforePoll
        self.lastChange = lastChange
        self.issues = issues
        openedAt = follower.rules?.watermark
    }

    /// The current alerts; new ones ring the bell and go to `notify_command`.
    public func alertsMessage() -> Msg {
        let alerts = engine.alerts()
        // Alerts from a partial history are not news; the full one decides.
        guard history == nil else { return .alertsChanged(alerts) }
        let news = notifier.news(in: alerts)
        if !news.isEmpty {
            if notifier.wantsBell(news) { terminal.bell() }
            notifier.runCommand(for: news)
        }
        return .alertsChanged(alerts)
    }

    /// Outside events since the last call: the history when it has loaded, new and changed
    /// mentions from the feeds, what other processes wrote to the database.
    public func poll() -> [Msg] {
        // What the background reader brought is taken at once, up to about 100 mentions a call
        // (a few milliseconds of rules, store and panes): a flood neither freezes the keys nor,
        // polled again at once while behind, falls behind. The rest is looked at every 100 ms.
        var messages: [Msg] = []
        if var combined = reader.take(upTo: BackgroundFeedReader.mentionsPerTake) {
            follower.finish(&combined)
            messages += arrived(combined)
        }
        if alertsPending && !behind && Date().timeIntervalSince(lastAlertsLook) >= LiveSession.alertsLookEvery {
            alertsPending = false
            lastAlertsLook = Date()
            messages.append(alertsMessage())
        }
        guard Date().timeIntervalSince(lastPoll) >= 0.1 else { return messages }
        lastPoll = Date()
        beforePoll()
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
        // What other processes wrote to the database (a second dashboard, an import; see
        // `timeToReadChanges`); when it does not answer, again after 1, 2, 4… up to 30 seconds.
        if timeToReadChanges(), let all = sharedChanges(&messages) {
            lastChange = all.last
            // Our own follower's rows are already shown, scored and counted.
            let changes = all.excluding(&ownWrites)
            if !changes.mentions.isEmpty {
                if history != nil { arrivedWhileLoading += changes.mentions }
                messages.append(.mentionsArrived(engine.process(changes.mentions), keys: changes.keys))
                messages.append(alertsMessage())
            }
            if !changes.triage.isEmpty { messages.append(.triageSynced(changes.triage)) }
            if !changes.notes.isEmpty { messages.append(.notesChanged(changes.notes, saved: false)) }
            if !changes.moderation.isEmpty { messages.append(.moderationSynced(changes.moderation)) }
            if !changes.claims.isEmpty { messages.append(.claimsSynced(changes.claims)) }
            messages += presenceMessages()
            // Alerts acknowledged elsewhere (the ops screen's CRISIS banner clears).
            if let acks = try? store.acknowledgements(), acks.count != knownAcks.count {
                for (id, ack) in acks where !knownAcks.contains(id) {
                    engine.acknowledge(alertID: id, by: ack.by, at: ack.at, note: ack.note)
                    knownAcks.insert(id)
                }
                messages.append(.alertsChanged(engine.alerts()))
            }
        }
        notifier.reap()
        if let problem = notifier.takeProblem() { messages.append(.status(problem)) }
        return messages
    }

    /// Whether to read the change feed now: twice a second; from a store that signals changes
    /// (PostgreSQL's NOTIFY), when it does and every 2 s anyway; after a failure, on the backoff.
    private func timeToReadChanges() -> Bool {
        let now = Date()
        guard failures == 0, let signalling = store as? any ChangeSignalling else { return now >= nextShared }
        return now >= nextCatchUp || signalling.changeSignalled()
    }

    /// The store's changes since the last look, noting when it stops and starts answering.
    private func sharedChanges(_ messages: inout [Msg]) -> StoreChanges? {
        do {
            let changes = try store.changes(after: lastChange)
            nextShared = Date().addingTimeInterval(0.5)
            nextCatchUp = Date().addingTimeInterval(2)
            if offlineSince != nil {
                offlineSince = nil
                failures = 0
                messages.append(.connectionChanged(offlineSince: nil))
            }
            return changes
        } catch {
            failures += 1
            nextShared = Date().addingTimeInterval(min(30, pow(2, Double(failures - 1))))
            if offlineSince == nil {
                offlineSince = clock()
                messages.append(.connectionChanged(offlineSince: offlineSince))
            }
            return nil
        }
    }

    /// Says this dashboard is on (every 5 s) and who else is (the last 15 s).
    private func presenceMessages() -> [Msg] {
        guard Date().timeIntervalSince(lastHeartbeat) >= 5 else { return [] }
        lastHeartbeat = Date()
        let now = Date()
        try? store.heartbeat(session: sessionID, user: user, pane: currentPane(), at: now)
        guard let everyone = try? store.presence(since: now.addingTimeInterval(-15)) else { return [] }
        return [.presenceSynced(everyone.filter { $0.session != sessionID })]
    }

    /// Lets go of the claims this dashboard took (not those of the same user's other
    /// dashboards) and says it is gone (quitting).
    public func leave() {
        if !claimedHere.isEmpty { try? store.releaseClaims(Array(claimedHere), by: user) }
        try? store.leave(session: sessionID)
    }

    /// Messages for what the follower read and saved.
    private func arrived(_ update: FeedFollower.Update) -> [Msg] {
        if !update.writtenKeys.isEmpty {
            ownWrites.formUnion(update.writtenKeys)
            ownWritesByTime.append((Date(), update.writtenKeys))
        }
        while let oldest = ownWritesByTime.first, Date().timeIntervalSince(oldest.at) > 60 {
            ownWrites.subtract(oldest.keys)
            ownWritesByTime.removeFirst()
        }
        if history != nil { arrivedWhileLoading += update.mentions }
        guard !update.isEmpty else { return [] }
        var messages: [Msg] = []
        issues += update.issues.map { "\($0)" } + update.unreadable.map { "\($0)" }
        messages.append(.importIssues(count: issues.count))
        if !update.mentions.isEmpty {
            // With their store keys, so that a long session lets their full text go (without,
            // every followed mention stayed held in full).
            messages.append(.mentionsArrived(update.mentions, keys: update.keyOfEach))
            // Alerts are looked at four times a second at most, once a second while a flood
            // comes in steps: each look walks the engine's windows (2–5 ms past 100k mentions),
            // and a look after every step was most of the keys that waited over 5 ms.
            if Date().timeIntervalSince(lastAlertsLook) >= (behind ? 1 : LiveSession.alertsLookEvery) {
                lastAlertsLook = Date()
                alertsPending = false
                messages.append(alertsMessage())
            } else {
                alertsPending = true  // looked at once the flood has been taken in
            }
        }
        return messages
    }

    /// The loaded history replaces the first frame's: the new engine gets the acknowledgements,
    /// silences and whatever arrived meanwhile; the panes get every mention.
    private func swapIn(_ loaded: HistoryLoader.Loaded) -> [Msg] {
        let fresh = loaded.engine
        for (id, ack) in (try? store.acknowledgements()) ?? [:] { fresh.acknowledge(alertID: id, by: ack.by, at: ack.at, note: ack.note) }
        for s in (try? store.silences()) ?? [] {
            fresh.addSilence(Silence(id: s.id, ruleID: s.rule, key: s.key, startsAt: s.from, endsAt: s.until, createdBy: s.by, comment: s.comment))
        }
        // What the history itself raised is not news; what fired after the screen opened (from
        // mentions that arrived meanwhile, whether or not the loader's snapshot had them) is.
        let opened = openedAt ?? .distantFuture
        notifier.markSeen(fresh.alerts().filter { ($0.firedAt ?? $0.startedAt) <= opened })
        var feed = loaded.feed
        feed.merge(fresh.process(arrivedWhileLoading))
        arrivedWhileLoading = []
        // Triage saved since the background read it (here or by another dashboard).
        if let current = try? store.triageStates() {
            let known = feed.triage
            feed.applyTriage(current.filter { id, state in
                guard let old = known[id] else { return true }
                return !old.sameDecision(as: state) || old.updatedAt != state.updatedAt
            })
        }
        if let decisions = try? store.moderationDecisions() {
            feed.applyModeration(Dictionary(decisions.map { ($0.mention, Optional($0)) }, uniquingKeysWith: { $1 }))
        }
        engine = fresh
        return [.historyLoaded(feed), alertsMessage()]
    }
}

/// What a session needs of the terminal beyond drawing.
@MainActor
public protocol SessionTerminal: AnyObject {
    func bell()
    /// Gives the terminal to another program (an editor) while `body` runs.
    func runOutside(_ body: () -> Void)
}

extension NcursesBackend: SessionTerminal {}
