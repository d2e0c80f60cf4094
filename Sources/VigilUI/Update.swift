import Foundation
import VigilCore
import VigilTerminal

/// The dashboard's whole behaviour: a pure function of state and message. Tests call it directly.
public struct Updater: Sendable {
    public var keymap: Keymap
    /// `$VISUAL`/`$EDITOR` is set: `r` composes there instead of on the prompt line.
    public var hasEditor = false
    /// Reply templates by name, already filled for a mention by `draft`.
    public var replyDraft: @Sendable (String, Mention) -> String? = { _, _ in nil }
    public var templateNames: [String] = []
    /// A full-text index answers the filter's words (the SQLite store); else they are scanned for.
    public var indexedSearch = false
    /// How views lay out text (the detail views' length decides how far they scroll).
    public var viewContext = ViewContext()

    public init(keymap: Keymap = .standard) {
        self.keymap = keymap
    }

    public func update(_ state: inout AppState, _ msg: Msg) -> [Effect] {
        switch msg {
        case .key(.resize):
            return []
        case .key(let key) where state.prompt != nil:
            return promptKey(key, in: &state)
        case .key(.click(let x, let y)):
            click(x: x, y: y, in: &state)
            return []
        case .key(.wheelUp), .key(.wheelDown):
            if state.overlays.isEmpty && !state.showsOps { move(by: msg.isWheelUp ? -3 : 3, in: &state) }
            return []
        case .key(let key):
            state.statusMessage = nil
            guard let action = keymap.action(for: key, in: state.keyContext) else { return [] }
            return perform(action, on: &state)
        case .resize(let size):
            state.size = size
            for pane in PaneID.allCases { clampCursor(pane, in: &state) }
            return []
        case .tick(let now):
            state.now = now
            state.ticks += 1
            state.feed.advance(to: now)
            return []
        case .mentionsArrived(let mentions, let keys):
            keepingSelection(in: &state) { $0.feed.merge(mentions, keys: keys) }
            return []
        case .mentionsRead(let found, let asked):
            // Only a filter's scan moves rows; otherwise what was read just fills the window.
            // What the frame shows is kept when the window must let some go (asked for only then).
            let frame = state.feed.fillNeedsFrame(adding: found.count) ? FrameWindow.positions(in: state) : []
            if state.feed.awaitsTextScan {
                keepingSelection(in: &state) { $0.feed.fill(found, asked: asked, frame: frame) }
            } else {
                state.feed.fill(found, asked: asked, frame: frame)
            }
            return []
        case .historyLoaded(var feed):
            // Keep what the user is looking at: the filter, notes, the selected items.
            feed.notes = state.feed.notes
            feed.advance(to: state.now)
            // The index's answer was for the store as it was then: asked again, over the
            // history as loaded (the old answer serves until the new one comes).
            let search = state.feed.filter.flatMap { filter in state.feed.textAnswer.map { _ in Effect.search(filter) } }
            if let filter = state.feed.filter { feed.setFilter(filter, answer: state.feed.textAnswer) }
            keepingSelection(in: &state) { state in
                state.feed = feed
                state.historyNote = nil
            }
            return search.map { [$0] } ?? []
        case .historyFailed(let reason):
            state.historyNote = nil
            state.statusMessage = reason
            return []
        case .alertsChanged(let alerts):
            let selected = state.alerts.indices.contains(state.cursor(.alerts).selected) ? state.alerts[state.cursor(.alerts).selected].id : nil
            state.alerts = alerts.sorted(by: Self.alertOrder)
            if let selected, let index = state.alerts.firstIndex(where: { $0.id == selected }) {
                state.cursors[.alerts] = ListCursor(selected: index, offset: state.cursor(.alerts).offset)
            }
            clampCursor(.alerts, in: &state)
            return []
        case .importIssues(let count):
            state.importIssueCount = count
            return []
        case .triageChanged(let after, let before, let action):
            state.undoInFlight = nil
            state.feed.applyTriage(after)
            if let before {
                state.undoStack.append(UndoEntry(before: before, after: after))
                if state.undoStack.count > 100 { state.undoStack.removeFirst() }
            }
            for pane in PaneID.allCases { clampCursor(pane, in: &state) }
            let who = after.keys.count == 1 ? after.keys.first.flatMap { state.feed.authorHandle(of: $0) }.map { " @\($0)" } ?? "" : " \(after.count) items"
            state.statusMessage = "\(action):\(who) (saved)"
            return []
        case .searchResults(let filter, let answer):
            if state.feed.filter == filter {
                // The same filter answered again (the history loaded): the selection stays.
                keepingSelection(in: &state) { $0.feed.setFilter(filter, answer: answer) }
                reportMatches(in: &state)
            } else {
                applyFilter(filter, answer: answer, in: &state)
            }
            return []
        case .status(let message):
            state.statusMessage = message
            return []
        case .notesChanged(let notes, let saved):
            state.feed.notes.merge(notes) { $1 }
            if saved { state.statusMessage = "comment added" + (notes.count > 1 ? " to \(notes.count) items" : "") + " (saved)" }
            return []
        case .moderationChanged(let after, let before, let action):
            state.undoInFlight = nil
            keepingSelection(in: &state) { $0.feed.applyModeration(after) }
            if let before {
                state.undoStack.append(UndoEntry(moderationBefore: before))
                if state.undoStack.count > 100 { state.undoStack.removeFirst() }
            }
            state.statusMessage = "\(action): " + (after.count == 1 ? after.keys.first.flatMap { state.feed.authorHandle(of: $0) }.map { "@\($0)" } ?? "1 item" : "\(after.count) items") + " (saved; see `vigil export moderation`)"
            return []
        case .moderationSynced(let changes):
            keepingSelection(in: &state) { $0.feed.applyModeration(changes) }
            return []
        case .triageSynced(let states):
            state.feed.applyTriage(states)
            for pane in PaneID.allCases { clampCursor(pane, in: &state) }
            return []
        case .saveFailed(let reason):
            if let entry = state.undoInFlight {
                state.undoStack.append(entry)
                state.undoInFlight = nil
            }
            state.statusMessage = "not saved: \(reason)"
            return []
        case .stopRequested:
            state.isRunning = false
            return [.quit]
        case .claimAnswered, .claimsSynced, .presenceSynced, .connectionChanged, .replyRefused, .draftKept:
            return team(msg, in: &state)
        }
    }

