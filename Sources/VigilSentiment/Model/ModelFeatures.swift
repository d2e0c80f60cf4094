import VigilCore
/// What the learned sentiment model sees of a text, read from its UTF-8 bytes without a String
/// per word: tokens (letters folded to lower case without accents, digits to 0, letters
/// repeated more than twice cut to two, each emoji a token of its own, `!` and `?` runs as
/// tokens, @handles as one token, URLs as one token), and from them hashed features:
/// words, word pairs, words after a negation, the letters' n-grams of each word (so "refund",
/// "refunded" and "reembolso" share evidence and a typo still counts), the language, and the
/// lexicon's own scores. Training (Tools/sentiment/train.py) and inference both read the
/// features from here, so they cannot drift apart.
public struct ModelFeatures: Sendable, Equatable {
    /// Letter n-grams from `ngramMin` to `ngramMax` (0: none) of each word, boundaries marked.
    public var ngramMin: Int
    public var ngramMax: Int
    public var wordPairs: Bool
    public var negation: Bool
    /// Each word also as a word of the text's language (a word can mean different things in two).
    public var languageWords: Bool

    public init(ngramMin: Int = 3, ngramMax: Int = 5, wordPairs: Bool = true, negation: Bool = true, languageWords: Bool = false) {
        self.ngramMin = ngramMin
        self.ngramMax = ngramMax
        self.wordPairs = wordPairs
        self.negation = negation
        self.languageWords = languageWords
    }

    /// Where a feature came from, for explanations: a token's index, or one of these.
    public static let fromLexicon = -1
    public static let fromLanguage = -2

