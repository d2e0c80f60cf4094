import Foundation
import VigilSentiment
import Yams

/// A workspace's own sentiment words, per language, on top of the built-in lexicons:
///
/// ```yaml
/// en:
///   kettlebird: 0      # the product name is neutral
///   fire: 2.5          # "this kettle is fire" is praise here
/// es:
///   mola: 2
/// ```
/// A valence of 0 removes the word from the lexicon.
public struct LexiconOverrides: Sendable, Equatable {
    public var words: [String: [String: Double]]

    public init(words: [String: [String: Double]] = [:]) {
        self.words = words
    }

    public struct Failure: Error, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var reason: String
        public var description: String { "\(file):\(line): \(reason)" }
    }

    public static func load(path: String) throws -> LexiconOverrides {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw Failure(file: path, line: 0, reason: "cannot read the lexicon file")
        }
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch { throw Failure(file: path, line: 1, reason: "invalid YAML: \(error)") }
        guard let root else { return LexiconOverrides() }
        guard let languages = root.mapping else { throw Failure(file: path, line: root.mark?.line ?? 1, reason: "expected language: {word: valence}") }
        var words: [String: [String: Double]] = [:]
        for (languageNode, entries) in languages {
            let language = (languageNode.string ?? "").lowercased()
            guard ["en", "es", "de", "fr"].contains(language) else {
                throw Failure(file: path, line: languageNode.mark?.line ?? 1, reason: "unknown language '\(language)' (en, es, de, fr)")
            }
            guard let mapping = entries.mapping else {
                throw Failure(file: path, line: entries.mark?.line ?? 1, reason: "\(language): expected word: valence pairs")
            }
            for (wordNode, valueNode) in mapping {
                let word = (wordNode.string ?? "").lowercased()
                guard let value = valueNode.float ?? valueNode.int.map(Double.init), (-4...4).contains(value) else {
                    throw Failure(file: path, line: valueNode.mark?.line ?? 1, reason: "\(language).\(word): expected a valence from -4 to 4")
                }
                words[language, default: [:]][word] = value
            }
        }
        return LexiconOverrides(words: words)
    }

    /// The built-in analyzers with these words applied.
    public func engine() -> SentimentEngine {
        func adjusted(_ analyzer: VADERAnalyzer, _ language: String) -> VADERAnalyzer {
            guard let overrides = words[language] else { return analyzer }
            var valences = analyzer.lexicon.valences
            for (word, value) in overrides { valences[word] = value == 0 ? nil : value }
            return analyzer.with(valences: valences)
        }
        var analyzers: [String: VADERAnalyzer] = [:]
        for (code, analyzer) in SentimentEngine.builtInAnalyzers { analyzers[code] = adjusted(analyzer, code) }
        return SentimentEngine(analyzers: analyzers, fallback: adjusted(VADERAnalyzer(), "en"))
    }
}
