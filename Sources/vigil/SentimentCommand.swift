import ArgumentParser
import Foundation
import VigilSentiment

struct SentimentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentiment",
        abstract: "Score texts read from standard input, one per line.",
        discussion: "Prints `label<TAB>compound` per line, or with --json an object with neg, neu, pos, compound, label and lang."
    )

    @Option(help: "Language of the texts. Only en is available so far.")
    var lang: String = "en"

    @Flag(help: "One JSON object per line with all four scores.")
    var json = false

    func validate() throws {
        guard lang.lowercased() == "en" else {
            throw ValidationError("only English (en) rules are available so far; Spanish, German and French lexicons are not in this build")
        }
    }

    func run() throws {
        let analyzer = VADERAnalyzer()
        var out = ""
        while let line = readLine() {
            let s = analyzer.scores(line)
            if json {
                out += String(format: "{\"neg\":%.3f,\"neu\":%.3f,\"pos\":%.3f,\"compound\":%.4f,\"label\":\"%@\",\"lang\":\"en\"}\n",
                              s.negative, s.neutral, s.positive, s.compound, s.label.rawValue)
            } else {
                out += "\(s.label.rawValue)\t\(String(format: "%.4f", s.compound))\n"
            }
            if out.utf8.count > 1 << 16 {
                FileHandle.standardOutput.write(Data(out.utf8))
                out = ""
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
