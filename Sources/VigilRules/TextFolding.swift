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

    /// The folded bytes of every word, back to back (the buffer is reused: bytes past the last
    /// word are left over from earlier texts; at least 8 of them, so words hash 8 bytes a load).
    public private(set) var bytes: [UInt8] = []
    private var tokenStore: [Token] = []
    private var tokenCount = 0
    public var tokens: ArraySlice<Token> { tokenStore[..<tokenCount] }
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

    /// Folds `text` into this value.
    public mutating func fold(_ text: String) {
        let question = text.utf8.withContiguousStorageIfAvailable { fold(utf8: $0) }
            ?? Array(text.utf8).withUnsafeBufferPointer { fold(utf8: $0) }
        hasQuestion = question
    }

    /// Folded output never grows past the input (every fold maps n bytes to at most n), and
    /// there is at most one word per input byte, so both buffers are sized once and reused.
    private mutating func fold(utf8 input: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = input.count
        if bytes.count < n + 8 { bytes = [UInt8](repeating: 0, count: Swift.max(n + 8, 2 * bytes.count, 256)) }
        if tokenStore.count < n + 1 {
            tokenStore = [Token](repeating: Token(hash: 0, start: 0, end: 0, sigil: 0), count: Swift.max(n + 1, 2 * tokenStore.count, 128))
        }
        var question = false
        var count = 0
        bytes.withUnsafeMutableBufferPointer { out in
            tokenStore.withUnsafeMutableBufferPointer { tokens in
                var folder = Folder(output: out.baseAddress!, tokens: tokens.baseAddress!)
                question = folder.run(input)
                count = folder.count
            }
        }
        tokenCount = count
        return question
    }

    /// The folding loop over raw buffers.
    private struct Folder {
        let output: UnsafeMutablePointer<UInt8>
        let tokens: UnsafeMutablePointer<Token>
        let latin1 = FoldedText.latin1FoldTable
        var written = 0
        var count = 0
        var tokenStart = -1
        var sigil: UInt8 = 0
        var pendingSigil: UInt8 = 0

        init(output: UnsafeMutablePointer<UInt8>, tokens: UnsafeMutablePointer<Token>) {
            self.output = output
            self.tokens = tokens
        }

        @inline(__always) mutating func append(_ byte: UInt8) {
            if tokenStart < 0 {
                tokenStart = written
                sigil = pendingSigil
            }
            output[written] = byte
            written += 1
        }

        @inline(__always) mutating func finish() {
            if tokenStart >= 0 {
                let hash = FoldedText.wordHash(output + tokenStart, count: written - tokenStart)
                tokens[count] = (Token(hash: hash, start: Int32(tokenStart), end: Int32(written), sigil: sigil))
                count += 1
                tokenStart = -1
            }
        }

        @inline(__always) mutating func separate(sigil next: UInt8 = 0) {
            finish()
            pendingSigil = next
        }

        /// Folds the run of ASCII letters, digits and `_` starting at `start` with its state in
        /// local variables (stored in `self`, it would be written back after every output byte,
        /// which may alias it). Returns where the run ends.
        @inline(__always) mutating func asciiWord(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            if tokenStart < 0 {
                tokenStart = written
                sigil = pendingSigil
            }
            let output = output, latin1 = latin1
            var w = written, j = start
            let n = input.count
            while j < n {
                let byte = input[j]
                let lower = byte | 0x20
                let folded: UInt8
                if lower &- 0x61 < 26 {
                    folded = lower
                } else if byte &- 0x30 < 10 || byte == 0x5F {
                    folded = byte
                } else if byte == 0xC3, j + 1 < n, case let pair = latin1[Int(input[j + 1] & 0x3F)], pair != 0, pair <= 0xFF,
                          input[j + 1] & 0xC0 == 0x80 {
                    // é ü ñ ç…: one ASCII letter, the common accented case, kept in this loop.
                    folded = UInt8(truncatingIfNeeded: pair)
                    j &+= 1
                } else {
                    break
                }
                output[w] = folded
                w &+= 1
                j &+= 1
            }
            written = w
            return j
        }

        mutating func run(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
            let n = input.count
            var question = false
            var i = 0
            while i < n {
                let byte = input[i]
                if byte < 0x80 {
                    switch byte {
                    case 0x61...0x7A, 0x30...0x39, 0x5F, 0x41...0x5A:
                        i = asciiWord(input, from: i)
                        continue
                    case 0x2E, 0x2D:
                        // Inside an @handle (name.bsky.social, jean-luc) dots and dashes belong to it.
                        if sigil == 0x40 && tokenStart >= 0 && i + 1 < n && FoldedText.isWordByte(input[i + 1]) {
                            append(byte)
                        } else {
                            separate()
                        }
                    default:
                        if byte == 0x3F { question = true }
                        separate(sigil: (byte == 0x23 || byte == 0x40) ? byte : 0)
                    }
                    i += 1
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                guard i + length <= n, length > 1 else { separate(); i += 1; continue }
                let second = input[i + 1]
                switch byte {
                case 0xC3:
                    let folded = FoldedText.latin1Folds[Int(second & 0x3F)]
                    if folded == 0 {
                        separate()
                    } else {
                        append(UInt8(truncatingIfNeeded: folded))
                        if folded > 0xFF { append(UInt8(truncatingIfNeeded: folded >> 8)) }
                    }
                case 0xC2:
                    if second == 0xBF { question = true }
                    separate()  // ¡ ¿ « » no-break space and other Latin-1 punctuation
                case 0xC5 where second == 0x92 || second == 0x93:
                    append(0x6F); append(0x65)  // Œ œ → oe
                case 0xE2:
                    // General punctuation (’ “ ” – … zero-width joiners) separates; other symbols are words.
                    separate()
                    if second != 0x80 && second != 0x81 {
                        for k in 0..<length { append(input[i + k]) }
                        finish()
                    }
                case 0xEF where second == 0xB8 || second == 0xBB:
                    separate()  // variation selectors, BOM
                case 0xF0...0xF4:
                    separate()  // an emoji is a word on its own
                    for k in 0..<length { append(input[i + k]) }
                    finish()
                default:
                    for k in 0..<length { append(input[i + k]) }
                }
                i += length
            }
            finish()
            return question
        }
    }

    /// A word's hash, eight bytes at a time; `bytes` must be readable for 8 bytes past `count`
    /// (the bytes there are masked off). Never 0, which marks empty table slots.
    @inline(__always) static func wordHash(_ bytes: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        let raw = UnsafeRawPointer(bytes)
        var h = UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15
        var i = 0
        while i + 8 <= count {
            h = (h ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i &+= 8
        }
        if i < count {
            let tail = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) & (UInt64.max >> UInt64(64 - 8 * (count - i)))
            h = (h ^ tail) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
        }
        h = (h ^ (h >> 29)) &* 0x94D0_49BB_1331_11EB
        h ^= h >> 32
        return h == 0 ? 1 : h
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x5F || byte >= 0x80
    }

    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        let padded = Array(bytes) + [UInt8](repeating: 0, count: 8)
        return padded.withUnsafeBufferPointer { wordHash($0.baseAddress!, count: padded.count - 8) }
    }

    /// `latin1Folds` where the folding loop reads it without a lazy-initialization check per byte.
    nonisolated(unsafe) static let latin1FoldTable: UnsafePointer<UInt16> = {
        let table = UnsafeMutablePointer<UInt16>.allocate(capacity: latin1Folds.count)
        table.initialize(from: latin1Folds, count: latin1Folds.count)
        return UnsafePointer(table)
    }()

    /// U+00C0…U+00FF (second byte 0x80…0xBF after C3) folded to lower-case ASCII, one or two
    /// bytes packed low byte first; 0 separates (× ÷).
    static let latin1Folds: [UInt16] = {
        let table = [
            "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
            "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
            "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
            "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
        ]
        return table.map { folded in
            let b = Array(folded.utf8)
            return b.isEmpty ? 0 : UInt16(b[0]) | (b.count > 1 ? UInt16(b[1]) << 8 : 0)
        }
    }()
}

public enum TextFolding {
    /// The folded words of a short text (a rule's term), as strings.
    public static func tokens(of text: String) -> [String] {
        let folded = FoldedText(text)
        return folded.tokens.indices.map(folded.word)
    }
}
