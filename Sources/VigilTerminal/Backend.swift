/// One cell to send to the terminal.
public struct CellUpdate: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var cell: Cell

    public init(x: Int, y: Int, cell: Cell) {
        self.x = x
        self.y = y
        self.cell = cell
    }
}

/// The little a terminal must do for Vigil: report its size, take changed cells, and read keys.
@MainActor
public protocol Backend: AnyObject {
    var size: Size { get }
    /// Forget what is on screen (after a resize) so the next frame is drawn whole.
    func clear()
    func apply(_ updates: [CellUpdate])
    func flush()
    /// The next key, waiting at most `timeoutMilliseconds`; nil on timeout.
    func readKey(timeoutMilliseconds: Int) -> Key?
}
