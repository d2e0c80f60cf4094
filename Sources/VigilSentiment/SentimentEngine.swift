import VigilCore

/// Picks the analyzer for a mention's language: the feed's language when it gives one, else a
/// guess; English rules (with emoji) for anything else.
public struct SentimentEngine: Sendable {
    public let analyzers: [String: VADERAnalyzer]
    public let fallback: VADERAnalyzer

    public init(analyzers: [String: VADERAnalyzer] = SentimentEngine.builtInAnalyzers, fallback: VADERAnalyzer = VADERAnalyzer()) {
        self.analyzers = analyzers
        self.fallback = fallback
    }

    public struct Result: Sendable {
        public var scores: SentimentScores
        /// The language whose rules scored the text.
        public var language: String
        /// Where the language came from.
        public var languageSource: LanguageSource
    }

    public enum LanguageSource: String, Sendable {
        case feed, guessed, fallback
    }

    /// The analysis with its explanation (which words and heuristics moved the score).
    public func explain(_ text: String, language feedLanguage: String?) -> (Result, SentimentExplanation) {
        let result = analyze(text, language: feedLanguage)
        let analyzer = result.language == "en" ? fallback : (analyzers[result.language] ?? fallback)
        return (result, analyzer.explain(text))
    }

    public func analyze(_ text: String, language feedLanguage: String?) -> Result {
        if let feedLanguage, let code = Self.code(feedLanguage), let analyzer = code == "en" ? fallback : analyzers[code] {
            return Result(scores: analyzer.scores(text), language: code, languageSource: .feed)
        }
        if let guessed = LanguageGuess.guess(text), let analyzer = guessed == "en" ? fallback : analyzers[guessed] {
            return Result(scores: analyzer.scores(text), language: guessed, languageSource: .guessed)
        }
        return Result(scores: fallback.scores(text), language: "en", languageSource: .fallback)
    }

    /// "es", "ES", "es-MX", "Spanish", "español" → "es".
    static func code(_ language: String) -> String? {
        let lower = language.lowercased()
        let prefix = String(lower.prefix(2))
        if ["en", "es", "de", "fr"].contains(prefix) && (lower.count == 2 || lower.dropFirst(2).first == "-" || lower.dropFirst(2).first == "_") {
            return prefix
        }
        switch lower {
        case "english", "inglés", "englisch", "anglais": return "en"
        case "spanish", "español", "espanol", "spanisch", "espagnol": return "es"
        case "german", "deutsch", "alemán", "allemand": return "de"
        case "french", "français", "francais", "francés", "französisch": return "fr"
        default: return nil
        }
    }

    public static let builtInAnalyzers: [String: VADERAnalyzer] = {
        var analyzers: [String: VADERAnalyzer] = [:]
        for language in LanguageData.all {
            analyzers[language.code] = VADERAnalyzer(lexicon: language.lexicon(), rules: language.rules())
        }
        return analyzers
    }()
}
