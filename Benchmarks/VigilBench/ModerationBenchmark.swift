import Foundation
import VigilModeration

/// `vigil-bench moderation`: the detectors' precision and recall on labelled sets they were
/// never tuned on (public data read from the mirror, and the committed sets of
/// Tests/VigilModerationTests/Labelled), their speed, and what the house rules add to a real
/// `vigil import` (the same file with and without them, alternating, best of 3).
enum ModerationBenchmark {
    struct Labelled {
        var name: String
        var language: String
        /// What the label means: "spam", "abuse" (offensive, insulting, hateful) or "pii" (personal data).
        var kind: String
        var items: [(positive: Bool, text: String)]
    }

    static func run(mirror: String, committed: String, vigil: String, rows: Int, directory: String) throws {
        print("Moderation: detectors on held-out labelled sets, speed, and the cost in `vigil import`\n")
        let sets = committedSets(committed) + mirrorSets(mirror)
        let moderator = Moderator()
        // Vigil's own set is about the sample brand: its look-alike links need the brand's name.
        let branded = Moderator(brandNames: ["Kettlebird"], officialDomains: ["kettlebird.com"])
        for set in sets {
            let moderator = set.name.hasPrefix("Vigil's") ? branded : moderator
            var tp = 0, fp = 0, fn = 0, tn = 0, profanity = 0
            for item in set.items {
                let found = moderator.inspect(item.text)
                let flagged = set.kind == "spam" ? found.spam : set.kind == "pii" ? found.hasPersonalData : found.abuse >= .abuse
                if found.abuse == .profanity { profanity += 1 }
                switch (flagged, item.positive) {
                case (true, true): tp += 1
                case (true, false): fp += 1
                case (false, true): fn += 1
                case (false, false): tn += 1
                }
            }
            let precision = tp + fp > 0 ? Double(tp) / Double(tp + fp) : .nan
            let recall = tp + fn > 0 ? Double(tp) / Double(tp + fn) : .nan
            Measure.row("\(set.name) [\(set.language), \(set.kind)]", "P \(Measure.format(precision, decimals: 2)) R \(Measure.format(recall, decimals: 2))",
                        "\(set.items.count) texts, \(tp + fn) positive; \(tp + fp) flagged (\(fp) wrongly); \(profanity) more as profanity only")
        }
        try speed(moderator: moderator, texts: sets.flatMap { $0.items.map(\.text) }, label: "labelled texts")
        var generator = FeedGenerator()
        generator.pool = FeedGenerator.realTexts(testsDirectory: FileManager.default.currentDirectoryPath + "/Tests/VigilSentimentTests")
        try speed(moderator: moderator, texts: (0..<100_000).map { generator.row($0).text }, label: "feed texts (as `import` below)")
        try importCost(vigil: vigil, rows: rows, directory: directory)
    }

