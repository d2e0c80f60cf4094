import Foundation
import VigilCore
import VigilTerminal

/// One mention in full: metadata, then the text wrapped. Scrolls with the movement keys.
enum DetailView {
    /// How many of an item's replies the detail view lists.
    static let repliesShown = 20

    static func draw(id: MentionID, scroll: Int, in rect: Rect, state: AppState, into grid: inout CellGrid, context: ViewContext) {
        Box.draw(rect, title: "Mention detail", focused: true, into: &grid, context: context)
        let inner = rect.inset(by: 1)
        guard inner.width > 2, inner.height > 0 else { return }
        guard let mention = state.feed.mention(id) else {
            grid.draw("This mention is no longer available.", x: inner.x + 1, y: inner.y, style: context.theme[.muted], clip: inner)
            return
        }
        let lines = self.lines(for: mention, state: state, width: inner.width - 2, context: context)
        ScrollingText.draw(lines, scroll: scroll, in: inner, into: &grid, context: context)
    }

    static func lines(for m: Mention, state: AppState, width: Int, context: ViewContext) -> [StyledLine] {
        let t = context.theme
        var out: [StyledLine] = []
        func field(_ label: String, _ value: String, _ style: Style? = nil) {
            out.append(StyledLine(label: label, text: value, style: style ?? t[.text]))
        }
        var author = m.author.displayName.map { "\($0) " } ?? ""
        author += "@\(m.author.handle)"
        if m.author.verified { author += " \(context.glyphs.verified) verified" }
        if let followers = m.author.followers { author += " \(context.glyphs.separator) \(Format.compact(followers)) followers" }
        field("Author", author)
        var platform = "\(m.platform.displayName) \(context.glyphs.separator) \(m.kind.rawValue)"
        if let language = m.language { platform += " \(context.glyphs.separator) lang \(language)" }
        field("Platform", platform)
        field("Time", Format.fullTime(m.createdAt, in: context.timeZone) + " (\(Format.age(state.now.timeIntervalSince(m.createdAt))) ago)")
        var sentiment = "\(Format.sentimentBadge(m.sentimentLabel)) \(m.sentimentLabel.rawValue)"
        switch m.sentiment?.source {
        case .feed(let raw)?: sentiment += " (from feed: \"\(raw)\")"
        case .analyzer?: if let score = m.sentiment?.score { sentiment += String(format: " (compound %.3f)", score) }
        case nil: sentiment += " (not analyzed)"
        }
        field("Sentiment", sentiment, t.sentiment(m.sentimentLabel))
        if m.sentiment?.source == .analyzer, let explain = context.explainSentiment {
            for line in explain(m) { out.append(StyledLine(label: "", text: line, style: t[.muted])) }
        }
        let metrics = m.metrics
        var numbers = ["likes \(Format.compact(metrics.likes))", "shares \(Format.compact(metrics.shares))", "replies \(Format.compact(metrics.replies))"]
        if metrics.views != nil { numbers.append("views \(Format.compact(metrics.views))") }
        if metrics.reach != nil { numbers.append("reach \(Format.compact(metrics.reach))") }
        field("Metrics", numbers.joined(separator: "  "))
        field("URL", m.url ?? "–", t[.link])
        if let parent = m.parentID {
            let parentText = state.feed.mention(MentionID(platform: m.platform, nativeID: parent)).map { "@\($0.author.handle): \($0.text)" } ?? parent
            field("In reply to", parentText, t[.muted])
        }
        field("ID", m.id.description, t[.muted])
        if let claim = state.team.workingOn(m.id, at: state.now) {
            field("Claimed", "\(context.glyphs.claim) \(claim.describe(zone: context.timeZone)) (until \(Format.clock(claim.until, zone: context.timeZone)); r twice takes it over)",
                  t[.warning])
        }
        let replies = state.feed.children[m.id] ?? []
        for (index, child) in state.feed.mentions(at: Array(replies.prefix(repliesShown))).enumerated() {
            field(index == 0 ? "Replies (\(replies.count))" : "", "@\(child.author.handle) \(Format.shortTime(child.createdAt, in: context.timeZone)): \(child.text)", t[.text])
        }
        let history = state.feed.position(of: m.id).map { state.feed.authorMentionCount(of: $0) } ?? 1
        if history > 1 { field("Author", "\(history) mentions by @\(m.author.handle): press H for the history", t[.muted]) }
        if let triage = state.feed.triage[m.id] {
            var text = triage.status.rawValue.replacingOccurrences(of: "_", with: " ")
            if let assignee = triage.assignee { text += " \(context.glyphs.separator) assigned to @\(assignee)" }
            if let department = triage.department { text += " \(context.glyphs.separator) \(department)" }
            if let followUp = triage.followUp { text += " \(context.glyphs.separator) follow up \(Format.fullTime(followUp, in: context.timeZone))" }
            if !triage.tags.isEmpty { text += " \(context.glyphs.separator) " + triage.tags.map { "#\($0)" }.joined(separator: " ") }
            if let label = triage.sentimentOverride { text += " \(context.glyphs.separator) sentiment set to \(label.rawValue)" }
            if let until = triage.snoozedUntil, triage.status == .snoozed { text += " \(context.glyphs.separator) until \(Format.fullTime(until, in: context.timeZone))" }
            if let by = triage.updatedBy, let at = triage.updatedAt { text += " (\(by), \(Format.fullTime(at, in: context.timeZone)))" }
            field("Triage", text)
        }
        for (index, note) in (state.feed.notes[m.id] ?? []).enumerated() {
            field(index == 0 ? "Notes" : "", "\(note.by), \(Format.fullTime(note.at, in: context.timeZone)): \(note.text)", t[.text])
        }
        if let flags = m.flags { out += ruleLines(flags, context: context) }
        out += moderationLines(m, state: state, context: context)
        out.append(StyledLine(label: nil, text: "", style: t[.text]))
        for line in TextWrap.wrap(m.text, width: width) {
            out.append(StyledLine(label: nil, text: line, style: t[.text]))
        }
        return out
    }
}

