import Foundation
import Testing
import VigilCore
@testable import VigilImport

/// Real responses and exports collected from public repositories (Tests/Fixtures/real, see
/// SOURCES.md there): every one imports, with the records and key fields counted by hand.
@Suite struct RealCorpusTests {
    struct Expectation: CustomTestStringConvertible, Sendable {
        var platform: String
        var file: String
        var shape: String
        var records: Int
        var firstID: String
        var firstAuthor: String
        var firstText: String
        var testDescription: String { "\(platform)/\(file)" }
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/real")

    static let expectations: [Expectation] = {
        let platforms = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return platforms.sorted().flatMap { platform -> [Expectation] in
            guard let table = try? String(contentsOf: root.appendingPathComponent("\(platform)/expected.tsv"), encoding: .utf8) else { return [] }
            return table.split(separator: "\n").dropFirst().compactMap { line in
                let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard cells.count >= 6, let records = Int(cells[2]) else { return nil }
                return Expectation(platform: platform, file: cells[0], shape: cells[1], records: records,
                                   firstID: cells[3], firstAuthor: cells[4], firstText: cells[5])
            }
        }
    }()

    @Test func theCorpusCoversEveryPlatform() {
        let counts = Dictionary(grouping: Self.expectations, by: \.platform).mapValues(\.count)
        for platform in ["bluesky", "mastodon", "reddit", "youtube", "facebook", "instagram", "x"] {
            #expect(counts[platform, default: 0] >= 5, "\(platform)")
        }
    }

    @Test(arguments: expectations)
    func importsEveryRecord(_ expected: Expectation) throws {
        let result = try FeedReader().read(path: Self.root.appendingPathComponent("\(expected.platform)/\(expected.file)").path)
        #expect(result.issues.isEmpty, "\(result.issues.prefix(3))")
        let withText = result.mentions.filter { !$0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        // Records without text (a photo post, an empty Bluesky embed) are imported too, so the
        // count by hand (records carrying text) is a floor that text-carrying mentions meet exactly,
        // except where the hand count includes an empty-text record.
        #expect(withText.count == expected.records || result.mentions.count == expected.records,
                "\(withText.count) with text, \(result.mentions.count) in all")
        let platform = Platform(feedValue: expected.platform == "x" ? "x" : expected.platform)
        #expect(result.mentions.allSatisfy { $0.platform == platform }, "platforms: \(Set(result.mentions.map(\.platform)))")
        #expect(!result.mentions.contains { $0.id.nativeID.isEmpty })
        if !expected.firstID.isEmpty {
            let ids = Set(result.mentions.map(\.id.nativeID))
            #expect(ids.contains(expected.firstID) || ids.contains { $0.hasSuffix("_" + expected.firstID) || $0.hasSuffix("/" + expected.firstID) || expected.firstID.hasSuffix("_" + $0) },
                    "first id \(expected.firstID) not among \(ids.prefix(5))")
        }
        let prefix = Self.squeezed(expected.firstText)
        if !prefix.isEmpty, !prefix.hasPrefix("<") {
            #expect(result.mentions.contains { Self.squeezed($0.text).hasPrefix(prefix.prefix(20)) },
                    "no mention starts with \(prefix)")
        }
    }

    static func squeezed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
