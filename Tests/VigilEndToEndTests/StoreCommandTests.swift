import Foundation
import Testing

/// `vigil import` into the database and `vigil export` from it, as scripts use them.
@Suite struct StoreCommandTests {
    let binary = TmuxSession.vigilBinary
    let temporary = TemporaryPaths()

    func directory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-store-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        temporary.track(path)
        return path
    }

    @Test func importIsIdempotentAndExportCarriesTriageState() throws {
        let dir = try directory()
        let feed = dir + "/feed.csv"
        try """
        id,created_at,platform,author,kind,text,sentiment
        1,2026-11-21T10:00:00Z,x,ana,comment,"=cmd|' /C calc'!A0 where is my refund?",negative
        2,2026-11-21T11:00:00Z,x,bo,post,lovely kettle,positive
        """.write(toFile: feed, atomically: true, encoding: .utf8)
        let db = dir + "/vigil.sqlite"
        let first = try Subprocess.runWithStatus([binary, "import", "--quiet", "--db", db, feed])
        #expect(first.status == 0)
        #expect(first.output.contains("2 imported (2 new)"))
        let again = try Subprocess.runWithStatus([binary, "import", "--quiet", "--db", db, feed])
        #expect(again.output.contains("2 imported (0 new)"))

        try Subprocess.run(["sqlite3", db, "INSERT INTO triage (platform, native_id, status, department, tags) VALUES ('x', '1', 'delegated', 'billing', 'refund')"])
        let jsonl = try Subprocess.run([binary, "export", "--db", db])
        let objects = try jsonl.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.map { $0["id"] as? String } == ["1", "2"])
        #expect(objects[0]["status"] as? String == "delegated" && objects[0]["department"] as? String == "billing")
        #expect(objects[1]["status"] as? String == "new")
        // The item rules ran on import: the refund question is flagged in the database.
        #expect(try Subprocess.run(["sqlite3", db, "SELECT flags FROM mention WHERE native_id = '1'"]).contains("refund-request"))

        let csv = try Subprocess.run([binary, "export", "--db", db, "--status", "delegated", "--format", "csv"])
        let lines = csv.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasSuffix("status,assignee,department,tags"))
        #expect(lines[1].contains(",'=cmd|"))  // formula neutralized
        #expect(lines[1].hasSuffix("delegated,,billing,refund;question;complaint"), "the team's tag, then the rules'")
        // Untriaged items the rules say need a reply export as needs_reply.
        let waiting = try Subprocess.run([binary, "export", "--db", db, "--status", "needs_reply"])
        #expect(waiting.isEmpty, "the only question is delegated")
        let sample = dir + "/sample.sqlite"
        try Subprocess.runWithStatus([binary, "import", "--quiet", "--db", sample, TmuxSession.repositoryRoot + "/SampleFeeds"])
        let questions = try Subprocess.run([binary, "export", "--db", sample, "--status", "needs_reply"]).split(separator: "\n")
        #expect(questions.count > 20, "the sample's questions and complaints wait for a reply")
        #expect(questions.allSatisfy { $0.contains("\"status\":\"needs_reply\"") })
        try Subprocess.run(["sqlite3", db, "INSERT INTO reply (platform, native_id, at, who, text) VALUES ('x', '1', 1795260000, 'maria', '=HYPERLINK(1) sorry, DM us')"])
        let replies = try Subprocess.run([binary, "export", "replies", "--db", db, "--format", "csv"]).split(separator: "\n")
        #expect(replies.first == "platform,id,url,author,reply,by,at")
        #expect(replies.last?.hasPrefix("x,1,,ana,'=HYPERLINK(1) sorry,") == true || replies.last?.contains("\"'=HYPERLINK(1) sorry, DM us\"") == true)
        let bad = try Subprocess.runWithStatus([binary, "export", "--db", db, "--status", "finished"], includeStandardError: true)
        #expect(bad.status != 0 && bad.output.contains("unknown status 'finished'"))
    }
}
