import VigilCore

/// Picks the analyzer for a mention's language: the feed's language when it gives one, else a
/// guess; English rules (with emoji) for anything else. The built-in analyzers are built on
/// first use, one language at a time: `echo hi | vigil sentiment` builds English only.
public struct SentimentEngine: Sendable {
    /// Workspace analyzers (with their own words), or nil for the built-in ones.
    private let custom: [String: VADERAnalyzer]?
    private let customFallback: VADERAnalyzer?

    /// Spanish, German and French analyzers (all of them built).
    public var analyzers: [String: VADERAnalyzer] { custom ?? Self.builtInAnalyzers }
    /// The English analyzer, used too for text in no language Vigil has rules for.
    public var fallback: VADERAnalyzer { customFallback ?? BuiltIn.english }

    /// The built-in analyzers.
    public init() {
        custom = nil
        customFallback = nil
    }

    public init(analyzers: [String: VADERAnalyzer], fallback: VADERAnalyzer) {
        custom = analyzers
        customFallback = fallback
    }

    /// The analyzer for "en", "es", "de" or "fr".
    func analyzer(for code: String) -> VADERAnalyzer? {
        if code == "en" { return fallback }
        if let custom { return custom[code] }
        switch code {
        case "es": return BuiltIn.spanish
        case "de": return BuiltIn.german
        case "fr": return BuiltIn.french
        default: return nil
        }
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
        let analyzer = analyzer(for: result.language) ?? fallback
        return (result, analyzer.explain(text))
    }

    public func analyze(_ text: String, language feedLanguage: String?) -> Result {
        if let feedLanguage, let code = Self.code(feedLanguage), let analyzer = analyzer(for: code) {
            return Result(scores: analyzer.scores(text), language: code, languageSource: .feed)
        }
        if let guessed = LanguageGuess.guess(text), let analyzer = analyzer(for: guessed) {
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

    public static var builtInAnalyzers: [String: VADERAnalyzer] {
        ["es": BuiltIn.spanish, "de": BuiltIn.german, "fr": BuiltIn.french]
    }

    /// Each built on first use (Swift runs a global's initializer once, thread-safely).
    enum BuiltIn {
        static let english = VADERAnalyzer()
        static let spanish = make(.spanish)
        static let german = make(.german)
        static let french = make(.french)

        static func make(_ language: LanguageData) -> VADERAnalyzer {
            VADERAnalyzer(lexicon: language.lexicon(), rules: language.rules())
        }
    }
}
