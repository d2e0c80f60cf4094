import Foundation
import Testing
import VigilCore

@Suite struct StandardStreamTests {
    @Test func fixedDecimalsMatchPrintfForRoundedScores() {
        var generator = SeededGenerator(seed: 7)
        for decimals in [3, 4] {
            // Scores are rounded to 4 (compound) or 3 decimals before they are printed.
            let scale = decimals == 3 ? 1000.0 : 10000.0
            var values: [Double] = [0, -0.0, 1, -1, 0.05, -0.05, 0.5, 0.999, -0.001, 0.001, 123.456, 0.1, 0.7]
            for _ in 0..<5000 { values.append(Double(Int(generator.next() % 20001)) / scale - 1) }
            for value in values {
                var out = OutputBuffer(descriptor: -1)
                out.append(fixed: value, decimals: decimals)
                let expected = String(format: "%.\(decimals)f", value)
                // printf keeps the sign of a negative zero ("-0.0000"); a score of -0 is 0.
                #expect(String(decoding: out.bytes, as: UTF8.self) == (expected.hasPrefix("-0.000") && Double(expected) == 0 ? String(expected.dropFirst()) : expected),
                        "\(value) with \(decimals)")
            }
        }
    }

    @Test func linesAreReadInBlocksWithAnyEnding() throws {
        let text = "first\nsecond\r\n\nünïcödé 😀\n" + String(repeating: "x", count: 200) + "\nlast without newline"
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let bytes = Array(text.utf8)
        let writeEnd = fds[1]
        let writer = Thread {
            bytes.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count { offset += max(0, write(writeEnd, raw.baseAddress! + offset, min(7, raw.count - offset))) }
            }
            close(writeEnd)
        }
        writer.start()
        var lines: [String] = []
        // A block smaller than one line: the reader must grow and carry lines over.
        LineReader(descriptor: fds[0], blockSize: 16).forEachLine { lines.append(String(decoding: $0, as: UTF8.self)) }
        close(fds[0])
        #expect(lines == ["first", "second", "", "ünïcödé 😀", String(repeating: "x", count: 200), "last without newline"])
    }
}
