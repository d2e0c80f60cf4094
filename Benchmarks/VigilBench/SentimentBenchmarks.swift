import Foundation
import VigilSentiment

/// Sentiment throughput against Python's vaderSentiment over the same texts, and the
/// accuracy report on the Hutto (2014) tweets (copied in Tests/VigilSentimentTests/Reference).
enum SentimentBenchmarks {
    static func run(texts count: Int, directory: String) throws {
        var generator = FeedGenerator()
        // Native UTF-8 strings, as importers produce them (Foundation's replacingOccurrences
        // hands back a bridged string that every analysis would first have to copy).
        let texts = (0..<count).map { index -> String in
            var text = generator.row(index).text.replacingOccurrences(of: "\n", with: " ")
            text.makeContiguousUTF8()
            return text
        }
        // Best of three passes, for Vigil and for Python alike.
        func measure(_ analyzer: VADERAnalyzer) -> (rate: Double, checksum: Double) {
            _ = analyzer.scores("warm up")
            var checksum = 0.0
            let seconds = (0..<3).map { _ in
                checksum = 0
                return Measure.seconds { for text in texts { checksum += analyzer.scores(text).compound } }
            }.min()!
            return (Double(count) / seconds, checksum)
        }
        let (rate, checksum) = measure(VADERAnalyzer())
        Measure.row("Sentiment (VADER, English rules)", "\(Measure.format(rate)) texts/s", "best of 3; checksum \(Measure.format(checksum, decimals: 2))")
        // The word memo pays off on repeated vocabulary, which generated texts have more of than
        // real feeds: the rate without it bounds what a feed of all-new words would see.
        let plain = measure(VADERAnalyzer(memoizeWords: false))
        Measure.row("  same without the word memo", "\(Measure.format(plain.rate)) texts/s", "best of 3; checksum \(Measure.format(plain.checksum, decimals: 2))")
        let path = directory + "/sentiment-texts.txt"
        try texts.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let python = ProcessInfo.processInfo.environment["VIGIL_BENCH_VENV"].map { $0 + "/bin/python" } ?? "/tmp/vigil-bench-venv/bin/python"
        guard FileManager.default.isExecutableFile(atPath: python) else {
            Measure.row("  Python vaderSentiment baseline", "skipped", "run Benchmarks/setup-python-baselines.sh")
            return
        }
        let script = """
        import sys,time
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
        a=SentimentIntensityAnalyzer()
        texts=open(sys.argv[1],encoding='utf-8').read().split('\\n')
        best=None
        for _ in range(3):
            t=time.perf_counter()
            for s in texts: a.polarity_scores(s)
            d=time.perf_counter()-t
            best=d if best is None or d<best else best
        print(best)
        """
        guard let pythonSeconds = Measure.python(script, arguments: [path], interpreter: python) else { return }
        let pythonRate = Double(count) / pythonSeconds
        Measure.row("  Python vaderSentiment 3.3.2 baseline", "\(Measure.format(pythonRate)) texts/s", "best of 3; Vigil is \(Measure.format(rate / pythonRate, decimals: 1))× the baseline (\(Measure.format(plain.rate / pythonRate, decimals: 1))× without the memo)")
    }

    /// Parity with the reference outputs and agreement with human ratings.
    static func report(sharedDirectory: String) throws {
        let golden = try String(contentsOfFile: sharedDirectory + "/vader332_golden_hutto_tweets.tsv", encoding: .utf8)
        let truth = try String(contentsOfFile: sharedDirectory + "/hutto2014_tweets_groundtruth.tsv", encoding: .utf8)
        var texts: [String: String] = [:]
        for line in truth.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let parts = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            if parts.count == 3 { texts[String(parts[0])] = String(parts[2]).trimmingCharacters(in: CharacterSet(charactersIn: "\r")) }
        }
        let analyzer = VADERAnalyzer()
        var n = 0, sameLabel = 0, close = 0, exact = 0, correct = 0
        var ours: [Double] = [], human: [Double] = []
        func bucket(_ x: Double) -> Int { x >= 0.05 ? 1 : (x <= -0.05 ? -1 : 0) }
        for line in golden.components(separatedBy: "\n").dropFirst() {
            let p = line.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\t").map(String.init)
            guard p.count >= 6, let text = texts[p[0]], let mean = Double(p[1]), let reference = Double(p[5]) else { continue }
            let compound = analyzer.scores(text).compound
            n += 1
            if bucket(compound) == bucket(reference) { sameLabel += 1 }
            if abs(compound - reference) <= 0.01 { close += 1 }
            if compound == reference { exact += 1 }
            if bucket(compound) == bucket(mean / 4) { correct += 1 }
            ours.append(compound)
            human.append(mean)
        }
        Measure.row("Parity: same label as VADER 3.3.2", "\(Measure.format(100 * Double(sameLabel) / Double(n), decimals: 2)) %", "\(n) Hutto tweets; goal ≥ 99.5 %")
        Measure.row("Parity: |compound − reference| ≤ 0.01", "\(Measure.format(100 * Double(close) / Double(n), decimals: 2)) %", "exactly equal: \(exact); goal ≥ 99 %")
        Measure.row("Accuracy vs human mean/4 at ±0.05", "\(Measure.format(Double(correct) / Double(n), decimals: 3))", "reference VADER 3.3.2: 0.899")
        Measure.row("Pearson r vs human mean", "\(Measure.format(pearson(ours, human), decimals: 3))", "reference VADER 3.3.2: 0.872")
    }

    static func pearson(_ x: [Double], _ y: [Double]) -> Double {
        let n = Double(x.count)
        let mx = x.reduce(0, +) / n, my = y.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (a, b) in zip(x, y) {
            sxy += (a - mx) * (b - my)
            sxx += (a - mx) * (a - mx)
            syy += (b - my) * (b - my)
        }
        return sxy / (sxx * syy).squareRoot()
    }
}