extension DetailView {
    /// What the item rules decided, and why.
    static func ruleLines(_ flags: RuleFlags, context: ViewContext) -> [StyledLine] {
        let t = context.theme
        guard !flags.isEmpty else { return [StyledLine(label: "Rules", text: "no rule matched", style: t[.muted])] }
        var decided: [String] = []
        if flags.escalate { decided.append("ESCALATE") }
        if flags.needsReply { decided.append("needs reply") }
        if let priority = flags.priority { decided.append("priority \(priority.name)") }
        if !flags.tags.isEmpty { decided.append("tags " + flags.tags.map { "#\($0)" }.joined(separator: " ")) }
        if let assignee = flags.assignee { decided.append("assign @\(assignee)") }
        if let department = flags.department { decided.append("department \(department)") }
        let sep = " \(context.glyphs.separator) "
        var lines = [StyledLine(label: "Rules", text: decided.joined(separator: sep), style: flags.escalate ? t.severity(.critical) : t[.text])]
        for reason in flags.reasons { lines.append(StyledLine(label: "", text: reason.description, style: t[.muted])) }
        return lines
    }
}

extension DetailView {
    /// The house rules' action and reason, the team's decision, and what the detectors found.
    static func moderationLines(_ m: Mention, state: AppState, context: ViewContext) -> [StyledLine] {
        let t = context.theme
        var lines: [StyledLine] = []
        let found = context.explainModeration?(m) ?? []
        let decision = state.feed.moderationDecisions[m.id]
        guard m.flags?.moderation != nil || decision != nil || !found.isEmpty else { return [] }
        if let verdict = m.flags?.moderation {
            let waiting = verdict.action.awaitsReview && decision == nil ? " \(context.glyphs.separator) in the moderation queue (5)" : ""
            lines.append(StyledLine(label: "Moderation", text: "\(verdict.action.rawValue) by house rule \(verdict.ruleID): \(verdict.reason)\(waiting)",
                                    style: verdict.action >= .hide ? t[.warning] : t[.text]))
        }
        if let decision {
            var text = "\(decision.action == .ban ? "author banned" : decision.action.rawValue) by \(decision.by), \(Format.fullTime(decision.at, in: context.timeZone))"
            if !decision.note.isEmpty { text += ": \(decision.note)" }
            lines.append(StyledLine(label: lines.isEmpty ? "Moderation" : "", text: text, style: t[.text]))
        }
        for (index, finding) in found.enumerated() {
            lines.append(StyledLine(label: lines.isEmpty && index == 0 ? "Moderation" : "", text: finding, style: t[.muted]))
        }
        return lines
    }
}

/// A line of an overlay: an optional bold label column, then text.
struct StyledLine {
    var label: String?
    var text: String
    var style: Style
}

enum ScrollingText {
    static let labelWidth = 13

    /// How far an overlay can scroll: its lines past one screenful (the views clamp to the same).
    static func maxScroll(_ overlay: Overlay, state: AppState, context: ViewContext) -> Int {
        let inner = Layout(size: state.size, focus: state.focus).body.inset(by: 1)
        guard inner.width > 2, inner.height > 0 else { return 0 }
        let count: Int
        switch overlay {
        case .detail(let id, _):
            count = state.feed.mention(id).map { DetailView.lines(for: $0, state: state, width: inner.width - 2, context: context).count } ?? 0
        case .alertDetail(let id, _):
            count = state.alerts.first { $0.id == id }.map { AlertDetailView.lines(for: $0, state: state, width: inner.width - 2, context: context).count } ?? 0
        case .authorHistory(let id, _):
            count = state.feed.mention(id).map { AuthorHistoryView.lines(for: $0, state: state, context: context).count } ?? 0
        case .help:
            count = HelpView.lines(context: context).count
        }
        return max(0, count - inner.height)
    }

