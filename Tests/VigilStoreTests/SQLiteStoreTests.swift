import Foundation
import GRDB
import Testing
import VigilCore
@testable import VigilStore

final class SQLiteStoreTests {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-store-\(UUID().uuidString)/test.sqlite").path

    deinit { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }

    func mention(_ id: String, text: String = "hello", minutes: Double = 0) -> Mention {
        Mention(id: MentionID(platform: .x, nativeID: id), author: Author(handle: "ana", displayName: "Ana ☕", followers: 1200, verified: true),
                createdAt: Date(timeIntervalSince1970: 1_795_255_200 + minutes * 60), text: text, url: "https://x.com/ana/status/\(id)",
                kind: .comment, parentID: "p1", language: "es", metrics: Metrics(likes: 3, shares: nil, replies: 1),
                sentiment: Sentiment(label: .negative, score: -0.4, source: .feed(raw: "Negativo")),
                flags: RuleFlags(escalate: true, needsReply: true, priority: .urgent, tags: ["crisis"],
                                 reasons: [RuleReason(ruleID: "crisis-mention", detail: "matched “recall”")]))
    }

    @Test func mentionsRoundTripAndReimportIsIdempotent() throws {
        let store = try SQLiteStore(path: path)
        let original = mention("1")
        #expect(try store.upsert([original, mention("2", minutes: 5)]) == 2)
        #expect(try store.upsert([original]) == 0)
        #expect(store.count == 2)
        #expect(store.mention(original.id) == original)
        #expect(try store.allNewestFirst().map(\.id.nativeID) == ["2", "1"])
        // A corrected version replaces the old one.
        #expect(try store.upsert([mention("1", text: "edited")]) == 0)
        #expect(store.mention(original.id)?.text == "edited")
    }

    @Test func theNewestComeWithTheirFlagsUnlessTheCallerFlagsThemAgain() throws {
        let store = try SQLiteStore(path: path)
        try store.upsert([mention("1"), mention("2", minutes: 5)])
        let withFlags = try store.newest(limit: 1)
        #expect(withFlags.mentions == [mention("2", minutes: 5)] && withFlags.total == 2)
        let without = try store.newest(limit: nil, ruleFlags: false)
        #expect(without.mentions.map(\.id.nativeID) == ["2", "1"])
        #expect(without.mentions.allSatisfy { $0.flags == nil })
        var unflagged = mention("1")
        unflagged.flags = nil
        #expect(without.mentions[1] == unflagged)
    }

    @Test func longTextsRoundTripWhateverTheirOrder() throws {
        // The writer copies a row's texts into one buffer and moves to a bigger one when a value
        // does not fit: values before and after the move must all arrive intact.
        let store = try SQLiteStore(path: path)
        var long = mention("long", text: String(repeating: "kettle ☕ ", count: 900))
        long.url = "https://example.com/" + String(repeating: "a", count: 5000)
        long.author.displayName = String(repeating: "Ana ", count: 2000)
        try store.upsert([mention("short"), long, mention("after")])
        #expect(store.mention(long.id) == long)
        #expect(store.mention(MentionID(platform: .x, nativeID: "after")) == mention("after"))
    }

    @Test func triageSurvivesReimportAndReopening() throws {
        let id = MentionID(platform: .x, nativeID: "1")
        do {
            let store = try SQLiteStore(path: path)
            try store.upsert([mention("1")])
            let after = try store.apply(.delegate(department: "legal", followUp: Date(timeIntervalSince1970: 1_795_300_000)),
                                        to: [id], by: "maria", at: Date(timeIntervalSince1970: 1_795_260_000))
            #expect(after[id]?.status == .delegated)
            try store.upsert([mention("1", text: "seen again in a later export")])
        }
        let reopened = try SQLiteStore(path: path)
        let state = try #require(try reopened.triageStates()[id])
        #expect(state.status == .delegated && state.department == "legal" && state.updatedBy == "maria")
        #expect(state.followUp == Date(timeIntervalSince1970: 1_795_300_000))
    }

