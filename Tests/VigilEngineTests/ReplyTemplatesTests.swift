import Foundation
import Testing
import VigilCore
@testable import VigilEngine

struct ReplyTemplatesTests {
    let temporary = TemporaryPaths()

    func write(_ text: String) throws -> String {
        let path = temporary.track(FileManager.default.temporaryDirectory.appendingPathComponent("replies-\(UUID().uuidString).yaml").path)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func fillsPlaceholders() throws {
        let templates = try ReplyTemplates.load(path: try write("refund: \"Hi {name} ({author} on {platform}), DM us.\"\n"))
        let mention = Mention(id: MentionID(platform: .x, nativeID: "1"), author: Author(handle: "ana", displayName: "Ana ☕"), createdAt: Date(), text: "refund?")
        #expect(templates.draft("refund", for: mention) == "Hi Ana ☕ (@ana on X), DM us.")
        #expect(templates.draft("other", for: mention) == nil)
    }

    @Test func mistakesNameFileAndLine() throws {
        let path = try write("ok: \"fine\"\nbad: \"Hi {nmae}\"\n")
        #expect(throws: ReplyTemplates.Failure.self) { try ReplyTemplates.load(path: path) }
        do { _ = try ReplyTemplates.load(path: path) } catch { #expect("\(error)" == "\(path):2: bad: unknown placeholder {nmae} (known: {author} {name} {platform})") }
    }

    @Test func theSampleTemplatesLoad() throws {
        let root = #filePath.components(separatedBy: "/Tests/")[0]
        #expect(try ReplyTemplates.load(feeds: [root + "/SampleFeeds"]).templates.count >= 3)
    }
}
