/// Rows in COPY's text format: fields separated by tabs, rows by newlines, NULL as `\N`, and
/// backslash, tab, newline and carriage return escaped, so any text a stranger posts arrives
/// as it was written.
struct CopyBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    private var atRowStart = true

    mutating func field(_ value: String?) {
        if !atRowStart { bytes.append(9) }
        atRowStart = false
        guard var value else {
            bytes.append(92); bytes.append(78)  // \N
            return
        }
        value.withUTF8 { append(escaping: $0) }
    }

    private mutating func append(escaping utf8: UnsafeBufferPointer<UInt8>) {
        // Most fields need no escape: copied whole.
        if !utf8.contains(where: { $0 < 14 || $0 == 92 }) {
            bytes.append(contentsOf: utf8)
            return
        }
        for byte in utf8 {
            switch byte {
            case 92: bytes.append(92); bytes.append(92)
            case 9: bytes.append(92); bytes.append(116)
            case 10: bytes.append(92); bytes.append(110)
            case 13: bytes.append(92); bytes.append(114)
            case 0: continue  // PostgreSQL text cannot hold NUL
            default: bytes.append(byte)
            }
        }
    }

    mutating func field(_ value: Int?) { field(value.map(String.init)) }
    mutating func field(_ value: Double?) { field(value.map { "\($0)" }) }

    /// Folded words (`SearchWords.folded`: letters and digits, single spaces) of `parts`, in
    /// order, as a `tsvector` literal with their positions ("kettle:1 lid:2"): what
    /// `to_tsvector('simple', …)` would make of them, without the server parsing the text again
    /// (a third of an import's time on the server). Positions stop at PostgreSQL's limit.
    mutating func lexemes(_ parts: String...) {
        if !atRowStart { bytes.append(9) }
        atRowStart = false
        var position = 0
        var wrote = false
        for var part in parts {
            part.withUTF8 { utf8 in
                var start = 0
                while start < utf8.count {
                    var end = start
                    while end < utf8.count, utf8[end] != 32 { end += 1 }
                    if end > start {
                        position = min(position + 1, 16_383)
                        if wrote { bytes.append(32) }
                        wrote = true
                        lexeme(UnsafeBufferPointer(rebasing: utf8[start..<end]))
                        bytes.append(58)  // :
                        appendDigits(position)
                    }
                    start = end + 1
                }
            }
        }
    }

    /// One word of the literal. Bare when it is ASCII letters and digits or other scripts'
    /// bytes (what folding leaves, nearly always); else quoted, as a grapheme that begins with a
    /// letter may carry anything after it (`'` and `\` doubled, then escaped for COPY). Cut to
    /// PostgreSQL's 2,046 bytes at a character's edge.
    private mutating func lexeme(_ word: UnsafeBufferPointer<UInt8>) {
        var count = word.count
        if count > 2046 {
            count = 2046
            while count > 0, word[count] & 0xC0 == 0x80 { count -= 1 }  // not inside a character
        }
        let word = UnsafeBufferPointer(rebasing: word[0..<count])
        let bare = !word.contains { byte in
            byte < 0x80 && !((byte >= 48 && byte <= 57) || (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90))
        }
        if bare {
            bytes.append(contentsOf: word)
            return
        }
        var quoted: [UInt8] = [39]
        for byte in word where byte != 0 {
            if byte == 39 || byte == 92 { quoted.append(byte) }
            quoted.append(byte)
        }
        quoted.append(39)
        quoted.withUnsafeBufferPointer { append(escaping: $0) }
    }

    private mutating func appendDigits(_ value: Int) {
        if value >= 10 { appendDigits(value / 10) }
        bytes.append(UInt8(48 + value % 10))
    }

    /// Rows ended so far.
    private(set) var rows = 0

    mutating func endRow() {
        rows += 1
        bytes.append(10)
        atRowStart = true
    }
}
