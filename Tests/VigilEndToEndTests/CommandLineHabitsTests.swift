import Foundation
import Testing

/// What people type first: bare database names, home-relative paths, a misspelt command.
@Suite struct CommandLineHabitsTests {
    let binary = TmuxSession.vigilBinary
    let temporary = TemporaryPaths()

    func workspace() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-habits-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        temporary.track(directory)
        try "id,created_at,author,followers,platform,text\n1,2026-11-21T10:00:00Z,ana,10,x,The kettle is lovely\n"
            .write(toFile: directory + "/feed.csv", atomically: true, encoding: .utf8)
        return directory
    }

    func shell(_ script: String) throws -> (output: String, status: Int32) {
        try Subprocess.runWithStatus(["/bin/sh", "-c", script], includeStandardError: true)
    }

    @Test func databaseNamedAsPeopleTypeIt() throws {
        let directory = try workspace()
        let bare = try shell("cd '\(directory)' && '\(binary)' import --quiet --db v.db feed.csv")
        #expect(bare.status == 0, "\(bare.output)")
        #expect(FileManager.default.fileExists(atPath: directory + "/v.db"))

        let nested = try shell("cd '\(directory)' && '\(binary)' import --quiet --db ./data/team/v.db feed.csv")
        #expect(nested.status == 0, "\(nested.output)")
        #expect(FileManager.default.fileExists(atPath: directory + "/data/team/v.db"))

        let home = try shell("cd '\(directory)' && HOME='\(directory)' '\(binary)' import --quiet --db '~/home.db' feed.csv")
        #expect(home.status == 0, "\(home.output)")
        #expect(FileManager.default.fileExists(atPath: directory + "/home.db"))
    }

    @Test func unusableDatabasePlacesAreRefusedClearly() throws {
        let directory = try workspace()
        let url = try shell("cd '\(directory)' && '\(binary)' import --quiet --db postgres://ana@db.example/vigil feed.csv")
        #expect(url.status != 0)
        #expect(url.output.contains("cannot open the database postgres://ana@db.example/vigil: cannot connect to PostgreSQL"), "\(url.output)")
        #expect(!url.output.contains("Program crashed"), "\(url.output)")
        #expect(!FileManager.default.fileExists(atPath: directory + "/postgres:"), "no local directory named after the URL")

        let underFile = try shell("cd '\(directory)' && '\(binary)' import --quiet --db feed.csv/v.db feed.csv")
        #expect(underFile.status != 0)
        #expect(underFile.output.contains("is a file, not a directory"), "\(underFile.output)")

        let directoryAsFile = try shell("cd '\(directory)' && '\(binary)' import --quiet --db . feed.csv")
        #expect(directoryAsFile.status != 0)
        #expect(directoryAsFile.output.contains("is a directory"), "\(directoryAsFile.output)")
    }

    @Test func unknownCommandIsNotTakenForAFeed() throws {
        let report = try Subprocess.runWithStatus([binary, "summarize", "--from", "2026-11-01"], includeStandardError: true)
        #expect(report.status == 2)
        #expect(report.output.contains("unknown command 'summarize'"), "\(report.output)")
        #expect(!report.output.contains("Unknown option"))

        let typo = try Subprocess.runWithStatus([binary, "improt", "feed.csv"], includeStandardError: true)
        #expect(typo.status == 2)
        #expect(typo.output.contains("The most similar command is\n\timport"), "\(typo.output)")

        // A real subcommand and a feed path still work as before.
        #expect(try Subprocess.runWithStatus([binary, "formats"]).status == 0)
        let missing = try Subprocess.runWithStatus([binary, "import", "./nowhere.csv"], includeStandardError: true)
        #expect(!missing.output.contains("unknown command"))
    }

    @Test func watchingAPipePrintsEachRecordScoredAndFlagged() throws {
        let directory = try workspace()
        // The last record has no newline: it is printed when the pipe closes.
        let input = "id,created_at,author,text\\n1,2026-11-21T10:00:00Z,ana,This is a recall: my kettle caught fire\\n2,2026-11-21T10:01:00Z,bea,La tapa se rompió"
        let run = try shell("cd '\(directory)' && printf '\(input)' | '\(binary)' watch -")
        #expect(run.status == 0, "\(run.output)")
        let lines = run.output.split(separator: "\n").filter { $0.hasPrefix("{") }
        #expect(lines.count == 2, "\(run.output)")
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        let flags = try #require(first["flags"] as? [String: Any], "the item rules' verdict is printed")
        #expect(flags["escalate"] as? Bool == true)
        #expect((flags["tags"] as? [String])?.contains("crisis") == true)
        let second = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(second["sentiment"] as? String == "negative")
        #expect(second["id"] as? String == "2")
    }
}
