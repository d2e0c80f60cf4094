import VigilTerminal

/// A bordered box with a title in its top edge.
enum Box {
    static func draw(_ rect: Rect, title: String, focused: Bool, into grid: inout CellGrid, context: ViewContext) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let g = context.glyphs
        let border = context.theme[focused ? .borderFocused : .border]
        let horizontal = String(repeating: g.horizontal, count: rect.width - 2)
        grid.draw(g.topLeft + horizontal + g.topRight, x: rect.x, y: rect.y, style: border, clip: rect)
        grid.draw(g.bottomLeft + horizontal + g.bottomRight, x: rect.x, y: rect.maxY - 1, style: border, clip: rect)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            grid.draw(g.vertical, x: rect.x, y: y, style: border)
            grid.draw(g.vertical, x: rect.maxX - 1, y: y, style: border)
        }
        let titleStyle = context.theme[focused ? .titleFocused : .title]
        let titleClip = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: 1)
        grid.draw(" \(title) ", x: rect.x + 2, y: rect.y, style: titleStyle, clip: titleClip)
    }
}
