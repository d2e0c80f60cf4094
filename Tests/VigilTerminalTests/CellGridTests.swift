import Testing
@testable import VigilTerminal

@Suite struct CellGridTests {
    @Test func drawingClipsToTheRectangle() {
        var grid = CellGrid(size: Size(width: 12, height: 2))
        let used = grid.draw("hello world", x: 2, y: 0, style: .plain, clip: Rect(x: 2, y: 0, width: 5, height: 1))
        #expect(used == 5)
        #expect(grid.lines()[0] == "  hello     ")
        // Outside the clip's rows nothing is drawn.
        #expect(grid.draw("x", x: 0, y: 1, style: .plain, clip: Rect(x: 0, y: 0, width: 5, height: 1)) == 0)
        #expect(grid.lines()[1] == String(repeating: " ", count: 12))
    }

    @Test func drawingOffScreenIsSafe() {
        var grid = CellGrid(size: Size(width: 4, height: 1))
        grid.draw("abcdef", x: 2, y: 0, style: .plain)
        grid.draw("zz", x: -1, y: 0, style: .plain)
        grid.draw("q", x: 0, y: 5, style: .plain)
        #expect(grid.lines() == ["z ab"])
    }

    @Test func wideClusterAtClipEdgeBecomesSpace() {
        var grid = CellGrid(size: Size(width: 5, height: 1))
        let used = grid.draw("ab日", x: 0, y: 0, style: .plain, clip: Rect(x: 0, y: 0, width: 3, height: 1))
        #expect(used == 3)
        #expect(grid.lines()[0] == "ab   ")
    }

    @Test func overwritingHalfAWideClusterRepairsIt() {
        var grid = CellGrid(size: Size(width: 6, height: 1))
        grid.draw("日本語", x: 0, y: 0, style: .plain)
        #expect(grid.lines()[0] == "日本語")
        grid.draw("x", x: 1, y: 0, style: .plain)  // the right half of 日
        #expect(grid.lines()[0] == " x本語")
        grid.draw("y", x: 2, y: 0, style: .plain)  // the left half of 本
        #expect(grid.lines()[0] == " xy 語")
    }

    @Test func paddedDrawTruncatesWithEllipsis() {
        var grid = CellGrid(size: Size(width: 8, height: 1))
        grid.draw("abcdefghij", x: 0, y: 0, width: 6, style: .plain)
        #expect(grid.lines()[0] == "abcde…  ")
    }
}
