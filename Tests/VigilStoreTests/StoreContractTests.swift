import Foundation
import Testing
import VigilCore
import VigilPostgres
import VigilStore

/// What every `MentionStore` must do, run against each implementation (the in-memory one,
/// SQLite, and PostgreSQL when `VIGIL_TEST_POSTGRES` names a server: see `TestPostgres`): the
/// same calls, the same answers.
struct StoreContractTests {
    enum Kind: String, CaseIterable, CustomTestStringConvertible {
        case memory, sqlite, postgres
        var testDescription: String { rawValue }

        /// The stores there are to test here.
        static var available: [Kind] { TestPostgres.server == nil ? [.memory, .sqlite] : allCases }

        func make() throws -> any MentionStore {
            switch self {
            case .memory: return InMemoryMentionStore()
            case .sqlite:
                let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-contract-\(UUID().uuidString)").path
                return try SQLiteStore(path: directory + "/contract.sqlite")
            case .postgres:
                return try PostgresStore(url: try TestPostgres.freshDatabase())
            }
        }

        /// Two handles on one database, as two processes (or machines) would have; nil for the
        /// in-memory store, which one process owns.
        func makePair() throws -> (any MentionStore, any MentionStore)? {
            switch self {
            case .memory: return nil
            case .sqlite:
                let path = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-contract-\(UUID().uuidString)").path + "/pair.sqlite"
                return (try SQLiteStore(path: path), try SQLiteStore(path: path))
            case .postgres:
                let url = try TestPostgres.freshDatabase()
                return (try PostgresStore(url: url), try PostgresStore(url: url))
            }
        }
    }

    @Test func postgresIsTestedWhereItMustBe() throws {
        try TestPostgres.requireInCI()
    }

    static let start = Date(timeIntervalSince1970: 1_795_255_200)

    func mention(_ id: String, text: String = "the kettle lid broke", minutes: Double = 0, author: String = "ana") -> Mention {
        Mention(id: MentionID(platform: .x, nativeID: id), author: Author(handle: author, displayName: "Ana ☕", followers: 1200, verified: true),
                createdAt: Self.start.addingTimeInterval(minutes * 60), text: text, url: "https://x.com/\(author)/status/\(id)",
                kind: .comment, language: "en", metrics: Metrics(likes: 3, shares: nil, replies: 1),
                sentiment: Sentiment(label: .negative, score: -0.4, source: .analyzer))
    }

    func id(_ native: String) -> MentionID { MentionID(platform: .x, nativeID: native) }

    @Test(arguments: Kind.available) func mentionsRoundTripNewestFirstAndReimportIsIdempotent(kind: Kind) throws {
        let store = try kind.make()
        #expect(try store.upsert([mention("1"), mention("2", minutes: 5), mention("3", minutes: 2)]) == 3)
        #expect(try store.upsert([mention("1")]) == 0)
        #expect(store.count == 3)
        #expect(store.mention(id("2")) == mention("2", minutes: 5))
        #expect(store.mention(id("missing")) == nil)
        #expect(try store.allNewestFirst().map(\.id.nativeID) == ["2", "3", "1"])
        let newest = try store.newest(limit: 2)
        #expect(newest.mentions.map(\.id.nativeID) == ["2", "3"] && newest.total == 3)
        try store.upsert([mention("1", text: "edited")])
        #expect(store.mention(id("1"))?.text == "edited")
        let written = try store.write([mention("4", minutes: 9)])
        #expect(written.added == 1)
    }

    @Test(arguments: Kind.available) func aPeriodsMentionsOldestFirstWholeAndSummarized(kind: Kind) throws {
        let store = try kind.make()
        var flagged = mention("4", minutes: 60)
        flagged.parentID = "p1"
        flagged.metrics.views = 10
        flagged.flags = RuleFlags(needsReply: true, tags: ["refund"], reasons: [RuleReason(ruleID: "refund-request", detail: "asks for a refund")])
        try store.upsert([mention("1", minutes: -1), mention("2", minutes: 0), mention("3", minutes: 30), flagged, mention("5", minutes: 61)])
        let end = Self.start.addingTimeInterval(61 * 60)  // exclusive: "5" is out, "4" at 60 min is in
        #expect(try store.mentions(from: Self.start, to: end).map(\.id.nativeID) == ["2", "3", "4"])
        #expect(try store.mentions(from: Self.start, to: end).last == flagged)
        let summaries = try store.mentionSummaries(from: Self.start, to: end)
        #expect(summaries.map(\.id.nativeID) == ["2", "3", "4"])
        // What figures and the rules need is there; a store may leave links and display names out.
        let summary = try #require(summaries.last)
        #expect(summary.text == flagged.text && summary.createdAt == flagged.createdAt && summary.author.handle == "ana")
        #expect(summary.author.followers == 1200 && summary.author.verified && summary.kind == .comment && summary.language == "en")
        #expect(summary.metrics.likes == 3 && summary.metrics.shares == nil && summary.sentiment?.label == .negative && summary.sentiment?.score == -0.4)
        #expect(summary.flags?.needsReply == true && summary.flags?.tags == ["refund"])
        // The rules count replies by their parent and may test views.
        #expect(summary.parentID == "p1" && summary.metrics.views == 10)
    }

