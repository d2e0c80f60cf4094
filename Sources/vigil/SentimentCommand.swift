import ArgumentParser
import Foundation
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
        var out = ""
        while let line = readLine() {
            let (result, explanation) = explain ? engine.explain(line, language: language) : (engine.analyze(line, language: language), nil)
            let s = result.scores
            if json {
                out += String(format: "{\"neg\":%.3f,\"neu\":%.3f,\"pos\":%.3f,\"compound\":%.4f,\"label\":\"%@\",\"lang\":\"%@\"}\n",
                              s.negative, s.neutral, s.positive, s.compound, s.label.rawValue, result.language)
            } else {
                out += "\(s.label.rawValue)\t\(String(format: "%.4f", s.compound))\n"
            }
            if let explanation {
                out += "  language \(result.language) (\(result.languageSource.rawValue))\n"
                for line in explanation.lines { out += "  \(line)\n" }
            }
            if out.utf8.count > 1 << 16 {
                FileHandle.standardOutput.write(Data(out.utf8))
                out = ""
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
