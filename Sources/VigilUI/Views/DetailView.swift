import Foundation
import VigilCore
import VigilTerminal

/// One mention in full: metadata, then the text wrapped. Scrolls with the movement keys.
enum DetailView {
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
        out.append(StyledLine(label: nil, text: "", style: t[.text]))
        for line in TextWrap.wrap(m.text, width: width) {
            out.append(StyledLine(label: nil, text: line, style: t[.text]))
        }
        return out
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
        let t = context.theme
        var lines = [
            StyledLine(label: "Severity", text: alert.severity.name.uppercased(), style: t.severity(alert.severity)),
            StyledLine(label: "Title", text: alert.title, style: t[.text]),
            StyledLine(label: "State", text: alert.state.rawValue, style: t[.text]),
            StyledLine(label: "Rule", text: alert.ruleID, style: t[.text]),
            StyledLine(label: "Started", text: Format.fullTime(alert.startedAt, in: context.timeZone), style: t[.text]),
            StyledLine(label: "Count", text: String(alert.count), style: t[.text]),
            StyledLine(label: nil, text: "", style: t[.text]),
        ]
        for line in TextWrap.wrap(alert.summary, width: inner.width - 2) {
            lines.append(StyledLine(label: nil, text: line, style: t[.text]))
        }
        ScrollingText.draw(lines, scroll: scroll, in: inner, into: &grid, context: context)
    }
}

enum HelpView {
    static func draw(scroll: Int, in rect: Rect, into grid: inout CellGrid, context: ViewContext) {
        Box.draw(rect, title: "Help: keys", focused: true, into: &grid, context: context)
        let inner = rect.inset(by: 1)
        guard inner.width > 2, inner.height > 0 else { return }
        var lines: [StyledLine] = []
        for keyContext in KeyContext.allCases {
            lines.append(StyledLine(label: nil, text: heading(keyContext), style: context.theme[.label].with(.underline)))
            for binding in context.keymap.bindings(in: keyContext) {
                lines.append(StyledLine(label: Keymap.label(binding), text: "\(binding.help)  (\(binding.action.rawValue))", style: context.theme[.text]))
            }
            lines.append(StyledLine(label: nil, text: "", style: context.theme[.text]))
        }
        ScrollingText.draw(lines, scroll: scroll, in: inner, into: &grid, context: context)
    }

    static func heading(_ context: KeyContext) -> String {
        switch context {
        case .dashboard: return "Dashboard (panes)"
        case .detail: return "Detail view"
        case .help: return "This help"
        }
    }
}
