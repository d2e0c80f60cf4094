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
    /// Everything the rules ask of a word in one table: one hash lookup per token.
    let words: [String: WordInfo]

    struct WordInfo: Sendable {
        var valence: Double?
        var booster: Double?
        var isNegation = false
    }

    public init(lexicon: VADERLexicon = .english, rules: LanguageRules = .english) {
        self.lexicon = lexicon
        self.rules = rules
        var table: [String: WordInfo] = [:]
        table.reserveCapacity(lexicon.valences.count + rules.boosters.count + rules.negations.count)
        for (word, value) in lexicon.valences { table[word, default: WordInfo()].valence = value }
        for (word, value) in rules.boosters { table[word, default: WordInfo()].booster = value }
        for word in rules.negations { table[word, default: WordInfo()].isNegation = true }
        words = table
    }

    /// The same rules with other lexicon valences (workspace overrides).
    public func with(valences: [String: Double]) -> VADERAnalyzer {
        VADERAnalyzer(lexicon: VADERLexicon(valences: valences, emojiDescriptions: lexicon.emojiDescriptions), rules: rules)
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
        let prepared = replacingEmoji(text)
        var words = Self.tokens(prepared)
        var clauseEnds = rules.clauseBoundedNegation ? Self.clauseEnds(prepared, count: words.count) : nil
        if !rules.elisions.isEmpty { (words, clauseEnds) = splitElisions(words, clauseEnds) }
        guard !words.isEmpty else {
            return Analysis(scores: .zero, explanation: SentimentExplanation(words: [], punctuationEmphasis: 0, scores: .zero))
        }
        let lower = words.map(Self.lowercase)
        var facts = TokenFacts(words: words, lower: lower, table: self.words)
        facts.endsClause = clauseEnds
        let capsDifferential = facts.capsDifferential
        var sentiments: [Double] = []
        sentiments.reserveCapacity(words.count)
        for i in words.indices {
            if facts.booster[i] != nil {
                sentiments.append(0)
                continue
            }
            if i < words.count - 1 && lower[i] == "kind" && lower[i + 1] == "of" {
                sentiments.append(0)
                continue
            }
            sentiments.append(valence(at: i, facts: facts, lower: lower, capsDifferential: capsDifferential))
        }
        if rules.negationFollows { applyFollowingNegation(facts, &sentiments) }
        var phrases: [Int: String] = [:]
        if rules.phrasesOverride { applyPhrases(lower, &sentiments, matched: &phrases) }
        // Sarcasm ("genial 🙄"): the praise is meant as its opposite.
        let sarcastic = !rules.sarcasmMarkers.isEmpty && text.unicodeScalars.contains(where: rules.sarcasmMarkers.contains)
        if sarcastic {
            for i in sentiments.indices where sentiments[i] > 0 { sentiments[i] = -sentiments[i] }
        }
        let beforeContrast = sentiments
        applyContrast(lower, &sentiments)
        let scores = score(sentiments, text: prepared)
        guard explaining else { return Analysis(scores: scores, explanation: nil) }
        return Analysis(scores: scores, explanation: SentimentExplanation.build(
            words: words, lower: lower, facts: facts, rules: rules, beforeContrast: beforeContrast, final: sentiments, sarcastic: sarcastic,
            phrases: phrases, emphasis: Self.punctuationEmphasis(prepared), scores: scores))
    }

    // MARK: - Text preparation

    /// Emoji become their descriptions ("😡" → "pouting face"), one code point at a time (parity).
    func replacingEmoji(_ text: String) -> String {
        // Most texts have no emoji from the lexicon: find out before building a copy.
        guard text.utf8.contains(where: { $0 >= 0xC0 }),
              text.unicodeScalars.contains(where: { $0.value >= 0x80 && lexicon.emojiDescriptions[$0] != nil }) else {
            return Self.stripWhitespace(text)
        }
        var out = String.UnicodeScalarView()
        var previousWasSpace = true
        var changed = false
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x80, let description = lexicon.emojiDescriptions[scalar] {
                if !previousWasSpace { out.append(" ") }
                out.append(contentsOf: description.unicodeScalars)
                previousWasSpace = false
                changed = true
            } else {
                out.append(scalar)
                previousWasSpace = scalar == " "
            }
        }
        let result = changed ? String(out) : text
        return Self.stripWhitespace(result)
    }

    static func stripWhitespace(_ text: String) -> String {
        if let first = text.utf8.first, let last = text.utf8.last, first > 0x20, last > 0x20, first < 0x80, last < 0x80 { return text }
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isPythonSpace($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isPythonSpace($0) })!
        return String(scalars[start...end])
    }

    /// Python's `str.split()` and punctuation stripping, so tokens match the reference.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var text = text
        text.withUTF8 { bytes in
            var start = -1
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                let width: Int
                let isSpace: Bool
                if byte < 0x80 {
                    width = 1
                    isSpace = (byte >= 0x09 && byte <= 0x0D) || (byte >= 0x1C && byte <= 0x20)
                } else {
                    width = byte >= 0xF0 ? 4 : (byte >= 0xE0 ? 3 : 2)
                    // Decode the scalar by hand: only a few non-ASCII scalars are spaces.
                    var value = UInt32(byte) & (width == 2 ? 0x1F : (width == 3 ? 0x0F : 0x07))
                    for k in 1..<width where i + k < bytes.count { value = value << 6 | (UInt32(bytes[i + k]) & 0x3F) }
                    isSpace = Unicode.Scalar(value).map(isPythonSpace) ?? false
                }
                if isSpace {
                    if start >= 0 { tokens.append(stripPunctuationIfWord(UnsafeBufferPointer(rebasing: bytes[start..<i]))); start = -1 }
                } else if start < 0 {
                    start = i
                }
                i += width
            }
            if start >= 0 { tokens.append(stripPunctuationIfWord(UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))) }
        }
        return tokens
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

    /// Leading and trailing ASCII punctuation removed, unless that leaves two or fewer code
    /// points (then it was probably an emoticon such as ":)" and is kept whole).
    static func stripPunctuationIfWord(_ token: UnsafeBufferPointer<UInt8>) -> String {
        var start = 0, end = token.count
        while start < end && isASCIIPunctuation(token[start]) { start += 1 }
        while end > start && isASCIIPunctuation(token[end - 1]) { end -= 1 }
        // Count code points (not bytes) in what is left: continuation bytes do not start one.
        var codePoints = 0
        for k in start..<end where token[k] & 0xC0 != 0x80 {
            codePoints += 1
            if codePoints > 2 { break }
        }
        let keep = codePoints <= 2 ? token : UnsafeBufferPointer(rebasing: token[start..<end])
        return String(decoding: keep, as: UTF8.self)
    }

    static func stripPunctuationIfWord(_ token: String) -> String {
        var token = token
        return token.withUTF8 { stripPunctuationIfWord($0) }
    }

    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
        default: return false
        }
    }

    static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
        default: return false
        }
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

    /// Lowercase with an ASCII fast path (same result as `lowercased()`).
    static func lowercase(_ word: String) -> String {
        var needsWork = false
        for byte in word.utf8 {
            if byte >= 0x80 { return word.lowercased() }
            if byte >= 0x41 && byte <= 0x5A { needsWork = true }
        }
        return needsWork ? word.lowercased() : word
    }

    /// Python's `str.isupper()` with an ASCII fast path.
    static func isUpperFast(_ word: String) -> Bool {
        var cased = false
        for byte in word.utf8 {
            if byte >= 0x80 { return isUpper(word) }
            if byte >= 0x61 && byte <= 0x7A { return false }
            if byte >= 0x41 && byte <= 0x5A { cased = true }
        }
        return cased
    }

    // MARK: - Per-word valence

    private func valence(at i: Int, facts: TokenFacts, lower: [String], capsDifferential: Bool) -> Double {
        guard var valence = facts.valence[i] else { return 0 }
        let base = valence
        if lower[i] == "no" && i != lower.count - 1 && facts.valence[i + 1] != nil {
            valence = 0
        }
        // English "no" is a lexicon word with its own rule; where "no" is a plain negation
        // (Spanish), the negation window handles it and this rule would negate twice.
        if !rules.negations.contains("no"),
           (i > 0 && lower[i - 1] == "no") || (i > 1 && lower[i - 2] == "no")
            || (i > 2 && lower[i - 3] == "no" && (lower[i - 1] == "or" || lower[i - 1] == "nor")) {
            valence = base * VADERConstants.negationScalar
        }
        if facts.isUpper[i] && capsDifferential {
            valence += valence > 0 ? VADERConstants.capsIncrement : -VADERConstants.capsIncrement
        }
        for startI in 0..<3 where i > startI && facts.valence[i - (startI + 1)] == nil {
            var scalar = boosterScalar(at: i - (startI + 1), facts: facts, valence: valence, capsDifferential: capsDifferential)
            if startI == 1 && scalar != 0 { scalar *= 0.95 }
            if startI == 2 && scalar != 0 { scalar *= 0.9 }
            valence += scalar
            valence = negationCheck(valence, lower: lower, facts: facts, startI: startI, i: i)
            if startI == 2 { valence = specialIdiomsCheck(valence, lower: lower, i: i) }
        }
        return leastCheck(valence, lower: lower, facts: facts, i: i)
    }

    private func boosterScalar(at j: Int, facts: TokenFacts, valence: Double, capsDifferential: Bool) -> Double {
        guard var scalar = facts.booster[j] else { return 0 }
        if valence < 0 { scalar *= -1 }
        if facts.isUpper[j] && capsDifferential {
            scalar += valence > 0 ? VADERConstants.capsIncrement : -VADERConstants.capsIncrement
        }
        return scalar
    }

    private func negationCheck(_ valence: Double, lower: [String], facts: TokenFacts, startI: Int, i: Int) -> Double {
        let n = VADERConstants.negationScalar
        if let ends = facts.endsClause, (i - (startI + 1)..<i).contains(where: { ends[$0] }) {
            return valence  // a comma or sentence end lies between the negation and the word
        }
        switch startI {
        case 0:
            return facts.isNegation[i - 1] ? valence * n : valence
        case 1:
            if lower[i - 2] == "never" && (lower[i - 1] == "so" || lower[i - 1] == "this") { return valence * 1.25 }
            if lower[i - 2] == "without" && lower[i - 1] == "doubt" { return valence }
            return facts.isNegation[i - 2] ? valence * n : valence
        default:
            // Parity: the reference's operator precedence makes "so"/"this" right before the word
            // amplify by 1.25 whatever the third word back is.
            if (lower[i - 3] == "never" && (lower[i - 2] == "so" || lower[i - 2] == "this")) || (lower[i - 1] == "so" || lower[i - 1] == "this") {
                return valence * 1.25
            }
            if lower[i - 3] == "without" && (lower[i - 2] == "doubt" || lower[i - 1] == "doubt") { return valence }
            return facts.isNegation[i - 3] ? valence * n : valence
        }
    }

    private func specialIdiomsCheck(_ valence: Double, lower: [String], i: Int) -> Double {
        // Only build the word sequences when a word of some multi-word entry is nearby.
        let window = max(0, i - 3)...min(lower.count - 1, i + 2)
        guard window.contains(where: { rules.multiWordVocabulary.contains(lower[$0]) }) else { return valence }
        var valence = valence
        let oneZero = "\(lower[i - 1]) \(lower[i])"
        let twoOneZero = "\(lower[i - 2]) \(lower[i - 1]) \(lower[i])"
        let twoOne = "\(lower[i - 2]) \(lower[i - 1])"
        let threeTwoOne = "\(lower[i - 3]) \(lower[i - 2]) \(lower[i - 1])"
        let threeTwo = "\(lower[i - 3]) \(lower[i - 2])"
        for sequence in [oneZero, twoOneZero, twoOne, threeTwoOne, threeTwo] {
            if let special = rules.specialCases[sequence] {
                valence = special
                break
            }
        }
        if lower.count - 1 > i, let special = rules.specialCases["\(lower[i]) \(lower[i + 1])"] { valence = special }
        if lower.count - 1 > i + 1, let special = rules.specialCases["\(lower[i]) \(lower[i + 1]) \(lower[i + 2])"] { valence = special }
        for nGram in [threeTwoOne, threeTwo, twoOne] {
            if let booster = rules.boosters[nGram] { valence += booster }
        }
        return valence
    }

    private func leastCheck(_ valence: Double, lower: [String], facts: TokenFacts, i: Int) -> Double {
        if i > 1 && facts.valence[i - 1] == nil && lower[i - 1] == "least" {
            if lower[i - 2] != "at" && lower[i - 2] != "very" { return valence * VADERConstants.negationScalar }
        } else if i > 0 && facts.valence[i - 1] == nil && lower[i - 1] == "least" {
            return valence * VADERConstants.negationScalar
        }
        return valence
    }

    // MARK: - Language extensions (not used by the English parity rules)

    /// "l'arnaque" → "l'", "arnaque" (also with a typographic apostrophe).
    private func splitElisions(_ words: [String], _ ends: [Bool]?) -> ([String], [Bool]?) {
        var out: [String] = []
        var outEnds: [Bool] = []
        out.reserveCapacity(words.count)
        for (index, word) in words.enumerated() {
            let normalized = word.replacingOccurrences(of: "’", with: "'")
            let lower = normalized.lowercased()
            let end = ends.map { index < $0.count ? $0[index] : false } ?? false
            if let prefix = rules.elisions.first(where: { lower.hasPrefix($0) && lower.count > $0.count + 1 }) {
                out.append(String(normalized.prefix(prefix.count)))
                out.append(String(normalized.dropFirst(prefix.count)))
                outEnds.append(false)
                outEnds.append(end)
            } else {
                out.append(word)
                outEnds.append(end)
            }
        }
        return (out, ends == nil ? nil : outEnds)
    }

    /// A negation right after a sentiment word negates it ("funktioniert nicht").
    private func applyFollowingNegation(_ facts: TokenFacts, _ sentiments: inout [Double]) {
        for i in sentiments.indices where sentiments[i] != 0 && i + 1 < sentiments.count && facts.isNegation[i + 1] {
            sentiments[i] *= VADERConstants.negationScalar
        }
    }

    /// Multi-word special cases ("no está mal", "pas terrible") set the phrase's valence on its
    /// last word and silence the others, wherever they stand. Longer phrases go first and keep
    /// their words ("ne marche pas" over "marche pas"), so the answer never depends on order.
    private func applyPhrases(_ lower: [String], _ sentiments: inout [Double], matched: inout [Int: String]) {
        var claimed = [Bool](repeating: false, count: lower.count)
        for (phrase, parts, value) in rules.phrases {
            guard parts.count <= lower.count else { continue }
            var start = 0
            while start + parts.count <= lower.count {
                if lower[start] == parts[0] && Array(lower[start..<(start + parts.count)]) == parts
                    && !claimed[start..<(start + parts.count)].contains(true) {
                    for k in start..<(start + parts.count) { claimed[k] = true }
                    for k in start..<(start + parts.count - 1) { sentiments[k] = 0 }
                    sentiments[start + parts.count - 1] = value
                    matched[start + parts.count - 1] = phrase
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
    private func applyContrast(_ lower: [String], _ sentiments: inout [Double]) {
        guard let contrast = lower.firstIndex(where: { rules.contrasts.contains($0) }) else { return }
        for position in sentiments.indices {
            let sentiment = sentiments[position]
            guard let first = sentiments.firstIndex(of: sentiment) else { continue }
            if first < contrast {
                sentiments[first] = sentiment * 0.5
            } else if first > contrast {
                sentiments[first] = sentiment * 1.5
            }
        }
    }

    private func score(_ sentiments: [Double], text: String) -> SentimentScores {
        var sum = sentiments.reduce(0, +)
        let emphasis = Self.punctuationEmphasis(text)
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

    static func punctuationEmphasis(_ text: String) -> Double {
        var exclamations = 0, questions = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "!") { exclamations += 1 } else if byte == UInt8(ascii: "?") { questions += 1 }
        }
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
        let factor = pow(10, Double(places))
        return (value * factor).rounded(.toNearestOrEven) / factor
    }
}

/// What the rules ask about each token, looked up once per text instead of once per rule.
struct TokenFacts {
    /// Whether each raw token ended a clause (`,` `;` `.` `!` `?` `…`), when the rules ask.
    var endsClause: [Bool]?
    var valence: [Double?]
    var booster: [Double?]
    var isNegation: [Bool]
    var isUpper: [Bool]
    var capsDifferential: Bool

    init(words: [String], lower: [String], table: [String: VADERAnalyzer.WordInfo]) {
        valence = []
        booster = []
        isNegation = []
        valence.reserveCapacity(lower.count)
        booster.reserveCapacity(lower.count)
        isNegation.reserveCapacity(lower.count)
        for word in lower {
            let info = table[word]
            valence.append(info?.valence)
            booster.append(info?.booster)
            isNegation.append((info?.isNegation ?? false) || TokenFacts.containsNT(word))
        }
        isUpper = words.map(VADERAnalyzer.isUpperFast)
        let caps = isUpper.reduce(0) { $0 + ($1 ? 1 : 0) }
        let differential = words.count - caps
        capsDifferential = differential > 0 && differential < words.count
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
