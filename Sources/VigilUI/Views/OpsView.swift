import Foundation
import VigilCore
import VigilTerminal

/// The wall-monitor screen: big counters, a day of volume, platforms and firing alerts; a
/// critical alert turns the header into a CRISIS banner until someone acknowledges it.
/// Read-only, and cheap to draw: every figure comes from `OpsSnapshot`.
public enum OpsView {
    public static func render(_ state: AppState, context: ViewContext) -> CellGrid {
        var grid = CellGrid(size: state.size)
        draw(state, into: &grid, context: context)
        return grid
    }

    public static func draw(_ state: AppState, into grid: inout CellGrid, context: ViewContext) {
        let size = state.size
        guard size.width >= Layout.minimumSize.width, size.height >= Layout.minimumSize.height else {
            TooSmallView.draw(size: size, into: &grid, context: context)
            return
        }
        let ops = OpsSnapshot(state: state)
        let bannerHeight = ops.crisis != nil && size.height >= 30 ? 3 : 1
        let big = size.width >= 100 && size.height >= 30
        let tileHeight = big ? 6 : 4
        var y = 0
        Banner.draw(ops, state: state, in: Rect(x: 0, y: 0, width: size.width, height: bannerHeight), into: &grid, context: context)
        y += bannerHeight
        Tiles.draw(ops, big: big, in: Rect(x: 0, y: y, width: size.width, height: tileHeight), into: &grid, context: context)
        y += tileHeight
        let rest = size.height - y - 1
        let chartHeight = max(5, rest * 45 / 100)
        Chart.draw(state, ops: ops, in: Rect(x: 0, y: y, width: size.width, height: chartHeight), into: &grid, context: context)
        y += chartHeight
        let bottom = Rect(x: 0, y: y, width: size.width, height: size.height - 1 - y)
        let rotates = size.width >= 200 && size.height >= 50
        let platformWidth = max(30, size.width / (rotates ? 4 : 3))
        Platforms.draw(ops, in: Rect(x: 0, y: bottom.y, width: platformWidth, height: bottom.height), into: &grid, context: context)
        let rotatingWidth = rotates ? size.width / 3 : 0
        let alertsRect = Rect(x: platformWidth, y: bottom.y, width: size.width - platformWidth - rotatingWidth, height: bottom.height)
        AlertList.draw(ops, in: alertsRect, into: &grid, context: context)
        if rotates {
            Rotating.draw(state, ops: ops, in: Rect(x: alertsRect.maxX, y: bottom.y, width: rotatingWidth, height: bottom.height), into: &grid, context: context)
        }
        // From the keymap, so rebound keys are shown as they are.
        func keys(_ action: Action) -> String {
            context.keymap.bindings(in: .ops).first { $0.action == action }.map { Keymap.label($0) } ?? "?"
        }
        let sep = context.glyphs.separator
        let hint = state.opsOnly ? " \(keys(.back)) quit" : " \(keys(.ops)) back to the dashboard \(sep) \(keys(.quitNow)) quit"
        let updated = " \(context.glyphs.separator) refreshes every second \(context.glyphs.separator) source: \(state.sourceDescription)"
        let offline = state.team.offlineSince.map { "OFFLINE since \(Format.clock($0, zone: context.timeZone))" }
        let message = [offline, state.statusMessage, state.historyNote].compactMap { $0.map { " \($0) \(sep)" } }.joined()
        grid.draw(message + hint + updated, x: 0, y: size.height - 1, width: size.width, style: context.theme[.statusBar])
    }

    static func percent(_ share: Double?) -> String {
        guard let share else { return "–" }
        return "\(Int((share * 100).rounded()))%"
    }

