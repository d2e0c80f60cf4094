import Foundation
import VigilCore

/// The language extensions (phrases, contrast) and the totals: what runs after each word's valence.
extension VADERAnalyzer {
    // MARK: - Language extensions (not used by the English parity rules)

    /// Multi-word special cases ("no está mal", "pas terrible") set the phrase's valence on its
    /// last word and silence the others, wherever they stand. Longer phrases go first and keep
    /// their words ("ne marche pas" over "marche pas"), so the answer never depends on order.
    func applyPhrases(_ t: UnsafeBufferPointer<Token>, _ sentiments: UnsafeMutablePointer<Double>,
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
    func applyContrast(_ t: UnsafeBufferPointer<Token>, _ sentiments: UnsafeMutablePointer<Double>) {
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

    func score(_ sentiments: UnsafeBufferPointer<Double>, emphasis: Double) -> SentimentScores {
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