    @Test(arguments: Kind.available) func triageIsAppliedAuditedAndUndone(kind: Kind) throws {
        let store = try kind.make()
        try store.upsert([mention("1"), mention("2")])
        let at = Self.start.addingTimeInterval(3600)
        let after = try store.apply(.assign(person: "ana"), to: [id("1"), id("2")], by: "bea", at: at)
        #expect(after[id("1")]?.assignee == "ana" && after.count == 2)
        try store.apply(.dismiss, to: [id("2")], by: "bea", at: at.addingTimeInterval(60))
        let states = try store.triageStates()
        #expect(states[id("1")]?.assignee == "ana")
        #expect(states[id("2")]?.status == .dismissed)
        try store.restore([id("2"): after[id("2")]!], by: "bea", at: at.addingTimeInterval(120))
        #expect(try store.triageStates()[id("2")]?.status == after[id("2")]?.status)
        let log = try store.auditLog()
        #expect(log.map(\.action) == ["assigned", "assigned", "dismissed", "undone"])
        #expect(log.allSatisfy { $0.who == "bea" })
        // Reimporting a mention keeps its triage.
        try store.upsert([mention("1", text: "edited")])
        #expect(try store.triageStates()[id("1")]?.assignee == "ana")
    }

    @Test(arguments: Kind.available) func notesAndRepliesAreKeptAndAnUndoneReplyLeavesTheOutbox(kind: Kind) throws {
        let store = try kind.make()
        try store.upsert([mention("1"), mention("2")])
        let at = Self.start.addingTimeInterval(3600)
        #expect(try store.addNote("called her", to: id("1"), by: "ana", at: at).map(\.text) == ["called her"])
        #expect(try store.addNote("refund sent", to: id("1"), by: "bea", at: at.addingTimeInterval(1)).map(\.text) == ["called her", "refund sent"])
        #expect(try store.notes()[id("1")]?.map(\.by) == ["ana", "bea"])
        let before = try store.triageStates()[id("2")] ?? Triage()
        let replied = try store.saveReply(Reply(mention: id("2"), by: "ana", at: at.addingTimeInterval(5), text: "Sorry! DM us"))
        #expect(replied.status == .replied)
        #expect(try store.replies().map(\.text) == ["Sorry! DM us"])
        try store.restore([id("2"): before], by: "ana", at: at.addingTimeInterval(10))
        #expect(try store.replies().isEmpty)
        #expect(try store.auditLog().contains { $0.action == "commented" && $0.after == "refund sent" })
    }

    @Test(arguments: Kind.available) func searchFindsEveryTermCaseAndAccentsAsideAndLeavesOutExclusions(kind: Kind) throws {
        let store = try kind.make()
        try store.upsert([
            mention("1", text: "La tapa se rompió, quiero un REEMBOLSO"),
            mention("2", text: "reembolso ya recibido, gracias"),
            mention("3", text: "the lid broke", author: "reembolsos_bot"),
        ])
        try store.flush()
        func found(_ terms: [String], excluding: [String] = []) throws -> Set<String> {
            switch try store.search(terms, excluding: excluding) {
            case .ids(let ids): return Set(ids.map(\.nativeID))
            case .keys(let keys, _): return Set(try store.mentions(keys: keys).values.map(\.id.nativeID))
            }
        }
        #expect(try found(["reembolso"]) == ["1", "2"])
        #expect(try found(["rompio"]) == ["1"])
        #expect(try found(["reembolso"], excluding: ["gracias"]) == ["1"])
        #expect(try found(["lid", "broke"]) == ["3"])
        #expect(try found(["nothing-like-this"]).isEmpty)
    }