    enum Banner {
        static func draw(_ ops: OpsSnapshot, state: AppState, in rect: Rect, into grid: inout CellGrid, context: ViewContext) {
            let theme = context.theme
            let clock = (ops.isReplay ? "replay, as of " : "") + Format.shortTime(ops.asOf, in: context.timeZone) + " "
            if let crisis = ops.crisis {
                let style = theme[.severityCritical]
                grid.fill(rect, style: style)
                let marker = context.glyphs == .ascii ? "!!!" : "███"
                let ended = crisis.state == .resolved ? crisis.endedAt.map { " \(context.glyphs.separator) ended \(Format.shortTime($0, in: context.timeZone))" } ?? "" : ""
                let text = " \(marker) CRISIS \(marker) \(crisis.title): \(crisis.summary) \(context.glyphs.separator) since \(Format.shortTime(crisis.startedAt, in: context.timeZone))\(ended) \(context.glyphs.separator) not acknowledged"
                let middle = rect.y + rect.height / 2
                grid.draw(text, x: rect.x, y: middle, width: rect.width - DisplayWidth.of(clock), style: style)
                grid.draw(clock, x: rect.maxX - DisplayWidth.of(clock), y: middle, style: style)
                return
            }
            grid.fill(rect, style: theme[.header])
            var x = grid.draw(" Vigil OPS ", x: 0, y: rect.y, style: theme[.headerAccent])
            let calm = ops.alerts.isEmpty ? " all quiet" : " \(ops.alerts.count) alert\(ops.alerts.count == 1 ? "" : "s") firing"
            x += grid.draw(calm, x: x, y: rect.y, style: theme[.header])
            if x + DisplayWidth.of(clock) < rect.width {
                grid.draw(clock, x: rect.maxX - DisplayWidth.of(clock), y: rect.y, style: theme[.header])
            }
        }
    }

    enum Tiles {
        static func draw(_ ops: OpsSnapshot, big: Bool, in rect: Rect, into grid: inout CellGrid, context: ViewContext) {
            let theme = context.theme
            let weekly: String
            if let previous = ops.sameHourLastWeek {
                let change = ops.weekOnWeekChange.map { String(format: " (%+d%%)", Int(($0 * 100).rounded())) } ?? ""
                weekly = "same hour last week: \(previous)\(change)"
            } else {
                weekly = "last 24 h: \(ops.lastDay)"
            }
            let share = ops.negativeShare
            var tiles: [(title: String, value: String, detail: String, style: Style)] = [
                ("Mentions, last hour", String(ops.lastHour), weekly, theme[.text]),
                ("Negative, last hour", percent(share), "\(ops.negativeLastHour) of \(ops.lastHour) \(context.glyphs.separator) 24 h: \(percent(ops.lastDay > 0 ? Double(ops.negativeLastDay) / Double(ops.lastDay) : nil))",
                 (share ?? 0) >= 0.4 ? theme[.negative] : theme[.text]),
                ("Pending replies", String(ops.pending), ops.overdue > 0 ? "\(ops.overdue) overdue" : "none overdue", ops.overdue > 0 ? theme[.warning] : theme[.text]),
                ("Oldest pending", ops.oldestPendingAge.map(Format.age) ?? "–", ops.pending == 0 ? "queue empty" : "waiting for a reply",
                 (ops.oldestPendingAge ?? 0) >= 4 * 3600 ? theme[.warning] : theme[.text]),
            ]
            // The moderation tile where five fit; else its count goes with the pending replies.
            if rect.width >= 140 {
                tiles.append(("Held for review", String(ops.heldForReview), "\(ops.hiddenToday) hidden in 24 h", ops.heldForReview > 0 ? theme[.warning] : theme[.text]))
            } else if ops.heldForReview > 0 {
                tiles[2].detail += " \(context.glyphs.separator) \(ops.heldForReview) held"
            }
            let width = rect.width / tiles.count
            for (index, tile) in tiles.enumerated() {
                let box = Rect(x: rect.x + index * width, y: rect.y, width: index == tiles.count - 1 ? rect.width - index * width : width, height: rect.height)
                Box.draw(box, title: tile.title, focused: false, into: &grid, context: context)
                let inner = Rect(x: box.x + 1, y: box.y + 1, width: box.width - 2, height: box.height - 2)
                if big && BigText.width(tile.value) + 2 <= inner.width {
                    BigText.draw(tile.value, x: inner.x + 1, y: inner.y, style: tile.style.with(.bold), ascii: context.glyphs == .ascii, into: &grid, clip: inner)
                    grid.draw(" " + tile.detail, x: inner.x, y: inner.y + BigText.height, width: inner.width, style: theme[.muted])
                } else {
                    grid.draw(" " + tile.value, x: inner.x, y: inner.y, width: inner.width, style: tile.style.with(.bold))
                    grid.draw(" " + tile.detail, x: inner.x, y: inner.y + 1, width: inner.width, style: theme[.muted])
                }
            }
        }
    }

