import VigilTerminal

/// Vertical bars of mentions per period, the negative part of each bar drawn in its own
/// character and colour so it reads without colour too.
enum VolumeChart {
    static let eighths: [String] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    static func draw(_ series: [VolumeHistory.Bucket], in rect: Rect, into grid: inout CellGrid, context: ViewContext) {
        guard rect.width > 0, rect.height > 0 else { return }
        let peak = max(1, series.map { Int($0.total) }.max() ?? 1)
        let ascii = context.glyphs == .ascii
        let bar = context.theme[.neutral], negative = context.theme[.negative]
        let cellHeight = rect.height * 8
        let full = Cell(symbol: ascii ? "#" : "█", style: bar, width: 1)
        let negativeCell = Cell(symbol: ascii ? "x" : "▓", style: negative, width: 1)
        let partials: [Cell] = (0...8).map { level in
            let symbol = ascii ? (level == 0 ? " " : (level >= 4 ? "#" : ".")) : eighths[level]
            return Cell(symbol: symbol, style: bar, width: 1)
        }
        for (offset, bucket) in series.prefix(rect.width).enumerated() {
            let total = Int(bucket.total)
            guard total > 0 else { continue }
            // At least one eighth for any mention, so a quiet period is not mistaken for none.
            let height = max(1, (total * cellHeight + peak / 2) / peak)
            // Whole cells only (the negative glyph has no partial heights): rounded to the nearest.
            // At least one cell when there is any negative and the bar has a whole cell.
            var negativeRows = (Int(bucket.negative) * cellHeight / peak + 4) / 8
            if bucket.negative > 0 && height >= 8 { negativeRows = max(1, negativeRows) }
            negativeRows = min(negativeRows, height / 8)
            let x = rect.x + offset
            for row in 0..<rect.height {
                let level = min(8, max(0, height - row * 8))
                if level == 0 { break }
                let y = rect.maxY - 1 - row
                guard y >= 0, y < grid.size.height, x >= 0, x < grid.size.width else { continue }
                grid[x, y] = row < negativeRows ? negativeCell : (level == 8 ? full : partials[level])
            }
        }
    }
}
