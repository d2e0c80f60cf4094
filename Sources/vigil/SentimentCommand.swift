import ArgumentParser
import Foundation
import VigilCore
import VigilEngine
import VigilSentiment

struct SentimentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentiment",
        abstract: "Score texts read from standard input, one per line.",
        discussion: "Prints `label<TAB>compound` per line, or with --json an object with neg, neu, pos, compound, label and lang."
    )

    @Option(help: "Language of the texts: en, es, de, fr, or auto to guess per line.")
    var lang: String = "auto"

    @Flag(help: "One JSON object per line with all four scores.")
    var json = false

    @Flag(help: "After each result, show which words and heuristics moved the score.")
    var explain = false

    @Option(help: "YAML file of workspace sentiment words per language (see README).")
    var lexicon: String?

    func validate() throws {
        guard ["auto", "en", "es", "de", "fr"].contains(lang.lowercased()) else {
            throw ValidationError("unsupported language '\(lang)': use en, es, de, fr or auto")
        }
    }

    func run() throws {
        let engine: SentimentEngine
        do { engine = try lexicon.map { try LexiconOverrides.load(path: $0).engine() } ?? SentimentEngine() } catch {
            throw ValidationError(String(describing: error))
        }
        let language = lang.lowercased() == "auto" ? nil : lang.lowercased()
        // Blocks in and out, numbers without String(format:): per line, reading and printing
        // must cost less than scoring.
        var out = OutputBuffer()
        LineReader().forEachLine { bytes in
            let line = String(decoding: bytes, as: UTF8.self)
            let (result, explanation) = explain ? engine.explain(line, language: language) : (engine.analyze(line, language: language), nil)
            let s = result.scores
            if json {
                out.append("{\"neg\":"); out.append(fixed: s.negative, decimals: 3)
                out.append(",\"neu\":"); out.append(fixed: s.neutral, decimals: 3)
                out.append(",\"pos\":"); out.append(fixed: s.positive, decimals: 3)
                out.append(",\"compound\":"); out.append(fixed: s.compound, decimals: 4)
                out.append(",\"label\":\""); out.append(s.label.rawValue)
                out.append("\",\"lang\":\""); out.append(result.language); out.append("\"}\n")
            } else {
                out.append(s.label.rawValue); out.append(byte: 0x09)
                out.append(fixed: s.compound, decimals: 4); out.append(byte: 0x0A)
            }
            if let explanation {
                out.append("  language \(result.language) (\(result.languageSource.rawValue))\n")
                for line in explanation.lines { out.append("  \(line)\n") }
            }
            out.flushIfFull()
        }
        out.flush()
    }
}
