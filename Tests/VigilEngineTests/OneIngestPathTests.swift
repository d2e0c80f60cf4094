import Foundation
import Testing
import VigilCore
import VigilImport
import VigilRules
import VigilStore
@testable import VigilEngine

/// Whatever way a mention comes in (an import, a followed file, a pipe), it is stored with
/// the same sentiment and the same flags; and a writer does not read its own rows back as news.
@Suite struct OneIngestPathTests {
    let directory: String
    let temporary = TemporaryPaths()

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-ingest-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        temporary.track(directory)
    }

    static let csv = """
        id,created_at,platform,author,followers,text
        1,2026-11-21T10:00:00Z,x,ana,120,"Recall? My kettle caught fire this morning, dangerous!"
        2,2026-11-21T10:05:00Z,instagram,bea,90,"La tapa se rompió otra vez, qué desastre"
        3,2026-11-21T10:06:00Z,facebook,carl,40000,"Der Deckel ist kaputt und keiner antwortet"
        4,2026-11-21T10:07:00Z,x,dora,15,"J'adore ma bouilloire, merci !"
        5,2026-11-21T10:08:00Z,reddit,eli,3,"How do I descale it? Please help"

        """

    static func rules() throws -> RuleSet {
        try RuleFileParser.parse("""
            rules:
              - id: crisis-words
                match: {text: [recall, fire, dangerous, kaputt]}
                actions: {escalate: true, tags: [crisis]}
              - id: question
                match: {question: true}
                actions: {needs_reply: true}
            """, file: "rules.yaml")
    }

    func summary(_ mentions: [Mention]) -> [String] {
        mentions.sorted { $0.id.nativeID < $1.id.nativeID }.map { m in
            let flags = m.flags.map { "\($0.escalate) \($0.needsReply) \($0.tags.sorted())" } ?? "none"
            return "\(m.id.nativeID) \(m.sentiment?.label.rawValue ?? "-") \(m.sentiment?.score ?? 0) \(m.sentiment?.guessedLanguage ?? "-") \(flags)"
        }
    }

    @Test func importFollowAndPipeStoreTheSame() throws {
        let path = directory + "/feed.csv"
        try Self.csv.write(toFile: path, atomically: true, encoding: .utf8)

        let imported = InMemoryMentionStore()
        let pipeline = Pipeline(store: imported, rules: RulesEngine(rules: try Self.rules()))
        pipeline.countsWindows = false
        _ = pipeline.load(paths: [path])

        let followed = InMemoryMentionStore()
        let follower = FeedFollower(sources: [path], rules: RulesEngine(rules: try Self.rules()), store: followed)
        _ = follower.poll()

        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let stream = StreamFollower(fd: fds[0], reader: FeedReader())
        _ = Self.csv.withCString { write(fds[1], $0, strlen($0)) }
        close(fds[1])
        var piped = stream.poll().mentions
        IngestStage(rules: RulesEngine(rules: try Self.rules()), countsWindows: false).run(&piped)
        close(fds[0])

        let expected = summary(try imported.allNewestFirst())
        #expect(expected.count == 5)
        #expect(expected.contains { $0.hasPrefix("1 negative") && $0.hasSuffix("en true true [\"crisis\"]") }, "\(expected)")
        #expect(expected.contains { $0.hasPrefix("2 negative") && $0.contains(" es ") }, "the language guessed")
        #expect(summary(try followed.allNewestFirst()) == expected)
        #expect(summary(piped) == expected)
    }

    @Test func aFollowerDoesNotReadItsOwnWritesBackAsNews() throws {
        let path = directory + "/live.csv"
        try Self.csv.write(toFile: path, atomically: true, encoding: .utf8)
        let database = directory + "/v.sqlite"
        let store = try SQLiteStore(path: database)
        let start = try store.latestChange()
        let follower = FeedFollower(sources: [path], store: store)
        let update = follower.poll()
        #expect(update.mentions.count == 5)
        #expect(update.writtenKeys.count == 5)

        var own = Set(update.writtenKeys)
        let all = try store.changes(after: start)
        #expect(all.mentions.count == 5, "the change feed has them")
        #expect(all.excluding(&own).mentions.isEmpty, "but they are this follower's own")
        #expect(own.isEmpty, "each own key is forgotten once seen")

        // Another process (another connection) writes one: that one is news.
        let other = try SQLiteStore(path: database)
        var extra = try #require(try store.allNewestFirst().first)
        extra.id = MentionID(platform: .x, nativeID: "from-elsewhere")
        try other.upsert([extra])
        // Our follower changes one of its own: written again, and again not news.
        try (Self.csv.replacingOccurrences(of: "Please help", with: "Please help, anyone?")).write(toFile: path, atomically: false, encoding: .utf8)
        let second = follower.poll()
        own.formUnion(second.writtenKeys)
        let next = try store.changes(after: all.last).excluding(&own)
        #expect(next.mentions.map(\.id.nativeID) == ["from-elsewhere"])
    }

    @Test func rewritingAnUnchangedMentionWritesNothing() throws {
        let store = try SQLiteStore(path: directory + "/same.sqlite")
        let mention = Mention(id: MentionID(platform: .x, nativeID: "1"), author: Author(handle: "ana"), createdAt: Date(timeIntervalSince1970: 1_795_000_000),
                              text: "hello")
        let first = try store.write([mention])
        #expect(first.keys.count == 1 && first.keyOfEach == first.keys)
        #expect(try store.write([mention]) == WrittenMentions(added: 0, keys: [], keyOfEach: [0]))
        var changed = mention
        changed.text = "hello again"
        #expect(try store.write([changed]).keys.count == 1)
        // Each mention's key in order, 0 for one written before and unchanged.
        var second = mention
        second.id = MentionID(platform: .x, nativeID: "2")
        let both = try store.write([changed, second])
        #expect(both.keyOfEach.count == 2 && both.keyOfEach[0] == 0 && both.keyOfEach[1] == both.keys.first)
        // A change the change feed does not show (views only) is saved but not reported: its
        // key would wait for the feed for ever.
        var viewed = changed
        viewed.metrics.views = 1_000
        #expect(try store.write([viewed]).keys.isEmpty)
        #expect(store.mention(viewed.id)?.metrics.views == 1_000)
    }
}
