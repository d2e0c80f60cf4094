import Foundation
import VigilCore
import VigilSentiment

/// `vigil-bench sentiment-quality`: accuracy and macro-F1 per language and model on held-out
/// data: the test splits of cardiffnlp/xlm-t's multilingual tweets (read from a snapshot of
/// that repository, never from the training data) and the test split of Vigil's customer-care
/// set; then the speed of each model in the analyzer loop.
enum SentimentQualityBenchmark {
    static let xlmtCommit = "874214d64d96599eb869a033c22ec2cc57d19256"
    static let folders = ["en": "english", "es": "spanish", "de": "german", "fr": "french"]
    static let labels: [SentimentLabel] = [.negative, .neutral, .positive]

    typealias Labelled = [(label: SentimentLabel, text: String)]

    static func run(xlmt: String, testsDirectory: String) throws {
        print("Sentiment quality on held-out data (accuracy / macro-F1); \(SentimentModel.isTrained ? "model trained" : "MODEL NOT TRAINED: placeholder weights")")
        print(pad("", 22) + pad("set", 14) + ["vader", "vader+lang", "auto", "auto+lang"].map { pad($0, 14) }.joined())
        var all: [String: Labelled] = [:]
        for language in ["en", "es", "de", "fr"] {
            let tweets = try xlmtTest(gitDirectory: xlmt, language: language)
            let care = try customerCare(testsDirectory: testsDirectory, language: language)
            all[language] = tweets
            for (name, rows) in [("xlm-t test", tweets), ("care test", care)] where !rows.isEmpty {
                var cells: [String] = []
                for model in [SentimentEngine.Model.vader, .auto] {
                    for given in [false, true] {
                        let (accuracy, f1) = score(rows, model: model, language: given ? language : nil)
                        cells.append(pad(String(format: "%.3f / %.3f", accuracy, f1), 14))
                    }
                }
                print(pad("  \(language) (\(rows.count))", 22) + pad(name, 14) + cells.joined())
            }
        }
        print("(\"+lang\": the language given, as a feed's column gives it; otherwise guessed)")
        speed(texts: all.values.flatMap { $0.map(\.text) })
    }

    static func score(_ rows: Labelled, model: SentimentEngine.Model, language: String?) -> (Double, Double) {
        var engine = SentimentEngine()
        engine.model = model
        var confusion = [[Int]](repeating: [0, 0, 0], count: 3)
        for row in rows {
            let predicted = engine.analyze(row.text, language: language).scores.label
            guard let truth = labels.firstIndex(of: row.label), let guess = labels.firstIndex(of: predicted) else { continue }
            confusion[truth][guess] += 1
        }
        let total = confusion.joined().reduce(0, +)
        let right = (0..<3).map { confusion[$0][$0] }.reduce(0, +)
        let f1s = (0..<3).map { c -> Double in
            let tp = Double(confusion[c][c])
            let predicted = Double((0..<3).map { confusion[$0][c] }.reduce(0, +))
            let actual = Double(confusion[c].reduce(0, +))
            return tp == 0 ? 0 : 2 * tp / (predicted + actual)
        }
        return (Double(right) / Double(max(1, total)), f1s.reduce(0, +) / 3)
    }

    /// Texts per second through `SentimentEngine.analyze` (language guessed), one core.
    static func speed(texts: [String]) {
        let native = texts.map { text -> String in var text = text; text.makeContiguousUTF8(); return text }
        for model in [SentimentEngine.Model.vader, .auto] {
            var engine = SentimentEngine()
            engine.model = model
            var checksum = 0.0
            let passes = max(1, 200_000 / max(1, native.count))
            let seconds = (0..<3).map { _ in
                Measure.seconds { for _ in 0..<passes { for text in native { checksum += engine.analyze(text, language: nil).scores.compound } } }
            }.min()!
            Measure.row("Analyzer loop, \(model.rawValue), language guessed", "\(Measure.format(Double(native.count * passes) / seconds)) texts/s",
                        "one core, the xlm-t test tweets; checksum \(Measure.format(checksum, decimals: 1))" + (model == .auto ? "; goal ≥ 200k" : ""))
        }
    }

    static func xlmtTest(gitDirectory: String, language: String) throws -> Labelled {
        guard let folder = folders[language] else { return [] }
        func show(_ path: String) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
            process.arguments = ["--git-dir", gitDirectory, "show", "\(xlmtCommit):data/sentiment/\(folder)/\(path)"]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: gitDirectory]) }
            return String(decoding: data, as: UTF8.self)
        }
        do {
            let texts = try show("test_text.txt").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let codes = try show("test_labels.txt").split(whereSeparator: \.isWhitespace)
            return zip(codes, texts).compactMap { code, text in Int(code).map { (labels[$0], text) } }
        } catch {
            print("  (xlm-t test split not found in \(gitDirectory): fetch github:cardiffnlp/xlm-t and pass --xlmt GITDIR)")
            return []
        }
    }

    static func customerCare(testsDirectory: String, language: String) throws -> Labelled {
        let split = Process()
        split.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // The split is the training script's (a SHA-1 of the text), so it is asked, not recomputed.
        split.arguments = ["python3", testsDirectory + "/../Tools/sentiment/split_customer_care.py", "--print", language, "test"]
        let pipe = Pipe()
        split.standardOutput = pipe
        try split.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        split.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3, let label = SentimentLabel(rawValue: String(fields[0])) else { return nil }
            return (label, String(fields[2]))
        }
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
