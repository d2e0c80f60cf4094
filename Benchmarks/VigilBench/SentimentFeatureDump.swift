import Foundation
import VigilSentiment

/// `vigil-bench sentiment-features`: the learned model's features of labelled texts, for
/// Tools/sentiment/train.py, so that training reads exactly what inference reads. Input lines
/// `label<TAB>language<TAB>text` (language "auto": guessed as Vigil guesses it); output lines
/// `label<TAB>hash:value hash:value …` (hashes before bucketing, in hex; `hash:value:l` for the
/// language's and the lexicon's features, which training regularizes apart).
enum SentimentFeatureDump {
    struct Collector: FeatureSink {
        var features: [(UInt32, Float, Int)] = []
        mutating func add(_ hash: UInt32, _ value: Float, from origin: Int) { features.append((hash, value, origin)) }
    }

    static func run(features: ModelFeatures) {
        var engine = SentimentEngine()
        engine.model = .vader
        var out = ""
        while let line = readLine() {
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            let text = String(fields[2])
            let result = engine.lexiconResult(text, language: fields[1] == "auto" ? nil : String(fields[1]))
            var collector = Collector()
            var bytes = text
            bytes.withUTF8 { features.extract($0, language: result.modelLanguage, lexicon: result.lexicon, into: &collector) }
            out += fields[0] + "\t" + collector.features.map { String($0.0, radix: 16) + ":" + String($0.1) + ($0.2 < 0 ? ":l" : "") }.joined(separator: " ") + "\n"
            if out.utf8.count > 1 << 16 { FileHandle.standardOutput.write(out.data(using: .utf8)!); out = "" }
        }
        FileHandle.standardOutput.write(out.data(using: .utf8)!)
    }

    /// "3-5" → (3, 5); "0" → no n-grams.
    static func parse(ngrams: String?, pairs: String?, negation: String?, languageWords: String?) -> ModelFeatures {
        var options = ModelFeatures()
        if let ngrams {
            let parts = ngrams.split(separator: "-").compactMap { Int($0) }
            if parts.count == 2 { options.ngramMin = parts[0]; options.ngramMax = parts[1] } else { options.ngramMin = 0; options.ngramMax = 0 }
        }
        if let pairs { options.wordPairs = pairs != "0" }
        if let negation { options.negation = negation != "0" }
        if let languageWords { options.languageWords = languageWords != "0" }
        return options
    }
}