    static func draw(_ lines: [StyledLine], scroll: Int, in inner: Rect, into grid: inout CellGrid, context: ViewContext) {
        let maxScroll = max(0, lines.count - inner.height)
        let start = min(scroll, maxScroll)
        for (row, line) in lines.dropFirst(start).prefix(inner.height).enumerated() {
            let y = inner.y + row
            var x = inner.x + 1
            if let label = line.label {
                grid.draw(label, x: x, y: y, width: labelWidth - 1, style: context.theme[.label])
                x += labelWidth
            }
            grid.draw(line.text, x: x, y: y, style: line.style, clip: Rect(x: inner.x, y: y, width: inner.width - 1, height: 1))
        }
        if lines.count > inner.height {
            let position = " \(start + 1)–\(min(lines.count, start + inner.height))/\(lines.count) "
            grid.draw(position, x: inner.maxX - DisplayWidth.of(position) - 1, y: inner.maxY, style: context.theme[.muted])
        }
    }
}

enum AlertDetailView {
    static func draw(id: String, scroll: Int, in rect: Rect, state: AppState, into grid: inout CellGrid, context: ViewContext) {
        Box.draw(rect, title: "Alert detail", focused: true, into: &grid, context: context)
        let inner = rect.inset(by: 1)
        guard inner.width > 2, inner.height > 0 else { return }
        guard let alert = state.alerts.first(where: { $0.id == id }) else {
            grid.draw("This alert is no longer available.", x: inner.x + 1, y: inner.y, style: context.theme[.muted], clip: inner)
            return
        }
        let lines = self.lines(for: alert, state: state, width: inner.width - 2, context: context)
        ScrollingText.draw(lines, scroll: scroll, in: inner, into: &grid, context: context)
    }
}

extension AlertDetailView {
    static func lines(for alert: Alert, state: AppState, width: Int, context: ViewContext) -> [StyledLine] {
        let t = context.theme
        func time(_ date: Date?) -> String { date.map { Format.fullTime($0, in: context.timeZone) } ?? "–" }
        var state_ = alert.state.rawValue
        if let ack = alert.acknowledgement {
            state_ += " (by \(ack.by) at \(Format.fullTime(ack.at, in: context.timeZone))\(ack.note.isEmpty ? "" : ": \(ack.note)"))"
        }
        var lines = [
            StyledLine(label: "Severity", text: alert.severity.name.uppercased(), style: t.severity(alert.severity)),
            StyledLine(label: "Title", text: alert.title, style: t[.text]),
            StyledLine(label: "State", text: state_, style: t[.text]),
            StyledLine(label: "Rule", text: alert.ruleID + (alert.key.isEmpty ? "" : "  key \(alert.key)"), style: t[.text]),
            StyledLine(label: "Started", text: time(alert.startedAt), style: t[.text]),
            StyledLine(label: "Fired", text: time(alert.firedAt), style: t[.text]),
            StyledLine(label: "Ended", text: alert.endedAt == nil ? "still active" : time(alert.endedAt), style: t[.text]),
        ]
        if let suppression = alert.suppression {
            lines.append(StyledLine(label: "Suppressed", text: String(describing: suppression), style: t[.warning]))
        }
        lines.append(StyledLine(label: nil, text: "", style: t[.text]))
        for line in TextWrap.wrap(alert.summary, width: width) { lines.append(StyledLine(label: nil, text: line, style: t[.text])) }
        lines.append(StyledLine(label: nil, text: "", style: t[.text]))
        lines.append(StyledLine(label: "Why", text: "", style: t[.label]))
        for reason in alert.explanation {
            for line in TextWrap.wrap(reason, width: max(10, width - 2)) { lines.append(StyledLine(label: nil, text: "  " + line, style: t[.muted])) }
        }
        if !alert.examples.isEmpty {
            lines.append(StyledLine(label: nil, text: "", style: t[.text]))
            lines.append(StyledLine(label: "First posts", text: "", style: t[.label]))
            for id in alert.examples {
                let text = state.feed.mention(id).map { "@\($0.author.handle) \(Format.shortTime($0.createdAt, in: context.timeZone)): \($0.text)" } ?? id.description
                lines.append(StyledLine(label: nil, text: "  " + text, style: t[.text]))
            }
        }
        return lines
    }
}

enum HelpView {
    static func draw(scroll: Int, in rect: Rect, into grid: inout CellGrid, context: ViewContext) {
        Box.draw(rect, title: "Help: keys", focused: true, into: &grid, context: context)
        let inner = rect.inset(by: 1)
        guard inner.width > 2, inner.height > 0 else { return }
        ScrollingText.draw(lines(context: context), scroll: scroll, in: inner, into: &grid, context: context)
    }

    static func lines(context: ViewContext) -> [StyledLine] {
        var lines: [StyledLine] = []
        for keyContext in KeyContext.allCases {
            lines.append(StyledLine(label: nil, text: heading(keyContext), style: context.theme[.label].with(.underline)))
            for binding in context.keymap.bindings(in: keyContext) {
                lines.append(StyledLine(label: Keymap.label(binding), text: "\(binding.help)  (\(binding.action.rawValue))", style: context.theme[.text]))
            }
            lines.append(StyledLine(label: nil, text: "", style: context.theme[.text]))
        }
        return lines
    }

    static func heading(_ context: KeyContext) -> String {
        switch context {
        case .dashboard: return "Dashboard (panes)"
        case .detail: return "Detail view"
        case .help: return "This help"
        case .ops: return "Ops screen"
        }
    }
}
