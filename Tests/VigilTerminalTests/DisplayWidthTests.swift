import Testing
@testable import VigilTerminal

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("é", 1),                        // precomposed
        ("e\u{301}", 1),                 // e + combining acute
        ("日本語", 6),
        ("👍", 2),
        ("👍🏽", 2),                      // skin tone collapsed to the base emoji
        ("👨‍👩‍👧", 2),                      // ZWJ family collapsed to its first person
        ("🇪🇸", 2),                       // flag kept whole
        ("❤️", 1),                        // VS16 dropped: glibc and tmux both say 1
        ("한국어", 6),                    // precomposed Hangul
        ("\u{1112}\u{1161}\u{11AB}", 2), // conjoining jamo form one 2-column syllable
        ("abc", 3),
    ])
    func widthMatchesTerminal(text: String, expected: Int) {
        #expect(DisplayWidth.of(text) == expected)
    }

    @Test func rowsNeverShiftAfterTrickyClusters() {
        let samples = ["é", "e\u{301}", "日本語", "👍", "👍🏽", "👨‍👩‍👧", "🇪🇸", "❤️", "한국어"]
        for sample in samples {
            var grid = CellGrid(size: Size(width: 20, height: 1))
            let used = grid.draw(sample, x: 0, y: 0, style: .plain)
            grid.draw("|", x: used, y: 0, style: .plain)
            // The marker sits exactly where the width says, and the row holds 20 columns.
            #expect(grid[used, 0].symbol == "|", "after \(sample)")
            let columns = (0..<20).reduce(0) { $0 + (grid[$1, 0].isContinuation ? 0 : Int(grid[$1, 0].width)) }
            #expect(columns == 20, "row width after \(sample)")
        }
    }
}
