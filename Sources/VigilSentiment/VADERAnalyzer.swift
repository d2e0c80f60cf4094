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

    struct Analysis {
        var scores: SentimentScores
        var explanation: SentimentExplanation?
    }

    func analyze(_ text: String, explaining: Bool) -> Analysis {
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

    func analyze(prepared bytes: UnsafeBufferPointer<UInt8>, emphasis: Double, explaining: Bool, sarcastic: Bool) -> Analysis {
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
    func evaluate(_ tokens: UnsafeBufferPointer<Token>, sentiments: UnsafeMutablePointer<Double>, sarcastic: Bool,
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

    @inline(__always) func isContrast(_ token: Token) -> Bool { token.isContrast }

    // MARK: - Per-word valence

    func valence(at i: Int, _ t: UnsafeBufferPointer<Token>, capsDifferential: Bool) -> Double {
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

    func boosterScalar(_ token: Token, valence: Double, capsDifferential: Bool) -> Double {
        guard var scalar = booster(token) else { return 0 }
        if valence < 0 { scalar *= -1 }
        if token.isUpper && capsDifferential {
            scalar += valence > 0 ? VADERConstants.capsIncrement : -VADERConstants.capsIncrement
        }
        return scalar
    }

    func negationCheck(_ valence: Double, _ t: UnsafeBufferPointer<Token>, startI: Int, i: Int) -> Double {
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

    func specialIdiomsCheck(_ valence: Double, _ t: UnsafeBufferPointer<Token>, i: Int) -> Double {
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

    func leastCheck(_ valence: Double, _ t: UnsafeBufferPointer<Token>, i: Int) -> Double {
        if i > 1 && lexiconValence(t[i - 1]) == nil && t[i - 1].id == ids.least {
            if t[i - 2].id != ids.at && t[i - 2].id != ids.very { return valence * VADERConstants.negationScalar }
        } else if i > 0 && lexiconValence(t[i - 1]) == nil && t[i - 1].id == ids.least {
            return valence * VADERConstants.negationScalar
        }
        return valence
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
