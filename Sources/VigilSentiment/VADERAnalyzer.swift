import Foundation
import VigilCore

/// VADER 3.3.2's method (Hutto & Gilbert 2014), written anew in Swift: lexicon valence,
/// boosters and dampeners, a three-word negation window, "but" contrast, ALL-CAPS emphasis,
/// `!`/`?` amplification, special idioms, emoji (via their descriptions) and emoticons.
/// With `LanguageRules.english` and `VADERLexicon.english` it reproduces the reference
/// implementation's scores, quirks included (each is marked "parity").
public struct VADERAnalyzer: Sendable {
    public let lexicon: VADERLexicon
    public let rules: LanguageRules
    /// Everything the rules ask of a word in one table: one lookup per token, no strings.
    let table: WordTable
    /// Ids of the words the rules name ("no", "kind" "of", "never so", "at least"…); -2 when
    /// the table lacks one, so that no token (unknown words are -1) ever equals it.
    let ids: RuleWordIDs
    /// Multi-word special cases as word ids, in `rules.phrases` order.
    let phraseIDs: [[Int32]]
    let noIsNegation: Bool
    /// Which scalars below U+0800 have an emoji description (© and ®), one bit each.
    let emojiBelow800: [UInt64]
    let emoji: EmojiTable
    /// Short words' token facts remembered across texts; nil when built without.
    let wordMemo: WordMemo?
    /// `rules.sarcasmMarkers` as scalar values.
    let sarcasmScalars: [UInt32]

    struct RuleWordIDs: Sendable {
        var no: Int32, kind: Int32, of: Int32, least: Int32, at: Int32, very: Int32, never: Int32
        var so: Int32, this: Int32, without: Int32, doubt: Int32, or: Int32, nor: Int32
    }

    /// `memoizeWords: false` tokenizes every word afresh (same scores; for measuring).
    public init(lexicon: VADERLexicon = .english, rules: LanguageRules = .english, memoizeWords: Bool = true) {
        self.lexicon = lexicon
        wordMemo = memoizeWords ? WordMemo() : nil
        self.rules = rules
        sarcasmScalars = rules.sarcasmMarkers.map(\.value).sorted()
        let ruleWords = ["no", "kind", "of", "least", "at", "very", "never", "so", "this", "without", "doubt", "or", "nor"]
        // Ids stand for words within this process only, so the order is whatever the
        // dictionaries give (sorting them cost a tenth of a start-up).
        var builder = WordTable.Builder(expected: lexicon.valences.count + rules.boosters.count + rules.negations.count
            + rules.contrasts.count + rules.multiWordVocabulary.count + ruleWords.count)
        for (word, valence) in lexicon.valences { builder.update(word) { $0.valence = valence } }
        for (word, booster) in rules.boosters { builder.update(word) { $0.booster = booster } }
        for word in rules.negations { builder.update(word) { $0.isNegation = true } }
        for word in rules.contrasts { builder.update(word) { $0.isContrast = true } }
        for word in rules.multiWordVocabulary { builder.update(word) { $0.inMultiWord = true } }
        for word in ruleWords { builder.update(word) { _ in } }
        let table = WordTable(builder)
        self.table = table
        func id(_ word: String) -> Int32 { let found = table.id(word); return found >= 0 ? found : -2 }
        ids = RuleWordIDs(no: id("no"), kind: id("kind"), of: id("of"), least: id("least"), at: id("at"), very: id("very"),
                          never: id("never"), so: id("so"), this: id("this"), without: id("without"), doubt: id("doubt"),
                          or: id("or"), nor: id("nor"))
        phraseIDs = rules.phrases.map { $0.words.map(id) }
        noIsNegation = rules.negations.contains("no")
        var bitmap = [UInt64](repeating: 0, count: 32)
        for scalar in lexicon.emojiDescriptions.keys where scalar.value < 0x800 {
            bitmap[Int(scalar.value >> 6)] |= 1 << UInt64(scalar.value & 63)
        }
        emojiBelow800 = bitmap
        emoji = EmojiTable(lexicon.emojiDescriptions)
    }

