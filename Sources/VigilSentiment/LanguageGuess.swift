/// Which language a short social text is in (English, Spanish, German, French, or another),
/// read from its UTF-8 bytes without building a String per word: each word (ASCII and Latin
/// letters folded to lower case, @handles, #hashtags and URLs skipped) is hashed and looked up
/// in a generated table of function words, with their endings and accented letters as further
/// evidence. Italian, Portuguese and Dutch are scored too, so that a text in one of them is
/// "other" rather than the nearest of Vigil's four. See `LanguageGuessTables.swift`.
public enum LanguageGuess {
    /// The scored languages, in the tables' lane order.
    public static let lanes = ["en", "es", "de", "fr", "it", "pt", "nl"]

    public struct Guess: Sendable, Equatable {
        /// "en", "es", "de", "fr", "other", or nil when the text gives too little to go on.
        public var language: String?
        /// 0...1: how far the best language's evidence stands above the next one's.
        public var confidence: Double
    }

    /// The language code ("en", "es", "de", "fr", or "other"), or nil when unsure.
    public static func guess(_ text: String) -> String? {
        identify(text).language
    }

    public static func identify(_ text: String) -> Guess {
        var text = text
        return text.withUTF8 { identify($0) }
    }

    /// Evidence below this (in table units: a function word of one language is 16) is too little.
    static let minimumEvidence: Int32 = 12

    public static func identify(_ bytes: UnsafeBufferPointer<UInt8>) -> Guess {
        var scanner = Scanner()
        scanner.scan(bytes)
        return scanner.decide()
    }

    struct Scanner {
        var scores = SIMD8<Int32>()
        var hash: UInt32 = LanguageGuessTables.fnvOffset
        var length = 0
        /// The last four folded bytes of the current word (for its ending).
        var tail: UInt32 = 0
        var skipping = false

        @inline(__always) mutating func add(_ packed: UInt64) {
            scores &+= SIMD8<Int32>(truncatingIfNeeded: unsafeBitCast(packed, to: SIMD8<UInt8>.self))
        }

        @inline(__always) mutating func push(_ byte: UInt8) {
            hash = (hash ^ UInt32(byte)) &* LanguageGuessTables.fnvPrime
            length += 1
            tail = tail << 8 | UInt32(byte)
        }

        mutating func endWord() {
            defer { hash = LanguageGuessTables.fnvOffset; length = 0; tail = 0; skipping = false }
            guard length > 0, !skipping else { return }
            if let weights = LanguageGuessTables.lookup(hash) { add(weights) }
            if length >= 5 {
                if let weights = LanguageGuessTables.lookup(LanguageGuessTables.endingHash(tail & 0xFFFFFF, bytes: 3)) { add(weights) }
                if length >= 6, let weights = LanguageGuessTables.lookup(LanguageGuessTables.endingHash(tail, bytes: 4)) { add(weights) }
            }
        }

        mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
            let count = bytes.count
            var i = 0
            while i < count {
                let byte = bytes[i]
                if byte < 0x80 {
                    if byte >= 0x61 && byte <= 0x7A {  // a-z
                        push(byte)
                    } else if byte >= 0x41 && byte <= 0x5A {  // A-Z
                        push(byte | 0x20)
                    } else if byte == 0x27 {  // an apostrophe inside a word: "c'est", "don't"
                        apostrophe()
                    } else if byte == 0x40 || byte == 0x23 {  // @handle, #hashtag
                        endWord()
                        skipping = true
                    } else if byte == 0x3A && i + 2 < count && bytes[i + 1] == 0x2F && bytes[i + 2] == 0x2F {  // "://"
                        // A URL: skip to the next space.
                        hash = LanguageGuessTables.fnvOffset; length = 0; tail = 0; skipping = false
                        while i < count && bytes[i] > 0x20 { i += 1 }
                        continue
                    } else if skipping && (byte == 0x5F || byte == 0x2E || byte == 0x2D || (byte >= 0x30 && byte <= 0x39)) {
                        // A handle or hashtag goes on through _ . - and digits (@mas_que, @ana@mastodon.social).
                    } else {
                        endWord()
                    }
                    i += 1
                    continue
                }
                // Multi-byte sequences.
                if byte == 0xC3, i + 1 < count {  // Latin-1 letters: fold À-Þ to à-þ
                    var next = bytes[i + 1]
                    if next >= 0x80 && next <= 0x9E && next != 0x97 { next |= 0x20 }
                    if next == 0x97 || next == 0xB7 {  // × ÷
                        endWord()
                    } else {
                        if !skipping { add(LanguageGuessTables.latin1Letters[Int(next & 0x3F)]) }
                        push(0xC3); push(next)
                    }
                    i += 2
                    continue
                }
                if byte == 0xC5, i + 1 < count, bytes[i + 1] == 0x92 || bytes[i + 1] == 0x93 {  // œ
                    if !skipping { add(LanguageGuessTables.ligatureOE) }
                    push(0xC5); push(0x93)
                    i += 2
                    continue
                }
                if byte == 0xC2, i + 1 < count, bytes[i + 1] == 0xBF || bytes[i + 1] == 0xA1 {  // ¿ ¡
                    endWord()
                    add(LanguageGuessTables.invertedMarks)
                    i += 2
                    continue
                }
                if byte == 0xE2, i + 2 < count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {  // ’
                    apostrophe()
                    i += 3
                    continue
                }
                let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                if (byte >= 0xCE && byte <= 0xDF) || (byte >= 0xE3 && byte <= 0xED) {
                    // Greek, Cyrillic, Hebrew, Arabic, CJK, Hangul…: none of the scored languages.
                    if !skipping { add(LanguageGuessTables.otherScript) }
                    endWord()
                } else if byte >= 0xC4 && byte <= 0xCD {  // Latin Extended: a letter of some other language
                    if i + 1 < count { push(byte); push(bytes[i + 1]) }
                } else {
                    endWord()  // emoji, symbols, punctuation
                }
                i += width
            }
            endWord()
        }

        /// "l'", "qu'", "dell'" are words of their own (elisions); the word goes on after them.
        @inline(__always) mutating func apostrophe() {
            if skipping { return }  // inside a @handle or #hashtag: still skipped
            guard length > 0 else { return endWord() }
            push(0x27)
            if length <= 6, let weights = LanguageGuessTables.lookup(hash) {
                add(weights)
                hash = LanguageGuessTables.fnvOffset; length = 0; tail = 0
            }
        }

        func decide() -> Guess {
            // Lane 7 counts letters of other scripts (Cyrillic, CJK, …). A tie between one of
            // Vigil's four and another language goes to Vigil's: its users write in those four.
            var best = 0, second: Int32 = 0
            for lane in 1..<8 where scores[lane] > scores[best] { best = lane }
            for lane in 0..<8 where lane != best && scores[lane] > second && !(best < 4 && lane >= 4 && scores[lane] == scores[best]) {
                second = scores[lane]
            }
            let top = scores[best]
            guard top >= LanguageGuess.minimumEvidence, top > second else { return Guess(language: nil, confidence: 0) }
            let confidence = Double(top - second) / Double(top)
            return Guess(language: best < 4 ? LanguageGuess.lanes[best] : "other", confidence: confidence)
        }
    }
}
