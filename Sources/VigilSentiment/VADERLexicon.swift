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
        LexiconText.valences(VADERLexiconData.text, into: &valences)
        var emoji: [Unicode.Scalar: String] = [:]
        emoji.reserveCapacity(3600)
        LexiconText.forEachLine(VADEREmojiLexiconData.text) { key, description in
            // VADER walks text one code point at a time, so only single-scalar keys can match.
            let scalars = key.unicodeScalars
            guard let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return }
            emoji[scalar] = String(description)
        }
        return VADERLexicon(valences: valences, emojiDescriptions: emoji)
    }()
}