    @Test func everyChangeIsInTheAppendOnlyAuditLog() throws {
        let store = try SQLiteStore(path: path)
        let ids = [MentionID(platform: .x, nativeID: "1"), MentionID(platform: .x, nativeID: "2")]
        let t = Date(timeIntervalSince1970: 1_795_260_000)
        try store.apply(.markReplied, to: [ids[0]], by: "maria", at: t)
        try store.apply(.setTags(["refund", "vip"]), to: ids, by: "li", at: t.addingTimeInterval(60))
        try store.restore([ids[0]: Triage()], by: "maria", at: t.addingTimeInterval(120))
        let log = try store.auditLog()
        #expect(log.map(\.action) == ["replied", "tagged", "tagged", "undone"])
        #expect(log[0].before == "status=new" && log[0].after == "status=replied")
        #expect(log[1].after == "status=replied tags=refund,vip" && log[1].who == "li")
        #expect(log[3].after == "status=new")
        // Append-only: SQLite itself refuses edits.
        #expect(throws: (any Error).self) { try store.rawExecute("DELETE FROM audit_log") }
    }

    @Test func notesAreKeptAuditedAndSeenByOtherConnections() throws {
        let store = try SQLiteStore(path: path)
        let other = try SQLiteStore(path: path)
        let id = MentionID(platform: .x, nativeID: "1")
        let start = try other.latestChange()
        let notes = try store.addNote("called them back", to: id, by: "maria", at: Date(timeIntervalSince1970: 1_795_260_000))
        #expect(notes.map(\.text) == ["called them back"])
        try store.addNote("refund sent", to: id, by: "li", at: Date(timeIntervalSince1970: 1_795_261_000))
        #expect(try store.notes()[id]?.map(\.by) == ["maria", "li"])
        #expect(try store.auditLog().map(\.action) == ["commented", "commented"])
        let changes = try other.changes(after: start)
        #expect(changes.notes[id]?.count == 2)
    }

    @Test func changesSeenByAnotherConnection() throws {
        let dashboard = try SQLiteStore(path: path)
        let importer = try SQLiteStore(path: path)
        let start = try dashboard.latestChange()
        try importer.upsert([mention("1"), mention("2")])
        try importer.upsert([mention("1"), mention("2")])          // the same again: nothing to pass on
        try importer.upsert([mention("1", text: "corrected")])     // an edit is passed on
        try importer.apply(.markReplied, to: [MentionID(platform: .x, nativeID: "2")], by: "li", at: Date())
        let changes = try dashboard.changes(after: start)
        #expect(changes.mentions.map(\.id.nativeID) == ["1", "2"], "each mention once, as it is now")
        #expect(changes.mentions.first?.text == "corrected")
        #expect(changes.triage[MentionID(platform: .x, nativeID: "2")]?.status == .replied)
        #expect(try dashboard.changes(after: changes.last).isEmpty)
        // After that: an edit of a mention seen before, and a new one.
        try importer.upsert([mention("2", text: "corrected too"), mention("3")])
        let next = try dashboard.changes(after: changes.last)
        #expect(next.mentions.map(\.id.nativeID) == ["3", "2"])
        #expect(next.mentions.last?.text == "corrected too")
        #expect(try dashboard.changes(after: next.last).isEmpty)
    }

    @Test func reimportingAnUnchangedMentionWritesNothing() throws {
        let store = try SQLiteStore(path: path)
        try store.upsert([mention("1"), mention("2")])
        let before = try store.latestChange()
        try store.rawExecute("CREATE TABLE writes (n INTEGER); CREATE TRIGGER counted AFTER UPDATE ON mention BEGIN INSERT INTO writes VALUES (1); END")
        try store.upsert([mention("1"), mention("2", text: "edited")])
        let queue = try DatabaseQueue(path: path)
        #expect(try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM writes") } == 1)
        #expect(try store.changes(after: before).mentions.map(\.text) == ["edited"])
    }

    @Test func aSavedReplyIsInTheOutboxAndTheItemIsReplied() throws {
        let store = try SQLiteStore(path: path)
        let id = MentionID(platform: .x, nativeID: "1")
        let state = try store.saveReply(Reply(mention: id, by: "maria", at: Date(timeIntervalSince1970: 1_795_260_000), text: "@ana sorry! DM us"))
        #expect(state.status == .replied)
        #expect(try store.replies().map(\.text) == ["@ana sorry! DM us"])
        #expect(try store.triageStates()[id]?.status == .replied)
        #expect(try store.auditLog().map(\.action) == ["replied"])
    }

