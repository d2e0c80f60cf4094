/// The word and emoji lexicons VADER scores with, parsed once.
public struct VADERLexicon: Sendable {
    public var valences: [String: Double]
    /// Single-scalar emoji → English description ("😡" → "pouting face"), as VADER substitutes them.
    public var emojiDescriptions: [Unicode.Scalar: String]

    public init(valences: [String: Double], emojiDescriptions: [Unicode.Scalar: String]) {
        self.valences = valences
        self.emojiDescriptions = emojiDescriptions
    }

    /// VADER 3.3.2's English lexicon and emoji lexicon.
    public static let english: VADERLexicon = {
        var valences: [String: Double] = [:]
        valences.reserveCapacity(7600)
        for line in VADERLexiconData.text.split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2, let value = Double(parts[1]) else { continue }
            valences[String(parts[0])] = value
        }
        var emoji: [Unicode.Scalar: String] = [:]
        for line in VADEREmojiLexiconData.text.split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            // VADER walks text one code point at a time, so only single-scalar keys can match.
            guard parts.count == 2, parts[0].unicodeScalars.count == 1, let scalar = parts[0].unicodeScalars.first else { continue }
            emoji[scalar] = String(parts[1])
        }
        return VADERLexicon(valences: valences, emojiDescriptions: emoji)
    }()
}
