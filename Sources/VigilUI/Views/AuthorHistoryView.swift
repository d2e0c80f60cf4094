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
        // Counts and the trend from the rows; full mentions (read back when let go) for the newest only.
        let positions = state.feed.position(of: origin.id).map { state.feed.authorHistory(of: $0) } ?? []
        let states = positions.map { state.feed.triage.isEmpty ? nil : state.feed.triage[state.feed.id(at: $0)] }
        let labels = zip(positions, states).map { $1?.sentimentOverride ?? state.feed.row(at: $0).label }
        let negative = labels.filter { $0 == .negative }.count
        let handled = states.filter { [.replied, .done, .dismissed].contains($0?.status ?? .new) }.count
        let rows = positions.isEmpty ? [origin] : state.feed.mentions(at: Array(positions.prefix(shownLimit)))
        let total = max(positions.count, rows.count)
        var out = [
            StyledLine(label: "Author", text: "@\(origin.author.handle)" + (origin.author.displayName.map { " (\($0))" } ?? "")
                       + sep + origin.platform.displayName + (origin.author.followers.map { sep + Format.compact($0) + " followers" } ?? ""), style: t[.text]),
            StyledLine(label: "Mentions", text: "\(total)" + sep + "\(negative) negative" + sep + "\(handled) handled", style: negative * 2 >= total && negative > 1 ? t[.warning] : t[.text]),
        ]
        if let strikes = strikesLine(positions, state: state, context: context) { out.append(strikes) }
        // Sentiment over time: one badge per mention, oldest to newest.
        let trend = (positions.isEmpty ? [origin.sentimentLabel] : labels).prefix(300).reversed().map(Format.sentimentBadge).joined()
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
        if total > rows.count {
            out.append(StyledLine(label: nil, text: "(the newest \(rows.count) of \(total) are listed)", style: t[.muted]))
        }
        return out
    }

    /// Moderation strikes: the team's warnings, hides, deletions and bans of the author's items,
    /// and what house rules hid or deleted that no one overruled.
    static func strikesLine(_ positions: [Int32], state: AppState, context: ViewContext) -> StyledLine? {
        var counts: [ModerationAction: Int] = [:]
        var ban: ModerationDecision?
        let ruled = Array(positions.lazy.filter { state.feed.row(at: $0).traits.contains(.moderated) }.prefix(ruledLimit))
        let ruledActions = Dictionary(uniqueKeysWithValues: state.feed.mentions(at: ruled).compactMap { m in m.flags?.moderation.map { (m.id, $0.action) } })
        for position in positions {
            let id = state.feed.id(at: position)
            let action = state.feed.moderationDecisions[id]?.action ?? ruledActions[id]
            guard let action, action != .approve, action != .hold else { continue }
            counts[action, default: 0] += 1
            if action == .ban, let decision = state.feed.moderationDecisions[id] { ban = decision }
        }
        let total = counts.values.reduce(0, +)
        guard total > 0 else { return nil }
        let words: [(ModerationAction, String)] = [(.warn, "warned"), (.hide, "hidden"), (.delete, "deleted"), (.ban, "banned")]
        var text = "\(total) (" + words.compactMap { action, word in counts[action].map { "\($0) \(word)" } }.joined(separator: ", ") + ")"
        if let ban { text += " \(context.glyphs.separator) banned by \(ban.by)" + (ban.note.isEmpty ? "" : ": \(ban.note)") }
        return StyledLine(label: "Strikes", text: text, style: context.theme[.warning])
    }

    /// Mentions listed in full (an account with thousands would be read back on every frame).
    static let shownLimit = 500
    /// How many of the author's posts that house rules acted on the strikes line reads (the
    /// newest; a spammer may have thousands).
    static let ruledLimit = 1_000
}
