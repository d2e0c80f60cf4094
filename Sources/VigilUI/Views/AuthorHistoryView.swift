import Foundation
import VigilCore
import VigilTerminal

/// Everything one author wrote, newest first: a summary (how many, how negative, by day) and
/// each mention with its sentiment, the team's decision and notes, so a repeat complainer is
/// recognized at once.
enum AuthorHistoryView {
    static func draw(id: MentionID, scroll: Int, in rect: Rect, state: AppState, into grid: inout CellGrid, context: ViewContext) {
        guard let origin = state.feed.mention(id) else { return }
        Box.draw(rect, title: "Author history: @\(origin.author.handle)", focused: true, into: &grid, context: context)
        let inner = rect.inset(by: 1)
        guard inner.width > 2, inner.height > 0 else { return }
        ScrollingText.draw(lines(for: origin, state: state, context: context), scroll: scroll, in: inner, into: &grid, context: context)
    }

    static func lines(for origin: Mention, state: AppState, context: ViewContext) -> [StyledLine] {
        let t = context.theme
        let sep = " \(context.glyphs.separator) "
        let rows = state.feed.position(of: origin.id).map { state.feed.mentions(at: state.feed.authorHistory(of: $0)) } ?? [origin]
        let negative = rows.filter { (state.feed.triage[$0.id]?.sentimentOverride ?? $0.sentimentLabel) == .negative }.count
        let handled = rows.filter { [.replied, .done, .dismissed].contains(state.feed.triage[$0.id]?.status ?? .new) }.count
        var out = [
            StyledLine(label: "Author", text: "@\(origin.author.handle)" + (origin.author.displayName.map { " (\($0))" } ?? "")
                       + sep + origin.platform.displayName + (origin.author.followers.map { sep + Format.compact($0) + " followers" } ?? ""), style: t[.text]),
            StyledLine(label: "Mentions", text: "\(rows.count)" + sep + "\(negative) negative" + sep + "\(handled) handled", style: negative * 2 >= rows.count && negative > 1 ? t[.warning] : t[.text]),
        ]
        // Sentiment over time: one badge per mention, oldest to newest.
        let trend = rows.reversed().map { Format.sentimentBadge(state.feed.triage[$0.id]?.sentimentOverride ?? $0.sentimentLabel) }.joined()
        out.append(StyledLine(label: "Over time", text: String(trend.suffix(300)), style: t[.muted]))
        out.append(StyledLine(label: nil, text: "", style: t[.text]))
        for m in rows {
            let triage = state.feed.triage[m.id]
            var text = Format.fullTime(m.createdAt, in: context.timeZone) + " " + Format.sentimentBadge(triage?.sentimentOverride ?? m.sentimentLabel)
            if let status = triage?.status, status != .new { text += " [\(status.rawValue)]" }
            text += " " + m.text
            out.append(StyledLine(label: nil, text: text, style: m.id == origin.id ? t[.label] : t[.text]))
            for note in state.feed.notes[m.id] ?? [] {
                out.append(StyledLine(label: nil, text: "    note by \(note.by): \(note.text)", style: t[.muted]))
            }
        }
        return out
    }
}
