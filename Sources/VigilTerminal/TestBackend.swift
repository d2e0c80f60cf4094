/// An in-memory terminal for tests and benchmarks: applies updates to its own grid and
/// replays scripted keys.
@MainActor
public final class TestBackend: Backend {
    public private(set) var screen: CellGrid
    public private(set) var cellsWritten = 0
    public private(set) var flushes = 0
    public var pendingKeys: [Key] = []

    public init(size: Size) {
        screen = CellGrid(size: size)
    }

    public var size: Size { screen.size }

    public func resize(to size: Size) {
        screen = CellGrid(size: size)
        pendingKeys.append(.resize)
    }

    public func clear() {
        screen = CellGrid(size: screen.size)
    }

    public func apply(_ updates: [CellUpdate]) {
        for update in updates where update.x < screen.size.width && update.y < screen.size.height {
            screen[update.x, update.y] = update.cell
            if update.cell.width == 2 && update.x + 1 < screen.size.width {
                screen[update.x + 1, update.y] = Cell(symbol: "", style: update.cell.style, width: 0)
            }
        }
        cellsWritten += updates.count
    }

    public func flush() { flushes += 1 }

    public func readKey(timeoutMilliseconds: Int) -> Key? {
        pendingKeys.isEmpty ? nil : pendingKeys.removeFirst()
    }

    public func lines() -> [String] { screen.lines() }
    public func text() -> String { screen.text() }
}