    enum Chart {
        static func draw(_ state: AppState, ops: OpsSnapshot, in rect: Rect, into grid: inout CellGrid, context: ViewContext) {
            let inner = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 2)
            let axisWidth = 6
            let plotWidth = max(1, inner.width - axisWidth)
            // 288 five-minute periods make a day; wider periods when the screen is narrower.
            let perBar = (288 + plotWidth - 1) / plotWidth
            let bars = 288 / perBar
            let minutes = perBar * 5
            let negativeGlyph = context.glyphs == .ascii ? "x" : "▓"
            Box.draw(rect, title: "Volume, last 24 h \(context.glyphs.separator) \(minutes)-min bars \(context.glyphs.separator) \(negativeGlyph) negative", focused: false, into: &grid, context: context)
            let series = state.feed.volume.series(endingAt: ops.asOf, periods: bars, minutes: minutes)
            // Right-aligned, so "now" is always at the right edge.
            let plot = Rect(x: inner.maxX - bars, y: inner.y, width: bars, height: inner.height - 1)
            let axisX = plot.x - axisWidth
            VolumeChart.draw(series, in: plot, into: &grid, context: context)
            let peak = series.map { Int($0.total) }.max() ?? 0
            let muted = context.theme[.muted]
            grid.draw(String(Format.compact(peak)).leftPadded(to: axisWidth - 1), x: axisX, y: inner.y, style: muted)
            grid.draw("0".leftPadded(to: axisWidth - 1), x: axisX, y: plot.maxY - 1, style: muted)
            // Time labels under the bars: the start, the middle and now.
            let labelY = inner.maxY - 1
            let start = ops.asOf.addingTimeInterval(-86_400)
            grid.draw(Format.shortTime(start, in: context.timeZone), x: plot.x, y: labelY, style: muted, clip: inner)
            let middle = Format.shortTime(ops.asOf.addingTimeInterval(-43_200), in: context.timeZone)
            grid.draw(middle, x: plot.x + bars / 2 - DisplayWidth.of(middle) / 2, y: labelY, style: muted, clip: inner)
            let end = Format.shortTime(ops.asOf, in: context.timeZone)
            grid.draw(end, x: plot.x + bars - DisplayWidth.of(end), y: labelY, style: muted, clip: inner)
        }
    }

    enum Platforms {
        static func draw(_ ops: OpsSnapshot, in rect: Rect, into grid: inout CellGrid, context: ViewContext) {
            Box.draw(rect, title: "Platforms, last hour / 24 h", focused: false, into: &grid, context: context)
            let inner = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 2)
            guard inner.height > 0 else { return }
            if ops.platforms.isEmpty {
                grid.draw(" no mentions in the last 24 h", x: inner.x, y: inner.y, width: inner.width, style: context.theme[.muted])
                return
            }
            let peak = max(1, ops.platforms.map(\.lastDay).max() ?? 1)
            let barWidth = max(0, inner.width - 26)
            for (row, entry) in ops.platforms.prefix(inner.height).enumerated() {
                let name = entry.platform.displayName.padded(to: 10)
                let counts = "\(Format.compact(entry.lastHour).leftPadded(to: 5)) \(Format.compact(entry.lastDay).leftPadded(to: 6)) "
                var x = grid.draw(" " + name + counts, x: inner.x, y: inner.y + row, style: context.theme[.text], clip: inner)
                let length = barWidth * entry.lastDay / peak
                if length > 0 {
                    x += grid.draw(String(repeating: context.glyphs == .ascii ? "=" : "■", count: length), x: inner.x + x, y: inner.y + row, style: context.theme[.link].with([]), clip: inner)
                }
            }
        }
    }

    enum AlertList {
        static func draw(_ ops: OpsSnapshot, in rect: Rect, into grid: inout CellGrid, context: ViewContext) {
            Box.draw(rect, title: "Firing alerts (\(ops.alerts.count))", focused: ops.crisis != nil, into: &grid, context: context)
            let inner = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 2)
            guard inner.height > 0 else { return }
            if ops.alerts.isEmpty {
                grid.draw(" No alert is firing.", x: inner.x, y: inner.y, width: inner.width, style: context.theme[.muted])
                return
            }
            var y = inner.y
            for alert in ops.alerts {
                guard y < inner.maxY else { break }
                let label = " \(alert.severity.name.uppercased().padded(to: 8)) "
                var x = grid.draw(label, x: inner.x, y: y, style: context.theme.severity(alert.severity), clip: inner)
                let owner = alert.acknowledgement.map { " (ack \($0.by))" } ?? ""
                x += grid.draw(" " + Format.shortTime(alert.startedAt, in: context.timeZone) + " ", x: inner.x + x, y: y, style: context.theme[.muted], clip: inner)
                grid.draw(alert.title + owner, x: inner.x + x, y: y, width: inner.width - x, style: context.theme[.text].with(.bold))
                y += 1
                // The summary on its own line while every alert after this one still gets its title.
                let after = ops.alerts.count - (ops.alerts.firstIndex(of: alert)! + 1)
                if inner.maxY - (y + 1) >= after, y < inner.maxY {
                    grid.draw("   " + alert.summary, x: inner.x, y: y, width: inner.width, style: context.theme[.text])
                    y += 1
                }
            }
        }
    }

    /// On large screens, a third panel that changes every 15 seconds.
    enum Rotating {
        static let period = 15

        /// The newest negative items, newest first; stops once `limit` are found (or after a
        /// bounded look-back).
        static func latestNegative(_ state: AppState, limit: Int) -> [Int32] {
            var found: [Int32] = []
            for index in state.feed.timeline.prefix(20_000) where state.feed.row(at: index).label == .negative {
                guard found.count < limit else { break }
                found.append(index)
            }
            return found
        }

        static func draw(_ state: AppState, ops: OpsSnapshot, in rect: Rect, into grid: inout CellGrid, context: ViewContext) {
            let panel = state.ticks / period % 2
            let inner = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 2)
            let rows: [Int32]
            if panel == 0 {
                Box.draw(rect, title: "Oldest pending replies", focused: false, into: &grid, context: context)
                rows = Array(state.feed.pendingAll.prefix(inner.height))
            } else {
                Box.draw(rect, title: "Latest negative mentions", focused: false, into: &grid, context: context)
                rows = latestNegative(state, limit: inner.height)
            }
            for (row, mention) in state.feed.mentions(at: rows).enumerated() {
                let age = Format.age(ops.asOf.timeIntervalSince(mention.createdAt)).leftPadded(to: 4)
                let line = " \(age) \(mention.platform.shortName.padded(to: 2)) @\(mention.author.handle.padded(to: 14)) \(mention.text)"
                grid.draw(line, x: inner.x, y: inner.y + row, width: inner.width, style: context.theme[.text])
            }
        }
    }
}
