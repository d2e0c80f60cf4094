/// One screen position: a grapheme cluster and its style. A wide (2-column) cluster occupies
/// its cell and a continuation cell to its right, whose `width` is 0.
public struct Cell: Hashable, Sendable {
    public var symbol: String
    public var style: Style
    public var width: UInt8

    public init(symbol: String = " ", style: Style = .plain, width: UInt8 = 1) {
        self.symbol = symbol
        self.style = style
        self.width = width
    }

    public static let blank = Cell()
    public var isContinuation: Bool { width == 0 }
}

/// The in-memory screen every view draws into. Only the renderer talks to a backend.
public struct CellGrid: Sendable, Equatable {
    public private(set) var size: Size
    public private(set) var cells: [Cell]

    public init(size: Size, fill: Cell = .blank) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: fill, count: self.size.width * self.size.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            let rowStart = y * size.width
            for x in area.x..<area.maxX { cells[rowStart + x] = cell }
            repairWideCells(row: y, from: area.x, to: area.maxX)
        }
    }

    public mutating func fill(_ rect: Rect, style: Style) {
        fill(rect, with: Cell(symbol: " ", style: style, width: 1))
    }

    /// Draws sanitized text on one row starting at `x`, clipped to `clip` (and the screen).
    /// Returns the columns used. A wide cluster that would straddle the clip edge becomes a space.
    @discardableResult
    public mutating func draw(_ text: String, x: Int, y: Int, style: Style, clip: Rect? = nil) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        guard y >= area.y, y < area.maxY else { return 0 }
        var column = x
        let limit = area.maxX
        let rowStart = y * size.width
        let startColumn = max(x, area.x)
        TextSanitizer.forEachCluster(in: text) { cluster, width in
            if column >= limit { return false }
            if column + width > limit {
                if column >= area.x { cells[rowStart + column] = Cell(symbol: " ", style: style, width: 1) }
                column += 1
                return false
            }
            if column >= area.x {
                cells[rowStart + column] = Cell(symbol: cluster, style: style, width: UInt8(width))
                if width == 2 { cells[rowStart + column + 1] = Cell(symbol: "", style: style, width: 0) }
            } else if column + width > area.x {
                // The left half is clipped away: show a space in the visible half.
                cells[rowStart + area.x] = Cell(symbol: " ", style: style, width: 1)
            }
            column += width
            return true
        }
        let end = min(column, limit)
        if end > startColumn { repairWideCells(row: y, from: startColumn, to: end) }
        return max(0, end - startColumn)
    }

    /// Draws text padded with spaces (or truncated with `…`) to exactly `width` columns.
    @discardableResult
    public mutating func draw(_ text: String, x: Int, y: Int, width: Int, style: Style, ellipsis: Bool = true) -> Int {
        guard width > 0 else { return 0 }
        let clip = Rect(x: x, y: y, width: width, height: 1)
        let textWidth = DisplayWidth.of(text)
        if textWidth > width && ellipsis && width > 1 {
            let used = draw(text, x: x, y: y, style: style, clip: Rect(x: x, y: y, width: width - 1, height: 1))
            draw("…", x: x + used, y: y, style: style, clip: clip)
            if used + 1 < width { fill(Rect(x: x + used + 1, y: y, width: width - used - 1, height: 1), style: style) }
            return width
        }
        let used = draw(text, x: x, y: y, style: style, clip: clip)
        if used < width { fill(Rect(x: x + used, y: y, width: width - used, height: 1), style: style) }
        return width
    }

    /// Keeps wide clusters whole at the edges of a region that was just overwritten.
    private mutating func repairWideCells(row y: Int, from start: Int, to end: Int) {
        let rowStart = y * size.width
        if start > 0, start < size.width, cells[rowStart + start].isContinuation == false,
           cells[rowStart + start - 1].width == 2 {
            cells[rowStart + start - 1] = Cell(symbol: " ", style: cells[rowStart + start - 1].style, width: 1)
        }
        if start < size.width, cells[rowStart + start].isContinuation {
            cells[rowStart + start] = Cell(symbol: " ", style: cells[rowStart + start].style, width: 1)
        }
        if end < size.width, cells[rowStart + end].isContinuation {
            cells[rowStart + end] = Cell(symbol: " ", style: cells[rowStart + end].style, width: 1)
        }
    }

    /// The screen as text, one string per row (continuation cells omitted), for tests and snapshots.
    public func lines() -> [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width {
                let cell = self[x, y]
                if !cell.isContinuation { line += cell.symbol }
            }
            return line
        }
    }

    /// The rows with trailing spaces removed, joined by newlines.
    public func text() -> String {
        lines().map { line in
            var trimmed = Substring(line)
            while trimmed.last == " " { trimmed = trimmed.dropLast() }
            return String(trimmed)
        }.joined(separator: "\n")
    }
}
