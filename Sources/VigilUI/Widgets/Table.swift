import VigilTerminal

/// A column of a pane's list. Width 0 takes the remaining space.
struct Column {
    var title: String
    var width: Int
    var alignRight = false
}

/// A cell of one row: text and its style when the row is not selected.
struct TableCell {
    var text: String
    var style: Style
}

/// Draws a list with a header row, only the visible rows, and the selection highlighted.
enum Table {
    static func draw(
        area: Rect, columns: [Column], count: Int, cursor: ListCursor, focused: Bool,
        into grid: inout CellGrid, context: ViewContext, row: (Int) -> [TableCell]
    ) {
        guard area.height >= 1, area.width >= 1 else { return }
        let widths = resolve(columns, totalWidth: area.width)
        var x = area.x
        for (column, width) in zip(columns, widths) where width > 0 {
            grid.draw(align(column.title, width: width, right: column.alignRight), x: x, y: area.y - 1, width: width, style: context.theme[.label])
            x += width + 1
        }
        let visible = min(area.height, max(0, count - cursor.offset))
        for line in 0..<visible {
            let index = cursor.offset + line
            let y = area.y + line
            let selected = index == cursor.selected
            let rowStyle: Style? = selected ? context.theme[focused ? .selected : .selectedUnfocused] : nil
            if let rowStyle { grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: rowStyle) }
            let cells = row(index)
            var x = area.x
            for ((column, width), cell) in zip(zip(columns, widths), cells) where width > 0 {
                var style = rowStyle ?? cell.style
                if selected { style.attributes.formUnion(cell.style.attributes.intersection(.bold)) }
                grid.draw(align(cell.text, width: width, right: column.alignRight), x: x, y: y, width: width, style: style)
                x += width + 1
            }
        }
    }

    /// Column widths for the space available: fixed columns first, the flexible one takes the rest;
    /// columns that do not fit are dropped from the right.
    static func resolve(_ columns: [Column], totalWidth: Int) -> [Int] {
        var widths = columns.map(\.width)
        var used = 0
        for (index, width) in widths.enumerated() where width > 0 {
            if used + width + 1 > totalWidth { widths[index] = -1; continue }
            used += width + 1
        }
        let remaining = totalWidth - used
        return widths.map { $0 == 0 ? max(0, remaining) : max(0, $0) }
    }

    private static func align(_ text: String, width: Int, right: Bool) -> String {
        right ? text.leftPadded(to: width) : text
    }
}
