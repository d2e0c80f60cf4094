import Foundation
import Testing
@testable import VigilModeration

/// Floors under the detectors' quality (figures and how they are measured: `vigil-bench
/// moderation`, README "Moderation"). The labelled sets are held out: never tuned on.
@Suite struct QualityFloorTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let moderator = Moderator()

    static func labelled(_ file: String) throws -> [(positive: Bool, text: String)] {
        let text = try String(contentsOf: root.appendingPathComponent("Tests/VigilModerationTests/Labelled/\(file)"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", maxSplits: 1)
            return fields.count == 2 ? (fields[0] == "1", String(fields[1])) : nil
        }
    }

    /// Abuse (not mere profanity) is flagged almost only where the sources saw offence: at most
    /// one false alarm in 150 inoffensive texts per language, and the hits found today kept.
    @Test(arguments: [("de-abuse-germeval2018.tsv", "de", 1), ("en-abuse-davidson.tsv", "en", 3), ("es-abuse-hatecheck.tsv", "es", 1), ("fr-abuse-mlma.tsv", "fr", 0)])
    func abuseIsRarelyFlaggedWrongly(file: String, language: String, hits: Int) throws {
        let items = try Self.labelled(file)
        #expect(items.count == 300)
        var falseAlarms: [String] = [], found = 0
        for item in items where moderator.inspect(item.text, language: language).abuse >= .abuse {
            if item.positive { found += 1 } else { falseAlarms.append(item.text) }
        }
        #expect(falseAlarms.count <= 1, "\(falseAlarms)")
        #expect(found >= hits)
    }

    /// Vigil's own moderation set, test split (held out: written before the detectors were run
    /// on it, never tuned on): spam and scams, abuse and threats, personal data, against hard
    /// negatives (angry complaints, strong criticism, quoted insults, profanity alone). Floors
    /// a little under the figures first measured (README "Moderation").
    @Test(arguments: [
        ("en", 0.85, 0.20, 0.85, 0.50, 0.97),
        ("es", 0.80, 0.19, 0.85, 0.32, 0.94),
        ("de", 0.85, 0.32, 0.90, 0.44, 0.90),
        ("fr", 0.70, 0.17, 0.85, 0.35, 0.94),
    ])
    func vigilsModerationSetStaysAtItsFloors(language: String, spamP: Double, spamR: Double, abuseP: Double, abuseR: Double, piiR: Double) throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("Tests/VigilModerationTests/Labelled/\(language)-moderation-vigil-test.tsv"), encoding: .utf8)
        let rows = text.split(separator: "\n").compactMap { line -> (kind: String, text: String)? in
            let fields = line.split(separator: "\t", maxSplits: 1)
            return fields.count == 2 ? (String(fields[0]), String(fields[1])) : nil
        }
        #expect(rows.count == 300)
        // The set's brand, as the house rules' `moderation:` names it (look-alike links).
        let branded = Moderator(brandNames: ["Kettlebird"], officialDomains: ["kettlebird.com"])
        let found = rows.map { branded.inspect($0.text) }
        func score(_ positive: Set<String>, _ flagged: (ModerationFindings) -> Bool) -> (precision: Double, recall: Double) {
            var tp = 0, fp = 0, fn = 0
            for (row, finding) in zip(rows, found) {
                switch (flagged(finding), positive.contains(row.kind)) {
                case (true, true): tp += 1
                case (true, false): fp += 1
                case (false, true): fn += 1
                default: break
                }
            }
            return (tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp), Double(tp) / Double(tp + fn))
        }
        let spam = score(["spam", "scam"]) { $0.spam }
        let abuse = score(["abuse", "threat"]) { $0.abuse >= .abuse }
        let pii = score(["pii"]) { $0.hasPersonalData }
        #expect(spam.precision >= spamP && spam.recall >= spamR, "spam \(spam)")
        #expect(abuse.precision >= abuseP && abuse.recall >= abuseR, "abuse \(abuse)")
        #expect(pii.recall >= piiR, "personal data \(pii)")
        // A complaint is something to answer: none of them is ever called abuse or spam.
        let complaints = zip(rows, found).filter { $0.0.kind == "complaint" && ($0.1.spam || $0.1.abuse >= .abuse) }.map(\.0.text)
        #expect(complaints.count <= 1, "\(complaints)")
    }

    /// The team's own customer-care posts (complaints polite and angry, questions, praise,
    /// sarcasm, in four languages): a complaint is something to answer, never spam or abuse.
    @Test(arguments: ["en", "es", "de", "fr"])
    func customerCarePostsAreNeverSpamOrAbuse(language: String) throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("Tests/VigilSentimentTests/CustomerCare/\(language).tsv"), encoding: .utf8)
        let posts = text.split(separator: "\n").compactMap { $0.split(separator: "\t", maxSplits: 2).last.map(String.init) }
        #expect(posts.count >= 1000)
        let flagged = posts.filter { post in
            let found = moderator.inspect(post, language: language)
            return found.spam || found.abuse >= .abuse
        }
        #expect(flagged.isEmpty, "\(flagged)")
    }

    /// Personal data is found (the goal is 0.95 recall) and numbers that are not personal data
    /// are left alone.
    @Test(arguments: [("en", 24), ("es", 25), ("de", 25), ("fr", 25)])
    func personalDataIsFoundAndOtherNumbersLeftAlone(language: String, found: Int) throws {
        let items = try Self.labelled("\(language)-pii-vigil.tsv")
        #expect(items.count == 50)
        let flagged = items.filter { moderator.inspect($0.text, language: language).hasPersonalData }
        #expect(flagged.filter(\.positive).count >= found)
        #expect(flagged.filter { !$0.positive }.isEmpty, "\(flagged.filter { !$0.positive }.map(\.text))")
    }
}
