import Foundation
import VigilCore
import VigilTerminal

/// Draws one of the four panes: its box, title with count, and list (or its empty hint).
enum PaneView {
    /// What an empty pane says: that the filter hides what it holds, else what would appear there.
    static func emptyText(_ pane: PaneID, state: AppState) -> String {
        guard let filter = state.feed.filter, pane.isFiltered else { return pane.emptyHint }
        let hidden = state.feed.unfilteredCounts[pane.rawValue]
        let source = filter.source
        if hidden == 0 { return "Nothing matches the filter “\(source)”, and this pane is empty without it. Press / and Enter to clear the filter." }
        return "Nothing matches the filter “\(source)” (\(hidden) without it). Press / and Enter to clear the filter."
    }

    static func draw(_ pane: PaneID, in box: Rect, state: AppState, into grid: inout CellGrid, context: ViewContext) {
        let focused = state.focus == pane
        let count = state.itemCount(pane)
        var title = "\(pane.number) \(pane.title) (\(count))"
        if state.feed.filter != nil, pane.isFiltered { title = "\(pane.number) \(pane.title) (\(count) of \(state.feed.unfilteredCounts[pane.rawValue]))" }
        Box.draw(box, title: title, focused: focused, into: &grid, context: context)
        let area = Layout.listArea(of: box)
        guard area.width > 0, area.height > 0 else { return }
        if count == 0 {
            let lines = TextWrap.wrap(emptyText(pane, state: state), width: area.width)
            for (offset, line) in lines.prefix(area.height + 1).enumerated() {
                grid.draw(line, x: area.x, y: area.y - 1 + offset, style: context.theme[.muted], clip: area.inset(by: 0).expandedUp())
            }
            return
        }
        let cursor = state.cursor(pane)
        // Held in full: the newest, and what the runner read back for this frame (`FrameWindow`).
        let rows = state.rows(of: pane)
        func mention(_ index: Int) -> Mention { state.feed.mention(at: rows[index]) }
        // Someone else working on an item says so before its text: "✎ bea ".
        func claimed(_ cells: [TableCell], _ m: Mention) -> [TableCell] {
            guard let claim = state.team.workingOn(m.id, at: state.now), var last = cells.last else { return cells }
            last.text = "\(context.glyphs.claim) \(claim.who) " + last.text
            last.style = context.theme[.warning]
            return cells.dropLast() + [last]
        }
        switch pane {
        case .mentions:
            Table.draw(area: area, columns: MentionRows.mentionColumns, count: count, cursor: cursor, focused: focused, into: &grid, context: context) { index in
                let m = mention(index)
                return claimed(MentionRows.mentionCells(m, triage: state.feed.triage[m.id], marked: state.marked.contains(m.id), context: context), m)
            }
        case .comments:
            Table.draw(area: area, columns: MentionRows.commentColumns, count: count, cursor: cursor, focused: focused, into: &grid, context: context) { index in
                let m = mention(index)
                return claimed(MentionRows.commentCells(m, triage: state.feed.triage[m.id], marked: state.marked.contains(m.id), context: context), m)
            }
        case .pending:
            Table.draw(area: area, columns: MentionRows.pendingColumns, count: count, cursor: cursor, focused: focused, into: &grid, context: context) { index in
                let m = mention(index)
                return claimed(MentionRows.pendingCells(m, now: state.now, triage: state.feed.triage[m.id], marked: state.marked.contains(m.id), context: context), m)
            }
        case .moderation:
            Table.draw(area: area, columns: MentionRows.moderationColumns, count: count, cursor: cursor, focused: focused, into: &grid, context: context) { index in
                let m = mention(index)
                return MentionRows.moderationCells(m, now: state.now, marked: state.marked.contains(m.id), context: context)
            }
        case .alerts:
            Table.draw(area: area, columns: AlertRows.columns, count: count, cursor: cursor, focused: focused, into: &grid, context: context) { index in
                AlertRows.cells(state.alerts[index], context: context)
            }
        }
    }
}

extension Rect {
    /// The rect grown one row upwards (the column-header row of a list area).
    func expandedUp() -> Rect { Rect(x: x, y: y - 1, width: width, height: height + 1) }
}

/// Row layouts of the mention panes.
enum MentionRows {
    static let mentionColumns = [
        Column(title: "!", width: 1), Column(title: "Time", width: 11), Column(title: "Pl", width: 2), Column(title: "Author", width: 16),
        Column(title: "Reach", width: 6, alignRight: true), Column(title: "Text", width: 0),
    ]
    static let commentColumns = [
        Column(title: "!", width: 1), Column(title: "Snt", width: 3), Column(title: "Time", width: 11), Column(title: "Pl", width: 2),
        Column(title: "Author", width: 16), Column(title: "Text", width: 0),
    ]
    static let pendingColumns = [
        Column(title: "!", width: 1), Column(title: "Age", width: 4, alignRight: true), Column(title: "Pl", width: 2),
        Column(title: "Author", width: 16), Column(title: "Text", width: 0),
    ]

    static let moderationColumns = [
        Column(title: "!", width: 1), Column(title: "Age", width: 4, alignRight: true), Column(title: "Pl", width: 2),
        Column(title: "Author", width: 16), Column(title: "Rule", width: 6), Column(title: "Reason", width: 34), Column(title: "Text", width: 0),
    ]

