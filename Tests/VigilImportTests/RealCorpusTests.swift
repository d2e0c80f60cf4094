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

    /// Large platform documents are read a batch of records at a time; any batch size and block
    /// size must give what reading the document whole gives.
    @Test(arguments: expectations.filter { $0.file.hasSuffix(".json") })
    func batchesOfRecordsReadLikeTheWholeDocument(_ expected: Expectation) throws {
        let path = Self.root.appendingPathComponent("\(expected.platform)/\(expected.file)").path
        let whole = try FeedReader().read(path: path)
        guard let importer = ImporterRegistry.standard.importer(named: whole.format) as? any DocumentStreamable else { return }
        for (blockSize, batchSize) in [(97, 1), (4096, 3), (1 << 20, 512)] {
            let blocks = try FileBlocks(path: path, blockSize: blockSize)
            guard let batched = DocumentBatches.read(blocks, path: path, importer: importer, mapper: MentionMapper(), session: nil, batchSize: batchSize) else {
                continue  // records not in a top-level array (a thread, an ?ids= lookup): read whole
            }
            var mentions = batched.mentions
            IdentityAssigner().assign(&mentions)
            #expect(mentions.map(\.id) == whole.mentions.map(\.id), "block \(blockSize), batch \(batchSize)")
            #expect(mentions.map(\.text) == whole.mentions.map(\.text))
            #expect(batched.issues == whole.issues)
        }
    }

    @Test func aLargePlatformDocumentIsReadInBatchesThroughTheReader() throws {
        var comments: [String] = []
        for i in 0..<3000 {
            let created = i == 1234 ? "not a time" : "2026-11-21T10:\(String(format: "%02d", i % 60)):00+0000"
            comments.append(#"{"created_time": "\#(created)", "message": "comment \#(i) with a \"quote\" and ] bracket", "permalink_url": "https://www.facebook.com/acme/posts/77?comment_id=\#(1000 + i)", "comments": {"data": [{"id": "77_r\#(i)", "created_time": "2026-11-21T11:00:00+0000", "message": "reply \#(i)"}]}}"#)
        }
        let document = #"{"data": ["# + comments.joined(separator: ",\n") + #"], "paging": {"cursors": {"before": "a", "after": "b"}}}"#
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-fb-\(UUID().uuidString).json").path
        try Data(document.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let whole = try FeedReader(blockReadingThreshold: .max).read(path: path)
        var streamed: [Mention] = []
        let batched = try FeedReader(blockReadingThreshold: 0, blockSize: 4096).read(path: path, session: ImportSession(onBatch: { streamed += $0 }))
        #expect(whole.format == "facebook" && batched.format == "facebook")
        #expect(whole.mentions.count == 5998 && streamed.map(\.id) == whole.mentions.map(\.id))
        #expect(batched.issues.map(\.reason) == ["$.data[1234]: missing or invalid created_time"])
        #expect(batched.issues == whole.issues && batched.idsFromURL == 2999)
    }

    static func squeezed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