    static func speed(moderator: Moderator, texts: [String], label: String) throws {
        guard !texts.isEmpty else { return }
        var all: [String] = []
        while all.count < 200_000 { all += texts }
        var flagged = 0, looked = 0
        let withPrefilter = Measure.seconds { for text in all where !moderator.inspect(text).isClean { flagged += 1 } }
        let prefilter = Measure.seconds { for text in all where moderator.needsLook(text) { looked += 1 } }
        let full = Measure.seconds { for text in all.prefix(50_000) where !moderator.inspectFully(text).isClean { flagged += 0 } }
        print("")
        Measure.row("detectors, \(all.count) \(label)", "\(Measure.format(Double(all.count) / withPrefilter)) texts/s",
                    "\(Measure.format(withPrefilter * 1e9 / Double(all.count))) ns a text, one core; \(flagged) flagged")
        Measure.row("  the prefilter alone", "\(Measure.format(Double(all.count) / prefilter)) texts/s",
                    "\(Measure.format(prefilter * 1e9 / Double(all.count))) ns a text; \(Measure.format(Double(looked) * 100 / Double(all.count), decimals: 1))% passed on to the detectors")
        var reasons: [String: Int] = [:]
        for text in texts { if let reason = moderator.lookReason(text) { reasons[reason, default: 0] += 1 } }
        Measure.row("  why texts were passed on", "", reasons.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        Measure.row("  the detectors without it", "\(Measure.format(50_000 / full)) texts/s", "\(Measure.format(full * 1e9 / 50_000)) ns a text")
    }

    /// The real binary, the same generated CSV, with the default pack and with the pack minus its house rules.
    static func importCost(vigil: String, rows: Int, directory: String) throws {
        let pack = FileManager.default.currentDirectoryPath + "/SampleFeeds/rules.yaml"
        guard let text = try? String(contentsOfFile: pack, encoding: .utf8),
              let start = text.range(of: "  # ---- house rules"), let end = text.range(of: "  # ---- window rules") else {
            return Measure.row("import cost", "skipped", "run from the repository (needs SampleFeeds/rules.yaml)")
        }
        let without = directory + "/rules-without-house-rules.yaml"
        try (String(text[..<start.lowerBound]) + String(text[end.lowerBound...])).write(toFile: without, atomically: true, encoding: .utf8)
        var generator = FeedGenerator()
        generator.pool = FeedGenerator.realTexts(testsDirectory: FileManager.default.currentDirectoryPath + "/Tests/VigilSentimentTests")
        let feed = directory + "/moderation-\(rows).csv"
        _ = try generator.write(rows: rows, format: "plain-csv", to: feed)
        var with: [Double] = [], plain: [Double] = []
        for _ in 0..<3 {
            let database = directory + "/moderation.sqlite"
            EndToEndBenchmark.removeDatabase(database)
            if let seconds = EndToEndBenchmark.timed(vigil, ["import", "--quiet", "--db", database, "--rules", pack, feed]) { with.append(seconds) }
            EndToEndBenchmark.removeDatabase(database)
            if let seconds = EndToEndBenchmark.timed(vigil, ["import", "--quiet", "--db", database, "--rules", without, feed]) { plain.append(seconds) }
        }
        guard let a = with.min(), let b = plain.min() else { return Measure.row("import cost", "failed", "could not run \(vigil)") }
        print("")
        Measure.row("vigil import, \(rows) rows, default pack", "\(Measure.format(Double(rows) / a)) rows/s", "best of 3, \(Measure.format(a, decimals: 2)) s")
        Measure.row("  the same without its house rules", "\(Measure.format(Double(rows) / b)) rows/s",
                    "best of 3, \(Measure.format(b, decimals: 2)) s; the house rules and detectors add \(Measure.format((a / b - 1) * 100, decimals: 1))% (goal ≤ 10%)")
    }

    /// Tests/VigilModerationTests/Labelled/*.tsv: `label<TAB>text`, the file named LANGUAGE-KIND-SOURCE.tsv.
    static func committedSets(_ directory: String) -> [Labelled] {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".tsv") }.sorted()
        return files.flatMap { file -> [Labelled] in
            if file.contains("-moderation-") { return file.hasSuffix("-test.tsv") ? moderationSets(directory + "/" + file) : [] }
            return committedSet(directory, file).map { [$0] } ?? []
        }
    }

    /// LANGUAGE-moderation-vigil-test.tsv: `kind<TAB>text` (spam, scam, abuse, threat, profanity,
    /// pii and the hard negatives), read as three sets: spam (spam, scam), abuse (abuse,
    /// threat) and personal data (pii), each against everything else.
    static func moderationSets(_ path: String) -> [Labelled] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        let language = String((path as NSString).lastPathComponent.prefix(2))
        let rows = text.split(separator: "\n").compactMap { line -> (String, String)? in
            let fields = line.split(separator: "\t", maxSplits: 1)
            return fields.count == 2 ? (String(fields[0]), String(fields[1])) : nil
        }
        return [("spam", ["spam", "scam"]), ("abuse", ["abuse", "threat"]), ("pii", ["pii"])].map { kind, positive in
            Labelled(name: "Vigil's moderation set, test split", language: language, kind: kind, items: rows.map { (positive.contains($0.0), $0.1) })
        }
    }

    /// LANGUAGE-KIND-SOURCE.tsv: `label<TAB>text`.
    static func committedSet(_ directory: String, _ file: String) -> Labelled? {
        let parts = file.dropLast(4).split(separator: "-", maxSplits: 2).map(String.init)
        guard parts.count == 3, let text = try? String(contentsOfFile: directory + "/" + file, encoding: .utf8) else { return nil }
        let items = text.split(separator: "\n").compactMap { line -> (Bool, String)? in
            let fields = line.split(separator: "\t", maxSplits: 1)
            return fields.count == 2 ? (fields[0] == "1", String(fields[1])) : nil
        }
        return Labelled(name: "committed \(parts[2])", language: parts[0], kind: parts[1], items: items)
    }

    /// Public sets whose licences do not allow committing them, read from the mirror when there.
    static func mirrorSets(_ mirror: String) -> [Labelled] {
        func show(_ repo: String, _ path: String) -> String? {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
            process.arguments = ["-C", mirror + "/" + repo + "/repo", "show", "HEAD:" + path]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { return nil }
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
        }
        var sets: [Labelled] = []
        // The YouTube Spam Collection (Alberto et al. 2015): five videos' comments.
        var youtube: [(Bool, String)] = []
        for video in ["01-9bZkp7q19f0", "04-CevxZvSJLk8", "07-KQ6zr6kCPj8", "08-uelHwf8o7_U", "09-pRpeEdMmmQ0"] {
            guard let csv = show("tuliocasagrande+youtube-spam-experiment", "data_csv/\(video).csv") else { continue }
            for record in SimpleCSV.records(csv).dropFirst() where record.count >= 5 { youtube.append((record[4] == "1", record[3])) }
        }
        if !youtube.isEmpty { sets.append(Labelled(name: "YouTube Spam Collection", language: "en", kind: "spam", items: youtube)) }
        // OLID test (OffensEval 2019) as TweetEval ships it.
        if let texts = show("cardiffnlp+tweeteval", "datasets/offensive/test_text.txt"), let labels = show("cardiffnlp+tweeteval", "datasets/offensive/test_labels.txt") {
            let items = zip(texts.split(separator: "\n"), labels.split(separator: "\n")).map { ($1 == "1", String($0)) }
            sets.append(Labelled(name: "OLID test", language: "en", kind: "abuse", items: items))
        }
        // OffendES test (Plaza-del-Arco et al. 2021): offensive to a person or a group.
        if let tsv = show("fmplaza+OffendES", "split_MeOffendES/test_set.tsv") {
            let items = SimpleCSV.records(tsv, separator: "\t").dropFirst().compactMap { r -> (Bool, String)? in
                r.count >= 6 ? (r[5] == "OFP" || r[5] == "OFG", r[1]) : nil
            }
            sets.append(Labelled(name: "OffendES test", language: "es", kind: "abuse", items: items))
        }
        // GermEval 2018 test.
        if let tsv = show("uds-lsv+GermEval-2018-Data", "germeval2018.test.txt") {
            let items = tsv.split(separator: "\n").compactMap { line -> (Bool, String)? in
                let f = line.split(separator: "\t", omittingEmptySubsequences: false)
                return f.count == 3 ? (f[1] == "OFFENSE", f[0].replacingOccurrences(of: "|LBR|", with: " ")) : nil
            }
            sets.append(Labelled(name: "GermEval 2018 test", language: "de", kind: "abuse", items: items))
        }
        if sets.isEmpty { print("(no public sets in \(mirror): only the committed ones are measured)\n") }
        return sets
    }
}

/// RFC 4180 records, enough for the labelled sets (quotes, doubled quotes, newlines in quotes).
enum SimpleCSV {
    static func records(_ text: String, separator: Character = ",") -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = "", quoted = false, atStart = true
        var iterator = text.makeIterator()
        while let c = iterator.next() {
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else {
                            quoted = false
                            if next == separator { record.append(field); field = ""; atStart = true } else if next == "\n" || next == "\r\n" {
                                record.append(field); records.append(record); record = []; field = ""; atStart = true
                            } else { field.append(next) }
                        }
                    } else { quoted = false }
                } else { field.append(c) }
                continue
            }
            if c == "\"" && atStart { quoted = true; atStart = false; continue }
            atStart = false
            if c == separator { record.append(field); field = ""; atStart = true } else if c == "\n" || c == "\r\n" {
                record.append(field); records.append(record); record = []; field = ""; atStart = true
            } else { field.append(c) }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
