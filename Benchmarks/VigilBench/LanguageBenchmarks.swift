import Foundation
import VigilSentiment

/// The language guesser on a labelled set of short texts (`lang<TAB>text`): accuracy per
/// language, how often it abstains, its speed, and the sentiment labels it gives against
/// forcing the right language.
enum LanguageBenchmarks {
    /// `VIGIL_BENCH_MISSES=1`: print each text guessed wrong or left unsure.
    static let showMisses = ProcessInfo.processInfo.environment["VIGIL_BENCH_MISSES"] != nil

    static func run(testFile: String, labelledDirectory: String) throws {
        let rows = try String(contentsOfFile: testFile, encoding: .utf8).split(separator: "\n").compactMap { line -> (String, String)? in
            let parts = line.split(separator: "\t", maxSplits: 1)
            return parts.count == 2 && !parts[0].hasPrefix("#") ? (String(parts[0]), String(parts[1])) : nil
        }
        var right: [String: Int] = [:], total: [String: Int] = [:], abstained: [String: Int] = [:], wrongAs: [String: [String: Int]] = [:]
        for (language, text) in rows {
            total[language, default: 0] += 1
            let guess = LanguageGuess.guess(text)
            if showMisses, guess != language { print("  \(language) → \(guess ?? "unsure"): \(text)") }
            if guess == language {
                right[language, default: 0] += 1
            } else if guess == nil {
                abstained[language, default: 0] += 1
            } else {
                wrongAs[language, default: [:]][guess!, default: 0] += 1
            }
        }
        let name = (testFile as NSString).lastPathComponent
        for language in ["en", "es", "de", "fr", "other"] where total[language] != nil {
            let n = Double(total[language]!)
            let wrong = wrongAs[language, default: [:]].sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            let rightOrUnsure = language == "other" ? " (\(Measure.format(Double(right[language, default: 0] + abstained[language, default: 0]) / n, decimals: 3)) other or unsure)" : ""
            Measure.row("Language guess \(language) (\(name))", "\(Measure.format(Double(right[language, default: 0]) / n, decimals: 3)) right",
                        "\(total[language]!) texts; unsure \(abstained[language, default: 0]); wrong: \(wrong.isEmpty ? "none" : wrong)\(rightOrUnsure)")
        }
        let allRight = right.values.reduce(0, +)
        let decided = rows.count - abstained.values.reduce(0, +)
        Measure.row("Language guess, all", "\(Measure.format(Double(allRight) / Double(rows.count), decimals: 3)) right",
                    "precision when it answers: \(Measure.format(Double(allRight) / Double(max(1, decided)), decimals: 3))")

        // Speed: bytes straight from a buffer, as the importer has them.
        var texts = rows.map(\.1)
        for index in texts.indices { texts[index].makeContiguousUTF8() }
        var checksum = 0
        let passes = max(1, 2_000_000 / max(1, texts.count))
        let seconds = (0..<3).map { _ in
            Measure.seconds {
                for _ in 0..<passes {
                    for index in texts.indices {
                        checksum &+= texts[index].withUTF8 { LanguageGuess.identify($0).language?.utf8.count ?? 0 }
                    }
                }
            }
        }.min()!
        let averageBytes = texts.reduce(0) { $0 + $1.utf8.count } / max(1, texts.count)
        Measure.row("Language guess speed", "\(Measure.format(Double(passes * texts.count) / seconds)) texts/s",
                    "one core, best of 3, \(averageBytes) bytes a text; goal ≥ 2,000,000 (checksum \(checksum % 1000))")

        // Sentiment with the guessed language against the right one, on the labelled posts.
        let engine = SentimentEngine()
        for language in ["es", "de", "fr"] {
            let path = labelledDirectory + "/\(language)_labelled.tsv"
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            var forced = 0, guessed = 0, n = 0
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: "\t", maxSplits: 1)
                guard parts.count == 2 else { continue }
                n += 1
                let label = String(parts[0])
                if engine.analyze(String(parts[1]), language: language).scores.label.rawValue == label { forced += 1 }
                if engine.analyze(String(parts[1]), language: nil).scores.label.rawValue == label { guessed += 1 }
                if showMisses, LanguageGuess.guess(String(parts[1])) != language { print("  \(language) → \(LanguageGuess.guess(String(parts[1])) ?? "unsure"): \(parts[1])") }
            }
            Measure.row("Sentiment \(language), language forced vs guessed", "\(forced) vs \(guessed) of \(n) right",
                        "labelled posts in Tests/VigilSentimentTests/Labelled")
        }
    }
}
