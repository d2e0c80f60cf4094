import VigilCore

/// Picks the analyzer for a mention's language: the feed's language when it gives one, else a
/// guess; English rules (with emoji) for anything else. The built-in analyzers are built on
/// first use, one language at a time: `echo hi | vigil sentiment` builds English only.
public struct SentimentEngine: Sendable {
    /// Workspace analyzers (with their own words), or nil for the built-in ones.
    private let custom: Custom?
    /// `auto`: the learned model reads the text and the lexicon's scores; `vader`: the lexicon
    /// rules alone (exactly VADER 3.3.2 in English).
    public var model: Model = .auto

    public enum Model: String, Sendable, CaseIterable {
        case auto, vader
    }

    /// Whether the learned model decides (chosen, and its weights trained).
    var usesModel: Bool { model == .auto && SentimentModel.isTrained }

    /// Held by reference: an analyzer is a large value, and copying one out per text (its
    /// tables retained and released) cost more than a short text's scoring.
    private final class Custom: Sendable {
        let english: VADERAnalyzer
        let others: [String: VADERAnalyzer]
        let spanish: VADERAnalyzer?, german: VADERAnalyzer?, french: VADERAnalyzer?

        init(english: VADERAnalyzer, others: [String: VADERAnalyzer]) {
            self.english = english
            self.others = others
            spanish = others["es"]
            german = others["de"]
            french = others["fr"]
        }
    }

    /// Spanish, German and French analyzers (all of them built).
    public var analyzers: [String: VADERAnalyzer] { custom?.others ?? Self.builtInAnalyzers }
    /// The English analyzer, used too for text in no language Vigil has rules for.
    public var fallback: VADERAnalyzer { custom?.english ?? BuiltIn.english }

    /// The built-in analyzers.
    public init() {
        custom = nil
    }

    public init(analyzers: [String: VADERAnalyzer], fallback: VADERAnalyzer) {
        custom = Custom(english: fallback, others: analyzers)
    }

    /// The analyzer for "en", "es", "de" or "fr".
    func analyzer(for code: String) -> VADERAnalyzer? {
        if code == "en" { return fallback }
        if let custom { return custom.others[code] }
        switch code {
        case "es": return BuiltIn.spanish
        case "de": return BuiltIn.german
        case "fr": return BuiltIn.french
        default: return nil
        }
    }

    /// The scores by the rules of "en", "es", "de" or "fr" (nil for another code), without
    /// copying the analyzer out.
    func scores(_ text: String, code: String) -> SentimentScores? {
        if let custom {
            switch code {
            case "en": return custom.english.scores(text)
            case "es": return custom.spanish?.scores(text)
            case "de": return custom.german?.scores(text)
            case "fr": return custom.french?.scores(text)
            default: return nil
            }
        }
        switch code {
        case "en": return BuiltIn.english.scores(text)
        case "es": return BuiltIn.spanish.scores(text)
        case "de": return BuiltIn.german.scores(text)
        case "fr": return BuiltIn.french.scores(text)
        default: return nil
        }
    }

    public struct Result: Sendable {
        /// The final scores: the model's under `auto`, else the lexicon's.
        public var scores: SentimentScores
        /// The lexicon rules' own scores (the same as `scores` under `vader`).
        public var lexicon: SentimentScores
        /// The language whose rules scored the text.
        public var language: String
        /// Where the language came from.
        public var languageSource: LanguageSource

        /// The language the model is told: "other" when no language was known or guessed
        /// (English rules scored it only as the fallback).
        public var modelLanguage: String { languageSource == .fallback ? "other" : language }
    }

    public enum LanguageSource: String, Sendable {
        case feed, guessed, fallback
    }

    /// The analysis with its explanation (which words and heuristics moved the score).
    public func explain(_ text: String, language feedLanguage: String?) -> (Result, SentimentExplanation) {
        var result = lexiconResult(text, language: feedLanguage)
        let analyzer = analyzer(for: result.language) ?? fallback
        var explanation = analyzer.explain(text)
        if usesModel {
            // The model's reading, once: its explanation carries the probabilities `analyze` gives.
            let reading = SentimentModel.shipped.explain(text, language: result.modelLanguage, lexicon: result.lexicon)
            explanation.model = reading
            result.scores = reading.probabilities.scores
        }
        return (result, explanation)
    }

    public func analyze(_ text: String, language feedLanguage: String?) -> Result {
        var result = lexiconResult(text, language: feedLanguage)
        if usesModel {
            result.scores = SentimentModel.shipped.classify(text, language: result.modelLanguage, lexicon: result.lexicon).scores
        }
        return result
    }

    /// The lexicon rules' analysis, in the feed's language, a guessed one, or English.
    public func lexiconResult(_ text: String, language feedLanguage: String?) -> Result {
        if let feedLanguage, let code = Self.code(feedLanguage), let scores = scores(text, code: code) {
            return Result(scores: scores, lexicon: scores, language: code, languageSource: .feed)
        }
        if let guessed = LanguageGuess.guess(text), let scores = scores(text, code: guessed) {
            return Result(scores: scores, lexicon: scores, language: guessed, languageSource: .guessed)
        }
        let scores = scores(text, code: "en")!
        return Result(scores: scores, lexicon: scores, language: "en", languageSource: .fallback)
    }

    /// "es", "ES", "es-MX", "Spanish", "español" → "es".
    static func code(_ language: String) -> String? {
        // The usual case, a lowercase code as most feeds give it, without lowercasing.
        switch language {
        case "en": return "en"
        case "es": return "es"
        case "de": return "de"
        case "fr": return "fr"
        default: break
        }
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
