import Foundation
import Testing
import VigilCore
@testable import VigilImport

@Suite struct ColumnMappingTests {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func exampleMappingReadsTheCustomExport() throws {
        let mapping = try ColumnMapping.load(path: root.appendingPathComponent("SampleFeeds/formats/custom-mapping.yaml").path)
        #expect(mapping.profile.name == "support-desk" && mapping.platform == .forum)
        var registry = ImporterRegistry.standard
        registry.importers.insert(CSVImporter(profile: mapping.profile), at: 0)
        let reader = FeedReader(registry: registry, mapper: MentionMapper(defaultPlatform: .forum))
        let result = try reader.read(path: root.appendingPathComponent("SampleFeeds/formats/custom-support-desk.csv").path, format: "support-desk")
        #expect(result.issues.isEmpty)
        try #require(result.mentions.count == 2)
        #expect(result.mentions.map(\.id) == [MentionID(platform: .forum, nativeID: "T-1001"), MentionID(platform: .forum, nativeID: "T-1002")])
        #expect(result.mentions[0].createdAt == Date(timeIntervalSince1970: 1_795_277_100))  // 21/11/2026 16:05
        #expect(result.mentions[1].text == "Pedido retrasado")  // empty message: the subject stands in
        #expect(result.mentions[0].sentiment?.label == .negative)
    }

    @Test(arguments: [
        ("columns:\n  id: A\n  created_at: B\n  txt: C\n", 4, "unknown field 'txt'"),
        ("colums:\n  id: A\n", 1, "unknown key 'colums'"),
        ("columns:\n  id: A\n", 1, "needs a created_at column"),
        ("day_first: maybe\ncolumns:\n  id: A\n  created_at: B\n", 1, "day_first: expected true or false"),
        ("columns: [unclosed\n", 2, "invalid YAML"),
    ])
    func badMappingsNameLineAndField(yaml: String, line: Int, message: String) {
        do {
            _ = try ColumnMapping.parse(yaml, file: "map.yaml")
            Issue.record("accepted \(yaml)")
        } catch let failure as ColumnMapping.Failure {
            #expect(failure.line == line, "\(failure)")
            #expect(failure.reason.contains(message), "\(failure)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
