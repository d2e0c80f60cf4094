/// Sends each frame to a backend, only the cells that changed since the last one.
@MainActor
public final class Renderer {
    public let backend: any Backend
    private var previous: CellGrid?
    public private(set) var lastUpdateCount = 0

    public init(backend: any Backend) {
        self.backend = backend
    }

    /// Forces the next frame to be drawn in full.
    public func invalidate() { previous = nil }

    public func present(_ frame: CellGrid) {
        var updates: [CellUpdate] = []
        if let previous, previous.size == frame.size {
            let width = frame.size.width
            var index = 0
            for y in 0..<frame.size.height {
                for x in 0..<width {
                    let cell = frame.cells[index]
                    if cell != previous.cells[index] && !cell.isContinuation {
                        updates.append(CellUpdate(x: x, y: y, cell: cell))
                    } else if cell.isContinuation && cell != previous.cells[index] {
                        // The wide lead to the left carries it; make sure the lead is sent.
                        if x > 0 && frame.cells[index - 1] == previous.cells[index - 1] {
                            updates.append(CellUpdate(x: x - 1, y: y, cell: frame.cells[index - 1]))
                        }
                    }
                    index += 1
                }
            }
        } else {
            backend.clear()
            updates.reserveCapacity(frame.cells.count)
            for y in 0..<frame.size.height {
                for x in 0..<frame.size.width {
                    let cell = frame[x, y]
                    if !cell.isContinuation { updates.append(CellUpdate(x: x, y: y, cell: cell)) }
                }
            }
        }
        lastUpdateCount = updates.count
        if !updates.isEmpty { backend.apply(updates) }
        backend.flush()
        previous = frame
    }
}
