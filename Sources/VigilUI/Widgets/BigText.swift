import VigilTerminal

/// Three-row digits for counters that must read from across a room. Characters outside the
/// font (units such as "h" or "k") are drawn at normal size on the bottom row.
enum BigText {
    static let height = 3

    private static let font: [Character: [String]] = [
        "0": ["█▀█", "█ █", "▀▀▀"], "1": ["▀█ ", " █ ", "▀▀▀"], "2": ["▀▀█", "█▀▀", "▀▀▀"],
        "3": ["▀▀█", " ▀█", "▀▀▀"], "4": ["█ █", "▀▀█", "  ▀"], "5": ["█▀▀", "▀▀█", "▀▀▀"],
        "6": ["█▀▀", "█▀█", "▀▀▀"], "7": ["▀▀█", "  █", "  ▀"], "8": ["█▀█", "█▀█", "▀▀▀"],
        "9": ["█▀█", "▀▀█", "▀▀▀"], "%": ["█ ▄", " █ ", "▀ █"], ".": [" ", " ", "▀"],
        "-": ["   ", "▀▀▀", "   "], "–": ["   ", "▀▀▀", "   "], " ": [" ", " ", " "],
    ]

    /// Columns the text takes (one blank column between big characters).
    static func width(_ text: String) -> Int {
        var total = 0
        for (i, c) in text.enumerated() {
            total += (font[c]?[0].count ?? 1) + (i > 0 ? 1 : 0)
        }
        return total
    }

    /// Draws `text` with its top-left corner at (x, y). In ASCII mode every block is `#`.
    static func draw(_ text: String, x: Int, y: Int, style: Style, ascii: Bool, into grid: inout CellGrid, clip: Rect) {
        var column = x
        for (i, c) in text.enumerated() {
            if i > 0 { column += 1 }
            guard let rows = font[c] else {
                grid.draw(String(c), x: column, y: y + height - 1, style: style, clip: clip)
                column += 1
                continue
            }
            for (row, line) in rows.enumerated() {
                let shown = ascii ? String(line.map { $0 == " " ? " " : "#" }) : line
                grid.draw(shown, x: column, y: y + row, style: style, clip: clip)
            }
            column += rows[0].count
        }
    }
}
