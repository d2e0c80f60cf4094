/// Reads the bundled `word<TAB>value` lexicon texts on their UTF-8 bytes: at start-up this is
/// most of what scoring the first line costs, and splitting on `Character`s took ten times longer.
enum LexiconText {
    /// Calls `body` with each line's key and the text after its first tab.
    static func forEachLine(_ text: String, _ body: (Substring, Substring) -> Void) {
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var tab: String.Index?
        var index = lineStart
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x09 && tab == nil {
                tab = index
            } else if byte == 0x0A {
                if let tab { body(text[lineStart..<tab], text[utf8.index(after: tab)..<index]) }
                lineStart = utf8.index(after: index)
                tab = nil
            }
            index = utf8.index(after: index)
        }
        if let tab, lineStart != utf8.endIndex { body(text[lineStart..<tab], text[utf8.index(after: tab)..<utf8.endIndex]) }
    }

    /// `word<TAB>number` lines into a dictionary (lines whose value is not a number are skipped).
    static func valences(_ text: String, into valences: inout [String: Double]) {
        forEachLine(text) { key, value in
            if let number = Double(value) { valences[String(key)] = number }
        }
    }
}
