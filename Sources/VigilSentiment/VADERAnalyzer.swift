import Foundation
import VigilCore

/// VADER 3.3.2's method (Hutto & Gilbert 2014), written anew in Swift: lexicon valence,
/// boosters and dampeners, a three-word negation window, "but" contrast, ALL-CAPS emphasis,
/// `!`/`?` amplification, special idioms, emoji (via their descriptions) and emoticons.
/// With `LanguageRules.english` and `VADERLexicon.english` it reproduces the reference
/// implementation's scores, quirks included (each is marked "parity").
public struct VADERAnalyzer: Sendable {
    public var lexicon: VADERLexicon
    public var rules: LanguageRules

    public init(lexicon: VADERLexicon = .english, rules: LanguageRules = .english) {
        self.lexicon = lexicon
        self.rules = rules
    }

    public func scores(_ text: String) -> SentimentScores {
        let prepared = replacingEmoji(text)
        let words = Self.tokens(prepared)
        guard !words.isEmpty else { return .zero }
        let lower = words.map { $0.lowercased() }
        let capsDifferential = Self.hasCapsDifferential(words)
        var sentiments: [Double] = []
        sentiments.reserveCapacity(words.count)
        for i in words.indices {
            if rules.boosters[lower[i]] != nil {
                sentiments.append(0)
                continue
            }
            if i < words.count - 1 && lower[i] == "kind" && lower[i + 1] == "of" {
                sentiments.append(0)
                continue
            }
            sentiments.append(valence(at: i, words: words, lower: lower, capsDifferential: capsDifferential))
        }
        applyContrast(lower, &sentiments)
        return score(sentiments, text: prepared)
    }

    // MARK: - Text preparation

    /// Emoji become their descriptions ("😡" → "pouting face"), one code point at a time (parity).
    func replacingEmoji(_ text: String) -> String {
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
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isPythonSpace($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isPythonSpace($0) })!
        return String(scalars[start...end])
    }

    /// Python's `str.split()` and punctuation stripping, so tokens match the reference.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isPythonSpace(scalar) {
                if !current.isEmpty { tokens.append(stripPunctuationIfWord(String(current))); current = String.UnicodeScalarView() }
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { tokens.append(stripPunctuationIfWord(String(current))) }
        return tokens
    }

    /// Leading and trailing ASCII punctuation removed, unless that leaves two or fewer code
    /// points (then it was probably an emoticon such as ":)" and is kept whole).
    static func stripPunctuationIfWord(_ token: String) -> String {
        let scalars = Array(token.unicodeScalars)
        var start = 0, end = scalars.count
        while start < end && isASCIIPunctuation(scalars[start]) { start += 1 }
        while end > start && isASCIIPunctuation(scalars[end - 1]) { end -= 1 }
        if end - start <= 2 { return token }
        if start == 0 && end == scalars.count { return token }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
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

    /// Some, but not all, words are ALL CAPS.
    static func hasCapsDifferential(_ words: [String]) -> Bool {
        let caps = words.reduce(0) { $0 + (isUpper($1) ? 1 : 0) }
        let differential = words.count - caps
        return differential > 0 && differential < words.count
    }

    // MARK: - Per-word valence

    private func valence(at i: Int, words: [String], lower: [String], capsDifferential: Bool) -> Double {
        guard var valence = lexicon.valences[lower[i]] else { return 0 }
        let base = valence
        if lower[i] == "no" && i != words.count - 1 && lexicon.valences[lower[i + 1]] != nil {
            valence = 0
        }
        if (i > 0 && lower[i - 1] == "no") || (i > 1 && lower[i - 2] == "no")
            || (i > 2 && lower[i - 3] == "no" && (lower[i - 1] == "or" || lower[i - 1] == "nor")) {
            valence = base * VADERConstants.negationScalar
        }
        if Self.isUpper(words[i]) && capsDifferential {
            valence += valence > 0 ? VADERConstants.capsIncrement : -VADERConstants.capsIncrement
        }
        for startI in 0..<3 where i > startI && lexicon.valences[lower[i - (startI + 1)]] == nil {
            var scalar = boosterScalar(words[i - (startI + 1)], lower: lower[i - (startI + 1)], valence: valence, capsDifferential: capsDifferential)
            if startI == 1 && scalar != 0 { scalar *= 0.95 }
            if startI == 2 && scalar != 0 { scalar *= 0.9 }
            valence += scalar
            valence = negationCheck(valence, lower: lower, startI: startI, i: i)
            if startI == 2 { valence = specialIdiomsCheck(valence, lower: lower, i: i) }
        }
        return leastCheck(valence, lower: lower, i: i)
    }

    private func boosterScalar(_ word: String, lower: String, valence: Double, capsDifferential: Bool) -> Double {
        guard var scalar = rules.boosters[lower] else { return 0 }
        if valence < 0 { scalar *= -1 }
        if Self.isUpper(word) && capsDifferential {
            scalar += valence > 0 ? VADERConstants.capsIncrement : -VADERConstants.capsIncrement
        }
        return scalar
    }

    private func isNegation(_ word: String) -> Bool {
        rules.negations.contains(word) || word.contains("n't")
    }

    private func negationCheck(_ valence: Double, lower: [String], startI: Int, i: Int) -> Double {
        let n = VADERConstants.negationScalar
        switch startI {
        case 0:
            return isNegation(lower[i - 1]) ? valence * n : valence
        case 1:
            if lower[i - 2] == "never" && (lower[i - 1] == "so" || lower[i - 1] == "this") { return valence * 1.25 }
            if lower[i - 2] == "without" && lower[i - 1] == "doubt" { return valence }
            return isNegation(lower[i - 2]) ? valence * n : valence
        default:
            // Parity: the reference's operator precedence makes "so"/"this" right before the word
            // amplify by 1.25 whatever the third word back is.
            if (lower[i - 3] == "never" && (lower[i - 2] == "so" || lower[i - 2] == "this")) || (lower[i - 1] == "so" || lower[i - 1] == "this") {
                return valence * 1.25
            }
            if lower[i - 3] == "without" && (lower[i - 2] == "doubt" || lower[i - 1] == "doubt") { return valence }
            return isNegation(lower[i - 3]) ? valence * n : valence
        }
    }

    private func specialIdiomsCheck(_ valence: Double, lower: [String], i: Int) -> Double {
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

    private func leastCheck(_ valence: Double, lower: [String], i: Int) -> Double {
        if i > 1 && lexicon.valences[lower[i - 1]] == nil && lower[i - 1] == "least" {
            if lower[i - 2] != "at" && lower[i - 2] != "very" { return valence * VADERConstants.negationScalar }
        } else if i > 0 && lexicon.valences[lower[i - 1]] == nil && lower[i - 1] == "least" {
            return valence * VADERConstants.negationScalar
        }
        return valence
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