    @Test(arguments: Kind.available) func acknowledgementsClaimsAndSilencesAreShared(kind: Kind) throws {
        let store = try kind.make()
        let at = Self.start
        try store.saveAcknowledgement(Acknowledgement(by: "ana", at: at, note: "on it"), alertID: "crisis-burst@1")
        #expect(try store.acknowledgements()["crisis-burst@1"]?.by == "ana")
        #expect(try store.claimNotification(alertID: "a1", at: at))
        #expect(try !store.claimNotification(alertID: "a1", at: at))
        try store.saveSilence(id: "s1", rule: "negative-surge", key: nil, from: at, until: at.addingTimeInterval(3600), by: "ana", comment: "known outage")
        #expect(try store.silences().map(\.comment) == ["known outage"])
        #expect(try store.auditLog().contains { $0.mention.platform.rawValue == AuditEntry.alertPlatform && $0.action == "acknowledged" })
    }

    @Test(arguments: Kind.available) func moderationDecisionsStandUntilWithdrawnAndAreAudited(kind: Kind) throws {
        let store = try kind.make()
        var held = mention("1")
        held.flags = RuleFlags(moderation: ModerationVerdict(action: .hold, ruleID: "hold-spam", reason: "Spam"), reasons: [RuleReason(ruleID: "hold-spam", detail: "")])
        try store.upsert([held, mention("2", minutes: 1)])
        #expect(try store.mentionsModeratedByRules().map(\.id) == [id("1")])
        #expect(try store.mentionsModeratedByRules().first?.flags?.moderation?.reason == "Spam")

        let before = try store.latestChange()
        try store.moderate([id("1")], action: .hide, note: "", by: "ana", at: Self.start.addingTimeInterval(60))
        try store.moderate([id("2")], action: .ban, note: "third insult this week", by: "joe", at: Self.start.addingTimeInterval(120))
        try store.moderate([id("1")], action: .delete, note: "scam", by: "joe", at: Self.start.addingTimeInterval(180))
        #expect(try store.moderationDecisions().map { "\($0.mention.nativeID) \($0.action.rawValue) \($0.by)" } == ["2 ban joe", "1 delete joe"])
        if kind != .memory {
            let changes = try store.changes(after: before)
            #expect(changes.moderation[id("1")]??.action == .delete)
        }
        try store.withdrawModeration([id("1")], by: "ana", at: Self.start.addingTimeInterval(240))
        #expect(try store.moderationDecisions().map(\.mention) == [id("2")])
        #expect(try store.moderationDecisions().first?.note == "third insult this week")
        let log = try store.auditLog().map { "\($0.action) \($0.before)→\($0.after)" }
        #expect(log.suffix(4) == ["moderated →hide", "moderated →ban", "moderated hide→delete", "moderation withdrawn delete→"])
    }

    @Test(arguments: Kind.available) func anotherHandleSeesNewAndEditedMentionsTriageNotesAndDecisionsOnce(kind: Kind) throws {
        guard let (mine, theirs) = try kind.makePair() else { return }
        let start = try mine.latestChange()
        let written = try theirs.write([mention("1"), mention("2", minutes: 1)])
        #expect(written.added == 2 && written.keyOfEach.count == 2 && written.keyOfEach.allSatisfy { $0 > 0 })
        var changes = try mine.changes(after: start)
        #expect(changes.mentions.map(\.id.nativeID).sorted() == ["1", "2"])
        #expect(Set(changes.keys) == Set(written.keys))
        let afterNew = changes.last

        // An unchanged re-import is no news; an edit is, once, with the same key.
        #expect(try theirs.write([mention("1")]).keys.isEmpty)
        #expect(try mine.changes(after: afterNew).isEmpty)
        let edit = try theirs.write([mention("1", text: "the lid broke AGAIN")])
        #expect(edit.added == 0 && edit.keys.count == 1)
        try theirs.apply(.escalate(note: ""), to: [id("2")], by: "bea", at: Self.start)
        try theirs.addNote("called her", to: id("1"), by: "bea", at: Self.start)
        try theirs.moderate([id("2")], action: .hide, note: "", by: "bea", at: Self.start)
        changes = try mine.changes(after: afterNew)
        #expect(changes.mentions.map(\.text) == ["the lid broke AGAIN"] && changes.keys == edit.keys)
        #expect(changes.triage[id("2")]?.status == .escalated)
        #expect(changes.notes[id("1")]?.map(\.text) == ["called her"])
        #expect(changes.moderation[id("2")]??.action == .hide)
        #expect(try mine.changes(after: changes.last).isEmpty)
        #expect(try mine.latestChange() == changes.last)
    }