    func perform(_ action: Action, on state: inout AppState) -> [Effect] {
        switch action {
        case .approve, .hide, .delete, .warn, .ban:
            return moderate(action, in: &state)
        case .markReplied, .dismiss, .escalate, .assign, .followUp, .snooze, .tags, .overrideSentiment, .comment:
            guard let targets = actionTargets(&state) else { return [] }
            switch action {
            case .markReplied: return triage(.markReplied, targets, &state)
            case .dismiss: return triage(.dismiss, targets, &state)
            case .escalate: state.prompt = Prompt(purpose: .escalate, targets: targets)
            case .followUp: state.prompt = Prompt(purpose: .followUp, targets: targets)
            case .snooze: state.prompt = Prompt(purpose: .snooze, targets: targets)
            case .tags:
                let current = targets.count == 1 ? state.feed.triage[targets[0]]?.tags ?? [] : []
                state.prompt = Prompt(purpose: .tags, text: current.joined(separator: ", "), targets: targets)
            case .overrideSentiment: state.prompt = Prompt(purpose: .sentiment, targets: targets)
            case .comment: state.prompt = Prompt(purpose: .comment, targets: targets)
            default: state.prompt = Prompt(purpose: .assign, targets: targets)
            }
            return []
        case .commandLine:
            state.prompt = Prompt(purpose: .command, targets: state.targetMention.map { [$0.id] } ?? [])
        case .authorHistory:
            guard let mention = state.targetMention else {
                state.statusMessage = "select a mention first"
                return []
            }
            state.overlays.append(.authorHistory(mention.id, scroll: 0))
        case .reply:
            guard let mention = state.targetMention else {
                state.statusMessage = "select a mention first"
                return []
            }
            return startReply(mention.id, draft: "@\(mention.author.handle) ", in: &state)
        case .filter:
            state.prompt = Prompt(purpose: .filter, text: state.feed.filter?.source ?? "", targets: [])
        case .nextMatch, .previousMatch:
            let count = state.itemCount(state.focus)
            guard count > 0 else {
                state.statusMessage = "no matches"
                return []
            }
            var cursor = state.cursor(state.focus)
            cursor.selected = (cursor.selected + (action == .nextMatch ? 1 : count - 1)) % count
            state.cursors[state.focus] = cursor
            clampCursor(state.focus, in: &state)
        case .openURL:
            guard let url = state.targetMention?.url else {
                state.statusMessage = "this mention has no URL"
                return []
            }
            return [.openURL(url)]
        case .mark:
            guard let mention = state.selectedMention(in: state.focus) else { return [] }
            if state.marked.remove(mention.id) == nil { state.marked.insert(mention.id) }
            move(by: 1, in: &state)
            state.statusMessage = "\(state.marked.count) marked"
        case .markAll:
            let ids = state.rows(of: state.focus).map { state.feed.id(at: $0) }
            if !ids.isEmpty && ids.allSatisfy(state.marked.contains) {
                state.marked.subtract(ids)
            } else {
                state.marked.formUnion(ids)
            }
            state.statusMessage = "\(state.marked.count) marked"
        case .applyToMarked:
            guard !state.marked.isEmpty else {
                state.statusMessage = "nothing marked (t or Space marks, T marks the whole pane)"
                return []
            }
            state.applyToMarked = true
            state.statusMessage = "next action applies to \(state.marked.count) marked items"
        case .undo:
            guard let last = state.undoStack.popLast() else {
                state.statusMessage = "nothing to undo"
                return []
            }
            if let decisions = last.moderationBefore {
                state.undoInFlight = last
                return [.restoreModeration(decisions)]
            }
            // Only items still as this action left them: someone else's later change is kept.
            let unchanged = last.before.filter { id, _ in (state.feed.triage[id] ?? Triage()).sameDecision(as: last.after[id] ?? Triage()) }
            guard !unchanged.isEmpty else {
                state.statusMessage = "not undone: changed since (by another dashboard)"
                return []
            }
            if unchanged.count < last.before.count {
                state.statusMessage = "\(last.before.count - unchanged.count) item(s) changed since are left as they are"
            }
            state.undoInFlight = last
            return [.restoreTriage(unchanged)]
        case .acknowledge, .silence:
            guard let alert = targetAlert(state) else {
                state.statusMessage = "select an alert in Crisis alerts (4) first"
                return []
            }
            if action == .acknowledge {
                state.statusMessage = "acknowledged: \(alert.title)"
                return [.acknowledgeAlert(id: alert.id)]
            }
            state.statusMessage = "silenced for 1h: \(alert.ruleID)" + (alert.key.isEmpty ? "" : " \(alert.key)")
            return [.silenceAlert(id: alert.id)]
        case .quit, .quitNow:
            state.isRunning = false
            return [.quit]
        case .help:
            if case .help = state.overlays.last { state.overlays.removeLast() } else { state.overlays.append(.help(scroll: 0)) }
        case .back:
            if state.showsOps {
                if state.opsOnly { state.isRunning = false; return [.quit] }
                state.showsOps = false
            } else if !state.overlays.isEmpty {
                state.overlays.removeLast()
            }
        case .ops:
            if state.opsOnly { return [] }
            state.showsOps.toggle()
        case .nextPane:
            // Over the four panes of the grid; the moderation queue is reached with its number.
            state.focus = PaneID(rawValue: (state.focus.rawValue + 1) % PaneID.gridPanes.count)!
        case .previousPane:
            state.focus = PaneID(rawValue: (min(state.focus.rawValue, PaneID.gridPanes.count) + PaneID.gridPanes.count - 1) % PaneID.gridPanes.count)!
        case .focusMentions: state.focus = .mentions
        case .focusComments: state.focus = .comments
        case .focusPending: state.focus = .pending
        case .focusAlerts: state.focus = .alerts
        case .focusModeration: state.focus = .moderation
        case .moveDown: move(by: 1, in: &state)
        case .moveUp: move(by: -1, in: &state)
        case .pageDown: move(by: max(1, Layout.listHeight(for: state) - 1), in: &state)
        case .pageUp: move(by: -max(1, Layout.listHeight(for: state) - 1), in: &state)
        case .top: move(by: Int.min / 2, in: &state)
        case .bottom: move(by: Int.max / 2, in: &state)
        case .open:
            if state.focus == .alerts {
                let index = state.cursor(.alerts).selected
                if state.alerts.indices.contains(index) { state.overlays.append(.alertDetail(state.alerts[index].id, scroll: 0)) }
            } else if let mention = state.selectedMention(in: state.focus) {
                state.overlays.append(.detail(mention.id, scroll: 0))
            }
        }
        return []
    }