    /// Calls `sink` with every feature of `bytes` (`language`: "en", "es", "de", "fr" or other;
    /// `lexicon`: the lexicon analyzer's scores for the text).
    public func extract<Sink: FeatureSink>(_ bytes: UnsafeBufferPointer<UInt8>, language: String, lexicon: SentimentScores, into sink: inout Sink) {
        let lane = Self.lane(language)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.maxWord) { word in
            var scanner = Scanner(options: self, word: word.baseAddress!, lane: lane)
            scanner.scan(bytes, into: &sink)
        }
        Self.addLexicon(lexicon, lane: lane, into: &sink)
    }

    static let maxWord = 24

    static func lane(_ language: String) -> UInt32 {
        switch language {
        case "en": return 1
        case "es": return 2
        case "de": return 3
        case "fr": return 4
        default: return 5
        }
    }

    /// The lexicon's compound as a value and in bins, alone and per language (the lexicons of
    /// the four languages are not equally good), and its positive and negative shares.
    static func addLexicon<Sink: FeatureSink>(_ scores: SentimentScores, lane: UInt32, into sink: inout Sink) {
        let compound = Float(scores.compound)
        let bin = UInt32(min(9, max(0, Int(((scores.compound + 1) * 5).rounded(.down)))))
        sink.add(Hash.mix(Salt.language, lane), 1, from: fromLanguage)
        sink.add(Hash.mix(Salt.bias, 0), 1, from: fromLanguage)
        sink.add(Hash.mix(Salt.compound, 0), compound, from: fromLexicon)
        sink.add(Hash.mix(Salt.compound, lane), compound, from: fromLexicon)
        sink.add(Hash.mix(Salt.compoundBin, bin), 1, from: fromLexicon)
        sink.add(Hash.mix(Salt.compoundBin, bin &+ lane &* 16), 1, from: fromLexicon)
        sink.add(Hash.mix(Salt.shares, 1), Float(scores.positive), from: fromLexicon)
        sink.add(Hash.mix(Salt.shares, 2), Float(scores.negative), from: fromLexicon)
    }

    enum Salt {
        static let word: UInt32 = 0x1000_0001
        static let pair: UInt32 = 0x1000_0002
        static let negated: UInt32 = 0x1000_0003
        static let ngram: UInt32 = 0x1000_0004
        static let language: UInt32 = 0x1000_0005
        static let bias: UInt32 = 0x1000_0006
        static let compound: UInt32 = 0x1000_0007
        static let compoundBin: UInt32 = 0x1000_0008
        static let shares: UInt32 = 0x1000_0009
        static let start: UInt32 = 0x1000_000A
        static let languageWord: UInt32 = 0x1000_0010
    }

    enum Hash {
        static let fnvOffset = FNV1a.offset32
        static let fnvPrime = FNV1a.prime32

        /// murmur3's finalizer over a combination: well spread in the low bits the buckets take.
        @inline(__always) static func mix(_ a: UInt32, _ b: UInt32) -> UInt32 {
            var h = a &* 0x9E37_79B1 ^ b
            h ^= h >> 16
            h = h &* 0x85EB_CA6B
            h ^= h >> 13
            h = h &* 0xC2B2_AE35
            h ^= h >> 16
            return h
        }
    }

    /// Token kinds that are not words made of letters (no n-grams, never a negation word).
    enum Mark {
        static let handle: UInt32 = 0x2000_0001
        static let url: UInt32 = 0x2000_0002
        static let exclamation: UInt32 = 0x2000_0003
        static let question: UInt32 = 0x2000_0004
        static let exclamations: UInt32 = 0x2000_0005
        static let questions: UInt32 = 0x2000_0006
    }

    struct Scanner {
        let options: ModelFeatures
        /// The current word's folded bytes (the first `maxWord`) and its hash over all of them.
        let word: UnsafeMutablePointer<UInt8>
        var length = 0
        var hash = Hash.fnvOffset
        var last: UInt8 = 0
        var repeats = 0
        /// The previous token's hash, for pairs (the start of the text to begin with).
        var previous = Salt.start
        /// Tokens left in a negation's scope (cut at clause punctuation).
        var negatedFor = 0
        var tokenIndex = 0
        /// Where the byte being read and the current word start (for explanations).
        var cursor = 0
        var wordStart = 0

        let lane: UInt32

        init(options: ModelFeatures, word: UnsafeMutablePointer<UInt8>, lane: UInt32) {
            self.options = options
            self.word = word
            self.lane = lane
        }

        @inline(__always) mutating func push(_ byte: UInt8) {
            if length == 0 { wordStart = cursor }
            if byte == last {
                repeats += 1
                if repeats >= 2 && byte >= 0x61 { return }  // "sooooo" → "soo"
            } else {
                repeats = 0
                last = byte
            }
            if length < ModelFeatures.maxWord { word[length] = byte }
            length += 1
            hash = (hash ^ UInt32(byte)) &* Hash.fnvPrime
        }

        /// Ends the current word, if any, as a token.
        @inline(__always) mutating func endWord<Sink: FeatureSink>(into sink: inout Sink) {
            guard length > 0 else { return }
            let h = hash
            let isNegation = options.negation && NegationWords.contains(h)
            token(h, isWord: true, start: wordStart, end: cursor, into: &sink)
            if isNegation { negatedFor = 3 }
            length = 0; hash = Hash.fnvOffset; last = 0; repeats = 0
        }

        /// Clause punctuation ends a negation's scope.
        @inline(__always) mutating func clause<Sink: FeatureSink>(into sink: inout Sink) {
            endWord(into: &sink)
            negatedFor = 0
            last = 0; repeats = 0
        }

        mutating func token<Sink: FeatureSink>(_ h: UInt32, isWord: Bool, start: Int, end: Int, into sink: inout Sink) {
            let index = tokenIndex
            sink.token(index, bytes: start..<end)
            sink.add(Hash.mix(Salt.word, h), 1, from: index)
            if options.languageWords { sink.add(Hash.mix(Salt.languageWord &+ lane, h), 1, from: index) }
            if options.wordPairs { sink.add(Hash.mix(Salt.pair ^ previous, h), 1, from: index) }
            if negatedFor > 0 {
                sink.add(Hash.mix(Salt.negated, h), 1, from: index)
                negatedFor -= 1
            }
            if isWord && options.ngramMax > 0 { ngrams(index, into: &sink) }
            previous = h
            tokenIndex += 1
        }

        /// The word's letter n-grams with "<" and ">" at its ends ("<re", "ref", …, "nd>").
        mutating func ngrams<Sink: FeatureSink>(_ index: Int, into sink: inout Sink) {
            let count = min(length, ModelFeatures.maxWord)
            let padded = count + 2
            guard padded >= options.ngramMin else { return }
            @inline(__always) func byte(_ i: Int) -> UInt8 { i == 0 ? 0x3C : (i == padded - 1 ? 0x3E : word[i - 1]) }
            for n in options.ngramMin...options.ngramMax where n <= padded {
                // The whole word as an n-gram is already the word itself.
                if n == padded { break }
                for start in 0...(padded - n) {
                    var h = Hash.fnvOffset ^ UInt32(n)
                    for i in start..<(start + n) { h = (h ^ UInt32(byte(i))) &* Hash.fnvPrime }
                    sink.add(Hash.mix(Salt.ngram, h), 1, from: index)
                }
            }
        }

        mutating func scan<Sink: FeatureSink>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
            let count = bytes.count
            var i = 0
            while i < count {
                let byte = bytes[i]
                cursor = i
                if byte < 0x80 {
                    switch byte {
                    case 0x61...0x7A: push(byte)
                    case 0x41...0x5A: push(byte | 0x20)
                    case 0x30...0x39: push(0x30)
                    case 0x27: apostrophe(into: &sink)
                    case 0x21, 0x3F:  // a run of ! or ? (mixed runs count as both)
                        clause(into: &sink)
                        var run = 0, sawQuestion = false, sawExclamation = false
                        while i < count && (bytes[i] == 0x21 || bytes[i] == 0x3F) {
                            if bytes[i] == 0x3F { sawQuestion = true } else { sawExclamation = true }
                            run += 1; i += 1
                        }
                        if sawExclamation { token(run > 1 ? Mark.exclamations : Mark.exclamation, isWord: false, start: cursor, end: i, into: &sink) }
                        if sawQuestion { token(run > 1 ? Mark.questions : Mark.question, isWord: false, start: cursor, end: i, into: &sink) }
                        continue
                    case 0x2E, 0x2C, 0x3B, 0x3A:
                        if byte == 0x3A && i + 2 < count && bytes[i + 1] == 0x2F && bytes[i + 2] == 0x2F {
                            // A URL: its scheme was read as a word; it is dropped, and the rest skipped.
                            let start = length > 0 ? wordStart : cursor
                            length = 0; hash = Hash.fnvOffset; last = 0; repeats = 0
                            while i < count && bytes[i] > 0x20 { i += 1 }
                            token(Mark.url, isWord: false, start: start, end: i, into: &sink)
                            continue
                        }
                        clause(into: &sink)
                    case 0x40:  // @handle: one token for any handle
                        endWord(into: &sink)
                        i += 1
                        while i < count && (bytes[i] >= 0x80 || Self.isHandleByte(bytes[i])) { i += 1 }
                        token(Mark.handle, isWord: false, start: cursor, end: i, into: &sink)
                        continue
                    default: endWord(into: &sink)  // spaces, # (the hashtag's word is kept), other marks
                    }
                    i += 1
                    continue
                }
                if byte == 0xC3, i + 1 < count {  // Latin-1 letters, folded without their accents
                    let folded = Self.latin1[Int(bytes[i + 1] & 0x3F)]
                    if folded == 0 {
                        endWord(into: &sink)
                    } else {
                        push(folded)
                        if bytes[i + 1] == 0x9F { push(0x73) }  // ß → ss
                    }
                    i += 2
                    continue
                }
                if byte == 0xC5, i + 1 < count, bytes[i + 1] == 0x92 || bytes[i + 1] == 0x93 {  // œ → oe
                    push(0x6F); push(0x65)
                    i += 2
                    continue
                }
                if byte == 0xE2, i + 2 < count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {  // ’
                    apostrophe(into: &sink)
                    i += 3
                    continue
                }
                let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                guard i + width <= count else { break }
                if byte >= 0xC4 && byte <= 0xCD {  // another Latin letter: part of the word
                    push(byte); push(bytes[i + 1])
                    i += 2
                    continue
                }
                endWord(into: &sink)
                if width >= 3 && !Self.isJoiner(bytes, i, width) {
                    // An emoji or symbol: a token of its own (its code point).
                    var code = UInt32(byte)
                    for k in 1..<width { code = code << 8 | UInt32(bytes[i + k]) }
                    token(Hash.mix(0x3000_0000, code), isWord: false, start: i, end: i + width, into: &sink)
                }
                i += width
            }
            cursor = count
            endWord(into: &sink)
        }

        /// "l'", "qu'", "d'" are words of their own (elisions); "don't", "can't" stay one word.
        @inline(__always) mutating func apostrophe<Sink: FeatureSink>(into sink: inout Sink) {
            guard length > 0 else { return }
            if length <= 2 || (length == 3 && hash == Self.quHash) {
                push(0x27)
                endWord(into: &sink)
            } else {
                push(0x27)
            }
        }

        static let quHash: UInt32 = {
            var h = Hash.fnvOffset
            for byte in "qu".utf8 { h = (h ^ UInt32(byte)) &* Hash.fnvPrime }
            return h
        }()

        @inline(__always) static func isHandleByte(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F || byte == 0x2E || byte == 0x2D
        }

        /// Variation selectors, the zero-width joiner and skin tones shape an emoji; they are not one.
        @inline(__always) static func isJoiner(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ width: Int) -> Bool {
            let b0 = bytes[i], b1 = bytes[i + 1], b2 = bytes[i + 2]
            if width == 3 {
                return (b0 == 0xEF && b1 == 0xB8 && b2 >= 0x80 && b2 <= 0x8F) || (b0 == 0xE2 && b1 == 0x80 && (b2 == 0x8D || b2 == 0x8C))
            }
            return b0 == 0xF0 && b1 == 0x9F && b2 == 0x8F && bytes[i + 3] >= 0xBB
        }

        /// The second byte of C3 xx (low six bits) → the lower-case letter without accents (0: not a letter).
        static let latin1: [UInt8] = {
            var table = [UInt8](repeating: 0, count: 64)
            let letters: [(ClosedRange<Int>, Character)] = [
                (0x00...0x05, "a"), (0x07...0x07, "c"), (0x08...0x0B, "e"), (0x0C...0x0F, "i"), (0x11...0x11, "n"),
                (0x12...0x16, "o"), (0x18...0x18, "o"), (0x19...0x1C, "u"), (0x1D...0x1D, "y"), (0x1F...0x1F, "s"),
                (0x20...0x25, "a"), (0x27...0x27, "c"), (0x28...0x2B, "e"), (0x2C...0x2F, "i"), (0x31...0x31, "n"),
                (0x32...0x36, "o"), (0x38...0x38, "o"), (0x39...0x3C, "u"), (0x3D...0x3D, "y"), (0x3F...0x3F, "y"),
            ]
            for (range, letter) in letters { for k in range { table[k] = letter.asciiValue! } }
            table[0x06] = 0x61; table[0x26] = 0x61  // æ → a (rare)
            return table
        }()
    }
}

