import Foundation
import Testing
@testable import VigilSentiment

/// English parity with vaderSentiment 3.3.2 on the 4,200 Hutto (2014) tweets.
@Suite struct ParityTests {
    struct Row { var id: String; var human: Double; var neg, neu, pos, compound: Double; var text: String }

    static func rows() throws -> [Row] {
        let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Reference")
        let golden = try String(contentsOf: shared.appendingPathComponent("vader332_golden_hutto_tweets.tsv"), encoding: .utf8)
        let truth = try String(contentsOf: shared.appendingPathComponent("hutto2014_tweets_groundtruth.tsv"), encoding: .utf8)
        var texts: [String: String] = [:]
        for line in truth.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let parts = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            if parts.count == 3 { texts[String(parts[0])] = String(parts[2]).trimmingCharacters(in: CharacterSet(charactersIn: "\r")) }
        }
        var rows: [Row] = []
        for line in golden.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).dropFirst() {
            let p = line.split(separator: "\t").map(String.init)
            guard p.count >= 6, let text = texts[p[0]] else { continue }
            rows.append(Row(id: p[0], human: Double(p[1])!, neg: Double(p[2])!, neu: Double(p[3])!, pos: Double(p[4])!, compound: Double(p[5])!, text: text))
        }
        return rows
    }

    @Test func matchesTheReferenceOnHuttoTweets() throws {
        let rows = try Self.rows()
        #expect(rows.count == 4200)
        let analyzer = VADERAnalyzer()
        var sameLabel = 0, close = 0
        var mismatches: [String] = []
        for row in rows {
            let scores = analyzer.scores(row.text)
            let reference = SentimentScores(negative: row.neg, neutral: row.neu, positive: row.pos, compound: row.compound)
            if scores.label == reference.label { sameLabel += 1 }
            if abs(scores.compound - row.compound) <= 0.01 { close += 1 } else if mismatches.count < 15 {
                mismatches.append("\(row.id): ours \(scores.compound) ref \(row.compound): \(row.text)")
            }
        }
        let labelRate = Double(sameLabel) / Double(rows.count), closeRate = Double(close) / Double(rows.count)
        #expect(labelRate >= 0.995, "labels \(labelRate)")
        #expect(closeRate >= 0.99, "compound within 0.01: \(closeRate)\n\(mismatches.joined(separator: "\n"))")
    }
}