    @Test(arguments: Kind.available) func hostileTextIsStoredAndFoundAsWritten(kind: Kind) throws {
        let store = try kind.make()
        let hostile = [
            "'; DROP TABLE mention; --", "\\N", "tab\there", "line\nbreak\r\n", "back\\slash \\. end", "$1 $$ quoted $$",
            "\u{1B}[2J\u{1B}]0;owned\u{07}", "emoji 🔥🙈 and RTL \u{202E}txet", "% _ LIKE wildcards", "\"double\" 'single' `back`",
            // A prepended letter joins what follows into one "word" of the search index (found in review).
            "\u{0D4E}\\0 \u{0D4E}: \u{0D4E}'x \u{0D4E}\t",
        ]
        var mentions: [Mention] = []
        for (index, text) in hostile.enumerated() {
            var m = mention("h\(index)", text: text, minutes: Double(index), author: "evil'\(index)\"--")
            m.url = "https://x.com/'); DROP TABLE triage; --"
            m.language = "en'; --"
            m.flags = RuleFlags(tags: ["a'b", "c\\d"], reasons: [RuleReason(ruleID: "r'1", detail: "\t\n\\")])
            mentions.append(m)
        }
        try store.upsert(mentions)
        for m in mentions { #expect(store.mention(m.id) == m) }
        let who = "ana'); DELETE FROM audit_log; --"
        try store.apply(.setTags(["x'y"]), to: [mentions[0].id], by: who, at: Self.start)
        try store.addNote("note \\ with '$1'", to: mentions[1].id, by: who, at: Self.start)
        #expect(try store.triageStates()[mentions[0].id]?.tags == ["x'y"])
        #expect(try store.notes()[mentions[1].id]?.first?.text == "note \\ with '$1'")
        #expect(try store.auditLog().map(\.who) == [who, who])
        try store.flush()
        func found(_ term: String) throws -> Set<String> {
            switch try store.search([term], excluding: []) {
            case .ids(let ids): return Set(ids.map(\.nativeID))
            case .keys(let keys, _): return Set(try store.mentions(keys: keys).values.map(\.id.nativeID))
            }
        }
        #expect(try found("DROP TABLE") == ["h0"])
        #expect(try found("🔥") == ["h7"])
        #expect(try found("'; --\"").isEmpty || kind == .memory)
        #expect(store.count == hostile.count)
    }

    @Test(arguments: Kind.available.filter { $0 != .memory }) func aCopyHoldsEverythingTheSourceHeldAndRefusesAFullDestination(kind: Kind) throws {
        let source = try #require(try Kind.sqlite.make() as? any StoreTransfer)
        var flagged = mention("3", minutes: 2)
        flagged.flags = RuleFlags(needsReply: true, tags: ["refund"], moderation: ModerationVerdict(action: .hold, ruleID: "hold-spam", reason: "Spam"),
                                  reasons: [RuleReason(ruleID: "hold-spam", detail: "")])
        try source.upsert((0..<12).map { mention("m\($0)", minutes: Double($0)) } + [flagged])
        let at = Self.start.addingTimeInterval(600)
        try source.apply(.assign(person: "ana"), to: [id("m1"), id("m2")], by: "bea", at: at)
        try source.addNote("called her", to: id("m1"), by: "bea", at: at)
        try source.saveReply(Reply(mention: id("m2"), by: "ana", at: at, text: "Sorry! DM us"))
        try source.saveReply(Reply(mention: id("m3"), by: "ana", at: at, text: "withdrawn one"))
        try source.restore([id("m3"): Triage()], by: "ana", at: at.addingTimeInterval(1))
        try source.moderate([id("3")], action: .hide, note: "", by: "ana", at: at)
        try source.moderate([id("m4")], action: .ban, note: "again", by: "joe", at: at)
        try source.withdrawModeration([id("m4")], by: "joe", at: at.addingTimeInterval(2))
        try source.saveAcknowledgement(Acknowledgement(by: "ana", at: at, note: "on it"), alertID: "crisis@1")
        _ = try source.claimNotification(alertID: "crisis@1", at: at)
        try source.saveSilence(id: "s1", rule: "spike", key: nil, from: at, until: at.addingTimeInterval(60), by: "ana", comment: "outage")

        let destination = try #require(try kind.make() as? any StoreTransfer)
        let summary = try StoreCopy.run(from: source, to: destination, pageSize: 5)
        #expect(summary.counts.first! == ("mentions", 13))
        #expect(try destination.teamRecords() == (try source.teamRecords()))
        #expect(try destination.allNewestFirst() == (try source.allNewestFirst()))
        #expect(try destination.moderationDecisions().map(\.mention) == [id("3")])
        #expect(try destination.replies().map(\.text) == ["Sorry! DM us"])
        #expect(throws: StoreCopy.Problem.self) { try StoreCopy.run(from: source, to: destination) }
    }

    @Test(arguments: Kind.available) func aClaimKeepsOthersOutUntilReleasedExpiredOrTakenOverAndBlocksTheirReply(kind: Kind) throws {
        let store = try kind.make()
        try store.upsert([mention("1"), mention("2")])
        let t = Self.start
        guard case .granted(let mine) = try store.claim(id("1"), purpose: "reply", by: "ana", at: t, for: 300, takeOver: false) else {
            Issue.record("the first claim is granted"); return
        }
        #expect(mine.who == "ana" && mine.until == t.addingTimeInterval(300))
        #expect(try store.claim(id("1"), purpose: "reply", by: "bea", at: t.addingTimeInterval(10), for: 300, takeOver: false) == .held(mine))
        // Renewing one's own claim keeps when it started.
        guard case .granted(let renewed) = try store.claim(id("1"), purpose: "reply", by: "ana", at: t.addingTimeInterval(60), for: 300, takeOver: false) else {
            Issue.record("a renewal is granted"); return
        }
        #expect(renewed.since == t && renewed.until == t.addingTimeInterval(360))
        #expect(try store.claims(at: t.addingTimeInterval(61)).mapValues(\.who) == [id("1"): "ana"])
        #expect(try store.claims(at: t.addingTimeInterval(361)).isEmpty)

        // Bea takes it over (audited); Ana's reply is then refused, and Bea's goes through and releases it.
        guard case .granted = try store.claim(id("1"), purpose: "reply", by: "bea", at: t.addingTimeInterval(70), for: 300, takeOver: true) else {
            Issue.record("a take-over is granted"); return
        }
        #expect(try store.auditLog().last.map { "\($0.action) \($0.before)→\($0.after)" } == "claim taken over ana→bea")
        #expect(throws: ClaimConflict.self) { try store.saveReply(Reply(mention: id("1"), by: "ana", at: t.addingTimeInterval(80), text: "hi")) }
        #expect(try store.replies().isEmpty && (try store.triageStates()[id("1")]?.status ?? .new) == .new)
        try store.saveReply(Reply(mention: id("1"), by: "bea", at: t.addingTimeInterval(90), text: "Sorry!"))
        // The reply leaves the item "replied by bea" a while: a prompt Ana left open cannot answer it again.
        #expect(try store.claims(at: t.addingTimeInterval(91))[id("1")].map { "\($0.who) \($0.purpose)" } == "bea replied")
        #expect(throws: ClaimConflict.self) { try store.saveReply(Reply(mention: id("1"), by: "ana", at: t.addingTimeInterval(120), text: "hi again")) }
        #expect(try store.replies().map(\.text) == ["Sorry!"])

        // After expiry anyone may claim; releasing lets the next one in at once.
        #expect(try store.claim(id("2"), purpose: "assign", by: "ana", at: t, for: 60, takeOver: false) != .held(mine))
        guard case .granted = try store.claim(id("2"), purpose: "assign", by: "bea", at: t.addingTimeInterval(61), for: 60, takeOver: false) else {
            Issue.record("an expired claim is no obstacle"); return
        }
        try store.releaseClaims(nil, by: "bea")
        guard case .granted = try store.claim(id("2"), purpose: "reply", by: "ana", at: t.addingTimeInterval(62), for: 60, takeOver: false) else {
            Issue.record("a released claim is no obstacle"); return
        }
        try store.releaseClaims([id("2")], by: "ana")
        #expect(try store.claims(at: t.addingTimeInterval(62)).isEmpty)
    }

    @Test(arguments: Kind.available) func claimsAndPresenceReachTheOtherHandles(kind: Kind) throws {
        guard let (mine, theirs) = try kind.makePair() else { return }
        try mine.upsert([mention("1")])
        let start = try mine.latestChange()
        let now = Date()
        _ = try theirs.claim(id("1"), purpose: "reply", by: "bea", at: now, for: 300, takeOver: false)
        var changes = try mine.changes(after: start)
        #expect(changes.claims[id("1")]??.who == "bea")
        try theirs.releaseClaims(nil, by: "bea")
        changes = try mine.changes(after: changes.last)
        #expect(changes.claims.keys.contains(id("1")) && changes.claims[id("1")]! == nil)

        try theirs.heartbeat(session: "s-bea", user: "bea", pane: "comments", at: now)
        try mine.heartbeat(session: "s-ana", user: "ana", pane: "mentions", at: now.addingTimeInterval(-60))
        #expect(try mine.presence(since: now.addingTimeInterval(-15)).map(\.user) == ["bea"])
        try theirs.leave(session: "s-bea")
        #expect(try mine.presence(since: now.addingTimeInterval(-15)).isEmpty)
    }

    @Test(arguments: Kind.available.filter { $0 != .memory }) func theHistoryComesInSlicesOldestFirstEachMentionOnce(kind: Kind) throws {
        let written = try kind.make()
        // Ties in time across slice boundaries: seven mentions at minute 1.
        try written.upsert((0..<20).map { mention("h\($0)", minutes: $0 < 7 ? 1 : Double($0)) })
        let store = try #require(written as? any HistoryReading)
        var cursor: HistoryCursor?, seen: [String] = [], times: [Date] = []
        repeat {
            let (slice, next) = try store.oldestFirst(after: cursor, limit: 3, ruleFlags: true)
            seen += slice.mentions.map(\.id.nativeID)
            times += slice.mentions.map(\.createdAt)
            #expect(slice.keys.count == slice.mentions.count)
            cursor = next
        } while cursor != nil
        #expect(seen.count == 20 && Set(seen).count == 20)
        #expect(times == times.sorted())
        let other = try store.reopened()
        #expect(other.count == 20)
    }

    @Test func aPostgresDashboardIsToldOfAnotherProcesssChange() throws {
        guard TestPostgres.server != nil else { return }
        let url = try TestPostgres.freshDatabase()
        let mine = try PostgresStore(url: url), theirs = try PostgresStore(url: url)
        #expect(mine.changeSignalled(), "the first call listens, and says to read the feed meanwhile")
        #expect(!mine.changeSignalled(), "nothing happened since")
        try theirs.upsert([mention("1")])
        var told = false
        for _ in 0..<50 where !told {
            told = mine.changeSignalled()
            if !told { Thread.sleep(forTimeInterval: 0.01) }
        }
        #expect(told)
        #expect(!mine.changeSignalled())
    }

    /// README "Least privilege": a role that may read and write but not create or drop works
    /// day to day (once a first, privileged opening has created the schema).
    @Test func aLeastPrivilegeRoleTriagesButCannotDrop() throws {
        guard TestPostgres.server != nil else { return }
        let url = try TestPostgres.freshDatabase()
        let owner = try PostgresStore(url: url)
        try owner.upsert([mention("1"), mention("2")])
        let role = "agent_" + UUID().uuidString.prefix(8).lowercased()
        let database = URLComponents(string: url)!.path.dropFirst()
        for statement in [
            "CREATE ROLE \(role) LOGIN", "GRANT CONNECT ON DATABASE \(database) TO \(role)",
            "GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO \(role)", "GRANT DELETE ON claim, presence TO \(role)",
            "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO \(role)",
        ] { try owner.runForTests(statement) }
        var components = URLComponents(string: url)!
        components.user = role
        let agent = try PostgresStore(url: components.string!)
        try agent.upsert([mention("3"), mention("1", text: "edited")])
        try agent.apply(.dismiss, to: [id("1")], by: role, at: Self.start)
        try agent.addNote("called", to: id("2"), by: role, at: Self.start)
        _ = try agent.claim(id("2"), purpose: "reply", by: role, at: Date(), for: 300, takeOver: false)
        try agent.saveReply(Reply(mention: id("2"), by: role, at: Date(), text: "Sorry!"))
        try agent.moderate([id("3")], action: .hide, note: "", by: role, at: Self.start)
        try agent.heartbeat(session: "s", user: role, pane: "mentions", at: Date())
        try agent.releaseClaims(nil, by: role)
        try agent.leave(session: "s")
        #expect(try agent.auditLog().count == 4)
        #expect(throws: PostgresError.self) { try agent.runForTests("DROP TABLE audit_log") }
        #expect(throws: PostgresError.self) { try agent.runForTests("DELETE FROM audit_log") }
    }
}
