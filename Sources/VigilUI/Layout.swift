import VigilTerminal

/// Where everything goes for a terminal size. Pure: views and `update` both ask it.
public struct Layout: Equatable, Sendable {
    public enum Mode: Equatable, Sendable {
        /// Four panes in a 2×2 grid.
        case grid
        /// One pane at a time with a tab bar (narrow terminals).
        case tabbed
        case tooSmall
    }

    public static let minimumSize = Size(width: 40, height: 10)
    /// Narrower than this (or shorter than `gridMinimumHeight`), panes are tabbed.
    public static let gridMinimumWidth = 100
    public static let gridMinimumHeight = 24

    public var mode: Mode
    public var header: Rect
    public var body: Rect
    public var statusBar: Rect
    public var footer: Rect
    /// Each visible pane's box (all four in grid mode, the focused one when tabbed; the
    /// moderation queue alone, over the whole body, while it is focused).
    public var panes: [PaneID: Rect]

    public init(size: Size, focus: PaneID) {
        let width = size.width, height = size.height
        header = Rect(x: 0, y: 0, width: width, height: 1)
        statusBar = Rect(x: 0, y: height - 2, width: width, height: 1)
        footer = Rect(x: 0, y: height - 1, width: width, height: 1)
        body = Rect(x: 0, y: 1, width: width, height: height - 3)
        if width < Layout.minimumSize.width || height < Layout.minimumSize.height {
            mode = .tooSmall
            panes = [:]
        } else if focus == .moderation {
            mode = width >= Layout.gridMinimumWidth && height >= Layout.gridMinimumHeight ? .grid : .tabbed
            panes = [.moderation: body]
        } else if width >= Layout.gridMinimumWidth && height >= Layout.gridMinimumHeight {
            mode = .grid
            let leftWidth = width / 2
            let topHeight = body.height / 2
            panes = [
                .mentions: Rect(x: 0, y: body.y, width: leftWidth, height: topHeight),
                .comments: Rect(x: leftWidth, y: body.y, width: width - leftWidth, height: topHeight),
                .pending: Rect(x: 0, y: body.y + topHeight, width: leftWidth, height: body.height - topHeight),
                .alerts: Rect(x: leftWidth, y: body.y + topHeight, width: width - leftWidth, height: body.height - topHeight),
            ]
        } else {
            mode = .tabbed
            panes = [focus: body]
        }
    }

    /// The list area inside a pane's box: below the border and the column header row.
    public static func listArea(of box: Rect) -> Rect {
        Rect(x: box.x + 1, y: box.y + 2, width: box.width - 2, height: box.height - 3)
    }

    /// How many list rows the pane shows now (used for paging and keeping the cursor visible).
    public static func listHeight(for state: AppState, pane: PaneID? = nil) -> Int {
        let layout = Layout(size: state.size, focus: state.focus)
        let box = layout.panes[pane ?? state.focus] ?? layout.body
        return max(1, listArea(of: box).height)
    }
}