    static func moderationCells(_ m: Mention, now: Date, marked: Bool = false, context: ViewContext) -> [TableCell] {
        let t = context.theme
        let verdict = m.flags?.moderation
        let loud = verdict.map { $0.action >= .hide } ?? false
        return [
            TableCell(text: marked ? "*" : "", style: t[.selected]),
            TableCell(text: Format.age(now.timeIntervalSince(m.createdAt)), style: t[.muted]),
            TableCell(text: m.platform.shortName, style: t[.label]),
            TableCell(text: author(m), style: t[.text]),
            TableCell(text: verdict?.action.rawValue ?? "", style: loud ? t[.warning] : t[.label]),
            TableCell(text: verdict?.reason ?? "", style: t[.muted]),
            TableCell(text: m.text, style: t[.text]),
        ]
    }

    static func author(_ mention: Mention) -> String {
        mention.author.handle.isEmpty ? (mention.author.displayName ?? "?") : "@" + mention.author.handle
    }

    /// The team's decision when there is one (✓ replied or done, x dismissed, ! escalated,
    /// → delegated, z snoozed), else the rules' ("!" escalate, "↑" high priority).
    static func flag(_ m: Mention, triage: Triage?, marked: Bool = false, context: ViewContext) -> TableCell {
        if marked { return TableCell(text: "*", style: context.theme[.selected]) }
        if let status = triage?.status, status != .new {
            let t = context.theme
            switch status {
            case .replied, .done: return TableCell(text: context.glyphs.done, style: t.sentiment(.positive))
            case .dismissed: return TableCell(text: "x", style: t[.muted])
            case .escalated: return TableCell(text: "!", style: t.severity(.critical))
            case .delegated: return TableCell(text: context.glyphs.delegated, style: t[.warning])
            case .snoozed: return TableCell(text: "z", style: t[.muted])
            case .new, .needsReply: break
            }
        }
        guard let flags = m.flags else { return TableCell(text: "", style: context.theme[.text]) }
        if flags.escalate { return TableCell(text: "!", style: context.theme.severity(.critical)) }
        if let priority = flags.priority, priority >= .high { return TableCell(text: context.glyphs.highPriority, style: context.theme[.warning]) }
        return TableCell(text: "", style: context.theme[.text])
    }

    /// The team's override when there is one, else the feed's or the analyzer's label.
    static func label(_ m: Mention, _ triage: Triage?) -> SentimentLabel {
        triage?.sentimentOverride ?? m.sentimentLabel
    }

    static func mentionCells(_ m: Mention, triage: Triage? = nil, marked: Bool = false, context: ViewContext) -> [TableCell] {
        let t = context.theme
        return [
            flag(m, triage: triage, marked: marked, context: context),
            TableCell(text: Format.shortTime(m.createdAt, in: context.timeZone), style: t[.muted]),
            TableCell(text: m.platform.shortName, style: t[.label]),
            TableCell(text: author(m), style: t[.text]),
            TableCell(text: Format.compact(m.reach), style: t[.muted]),
            TableCell(text: m.text, style: t[.text]),
        ]
    }

    static func commentCells(_ m: Mention, triage: Triage? = nil, marked: Bool = false, context: ViewContext) -> [TableCell] {
        let t = context.theme
        return [
            flag(m, triage: triage, marked: marked, context: context),
            TableCell(text: Format.sentimentBadge(label(m, triage)), style: t.sentiment(label(m, triage))),
            TableCell(text: Format.shortTime(m.createdAt, in: context.timeZone), style: t[.muted]),
            TableCell(text: m.platform.shortName, style: t[.label]),
            TableCell(text: author(m), style: t[.text]),
            TableCell(text: m.text, style: t[.text]),
        ]
    }

    static func pendingCells(_ m: Mention, now: Date, triage: Triage? = nil, marked: Bool = false, context: ViewContext) -> [TableCell] {
        let t = context.theme
        let age = now.timeIntervalSince(m.createdAt)
        // Delegated and past its follow-up date: the loudest age in the list.
        let overdue = triage?.status == .delegated && (triage?.followUp.map { $0 < now } ?? false)
        return [
            flag(m, triage: triage, marked: marked, context: context),
            TableCell(text: Format.age(age), style: overdue ? t.severity(.critical) : (age > 86_400 ? t[.warning] : t[.muted])),
            TableCell(text: m.platform.shortName, style: t[.label]),
            TableCell(text: author(m), style: t[.text]),
            TableCell(text: m.text, style: t[.text]),
        ]
    }
}

enum AlertRows {
    static let columns = [
        Column(title: "Severity", width: 8), Column(title: "State", width: 5), Column(title: "Started", width: 11),
        Column(title: "Alert", width: 0), Column(title: "Count", width: 5, alignRight: true),
    ]

    /// Short state for the list: what needs attention reads loudest.
    static func state(_ alert: Alert) -> String {
        switch alert.suppression {
        case .inhibited?: return "inhib"
        case .silenced?: return "silen"
        case .muted? where alert.isActive: return "muted"
        default: break
        }
        switch alert.state {
        case .pending: return "pend"
        case .firing: return "FIRE"
        case .acknowledged: return "ack"
        case .resolved: return "done"
        }
    }

    static func cells(_ alert: Alert, context: ViewContext) -> [TableCell] {
        let t = context.theme
        let quiet = alert.isHidden || alert.state == .resolved
        return [
            TableCell(text: alert.severity.name.uppercased(), style: quiet ? t[.muted] : t.severity(alert.severity)),
            TableCell(text: state(alert), style: alert.state == .firing && !quiet ? t.severity(alert.severity) : t[.muted]),
            TableCell(text: Format.shortTime(alert.startedAt, in: context.timeZone), style: t[.muted]),
            TableCell(text: "\(alert.title): \(alert.summary)", style: quiet ? t[.muted] : t[.text]),
            TableCell(text: String(alert.count), style: t[.muted]),
        ]
    }
}