    /// What an item action applies to: after `;`, every marked item; else the selected one
    /// (nil, with a word on the status line, when there is none).
    func actionTargets(_ state: inout AppState) -> [MentionID]? {
        let targets: [MentionID]
        if state.applyToMarked {
            state.applyToMarked = false
            targets = state.marked.sorted { $0.description < $1.description }
        } else if let mention = state.targetMention {
            targets = [mention.id]
        } else {
            state.statusMessage = "select a mention first"
            return nil
        }
        return targets.isEmpty ? nil : targets
    }

    /// A click on a pane focuses it; on a row, selects that item.
    func click(x: Int, y: Int, in state: inout AppState) {
        guard state.overlays.isEmpty, !state.showsOps else { return }
        let layout = Layout(size: state.size, focus: state.focus)
        guard let (pane, box) = layout.panes.first(where: { $0.value.contains(x: x, y: y) }) else { return }
        state.focus = pane
        let list = Layout.listArea(of: box)
        guard y >= list.y, y < list.maxY else { return }
        let index = state.cursor(pane).offset + (y - list.y)
        guard index < state.itemCount(pane) else { return }
        state.cursors[pane] = ListCursor(selected: index, offset: state.cursor(pane).offset)
        clampCursor(pane, in: &state)
    }

    func triage(_ action: TriageAction, _ ids: [MentionID], _ state: inout AppState) -> [Effect] {
        let before = Dictionary(uniqueKeysWithValues: ids.map { ($0, state.feed.triage[$0] ?? Triage()) })
        // The marks are used up once a bulk action is actually sent (a cancelled prompt keeps them).
        if ids.count > 1 || (ids.count == 1 && state.marked == Set(ids)) { state.marked.subtract(ids) }
        return [.triage(action, ids: ids, before: before)]
    }

    /// The alert open in the alert detail view, else the one selected in the Crisis alerts pane.
    func targetAlert(_ state: AppState) -> Alert? {
        if case .alertDetail(let id, _)? = state.overlays.last { return state.alerts.first { $0.id == id } }
        guard state.overlays.isEmpty, state.focus == .alerts else { return nil }
        let index = state.cursor(.alerts).selected
        return state.alerts.indices.contains(index) ? state.alerts[index] : nil
    }

    /// Alerts that need someone first: active before resolved, then by severity, newest first.
    public static func alertOrder(_ a: Alert, _ b: Alert) -> Bool {
        let activeA = a.isActive && !a.isHidden, activeB = b.isActive && !b.isHidden
        if activeA != activeB { return activeA }
        if a.severity != b.severity { return a.severity > b.severity }
        if a.startedAt != b.startedAt { return a.startedAt > b.startedAt }
        return a.id < b.id
    }
}