/// Receives the features of a text: a hash (the model takes its low bits as a bucket), a value,
/// and which token it came from (or `ModelFeatures.fromLexicon`/`fromLanguage`).
public protocol FeatureSink {
    mutating func add(_ hash: UInt32, _ value: Float, from origin: Int)
    /// Token `index` is these bytes of the text (for explanations; ignored by default).
    mutating func token(_ index: Int, bytes: Range<Int>)
}

extension FeatureSink {
    @inline(__always) public mutating func token(_ index: Int, bytes: Range<Int>) {}
}

/// Words that negate what follows, in the four languages, folded as the scanner folds them.
enum NegationWords {
    static let words = [
        "not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "cannot", "without", "isn't", "don't", "doesn't",
        "didn't", "can't", "won't", "wasn't", "aren't", "haven't", "hasn't", "couldn't", "wouldn't", "shouldn't", "dont", "cant",
        "nunca", "jamas", "nada", "nadie", "ni", "sin", "tampoco", "ningun", "ninguna",
        "nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals", "nichts", "ohne", "weder",
        "ne", "n'", "pas", "jamais", "rien", "personne", "aucun", "aucune", "sans",
    ]

    static let table: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 256)
        for word in words {
            var h = ModelFeatures.Hash.fnvOffset
            for byte in word.utf8 { h = (h ^ UInt32(byte)) &* ModelFeatures.Hash.fnvPrime }
            var slot = Int(h & 255)
            while table[slot] != 0 { slot = (slot + 1) & 255 }
            table[slot] = h
        }
        return table
    }()

    @inline(__always) static func contains(_ h: UInt32) -> Bool {
        var slot = Int(h & 255)
        while true {
            let entry = table[slot]
            if entry == h { return true }
            if entry == 0 { return false }
            slot = (slot + 1) & 255
        }
    }
}
