import Foundation
import VigilCore
import VigilStore

/// `vigil report` as a user runs it: a month of mentions in a database with the team's work on
/// them (replies, delegations, dismissals), the real binary writing all three formats, against
/// the equivalent pandas groupbys over the same data exported as CSV (Benchmarks/report_baseline.py).
enum ReportBenchmark {
    static func run(count: Int, directory: String, vigil: String, python: String?) throws {
        let database = directory + "/report-bench.sqlite"
        for suffix in ["", "-wal", "-shm", "-fts", "-fts-wal", "-fts-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
        let monthStart = Date(timeIntervalSince1970: 1_793_491_200)  // 2026-11-01T00:00:00Z
        let spacing = 30 * 86_400 / Double(count)
        var random = SeededGenerator(seed: 29)
        func roll(_ n: UInt64) -> Int { Int(random.next() % n) }
        let words = ["kettle", "lid", "tea", "app", "love", "broken", "refund", "delivery", "Wasserkocher", "bouilloire", "hervidor", "☕", "🔥",
                     "descale", "filter", "leak", "late", "great", "perfect", "#kettlebird", "support", "waiting", "order"]
        let platforms: [Platform] = [.x, .instagram, .facebook, .reddit, .youtube, .mastodon, .bluesky, .forum]
        let languages = ["en", "en", "en", "es", "de", "fr"]
        let labels: [SentimentLabel] = [.positive, .positive, .neutral, .neutral, .neutral, .negative]
        print("Report: \(count) mentions over November 2026, team work on 6%, `vigil report --period month` (all three formats)")
        let store = try SQLiteStore(path: database)
        var batch: [Mention] = []
        var replied: [(MentionID, Date)] = [], delegated: [MentionID] = [], dismissed: [MentionID] = []
        var csv = "id,platform,created_at,author,followers,kind,lang,sentiment,likes,shares,replies,text\n"
        for index in 0..<count {
            let platform = platforms[roll(UInt64(platforms.count))]
            let text = (0..<(6 + roll(10))).map { _ in words[roll(UInt64(words.count))] }.joined(separator: " ") + (roll(8) == 0 ? "?" : "")
            let created = monthStart.addingTimeInterval(Double(index) * spacing)
            let kind: MentionKind = [.post, .comment, .reply, .review, .message][roll(5)]
            var mention = Mention(id: MentionID(platform: platform, nativeID: "r\(index)"),
                                  author: Author(handle: "user\(roll(60_000))", followers: roll(8) == 0 ? roll(500_000) : roll(2_000)),
                                  createdAt: created, text: text, url: "https://example.com/\(index)", kind: kind, language: languages[roll(6)],
                                  metrics: Metrics(likes: roll(200), shares: roll(30), replies: roll(20)),
                                  sentiment: Sentiment(label: labels[roll(6)], score: Double(roll(200)) / 100 - 1, source: .analyzer))
            // As the item rules flag an import: a question or a complaint addressed to the brand.
            let asks = kind.isConversation && (text.hasSuffix("?") || mention.sentimentLabel == .negative)
            mention.flags = asks ? RuleFlags(needsReply: true, tags: ["question"], reasons: [RuleReason(ruleID: "question-needs-reply", detail: "asks a question")]) : RuleFlags()
            batch.append(mention)
            csv += "\(mention.id.nativeID),\(platform.rawValue),\(Int(created.timeIntervalSince1970)),\(mention.author.handle),\(mention.author.followers ?? 0),"
                + "\(kind.rawValue),\(mention.language!),\(mention.sentimentLabel.rawValue),\(mention.metrics.likes!),\(mention.metrics.shares!),\(mention.metrics.replies!),\(text)\n"
            switch roll(100) {
            case 0..<4: replied.append((mention.id, created.addingTimeInterval(Double(60 + roll(30 * 3_600)))))
            case 4: delegated.append(mention.id)
            case 5: dismissed.append(mention.id)
            default: break
            }
            if batch.count == 20_000 {
                try store.upsert(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        try store.upsert(batch)
        try store.flush()
        // The team's work, an hour's worth per transaction (as people work through the queue).
        let people = ["ana", "ben", "chloé", "dieter"]
        var replyCSV = "id,platform,replied_at,who\n"
        for (hour, group) in Dictionary(grouping: replied, by: { Int($0.1.timeIntervalSince1970) / 3_600 }).sorted(by: { $0.key < $1.key }) {
            let who = people[hour % people.count]
            try store.apply(.markReplied, to: group.map(\.0), by: who, at: Date(timeIntervalSince1970: Double(hour * 3_600 + 3_599)))
            for (id, _) in group { replyCSV += "\(id.nativeID),\(id.platform.rawValue),\(hour * 3_600 + 3_599),\(who)\n" }
        }
        for (index, chunk) in stride(from: 0, to: delegated.count, by: 500).enumerated() {
            let department = ["support", "product", "legal", "marketing"][index % 4]
            try store.apply(.delegate(department: department, followUp: monthStart.addingTimeInterval(Double(index) * 86_400 / 2)),
                            to: Array(delegated[chunk..<min(delegated.count, chunk + 500)]), by: "ana", at: monthStart.addingTimeInterval(Double(index) * 86_400 / 3))
        }
        try store.apply(.dismiss, to: dismissed, by: "ben", at: monthStart.addingTimeInterval(29 * 86_400))
        let mentionsCSV = directory + "/report-bench-mentions.csv", repliesCSV = directory + "/report-bench-replies.csv"
        try Data(csv.utf8).write(to: URL(fileURLWithPath: mentionsCSV))
        try Data(replyCSV.utf8).write(to: URL(fileURLWithPath: repliesCSV))
        print("  database ready: \(count) mentions, \(replied.count) replied, \(delegated.count) delegated, \(dismissed.count) dismissed")

        let out = directory + "/report-bench-out/"
        let script = FileManager.default.currentDirectoryPath + "/Benchmarks/report_baseline.py"
        var vigilTimes: [Double] = [], leanTimes: [Double] = [], pandasTimes: [Double] = []
        func vigilRun(_ extra: [String]) -> Double {
            // The whole command, start-up included, as cron runs it.
            Measure.seconds {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: vigil)
                process.arguments = ["report", "--db", database, "--period", "month", "--date", "2026-11-15", "--timezone", "UTC", "--out", out] + extra
                process.standardOutput = FileHandle.nullDevice
                try? process.run()
                process.waitUntilExit()
            }
        }
        // Alternating, so the machine's moods fall on all three alike.
        for _ in 0..<3 {
            vigilTimes.append(vigilRun([]))
            leanTimes.append(vigilRun(["--no-incidents"]))
            if let pandas = Measure.command(python ?? "/usr/bin/env", (python == nil ? ["python3"] : []) + [script, mentionsCSV, repliesCSV]) { pandasTimes.append(pandas) }
        }
        vigilTimes.sort()
        leanTimes.sort()
        pandasTimes.sort()
        Measure.row("  vigil report --period month (html+md+csv)", "\(Measure.format(vigilTimes[1], decimals: 2)) s", "median of 3; goal ≤ 3 s for a month of 1M")
        Measure.row("  the same, --no-incidents (no rules replay)", "\(Measure.format(leanTimes[1], decimals: 2)) s", "median of 3")
        if pandasTimes.count == 3 {
            Measure.row("  pandas groupbys (read_csv + the same tables)", "\(Measure.format(pandasTimes[1], decimals: 2)) s",
                        "median of 3 (no rules, topics or business hours); pandas÷vigil \(Measure.format(pandasTimes[1] / vigilTimes[1], decimals: 2)), "
                        + "÷vigil --no-incidents \(Measure.format(pandasTimes[1] / leanTimes[1], decimals: 2))")
        } else {
            print("  (pandas baseline not run: python3 with pandas needed)")
        }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
        print("  wrote \(files.count) files in \(out)")
    }
}
