/// Splits text into words for rule matching, folding case and accents on the UTF-8 bytes:
/// "Rückruf", "RUCKRUF" and "rückruf" are the same word; "¿Retirada?" holds "retirada".
///
/// Words are runs of letters, digits and `_`; everything else separates them. Each emoji or
/// symbol (☹, ⚠, 🔥) is a word of its own, so rules can match them too. A word right after
/// `#` is a hashtag and one after `@` an at-mention (which may contain `.` and `-`, as
/// Bluesky handles do). Scripts without case (CJK) keep their bytes.
public struct FoldedText: Sendable {
    public struct Token: Sendable, Hashable {
        public var hash: UInt64
        public var start: Int32
        public var end: Int32
        /// 0, `#` or `@`.
        public var sigil: UInt8
    }

    /// The folded bytes of every word, back to back.
    public internal(set) var bytes: [UInt8] = []
    public internal(set) var tokens: [Token] = []
    /// The text asks something (`?` or `¿`).
    public internal(set) var hasQuestion = false

    public init() {}

    public init(_ text: String) {
        fold(text)
    }

    public func word(_ index: Int) -> String {
        let token = tokens[index]
        return String(decoding: bytes[Int(token.start)..<Int(token.end)], as: UTF8.self)
    }

    /// Folds `text` into this value, reusing its storage (no allocation once warmed up).
    public mutating func fold(_ text: String) {
        bytes.removeAll(keepingCapacity: true)
        tokens.removeAll(keepingCapacity: true)
        hasQuestion = false
        var copy = text
        copy.withUTF8 { fold(utf8: $0) }
    }

    private mutating func fold(utf8 input: UnsafeBufferPointer<UInt8>) {
        var i = 0
        let n = input.count
        var tokenStart = -1
        var hash = FoldedText.offsetBasis
        var sigil: UInt8 = 0
        var pendingSigil: UInt8 = 0

        func append(_ byte: UInt8) {
            if tokenStart < 0 {
                tokenStart = bytes.count
                hash = FoldedText.offsetBasis
                sigil = pendingSigil
            }
            bytes.append(byte)
            hash = (hash ^ UInt64(byte)) &* FoldedText.prime
        }
        func finish() {
            if tokenStart >= 0 {
                tokens.append(Token(hash: hash == 0 ? 1 : hash, start: Int32(tokenStart), end: Int32(bytes.count), sigil: sigil))
                tokenStart = -1
            }
        }
        /// Ends the current word; `#`/`@` directly before the next one mark it.
        func separate(_ byte: UInt8) {
            finish()
            pendingSigil = (byte == 0x23 || byte == 0x40) ? byte : 0
        }

        while i < n {
            let byte = input[i]
            if byte < 0x80 {
                let insideHandle = sigil == 0x40 && tokenStart >= 0 && i + 1 < n && FoldedText.isWordByte(input[i + 1])
                switch byte {
                case 0x61...0x7A, 0x30...0x39, 0x5F: append(byte)
                case 0x41...0x5A: append(byte | 0x20)
                case 0x2E where insideHandle, 0x2D where insideHandle:
                    append(byte)  // inside an @handle: name.bsky.social, jean-luc
                default:
                    if byte == 0x3F { hasQuestion = true }
                    separate(byte)
                }
                i += 1
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            guard i + length <= n, length > 1 else { separate(0); i += 1; continue }
            let second = input[i + 1]
            switch byte {
            case 0xC3:
                let folded = FoldedText.latin1[Int(second & 0x3F)]
                if folded.isEmpty { separate(0) } else { for b in folded.utf8 { append(b) } }
            case 0xC2:
                if second == 0xBF { hasQuestion = true }
                separate(0)  // ¡ ¿ « » no-break space and other Latin-1 punctuation
            case 0xC5 where second == 0x92 || second == 0x93:
                append(0x6F); append(0x65)  // Œ œ → oe
            case 0xE2:
                // General punctuation (’ “ ” – … zero-width joiners) separates; other symbols are words.
                finish()
                pendingSigil = 0
                if second != 0x80 && second != 0x81 {
                    for k in 0..<length { append(input[i + k]) }
                    finish()
                }
            case 0xEF where second == 0xB8 || second == 0xBB:
                separate(0)  // variation selectors, BOM
            case 0xF0...0xF4:
                finish()  // an emoji is a word on its own
                pendingSigil = 0
                for k in 0..<length { append(input[i + k]) }
                finish()
            default:
                for k in 0..<length { append(input[i + k]) }
            }
            i += length
        }
        finish()
    }

    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    static func isWordByte(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x5F || byte >= 0x80
    }

    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash = offsetBasis
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
        return hash == 0 ? 1 : hash
    }

    /// U+00C0…U+00FF (second byte 0x80…0xBF after C3) folded to lower-case ASCII; "" separates (× ÷).
    static let latin1: [String] = [
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
    ]
}

public enum TextFolding {
    /// The folded words of a short text (a rule's term), as strings.
    public static func tokens(of text: String) -> [String] {
        let folded = FoldedText(text)
        return folded.tokens.indices.map(folded.word)
    }
}
