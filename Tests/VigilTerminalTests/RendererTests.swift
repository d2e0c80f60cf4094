import Testing
@testable import VigilTerminal

@MainActor
@Suite struct RendererTests {
    @Test func onlyChangedCellsAreSent() {
        let backend = TestBackend(size: Size(width: 10, height: 3))
        let renderer = Renderer(backend: backend)
        var frame = CellGrid(size: backend.size)
        frame.draw("hello", x: 0, y: 0, style: .plain)
        renderer.present(frame)
        #expect(renderer.lastUpdateCount == 30)
        #expect(backend.lines()[0] == "hello     ")

        frame.draw("J", x: 0, y: 0, style: .plain)
        renderer.present(frame)
        #expect(renderer.lastUpdateCount == 1)
        #expect(backend.lines()[0] == "Jello     ")

        renderer.present(frame)
        #expect(renderer.lastUpdateCount == 0)
    }

    @Test func wideCellsSurviveDiffs() {
        let backend = TestBackend(size: Size(width: 6, height: 1))
        let renderer = Renderer(backend: backend)
        var frame = CellGrid(size: backend.size)
        frame.draw("ab", x: 0, y: 0, style: .plain)
        renderer.present(frame)
        frame.draw("日本", x: 1, y: 0, style: .plain)
        renderer.present(frame)
        #expect(backend.lines() == frame.lines())
        frame.draw("xyz", x: 2, y: 0, style: .plain)
        renderer.present(frame)
        #expect(backend.lines() == frame.lines())
    }

    @Test func resizeRedrawsEverything() {
        let backend = TestBackend(size: Size(width: 4, height: 2))
        let renderer = Renderer(backend: backend)
        renderer.present(CellGrid(size: backend.size))
        backend.resize(to: Size(width: 5, height: 2))
        renderer.present(CellGrid(size: backend.size))
        #expect(renderer.lastUpdateCount == 10)
    }

    @Test func colorDepthDetection() {
        #expect(ColorDepth.detect(environment: ["NO_COLOR": "1"], terminalColors: 256) == .none)
        #expect(ColorDepth.detect(environment: ["COLORTERM": "truecolor"], terminalColors: 256) == .trueColor)
        #expect(ColorDepth.detect(environment: [:], terminalColors: 256) == .palette256)
        #expect(ColorDepth.detect(environment: [:], terminalColors: 8) == .eight)
        #expect(Color.rgb(255, 0, 0).degraded(to: .palette256) == .indexed(196))
        #expect(Color.indexed(196).degraded(to: .sixteen) == .ansi(9))
        #expect(Color.ansi(9).degraded(to: .eight) == .ansi(1))
        #expect(Color.red.degraded(to: .none) == .default)
    }
}
