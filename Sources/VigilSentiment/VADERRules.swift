/// VADER 3.3.2's fixed word lists and constants (Hutto & Gilbert 2014), for English.
/// Other languages supply their own `LanguageRules`.
public struct LanguageRules: Sendable {
    public var negations: Set<String>
    public var boosters: [String: Double]
    /// Words that shift weight to what follows ("but"): before ×0.5, after ×1.5.
    public var contrasts: Set<String>
    public var specialCases: [String: Double]
    /// Every word of a multi-word special case or booster ("kiss of death", "sort of").
    public let multiWordVocabulary: Set<String>
    /// The multi-word special cases split into words, longest first, then alphabetical.
    public let phrases: [(phrase: String, words: [String], valence: Double)]
    /// Elided articles and pronouns split off before lookup (French "l'arnaque" → "l'" "arnaque").
    public var elisions: [String]
    /// A negation right after a word negates it too (German "funktioniert nicht").
    public var negationFollows: Bool
    /// Multi-word special cases anywhere in the text set their phrase's valence, overriding
    /// negation inside them ("no está mal"). English keeps VADER's narrower check (parity).
    public var phrasesOverride: Bool
    /// Negation does not reach across a comma or sentence end ("nadie responde, qué desastre").
    public var clauseBoundedNegation: Bool
    /// Emoji that mark the text as sarcastic ("genial 🙄"): its positive words count as
    /// negative. English has none (VADER parity).
    public var sarcasmMarkers: Set<Unicode.Scalar> = []

    public init(negations: Set<String>, boosters: [String: Double], contrasts: Set<String>, specialCases: [String: Double],
                elisions: [String] = [], negationFollows: Bool = false, phrasesOverride: Bool = false,
                clauseBoundedNegation: Bool = false) {
        self.negations = negations
        self.boosters = boosters
        self.contrasts = contrasts
        self.specialCases = specialCases
        self.elisions = elisions
        self.negationFollows = negationFollows
        self.phrasesOverride = phrasesOverride
        self.clauseBoundedNegation = clauseBoundedNegation
        let phrases = (Array(specialCases.keys) + Array(boosters.keys)).filter { $0.contains(" ") }
        multiWordVocabulary = Set(phrases.flatMap { $0.split(separator: " ").map(String.init) })
        self.phrases = specialCases.filter { $0.key.contains(" ") }
            .map { (phrase: $0.key, words: $0.key.split(separator: " ").map(String.init), valence: $0.value) }
            .sorted { $0.words.count != $1.words.count ? $0.words.count > $1.words.count : $0.phrase < $1.phrase }
    }
}

enum VADERConstants {
    static let boosterIncrement = 0.293
    static let boosterDecrement = -0.293
    static let capsIncrement = 0.733
    static let negationScalar = -0.74
}

extension LanguageRules {
    public static let english: LanguageRules = {
        let inc = VADERConstants.boosterIncrement, dec = VADERConstants.boosterDecrement
        var boosters: [String: Double] = [:]
        for word in ["absolutely", "amazingly", "awfully", "completely", "considerable", "considerably", "decidedly", "deeply",
                     "effing", "enormous", "enormously", "entirely", "especially", "exceptional", "exceptionally", "extreme",
                     "extremely", "fabulously", "flipping", "flippin", "frackin", "fracking", "fricking", "frickin", "frigging",
                     "friggin", "fully", "fuckin", "fucking", "fuggin", "fugging", "greatly", "hella", "highly", "hugely",
                     "incredible", "incredibly", "intensely", "major", "majorly", "more", "most", "particularly", "purely",
                     "quite", "really", "remarkably", "so", "substantially", "thoroughly", "total", "totally", "tremendous",
                     "tremendously", "uber", "unbelievably", "unusually", "utter", "utterly", "very"] {
            boosters[word] = inc
        }
        for word in ["almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof", "kind-of", "less", "little",
                     "marginal", "marginally", "occasional", "occasionally", "partly", "scarce", "scarcely", "slight",
                     "slightly", "somewhat", "sort of", "sorta", "sortof", "sort-of"] {
            boosters[word] = dec
        }
        return LanguageRules(
            negations: ["aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt", "ain't", "aren't", "can't",
                        "couldn't", "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt",
                        "mustnt", "neither", "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't", "neednt",
                        "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere", "oughtnt", "shant", "shouldnt",
                        "uhuh", "wasnt", "werent", "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't", "without",
                        "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite"],
            boosters: boosters,
            contrasts: ["but"],
            specialCases: ["the shit": 3, "the bomb": 3, "bad ass": 1.5, "badass": 1.5, "bus stop": 0.0, "yeah right": -2,
                           "kiss of death": -1.5, "to die for": 3, "beating heart": 3.5]
        )
    }()
}

extension LanguageRules {
    func withSarcasmMarkers(_ markers: Set<Unicode.Scalar>) -> LanguageRules {
        var copy = self
        copy.sarcasmMarkers = markers
        return copy
    }
}
