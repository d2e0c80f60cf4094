/// One language's sentiment data: a lexicon (word TAB valence) and the rule words VADER's
/// method needs. Spanish, German and French are Vigil's own curated translations of the MIT
/// VADER lexicon (see THIRD_PARTY_NOTICES), with slang and customer-care vocabulary added.
public struct LanguageData: Sendable {
    public var code: String
    public var lexiconText: String
    public var negations: [String]
    public var boostersIncrease: [String]
    public var boostersDecrease: [String]
    public var contrasts: [String]
    public var specialCases: [String: Double]

    public static let all: [LanguageData] = [.spanish, .german, .french]

    public func rules() -> LanguageRules {
        var boosters: [String: Double] = [:]
        for word in boostersIncrease { boosters[word] = VADERConstants.boosterIncrement }
        for word in boostersDecrease { boosters[word] = VADERConstants.boosterDecrement }
        return LanguageRules(
            negations: Set(negations), boosters: boosters, contrasts: Set(contrasts), specialCases: specialCases,
            elisions: code == "fr" ? ["l'", "d'", "j'", "n'", "qu'", "c'", "s'", "m'", "t'"] : [],
            negationFollows: code == "de",
            phrasesOverride: true,
            clauseBoundedNegation: true
        ).withSarcasmMarkers(["🙄", "🙃"])
    }

    /// Emoji whose English description carries no sentiment in VADER's lexicon ("pouting face")
    /// but whose meaning in a complaint is plain: described here with words that do.
    static let emojiClarifications: [Unicode.Scalar: String] = [
        "😡": "angry face", "🤬": "angry face", "😠": "angry face", "🙄": "annoyed face", "😤": "annoyed face",
    ]

    /// The language's words, plus the English words that emoji descriptions use
    /// ("pouting face"), so emoji score the same in every language.
    public func lexicon() -> VADERLexicon {
        let english = VADERLexicon.english
        var descriptions = english.emojiDescriptions
        for (emoji, words) in Self.emojiClarifications { descriptions[emoji] = words }
        var valences: [String: Double] = [:]
        // Rule words of this language ("no" is a Spanish negation, not English "no") stay out.
        let ruleWords = Set(negations + boostersIncrease + boostersDecrease + contrasts)
        let descriptionWords = Set(descriptions.values.flatMap { $0.lowercased().split(separator: " ").map(String.init) })
        for word in descriptionWords where !ruleWords.contains(word) {
            if let value = english.valences[word] { valences[word] = value }
        }
        LexiconText.valences(lexiconText, into: &valences)
        return VADERLexicon(valences: valences, emojiDescriptions: descriptions)
    }
}