    @Test(arguments: [false, true])
    func undoingAReplyWithdrawsItFromTheOutbox(inMemory: Bool) throws {
        let store: any MentionStore = inMemory ? InMemoryMentionStore() : try SQLiteStore(path: path)
        let earlier = MentionID(platform: .x, nativeID: "1"), undone = MentionID(platform: .x, nativeID: "2")
        let t0 = Date(timeIntervalSince1970: 1_795_260_000)
        try store.saveReply(Reply(mention: earlier, by: "maria", at: t0, text: "kept"))
        let before = try store.apply(.assign(person: "joe"), to: [undone], by: "maria", at: t0.addingTimeInterval(60))[undone]!
        try store.saveReply(Reply(mention: undone, by: "maria", at: t0.addingTimeInterval(120), text: "oops, wrong item"))
        #expect(try store.replies().map(\.text) == ["kept", "oops, wrong item"])
        let restored = try store.restore([undone: before], by: "maria", at: t0.addingTimeInterval(180))
        #expect(restored[undone]?.status == before.status)
        #expect(try store.replies().map(\.text) == ["kept"], "the undone reply is never exported to be posted")
        if !inMemory { #expect(try store.auditLog().map(\.action).suffix(2) == ["undone", "reply withdrawn"] || store.auditLog().map(\.action).suffix(2) == ["reply withdrawn", "undone"]) }
        // Undoing something else on an item that was replied keeps its reply.
        let tagged = try store.apply(.setTags(["x"]), to: [earlier], by: "maria", at: t0.addingTimeInterval(240))
        _ = tagged
        try store.restore([earlier: try store.triageStates()[earlier]!], by: "maria", at: t0.addingTimeInterval(300))
        #expect(try store.replies().map(\.text) == ["kept"])
    }

    @Test func severalProcessesCreatingOneDatabaseAtOnceAllSucceed() throws {
        // Each store has its own connections, as separate processes do; all migrate the new file.
        for round in 0..<12 {
            let file = path + ".\(round)"
            let failures = LockedCounter()
            DispatchQueue.concurrentPerform(iterations: 4) { _ in
                do { _ = try SQLiteStore(path: file) } catch { failures.add() }
            }
            #expect(failures.value == 0, "round \(round)")
            #expect(try SQLiteStore(path: file).count == 0)
        }
    }

    @Test func onlyOneDashboardSendsEachAlertsNotification() throws {
        let first = try SQLiteStore(path: path), second = try SQLiteStore(path: path)
        #expect(try first.claimNotification(alertID: "crisis@1795255200", at: Date()))
        #expect(try !second.claimNotification(alertID: "crisis@1795255200", at: Date()))
        #expect(try !first.claimNotification(alertID: "crisis@1795255200", at: Date()))
        #expect(try second.claimNotification(alertID: "crisis@1795259999", at: Date()))
    }

    @Test func acknowledgementsAndSilencesSurviveReopening() throws {
        do {
            let store = try SQLiteStore(path: path)
            try store.saveAcknowledgement(Acknowledgement(by: "maria", at: Date(timeIntervalSince1970: 1_795_260_000), note: "on it"), alertID: "crisis-burst@1")
            try store.saveSilence(id: "volume-spike|", rule: "volume-spike", key: "", from: Date(timeIntervalSince1970: 1), until: Date(timeIntervalSince1970: 2),
                                  by: "li", comment: "")
        }
        let store = try SQLiteStore(path: path)
        #expect(try store.acknowledgements()["crisis-burst@1"] == Acknowledgement(by: "maria", at: Date(timeIntervalSince1970: 1_795_260_000), note: "on it"))
        #expect(try store.silences().map(\.rule) == ["volume-spike"])
    }

    @Test func fullTextSearchIgnoresCaseAndAccentsAndNeverParsesUserSyntax() throws {
        let store = try SQLiteStore(path: path)
        try store.upsert([mention("1", text: "Le CAFÉ est froid, remboursement svp"), mention("2", text: "great kettle"),
                          mention("3", text: "the café kettle broke")])
        func ids(_ terms: [String]) throws -> [String] { try store.foundIDs(terms) }
        #expect(try ids(["cafe"]) == ["1", "3"])
        #expect(try ids(["cafe", "kettle"]) == ["3"])
        #expect(try ids(["café kettle"]) == ["3"])        // a phrase
        #expect(try ids(["kettle café"]).isEmpty)
        #expect(try ids(["ana"]).count == 3)               // the author column too
        #expect(try ids(["\" OR text:*"]).isEmpty)          // typed quotes and operators are just text
        // Edits are indexed again.
        try store.upsert([mention("2", text: "cafe au lait")])
        #expect(try ids(["cafe"]) == ["1", "2", "3"])
        #expect(try ids(["great"]).isEmpty, "the old text is gone from the index")
        // A batch mixing new and edited items indexes each once.
        try store.upsert([mention("3", text: "lid fell off"), mention("4", text: "new lid please"), mention("5", text: "lid?")])
        #expect(try ids(["lid"]) == ["3", "4", "5"])
        #expect(try ids(["kettle"]).isEmpty)
        let reopened = try SQLiteStore(path: path)
        #expect(try reopened.search(["lid"]).count == 3)
    }

    @Test func searchExcludesWordsAndLooksForEmojiInTheText() throws {
        let store = try SQLiteStore(path: path)
        try store.upsert([mention("1", text: "Kettle lid broke 😡"), mention("2", text: "kettle refund please"), mention("3", text: "love it 😍"),
                          mention("4", text: "refund 😡 now")])
        #expect(try store.foundIDs(["kettle"], excluding: ["refund"]) == ["1"])
        #expect(try store.foundIDs([], excluding: ["kettle"]) == ["3", "4"])
        #expect(try store.foundIDs(["😡"]) == ["1", "4"])
        #expect(try store.foundIDs(["😡"], excluding: ["kettle"]) == ["4"])
        #expect(try store.foundIDs(["refund"], excluding: ["😡"]) == ["2"])
        #expect(try store.foundIDs([], excluding: ["😡", "😍"]) == ["2"])
    }

    /// Emoji are looked for exactly as typed: a heart with its emoji-style selector is a symbol
    /// and a mark, not a word for the index (which would find nothing), and a thumb with a skin
    /// tone is not a plain thumb.
    @Test func emojiAreFoundAsTyped() throws {
        let store = try SQLiteStore(path: path)
        try store.upsert([mention("1", text: "love it ❤️"), mention("2", text: "plain ❤ heart"), mention("3", text: "ok 👍🏽"),
                          mention("4", text: "ok 👍"), mention("5", text: "wow😡😡 no spaces")])
        #expect(try store.foundIDs(["❤️"]) == ["1"])
        #expect(try store.foundIDs(["❤"]) == ["1", "2"])
        #expect(try store.foundIDs(["👍🏽"]) == ["3"])
        #expect(try store.foundIDs(["👍"]) == ["3", "4"])
        #expect(try store.foundIDs(["😡😡"]) == ["5"])
        #expect(try store.foundIDs(["ok"], excluding: ["🏽"]) == ["4"])
    }

    @Test func mentionsAreReadBackByKey() throws {
        let store = try SQLiteStore(path: path)
        try store.upsert((0..<700).map { mention("\($0)", text: "text \($0)", minutes: Double($0)) })
        let stored = try store.newest(limit: nil)
        let byID = Dictionary(uniqueKeysWithValues: zip(stored.mentions.map(\.id), stored.keys))
        // More keys than one statement takes, and one the store does not have.
        let wanted = Array(stored.keys.prefix(650)) + [999_999]
        let read = try store.mentions(keys: wanted)
        #expect(read.count == 650)
        #expect(read[byID[MentionID(platform: .x, nativeID: "420")]!] == mention("420", text: "text 420", minutes: 420))
    }

    @Test func theHistoryIsReadOldestFirstInSlicesWithTiesAcrossTheirEdges() throws {
        let store = try SQLiteStore(path: path)
        // Seven at one time, more than a slice holds, between two others.
        try store.upsert([mention("early", minutes: -1), mention("late", minutes: 1)] + (0..<7).map { mention("same\($0)") })
        var cursor: HistoryCursor?
        var order: [String] = [], slices = 0
        repeat {
            let (slice, next) = try store.oldestFirst(after: cursor, limit: 3, ruleFlags: true)
            #expect(slice.mentions.count <= 3)
            #expect(slice.keys.count == slice.mentions.count)
            order += slice.mentions.map(\.id.nativeID)
            cursor = next
            slices += 1
        } while cursor != nil && slices < 20
        #expect(order.first == "early" && order.last == "late")
        #expect(order.sorted() == (["early", "late"] + (0..<7).map { "same\($0)" }).sorted(), "each once")
    }

    @Test func theSameNewItemTwiceInOneBatchIsIndexedOnceWithItsLastText() throws {
        let store = try SQLiteStore(path: path)
        try store.upsert([mention("1", text: "first draft kettle"), mention("2", text: "other"), mention("1", text: "final lid text")])
        func ids(_ terms: [String]) throws -> [String] { try store.foundIDs(terms) }
        #expect(try ids(["draft"]).isEmpty)
        #expect(try ids(["lid"]) == ["1"])
        // Later edits re-index cleanly, and the index passes FTS5's own check.
        try store.upsert([mention("1", text: "kettle recall")])
        #expect(try ids(["lid"]).isEmpty)
        #expect(try ids(["recall"]) == ["1"])
        try checkIndexIntegrity()
    }

    @Test func ruleFlagsSurviveTheHandWrittenJSON() {
        let flags = RuleFlags(escalate: true, needsReply: true, priority: .urgent, tags: ["crisis", "a\"b"],
                              assignee: "ana\\x", department: "Kundendienst / Support",
                              moderation: ModerationVerdict(action: .ban, ruleID: "ban-threats", reason: "A “threat”\n: banned"),
                              reasons: [RuleReason(ruleID: "crisis", detail: "matched “recall” \u{1}\n\t☕ </script>")])
        let text = FlagsCoding.encode(flags)
        #expect(FlagsCoding.decode(text) == flags)
        #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil, "valid JSON: \(text)")
        #expect(FlagsCoding.encode(RuleFlags()) == FlagsCoding.empty)
        #expect(FlagsCoding.decode(FlagsCoding.encode(RuleFlags(needsReply: true))) == RuleFlags(needsReply: true))
        // The fast reader reads all of that itself, and agrees with a general JSON parser.
        #expect(FlagsReader.read(text) == flags)
        #expect(FlagsCoding.decodeAnyJSON(text) == flags)
    }

    @Test func theFlagsReaderAgreesWithJSONSerializationOrDefersToIt() {
        var random = SeededGenerator(seed: 3)
        let pieces = ["a", "é", "☕", "👩‍💻", "\"", "\\", "/", "\n", "\t", "\u{0}", "\u{8}", "\u{C}", "\u{1F}", "\u{7F}", " ", "“", "{", "]", ","]
        for _ in 0..<300 {
            func text() -> String { (0..<Int(random.next() % 8)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined() }
            let flags = RuleFlags(escalate: random.next() % 2 == 0, needsReply: random.next() % 2 == 0,
                                  priority: random.next() % 2 == 0 ? .high : nil, tags: (0..<Int(random.next() % 3)).map { _ in text() },
                                  assignee: random.next() % 2 == 0 ? text() : nil, department: random.next() % 3 == 0 ? text() : nil,
                                  moderation: random.next() % 2 == 0 ? ModerationVerdict(action: .hold, ruleID: text(), reason: text()) : nil,
                                  reasons: (0..<Int(random.next() % 3)).map { _ in RuleReason(ruleID: text(), detail: text()) })
            let encoded = FlagsCoding.encode(flags)
            #expect(FlagsReader.read(encoded) == flags, "\(encoded)")
            #expect(FlagsCoding.decodeAnyJSON(encoded) == flags, "\(encoded)")
        }
        // Other writers' JSON (spaces, unknown keys, escaped non-ASCII) goes to the general parser.
        for other in ["{\"escalate\": true, \"reasons\": []}", "{\"reasons\":[],\"x\":1}", "{\"assign\":\"J\\u00e9r\\u00f4me\",\"reasons\":[]}"] {
            #expect(FlagsReader.read(other) == nil, "\(other)")
            #expect(FlagsCoding.decode(other) == FlagsCoding.decodeAnyJSON(other))
            #expect(FlagsCoding.decode(other) != nil)
        }
        #expect(FlagsCoding.decode("{\"assign\":\"J\\u00e9r\\u00f4me\",\"reasons\":[]}")?.assignee == "Jérôme")
        #expect(FlagsReader.read("{\"reasons\":[]") == nil)
        #expect(FlagsReader.read("{\"tags\":[\"a\"]}x") == nil)
    }
}
