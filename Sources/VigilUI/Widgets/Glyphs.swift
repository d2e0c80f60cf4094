/// Line-drawing characters, with an ASCII set for terminals and fonts without them.
public struct Glyphs: Sendable, Equatable {
    public var horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: String
    public var ellipsis: String
    public var verified: String
    public var separator: String
    /// Marks high-priority items in lists.
    public var highPriority: String
    public var done: String
    public var delegated: String
    /// Marks an item someone else is working on (`✎ ana`).
    public var claim: String = "✎"

    public static let unicode = Glyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", ellipsis: "…", verified: "✓", separator: "·", highPriority: "↑", done: "✓", delegated: "→")
    public static let ascii = Glyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", ellipsis: "~", verified: "v", separator: "|", highPriority: "^", done: "v", delegated: ">", claim: "*")
}