    /// The same rules with other lexicon valences (workspace overrides).
    public func with(valences: [String: Double]) -> VADERAnalyzer {
        VADERAnalyzer(lexicon: VADERLexicon(valences: valences, emojiDescriptions: lexicon.emojiDescriptions), rules: rules,
                      memoizeWords: wordMemo != nil)
    }

    public func scores(_ text: String) -> SentimentScores {
        analyze(text, explaining: false).scores
    }

    /// The scores with the words and heuristics that moved them.
    public func explain(_ text: String) -> SentimentExplanation {
        analyze(text, explaining: true).explanation ?? SentimentExplanation(words: [], punctuationEmphasis: 0, scores: .zero)
    }

    private struct Analysis {
        var scores: SentimentScores
        var explanation: SentimentExplanation?
    }

    private func analyze(_ text: String, explaining: Bool) -> Analysis {
        var utf8 = text
        // The markers are a handful of emoji: compared one by one (hashing every scalar of
        // every non-ASCII text cost more than the rest of this check).
        let sarcastic = !sarcasmScalars.isEmpty && text.utf8.contains(where: { $0 >= 0x80 })
            && text.unicodeScalars.contains(where: { $0.value >= 0x80 && sarcasmScalars.contains($0.value) })
        return utf8.withUTF8 { original in
            // Emoji become their descriptions in a scratch buffer; most texts have none. The
            // same pass counts ! and ?, which the descriptions do not change unless there are some.
            let scan = scan(original)
            guard let first = scan.firstEmoji else {
                return analyze(prepared: original, emphasis: scan.emphasis, explaining: explaining, sarcastic: sarcastic)
            }
            let size = replacedSize(original, from: first)
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: size) { buffer in
                let count = replaceEmoji(original, from: first, into: buffer)
                let prepared = UnsafeBufferPointer(rebasing: buffer[0..<count])
                return analyze(prepared: prepared, emphasis: Self.punctuationEmphasis(prepared), explaining: explaining, sarcastic: sarcastic)
            }
        }
    }

    private func analyze(prepared bytes: UnsafeBufferPointer<UInt8>, emphasis: Double, explaining: Bool, sarcastic: Bool) -> Analysis {
        // A token takes at least one byte and a separator; only words of four or more bytes split
        // at an elision (two tokens from five bytes), so half the length bounds the count.
        withUnsafeTemporaryAllocation(of: Token.self, capacity: bytes.count / 2 + 1) { tokenBuffer in
            let count = tokenize(bytes, into: tokenBuffer)
            let tokens = UnsafeBufferPointer(rebasing: tokenBuffer[0..<count])
            guard count > 0 else {
                return Analysis(scores: .zero, explanation: SentimentExplanation(words: [], punctuationEmphasis: 0, scores: .zero))
            }
            return withUnsafeTemporaryAllocation(of: Double.self, capacity: count) { sentimentBuffer in
                let sentiments = sentimentBuffer.baseAddress!
                sentiments.initialize(repeating: 0, count: count)
                var phrases: [Int: String] = [:]
                let beforeContrast = evaluate(tokens, sentiments: sentiments, sarcastic: sarcastic,
                                              phrases: &phrases, keepBeforeContrast: explaining)
                let final = UnsafeBufferPointer(start: sentiments, count: count)
                let scores = score(final, emphasis: emphasis)
                guard explaining else { return Analysis(scores: scores, explanation: nil) }
                let words = tokens.map { Self.word($0, in: bytes) }
                return Analysis(scores: scores, explanation: SentimentExplanation.build(
                    words: words, facts: TokenFacts(tokens, table: table), contrast: tokens.firstIndex { isContrast($0) },
                    beforeContrast: beforeContrast ?? [], final: Array(final), sarcastic: sarcastic,
                    phrases: phrases, emphasis: emphasis, scores: scores))
            }
        }
    }

    /// The per-word sentiments into `sentiments`; returns them as they stood before the
    /// contrast rule when asked (for explanations).
    private func evaluate(_ tokens: UnsafeBufferPointer<Token>, sentiments: UnsafeMutablePointer<Double>, sarcastic: Bool,
                          phrases: inout [Int: String], keepBeforeContrast: Bool) -> [Double]? {
        let count = tokens.count
        let capsDifferential = Self.capsDifferential(tokens)
        for i in 0..<count {
            if booster(tokens[i]) != nil { continue }
            if i < count - 1 && tokens[i].id == ids.kind && tokens[i + 1].id == ids.of { continue }
            sentiments[i] = valence(at: i, tokens, capsDifferential: capsDifferential)
        }
        if rules.negationFollows {
            // A negation right after a sentiment word negates it ("funktioniert nicht").
            for i in 0..<count where sentiments[i] != 0 && i + 1 < count && tokens[i + 1].isNegation {
                sentiments[i] *= VADERConstants.negationScalar
            }
        }
        if rules.phrasesOverride { applyPhrases(tokens, sentiments, matched: &phrases) }
        // Sarcasm ("genial 🙄"): the praise is meant as its opposite.
        if sarcastic {
            for i in 0..<count where sentiments[i] > 0 { sentiments[i] = -sentiments[i] }
        }
        let beforeContrast = keepBeforeContrast ? Array(UnsafeBufferPointer(start: sentiments, count: count)) : nil
        applyContrast(tokens, sentiments)
        return beforeContrast
    }

    static func capsDifferential(_ tokens: UnsafeBufferPointer<Token>) -> Bool {
        var caps = 0
        for token in tokens where token.isUpper { caps += 1 }
        let differential = tokens.count - caps
        return differential > 0 && differential < tokens.count
    }

    @inline(__always) private func lexiconValence(_ token: Token) -> Double? {
        token.id >= 0 ? table.entries[Int(token.id)].valence : nil
    }

    @inline(__always) private func booster(_ token: Token) -> Double? {
        token.id >= 0 ? table.entries[Int(token.id)].booster : nil
    }

    @inline(__always) private func isContrast(_ token: Token) -> Bool { token.isContrast }

    // MARK: - Text preparation

    /// Emoji become their descriptions ("😡" → "pouting face"), one code point at a time
    /// (parity), each set off by a space unless one precedes it. Writes into `out` (at least
    /// `replacedSize` bytes) and returns the count.
    private func replaceEmoji(_ bytes: UnsafeBufferPointer<UInt8>, from first: Int, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var written = 0
        func copy(_ range: Range<Int>) {
            guard !range.isEmpty, let from = bytes.baseAddress, let to = out.baseAddress else { return }
            (to + written).update(from: from + range.lowerBound, count: range.count)
            written += range.count
        }
        copy(0..<first)
        var previousWasSpace = first == 0 || bytes[first - 1] == UInt8(ascii: " ")
        var i = first
        var copied = first
        while i < bytes.count {
            let (scalar, width) = Self.scalar(in: bytes, at: i)
            if scalar >= 0x80, let description = emoji.descriptionBytes(scalar) {
                copy(copied..<i)
                if !previousWasSpace { out[written] = UInt8(ascii: " "); written += 1 }
                description.withUnsafeBufferPointer { described in
                    if let from = described.baseAddress, let to = out.baseAddress { (to + written).update(from: from, count: described.count) }
                }
                written += description.count
                previousWasSpace = false
                copied = min(i + width, bytes.count)
            } else {
                previousWasSpace = scalar == 0x20
            }
            i += width
        }
        copy(copied..<bytes.count)
        return written
    }

    /// An upper bound of the text's length once its emoji are described.
    private func replacedSize(_ bytes: UnsafeBufferPointer<UInt8>, from first: Int) -> Int {
        var size = bytes.count
        var i = first
        while i < bytes.count {
            let (scalar, width) = Self.scalar(in: bytes, at: i)
            if scalar >= 0x80, let description = emoji.descriptionBytes(scalar) { size += description.count + 1 }
            i += width
        }
        return size
    }

    /// Where the first emoji of the lexicon starts, if any, and the `!`/`?` emphasis of the
    /// text (eight ASCII bytes a step: each byte equal to the mark becomes 0x80, then count).
    private func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (firstEmoji: Int?, emphasis: Double) {
        let raw = UnsafeRawBufferPointer(bytes)
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        @inline(__always) func matches(_ word: UInt64, _ mark: UInt64) -> Int {
            let x = word ^ mark
            return (~(((x & low7) &+ low7) | x | low7)).nonzeroBitCount
        }
        var exclamations = 0, questions = 0
        var i = 0
        while i < bytes.count {
            if i + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    exclamations += matches(word, 0x2121_2121_2121_2121)
                    questions += matches(word, 0x3F3F_3F3F_3F3F_3F3F)
                    i += 8
                    continue
                }
            }
            let byte = bytes[i]
            if byte < 0x80 {
                if byte == UInt8(ascii: "!") { exclamations += 1 } else if byte == UInt8(ascii: "?") { questions += 1 }
                i += 1
                continue
            }
            let (scalar, width) = Self.scalar(in: bytes, at: i)
            if isLexiconEmoji(scalar) { return (i, 0) }
            i += width
        }
        return (nil, Self.emphasis(exclamations: exclamations, questions: questions))
    }

    /// Two-byte scalars (accented letters) are checked against a bitmap, not the dictionary.
    @inline(__always) private func isLexiconEmoji(_ scalar: UInt32) -> Bool {
        if scalar < 0x800 {
            guard emojiBelow800[Int(scalar >> 6)] & (1 << UInt64(scalar & 63)) != 0 else { return false }
        }
        return emoji.contains(scalar)
    }

    /// The scalar starting at `i` and its length in bytes (text from a `String` is valid UTF-8).
    @inline(__always) static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let lead = bytes[i]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let width = lead >= 0xF0 ? 4 : (lead >= 0xE0 ? 3 : 2)
        var value = UInt32(lead) & (width == 2 ? 0x1F : (width == 3 ? 0x0F : 0x07))
        for k in 1..<width where i + k < bytes.count { value = value << 6 | (UInt32(bytes[i + k]) & 0x3F) }
        return (value, width)
    }

    static func stripWhitespace(_ text: String) -> String {
        if let first = text.utf8.first, let last = text.utf8.last, first > 0x20, last > 0x20, first < 0x80, last < 0x80 { return text }
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isPythonSpace($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isPythonSpace($0) })!
        return String(scalars[start...end])
    }

    /// Calls `body` with the byte range of each token of Python's `str.split()`.
    static func forEachRawToken(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void) {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let raw = UnsafeRawBufferPointer(bytes)
        var start = -1
        var i = 0
        while i < bytes.count {
            if start >= 0 {
                // Inside a word: pass over printable ASCII (0x21–0x7F) eight bytes a step. The
                // lowest byte flagged below 0x21 or from 0x80 is exact (a borrow only flags bytes above it).
                while i + 8 <= bytes.count {
                    let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    let special = (((x &- ones &* 0x21) & ~x) | x) & highs
                    if special == 0 {
                        i += 8
                        continue
                    }
                    i += special.trailingZeroBitCount &>> 3
                    break
                }
                guard i < bytes.count else { break }
            }
            let byte = bytes[i]
            let width: Int
            let isSpace: Bool
            if byte < 0x80 {
                width = 1
                isSpace = (byte >= 0x09 && byte <= 0x0D) || (byte >= 0x1C && byte <= 0x20)
            } else {
                width = byte >= 0xF0 ? 4 : (byte >= 0xE0 ? 3 : 2)
                isSpace = isNonASCIISpace(bytes, at: i)
            }
            if isSpace {
                if start >= 0 { body(start, i); start = -1 }
            } else if start < 0 {
                start = i
            }
            i += width
        }
        if start >= 0 { body(start, min(i, bytes.count)) }
    }

    /// Python's non-ASCII spaces (U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029,
    /// U+202F, U+205F, U+3000) recognized from their UTF-8 bytes.
    @inline(__always)
    static func isNonASCIISpace(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let lead = bytes[i]
        guard lead == 0xC2 || lead == 0xE1 || lead == 0xE2 || lead == 0xE3, i + 1 < bytes.count else { return false }
        let second = bytes[i + 1]
        if lead == 0xC2 { return second == 0x85 || second == 0xA0 }
        guard i + 2 < bytes.count else { return false }
        let third = bytes[i + 2]
        switch lead {
        case 0xE1: return second == 0x9A && third == 0x80
        case 0xE2:
            if second == 0x80 { return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF }
            return second == 0x81 && third == 0x9F
        default: return second == 0x80 && third == 0x80
        }
    }

    /// For each whitespace-separated token, whether it ends with clause punctuation.
    static func clauseEnds(_ text: String, count: Int) -> [Bool] {
        var ends: [Bool] = []
        var last: Character = " "
        var inToken = false
        for character in text {
            if character.isWhitespace {
                if inToken { ends.append(",;.!?…:".contains(last)); inToken = false }
            } else {
                inToken = true
                last = character
            }
        }
        if inToken { ends.append(",;.!?…:".contains(last)) }
        // Python and Swift disagree on a few exotic spaces: never misalign, just give up.
        return ends.count == count ? ends : Array(repeating: false, count: count)
    }

    /// 0x21–0x2F, 0x3A–0x40, 0x5B–0x60, 0x7B–0x7E (Python's `string.punctuation`), as two bitmaps.
    @inline(__always)
    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        let below64: UInt64 = 0xFC00_FFFE_0000_0000, from64: UInt64 = 0x7800_0001_F800_0001
        if byte < 64 { return below64 >> UInt64(byte) & 1 != 0 }
        return byte < 128 && from64 >> UInt64(byte - 64) & 1 != 0
    }

    static func isPythonSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Python's `str.isupper()`: at least one cased character and no lowercase ones.
    static func isUpper(_ word: String) -> Bool {
        var cased = false
        for scalar in word.unicodeScalars {
            let properties = scalar.properties
            if properties.isLowercase || properties.generalCategory == .titlecaseLetter { return false }
            if properties.isUppercase { cased = true }
        }
        return cased
    }

    // MARK: - Per-word valence

    private func valence(at i: Int, _ t: UnsafeBufferPointer<Token>, capsDifferential: Bool) -> Double {
        guard var valence = lexiconValence(t[i]) else { return 0 }
        let base = valence
        if t[i].id == ids.no && i != t.count - 1 && lexiconValence(t[i + 1]) != nil {
            valence = 0
        }
        // English "no" is a lexicon word with its own rule; where "no" is a plain negation
        // (Spanish), the negation window handles it and this rule would negate twice.
        if !noIsNegation,
           (i > 0 && t[i - 1].id == ids.no) || (i > 1 && t[i - 2].id == ids.no)
            || (i > 2 && t[i - 3].id == ids.no && (t[i - 1].id == ids.or || t[i - 1].id == ids.nor)) {
            valence = base * VADERConstants.negationScalar
        }
        if t[i].isUpper && capsDifferential {
            valence += valence > 0 ? VADERConstants.capsIncrement : -VADERConstants.capsIncrement
        }
        for startI in 0..<3 where i > startI && lexiconValence(t[i - (startI + 1)]) == nil {
            var scalar = boosterScalar(t[i - (startI + 1)], valence: valence, capsDifferential: capsDifferential)
            if startI == 1 && scalar != 0 { scalar *= 0.95 }
            if startI == 2 && scalar != 0 { scalar *= 0.9 }
            valence += scalar
            valence = negationCheck(valence, t, startI: startI, i: i)
            if startI == 2 { valence = specialIdiomsCheck(valence, t, i: i) }
        }
        return leastCheck(valence, t, i: i)
    }

    private func boosterScalar(_ token: Token, valence: Double, capsDifferential: Bool) -> Double {
        guard var scalar = booster(token) else { return 0 }
        if valence < 0 { scalar *= -1 }
        if token.isUpper && capsDifferential {
            scalar += valence > 0 ? VADERConstants.capsIncrement : -VADERConstants.capsIncrement
        }
        return scalar
    }

    private func negationCheck(_ valence: Double, _ t: UnsafeBufferPointer<Token>, startI: Int, i: Int) -> Double {
        let n = VADERConstants.negationScalar
        if rules.clauseBoundedNegation, (i - (startI + 1)..<i).contains(where: { t[$0].endsClause }) {
            return valence  // a comma or sentence end lies between the negation and the word
        }
        switch startI {
        case 0:
            return t[i - 1].isNegation ? valence * n : valence
        case 1:
            if t[i - 2].id == ids.never && (t[i - 1].id == ids.so || t[i - 1].id == ids.this) { return valence * 1.25 }
            if t[i - 2].id == ids.without && t[i - 1].id == ids.doubt { return valence }
            return t[i - 2].isNegation ? valence * n : valence
        default:
            // Parity: the reference's operator precedence makes "so"/"this" right before the word
            // amplify by 1.25 whatever the third word back is.
            if (t[i - 3].id == ids.never && (t[i - 2].id == ids.so || t[i - 2].id == ids.this)) || (t[i - 1].id == ids.so || t[i - 1].id == ids.this) {
                return valence * 1.25
            }
            if t[i - 3].id == ids.without && (t[i - 2].id == ids.doubt || t[i - 1].id == ids.doubt) { return valence }
            return t[i - 3].isNegation ? valence * n : valence
        }
    }

    private func specialIdiomsCheck(_ valence: Double, _ t: UnsafeBufferPointer<Token>, i: Int) -> Double {
        // Every word of every multi-word entry is in `multiWordVocabulary` (and in the table), so
        // a sequence with any other word cannot match: its text is only built when all its words
        // are in it, and nothing is built unless such a word is nearby.
        let window = max(0, i - 3)...min(t.count - 1, i + 2)
        guard window.contains(where: { t[$0].inMultiWord }) else { return valence }
        func phrase(_ first: Int, _ last: Int) -> String? {
            guard (first...last).allSatisfy({ t[$0].inMultiWord }) else { return nil }
            return (first...last).map { table.words[Int(t[$0].id)] }.joined(separator: " ")
        }
        var valence = valence
        let oneZero = (i - 1, i), twoOneZero = (i - 2, i), twoOne = (i - 2, i - 1), threeTwoOne = (i - 3, i - 1), threeTwo = (i - 3, i - 2)
        for sequence in [oneZero, twoOneZero, twoOne, threeTwoOne, threeTwo] {
            if let text = phrase(sequence.0, sequence.1), let special = rules.specialCases[text] {
                valence = special
                break
            }
        }
        if t.count - 1 > i, let text = phrase(i, i + 1), let special = rules.specialCases[text] { valence = special }
        if t.count - 1 > i + 1, let text = phrase(i, i + 2), let special = rules.specialCases[text] { valence = special }
        for nGram in [threeTwoOne, threeTwo, twoOne] {
            if let text = phrase(nGram.0, nGram.1), let booster = rules.boosters[text] { valence += booster }
        }
        return valence
    }

    private func leastCheck(_ valence: Double, _ t: UnsafeBufferPointer<Token>, i: Int) -> Double {
        if i > 1 && lexiconValence(t[i - 1]) == nil && t[i - 1].id == ids.least {
            if t[i - 2].id != ids.at && t[i - 2].id != ids.very { return valence * VADERConstants.negationScalar }
        } else if i > 0 && lexiconValence(t[i - 1]) == nil && t[i - 1].id == ids.least {
            return valence * VADERConstants.negationScalar
        }
        return valence
    }

    // MARK: - Language extensions (not used by the English parity rules)

    /// Multi-word special cases ("no está mal", "pas terrible") set the phrase's valence on its
    /// last word and silence the others, wherever they stand. Longer phrases go first and keep
    /// their words ("ne marche pas" over "marche pas"), so the answer never depends on order.
    private func applyPhrases(_ t: UnsafeBufferPointer<Token>, _ sentiments: UnsafeMutablePointer<Double>,
                              matched: inout [Int: String]) {
        var claimed: [Bool]?
        for (index, parts) in phraseIDs.enumerated() where parts.count <= t.count {
            var start = 0
            while start + parts.count <= t.count {
                var match = true
                for k in 0..<parts.count where t[start + k].id != parts[k] || claimed?[start + k] == true {
                    match = false
                    break
                }
                if match {
                    if claimed == nil { claimed = Array(repeating: false, count: t.count) }
                    for k in start..<(start + parts.count) { claimed![k] = true }
                    for k in start..<(start + parts.count - 1) { sentiments[k] = 0 }
                    sentiments[start + parts.count - 1] = rules.phrases[index].valence
                    matched[start + parts.count - 1] = rules.phrases[index].phrase
                    start += parts.count
                } else {
                    start += 1
                }
            }
        }
    }

    // MARK: - Contrast and totals

    /// Before the first contrast word ×0.5, after it ×1.5. Parity: the reference finds each
    /// value's position with `list.index`, so when values repeat only the first occurrence is
    /// rescaled (possibly several times); reproduced here on purpose.
    private func applyContrast(_ t: UnsafeBufferPointer<Token>, _ sentiments: UnsafeMutablePointer<Double>) {
        guard let contrast = t.firstIndex(where: { isContrast($0) }) else { return }
        let count = t.count
        for position in 0..<count {
            let sentiment = sentiments[position]
            var first = 0
            while first < count && sentiments[first] != sentiment { first += 1 }
            guard first < count else { continue }
            if first < contrast {
                sentiments[first] = sentiment * 0.5
            } else if first > contrast {
                sentiments[first] = sentiment * 1.5
            }
        }
    }

    private func score(_ sentiments: UnsafeBufferPointer<Double>, emphasis: Double) -> SentimentScores {
        var sum = 0.0
        for s in sentiments { sum += s }
        if sum > 0 { sum += emphasis } else if sum < 0 { sum -= emphasis }
        let compound = Self.normalize(sum)
        var positive = 0.0, negative = 0.0, neutralCount = 0.0
        for s in sentiments {
            if s > 0 { positive += s + 1 }
            if s < 0 { negative += s - 1 }
            if s == 0 { neutralCount += 1 }
        }
        if positive > abs(negative) { positive += emphasis } else if positive < abs(negative) { negative -= emphasis }
        let total = positive + abs(negative) + neutralCount
        return SentimentScores(
            negative: Self.round(abs(negative / total), 3),
            neutral: Self.round(abs(neutralCount / total), 3),
            positive: Self.round(abs(positive / total), 3),
            compound: Self.round(compound, 4)
        )
    }

    static func punctuationEmphasis(_ bytes: UnsafeBufferPointer<UInt8>) -> Double {
        var exclamations = 0, questions = 0
        // Eight bytes a step: each byte equal to the mark becomes 0x80, then count the bits.
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        @inline(__always) func matches(_ word: UInt64, _ mark: UInt64) -> Int {
            let x = word ^ mark
            return (~(((x & low7) &+ low7) | x | low7)).nonzeroBitCount
        }
        let raw = UnsafeRawBufferPointer(bytes)
        var i = 0
        while i + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            exclamations += matches(word, 0x2121_2121_2121_2121)
            questions += matches(word, 0x3F3F_3F3F_3F3F_3F3F)
            i += 8
        }
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "!") { exclamations += 1 } else if bytes[i] == UInt8(ascii: "?") { questions += 1 }
            i += 1
        }
        return emphasis(exclamations: exclamations, questions: questions)
    }

    static func emphasis(exclamations: Int, questions: Int) -> Double {
        let ep = Double(min(exclamations, 4)) * 0.292
        var qm = 0.0
        if questions > 1 { qm = questions <= 3 ? Double(questions) * 0.18 : 0.96 }
        return ep + qm
    }

    static func normalize(_ score: Double, alpha: Double = 15) -> Double {
        let normalized = score / (score * score + alpha).squareRoot()
        return max(-1, min(1, normalized))
    }

    /// Python's round(x, n): half to even on the decimal value.
    static func round(_ value: Double, _ places: Int) -> Double {
        let factor = places == 3 ? 1000.0 : (places == 4 ? 10000.0 : pow(10, Double(places)))
        return (value * factor).rounded(.toNearestOrEven) / factor
    }
}

/// What the rules found for each token, as arrays for explanations.
struct TokenFacts {
    var valence: [Double?]
    var booster: [Double?]
    var isUpper: [Bool]
    var capsDifferential: Bool

    init(_ tokens: UnsafeBufferPointer<Token>, table: WordTable) {
        valence = tokens.map { $0.id >= 0 ? table.entries[Int($0.id)].valence : nil }
        booster = tokens.map { $0.id >= 0 ? table.entries[Int($0.id)].booster : nil }
        isUpper = tokens.map(\.isUpper)
        capsDifferential = VADERAnalyzer.capsDifferential(tokens)
    }

    /// `word.contains("n't")` as a byte search (Foundation's `contains` dominated the profile).
    static func containsNT(_ word: String) -> Bool {
        var a: UInt8 = 0, b: UInt8 = 0
        for byte in word.utf8 {
            if a == UInt8(ascii: "n") && b == UInt8(ascii: "'") && byte == UInt8(ascii: "t") { return true }
            a = b
            b = byte
        }
        return false
    }
}
