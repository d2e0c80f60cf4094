import Foundation
import VigilCore
import VigilTerminal

/// The whole screen for a state: header, panes, status bar, footer, and any overlay.
public enum DashboardView {
    public static func render(_ state: AppState, context: ViewContext) -> CellGrid {
        var grid = CellGrid(size: state.size)
        render(state, into: &grid, context: context)
        return grid
    }

    public static func render(_ state: AppState, into grid: inout CellGrid, context: ViewContext) {
        if state.showsOps {
            OpsView.draw(state, into: &grid, context: context)
            return
        }
        let layout = Layout(size: state.size, focus: state.focus)
        if layout.mode == .tooSmall {
            TooSmallView.draw(size: state.size, into: &grid, context: context)
            return
        }
        HeaderBar.draw(state: state, layout: layout, into: &grid, context: context)
        switch state.overlays.last {
        case .none:
            for (pane, box) in layout.panes.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                PaneView.draw(pane, in: box, state: state, into: &grid, context: context)
            }
        case .detail(let id, let scroll):
            DetailView.draw(id: id, scroll: scroll, in: layout.body, state: state, into: &grid, context: context)
        case .alertDetail(let id, let scroll):
            AlertDetailView.draw(id: id, scroll: scroll, in: layout.body, state: state, into: &grid, context: context)
        case .authorHistory(let id, let scroll):
            AuthorHistoryView.draw(id: id, scroll: scroll, in: layout.body, state: state, into: &grid, context: context)
        case .help(let scroll):
            HelpView.draw(scroll: scroll, in: layout.body, into: &grid, context: context)
        }
        StatusBar.draw(state: state, in: layout.statusBar, into: &grid, context: context)
        Footer.draw(context: state.keyContext, in: layout.footer, into: &grid, viewContext: context)
    }
}

enum HeaderBar {
    static func draw(state: AppState, layout: Layout, into grid: inout CellGrid, context: ViewContext) {
        let theme = context.theme
        grid.fill(layout.header, style: theme[.header])
        var x = grid.draw(" Vigil ", x: 0, y: 0, style: theme[.headerAccent])
        if layout.mode == .tabbed && state.overlays.isEmpty {
            // The queue's tab shows while it holds something (or is open).
            for pane in PaneID.allCases where pane != .moderation || state.focus == .moderation || !state.feed.moderationQueue.isEmpty {
                let label = " \(pane.number) \(pane.title) "
                x += grid.draw(label, x: x, y: 0, style: theme[pane == state.focus ? .tabActive : .tabInactive])
            }
        } else {
            x += grid.draw(" social monitoring", x: x, y: 0, style: theme[.header])
        }
        let clock = Format.shortTime(state.now, in: context.timeZone) + " "
        let clockWidth = DisplayWidth.of(clock)
        if x + clockWidth < layout.header.width {
            grid.draw(clock, x: layout.header.width - clockWidth, y: 0, style: theme[.header])
        }
    }
}

enum StatusBar {
    static func draw(state: AppState, in rect: Rect, into grid: inout CellGrid, context: ViewContext) {
        let theme = context.theme
        if let prompt = state.prompt {
            // The question and what is typed so far, with a block cursor.
            grid.fill(rect, style: theme[.statusBar])
            let x = grid.draw(" " + prompt.label, x: rect.x, y: rect.y, style: theme[.statusBar].with(.bold), clip: rect)
            let typed = grid.draw(prompt.text + "█", x: rect.x + x, y: rect.y, style: theme[.statusBar], clip: rect)
            if let error = prompt.error {
                grid.draw("  " + error, x: rect.x + x + typed, y: rect.y, style: theme[.warning], clip: rect)
            }
            return
        }
        let sep = " \(context.glyphs.separator) "
        var parts = [
            "\(state.feed.count) mentions",
            "\(state.feed.negativeCount) negative",
            "\(state.feed.pending.count) pending" + overdue(state),
            "\(state.alerts.filter { $0.isActive && !$0.isHidden }.count) active alerts",
        ]
        if let note = state.historyNote { parts.insert(note, at: 0) }
        if let others = state.team.othersText { parts.append("on: " + others) }
        if let since = state.team.offlineSince {
            parts.insert("OFFLINE since \(Format.clock(since, zone: context.timeZone)): nothing can be saved until the database answers", at: 0)
        }
        if state.importIssueCount > 0 { parts.append("\(state.importIssueCount) rows skipped") }
        if let filter = state.feed.filter { parts.append("filter: " + filter.source) }
        if !state.sourceDescription.isEmpty { parts.append("source: " + state.sourceDescription) }
        var text = " " + parts.joined(separator: sep)
        if let message = state.statusMessage { text = " " + message + sep + text }
        grid.draw(text, x: rect.x, y: rect.y, width: rect.width, style: theme[.statusBar])
    }
}

/// ", 2 overdue" when delegated items are past their follow-up date.
private func overdue(_ state: AppState) -> String {
    let count = state.feed.overdueCount(at: state.now)
    return count > 0 ? " (\(count) overdue)" : ""
}

enum Footer {
    static func draw(context keyContext: KeyContext, in rect: Rect, into grid: inout CellGrid, viewContext: ViewContext) {
        grid.fill(rect, style: viewContext.theme[.footerText])
        var x = rect.x
        for binding in viewContext.keymap.bindings(in: keyContext) where binding.inFooter {
            let key = Keymap.label(binding)
            let needed = DisplayWidth.of(key) + DisplayWidth.of(binding.help) + 3
            if x + needed > rect.maxX { break }
            x += grid.draw(" \(key) ", x: x, y: rect.y, style: viewContext.theme[.footerKey])
            x += grid.draw(" \(binding.help) ", x: x, y: rect.y, style: viewContext.theme[.footerText])
        }
    }
}

enum TooSmallView {
    static func draw(size: Size, into grid: inout CellGrid, context: ViewContext) {
        let need = Layout.minimumSize
        let lines = TextWrap.wrap("terminal too small (\(size.width)×\(size.height), need \(need.width)×\(need.height))", width: max(1, size.width))
        let top = max(0, (size.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let x = max(0, (size.width - DisplayWidth.of(line)) / 2)
            grid.draw(line, x: x, y: top + offset, style: context.theme[.warning])
        }
    }
}
