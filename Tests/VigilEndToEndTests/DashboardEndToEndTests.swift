import Foundation
import Testing

/// Runs the real binary in tmux. Serialized: each test owns a terminal and two cores are few.
@Suite(.serialized) struct DashboardEndToEndTests {
    let binary = TmuxSession.vigilBinary
    let temporary = TemporaryPaths()

    func fixtureFeed() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        temporary.track(directory.path)
        let path = directory.appendingPathComponent("feed.csv").path
        let csv = """
        id,created_at,platform,author,followers,kind,text,lang,sentiment
        1,2026-11-21T10:00:00Z,x,alice,1200,post,Kettlebird One arrived and it is lovely,en,positive
        2,2026-11-21T11:00:00Z,reddit,bob,15,comment,How do I descale the kettle?,en,
        3,2026-11-21T12:00:00Z,forum,glitch_tester,3,comment,"Great kettle \u{1B}[2J\u{1B}[H lol \u{1B}]0;pwned by kettle\u{07} ok",en,
        """
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func expectSaneTerminal(_ session: TmuxSession) throws {
        let flags = try session.sttyFlags()
        #expect(flags.contains("echo"), "echo restored")
        #expect(flags.contains("icanon"), "icanon restored")
        #expect(try session.format("#{alternate_on}") == "0", "main screen restored")
    }

    @Test func panesAndSampleMentionsAt120x40And80x24() throws {
        #expect(FileManager.default.isExecutableFile(atPath: binary), "built binary at \(binary)")
        for (width, height) in [(120, 40), (80, 24)] {
            let session = try TmuxSession(width: width, height: height)
            try session.run("\(binary) \(try fixtureFeed())")
            let screen = try session.waitFor { $0.contains("Crisis alerts") && $0.contains("Kettlebird One") }
            for title in ["Mentions", "Comments", "Pending replies", "Crisis alerts"] {
                #expect(screen.contains(title), "\(title) at \(width)×\(height)")
            }
            try session.press("q")
            try expectSaneTerminal(session)
        }
    }

    @Test func bundledSampleWorkspaceOpensWithNoArguments() throws {
        let session = try TmuxSession(width: 120, height: 40)
        try session.run(binary)
        let screen = try session.waitFor { $0.contains("source: SampleFeeds") }
        #expect(screen.contains("Pending replies"))
        #expect(!screen.contains("(0) ─") || screen.contains("1 Mentions ("))
        try session.press("Q")
        try expectSaneTerminal(session)
    }

    @Test func resizingToTinyAndBackDoesNotCrash() throws {
        let session = try TmuxSession(width: 120, height: 40)
        try session.run("\(binary) \(try fixtureFeed()); echo EXIT=$?")
        try session.waitFor("Crisis alerts")
        try session.resize(width: 30, height: 10)
        try session.waitFor("terminal too small")
        try session.resize(width: 120, height: 40)
        try session.waitFor { $0.contains("Crisis alerts") && !$0.contains("too small") }
        try session.resize(width: 80, height: 24)
        try session.waitFor("2 Comments")
        try session.press("q")
        try session.waitFor("EXIT=0")
        try expectSaneTerminal(session)
    }

    @Test func sampleCrisisShowsAsACriticalAlertWithItsExplanation() throws {
        let session = try TmuxSession(width: 120, height: 40)
        try session.run("\(binary); echo EXIT=$?")
        try session.waitFor("source: SampleFeeds")
        try session.press("4")
        try session.press("Enter")
        // The explanation's last line too: a capture can catch a frame half drawn.
        let detail = try session.waitFor { $0.contains("Alert detail") && $0.contains("crisis-burst") && $0.contains("terms:") }
        #expect(detail.contains("CRITICAL"))
        try session.press("A")
        let acknowledged = try session.waitFor { $0.contains("acknowledged: Crisis terms bursting") }
        #expect(acknowledged.contains("resolved (by "))  // a resolved alert stays resolved, with who acknowledged it
        try session.press("q")
        try session.waitFor { $0.contains("CRITICAL done") && !$0.contains("Alert detail") }
        try session.press("q")
        try session.waitFor("EXIT=0")
        // The acknowledgement is in the database: it is still there after a restart.
        try session.run("clear; \(binary)")
        try session.waitFor("source: SampleFeeds")
        try session.press("4")
        try session.press("Enter")
        try session.waitFor { $0.contains("Alert detail") && $0.contains("resolved (by ") }
        try session.press("Q")
    }

    @Test func anInvalidRuleFileStopsTheDashboardWithItsLocation() throws {
        let rules = try fixtureFeed().replacingOccurrences(of: "feed.csv", with: "rules.yaml")
        try "rules:\n  - id: bad\n    match: {sentimnt: negative}\n    actions: {escalate: true}\n".write(toFile: rules, atomically: true, encoding: .utf8)
        let session = try TmuxSession(width: 120, height: 40)
        try session.run("\(binary) --rules \(rules); echo EXIT=$?")
        let screen = try session.waitFor { $0.contains("\nEXIT=") }.replacingOccurrences(of: "\n", with: "")
        #expect(screen.contains("rules.yaml:3: rule 'bad', field 'match.sentimnt': unknown condition 'sentimnt'"))
        #expect(!screen.contains("EXIT=0"))
    }

    @Test func hostileTextShowsPlaceholdersAndCannotClearTheScreen() throws {
        let session = try TmuxSession(width: 120, height: 40)
        try session.run("\(binary) \(try fixtureFeed())")
        let screen = try session.waitFor { $0.contains("glitch_tester") }
        #expect(screen.contains("␛[2J␛["))
        #expect(screen.contains("Vigil"))  // the header survived: nothing cleared the screen
        try session.press("2")
        try session.press("Enter")
        // Waits for the whole text: a capture can land between two halves of a redraw.
        let detail = try session.waitFor { $0.contains("Mention detail") && $0.contains("pwned by kettle␇ ok") }
        #expect(detail.contains("␛]0;pwned by kettle␇ ok"))
        #expect(try session.format("#{pane_title}") != "pwned by kettle")
        try session.press("Q")
        try expectSaneTerminal(session)
    }

    @Test func detailOpensAndQGoesBackThenQuits() throws {
        let session = try TmuxSession(width: 80, height: 24)
        try session.run("\(binary) \(try fixtureFeed()); echo EXIT=$?")
        try session.waitFor("Kettlebird One")
        try session.press("Enter")
        try session.waitFor("Mention detail")
        try session.press("q")
        try session.waitFor { !$0.contains("Mention detail") && $0.contains("1 Mentions") }
        try session.press("q")
        try session.waitFor("EXIT=0")
        try expectSaneTerminal(session)
    }

    @Test func appendedLinesAppearOnScreen() throws {
        let path = try fixtureFeed().replacingOccurrences(of: "feed.csv", with: "live.jsonl")
        try "{\"id\":\"a1\",\"created_at\":\"2026-11-21T09:00:00Z\",\"platform\":\"x\",\"author\":\"first\",\"text\":\"already here\"}\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let session = try TmuxSession(width: 120, height: 40)
        try session.run("\(binary) \(path)")
        try session.waitFor("already here")
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        let started = Date()
        handle.write(Data("{\"id\":\"a2\",\"created_at\":\"2026-11-21T10:00:00Z\",\"platform\":\"x\",\"author\":\"second\",\"text\":\"fresh from the feed\"}\n".utf8))
        try handle.close()
        try session.waitFor(timeout: 5) { $0.contains("fresh from the f") && $0.contains("1 Mentions (2)") }
        // Polling the screen adds latency of its own; the bound here is loose on purpose.
        #expect(Date().timeIntervalSince(started) < 2)
        try session.press("q")
        try expectSaneTerminal(session)
    }

    @Test func aSpamCommentArrivesLandsInTheQueueIsHiddenWithOneKeyAndIsInTheOutbox() throws {
        let path = try fixtureFeed().replacingOccurrences(of: "feed.csv", with: "comments.jsonl")
        try "{\"id\":\"c1\",\"created_at\":\"2026-11-21T09:00:00Z\",\"platform\":\"instagram\",\"kind\":\"comment\",\"author\":\"ana\",\"text\":\"love my new kettle\"}\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let session = try TmuxSession(width: 120, height: 40)
        let db = session.dataHome + "/moderation.sqlite"
        try session.run("\(binary) --db \(db) \(path)")
        try session.waitFor("love my new kettle")
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("{\"id\":\"c2\",\"created_at\":\"2026-11-21T10:00:00Z\",\"platform\":\"instagram\",\"kind\":\"comment\",\"author\":\"prizes4u\",\"text\":\"Free giveaway!! DM me to claim your prize\"}\n".utf8))
        try handle.close()
        try session.waitFor(timeout: 5) { $0.contains("@prizes4u") }
        try session.press("5")
        try session.waitFor { $0.contains("5 Moderation queue (1)") && $0.contains("@prizes4u") && $0.contains("hold") }
        try session.press("h")
        try session.waitFor { $0.contains("hide: @prizes4u (saved") && $0.contains("Nothing to moderate") }
        try session.press("Q")
        let outbox = try Subprocess.run([binary, "export", "moderation", "--db", db, "--format", "csv"]).split(separator: "\n")
        #expect(outbox.count == 2, "\(outbox)")
        #expect(outbox.last?.hasPrefix("instagram,c2,") == true && outbox.last?.contains(",hide,") == true, "\(outbox)")
        #expect(outbox.last?.contains("rule:") == false, "the team's decision replaces the rule's")
    }

    @Test func aDatabaseAloneOpensWithoutPouringTheSamplesIntoIt() throws {
        let session = try TmuxSession(width: 120, height: 40)
        let db = session.dataHome + "/team.sqlite"
        let imported = try Subprocess.runWithStatus([binary, "import", "--quiet", "--db", db, try fixtureFeed()])
        #expect(imported.status == 0)
        try session.run("\(binary) --db \(db)")
        try session.waitFor("source: database team.sqlite")
        let screen = try session.screen()
        #expect(screen.contains("3 mentions") && screen.contains("@alice"), "\(screen)")
        try session.press("Q")
        let count = try Subprocess.runWithStatus(["sqlite3", "-cmd", ".timeout 5000", db, "SELECT count(*) FROM mention"], includeStandardError: true).output
        #expect(count.trimmingCharacters(in: .whitespacesAndNewlines) == "3", "\(count)")
    }

    @Test(arguments: ["TERM", "INT", "HUP", "SEGV", "ABRT"])
    func signalsRestoreTheTerminal(signal: String) throws {
        let session = try TmuxSession(width: 100, height: 30)
        try session.run("\(binary) \(try fixtureFeed()) 2>/dev/null; echo EXIT=$?")
        try session.waitFor("Crisis alerts")
        let pid = try #require(try session.foregroundPID())
        kill(pid, signalNumber(signal))
        let exited = try session.waitFor(timeout: 30) { $0.range(of: "EXIT=[0-9]", options: .regularExpression) != nil }
        #expect(!exited.contains("EXIT=0"), "a signal is not a clean exit")
        if signal == "SEGV" || signal == "ABRT" {
            // Swift's backtrace is written too (the harness sends it to a file), and at once:
            // the terminal guard chains to Swift's handler without blocking the faults it catches.
            #expect(session.crashReports().contains("Program crashed"))
        }
        try expectSaneTerminal(session)
    }

    func signalNumber(_ name: String) -> Int32 {
        switch name {
        case "TERM": return SIGTERM
        case "INT": return SIGINT
        case "HUP": return SIGHUP
        case "SEGV": return SIGSEGV
        default: return SIGABRT
        }
    }
}

/// Triage actions survive `kill -9`: each is committed before the screen confirms it.
@Suite(.serialized) struct TriageDurabilityTests {
    let binary = TmuxSession.vigilBinary

    func vigilPID(in session: TmuxSession) throws -> pid_t {
        let shell = try session.format("#{pane_pid}")
        let children = try Subprocess.run(["pgrep", "-P", shell]).split(separator: "\n")
        return try #require(children.compactMap { pid_t($0) }.first)
    }

    func sqlite(_ database: String, _ query: String) throws -> String {
        try Subprocess.run(["sqlite3", database, query]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func repliedDismissedAndDelegatedSurviveKillNine() throws {
        let session = try TmuxSession(width: 120, height: 40)
        try session.run(binary)
        try session.waitFor("source: SampleFeeds")
        try session.press("R")
        try session.waitFor { $0.contains("replied: @") && $0.contains("(saved)") }
        try session.press("j")
        try session.press("d")
        try session.waitFor { $0.contains("dismissed: @") }
        try session.press("j")
        try session.press("a")
        try session.waitFor("Assign to @person or department:")
        try session.type("support")
        try session.press("Enter")
        try session.waitFor { $0.contains("delegated: @") }
        try session.press("j")
        try session.press("E")
        try session.waitFor("Escalate with note")
        try session.type("possible burn injury, legal please")
        try session.press("Enter")
        try session.waitFor { $0.contains("escalated: @") }
        kill(try vigilPID(in: session), SIGKILL)
        let database = session.dataHome + "/vigil/sample.sqlite"
        #expect(try sqlite(database, "SELECT text FROM note") == "Escalated: possible burn injury, legal please")

        let reopened = try TmuxSession(width: 120, height: 40, dataHome: session.dataHome)
        try reopened.run(binary)
        let screen = try reopened.waitFor { $0.contains("source: SampleFeeds") }.split(separator: "\n").map(String.init)
        #expect(screen[3].hasPrefix("│✓"), "\(screen[3])")
        #expect(screen[4].hasPrefix("│x"), "\(screen[4])")
        #expect(screen[5].hasPrefix("│→"), "\(screen[5])")
        try reopened.press("j", "j", "Enter")
        // Waits for the triage line itself: a capture can land between two halves of a redraw.
        let detail = try reopened.waitFor { $0.contains("Mention detail") && $0.contains("Triage       ") }
        #expect(detail.contains("Triage       delegated · support · follow up"))
        try reopened.press("Q")
    }

    @Test func aBurstOfFiftyActionsSurvivesKillNine() throws {
        let session = try TmuxSession(width: 120, height: 40)
        try session.run(binary)
        try session.waitFor("source: SampleFeeds")
        let database = session.dataHome + "/vigil/sample.sqlite"
        try session.type(String(repeating: "dj", count: 50))
        // Every confirmed action is in the database; wait for all fifty, then pull the plug.
        let deadline = Date().addingTimeInterval(20)
        while try sqlite(database, "SELECT COUNT(*) FROM audit_log") != "50", Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        kill(try vigilPID(in: session), SIGKILL)
        #expect(try sqlite(database, "SELECT COUNT(*) FROM triage WHERE status = 'dismissed'") == "50")

        let reopened = try TmuxSession(width: 120, height: 40, dataHome: session.dataHome)
        try reopened.run(binary)
        let screen = try reopened.waitFor { $0.contains("source: SampleFeeds") }.split(separator: "\n").map(String.init)
        #expect(screen[3...17].allSatisfy { $0.hasPrefix("│x") })
        try reopened.press("Q")
    }

    @Test func twoDashboardsAndAnImportShareOneDatabaseLive() throws {
        let first = try TmuxSession(width: 120, height: 40)
        let second = try TmuxSession(width: 120, height: 40, dataHome: first.dataHome)
        try first.run(binary)
        try first.waitFor("source: SampleFeeds")
        try second.run(binary)
        try second.waitFor("source: SampleFeeds")
        try first.press("R")
        try first.waitFor { $0.contains("(saved)") }
        let started = Date()
        try second.waitFor(timeout: 5) { $0.split(separator: "\n").dropFirst(3).first?.hasPrefix("│✓") == true }
        #expect(Date().timeIntervalSince(started) < 2)
        // An import into the same database from a third process shows up too.
        let feed = first.dataHome + "/late.csv"
        try "id,created_at,platform,author,kind,text\nlate1,2026-11-23T09:00:00Z,x,night_owl,post,Kettlebird at dawn\n"
            .write(toFile: feed, atomically: true, encoding: .utf8)
        let imported = try Subprocess.runWithStatus([binary, "import", "--quiet", "--db", first.dataHome + "/vigil/sample.sqlite", feed])
        #expect(imported.status == 0)
        // It arrives above the selection, which stays where it was; `g` goes to the top.
        try second.waitFor(timeout: 5) { $0.contains("401 mentions") }
        try second.press("g")
        try second.waitFor(timeout: 5) { $0.contains("@night_owl") }
        try first.press("Q")
        try second.press("Q")
    }

    @Test func replyComposedInTheEditorGoesToTheOutbox() throws {
        let dataHome = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-data-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dataHome, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dataHome) }
        // An "editor" that writes the reply after the draft, as a person would.
        let editor = dataHome + "/editor.sh"
        try "#!/bin/sh\nprintf '%s' \"$(cat \"$1\")thanks, a fix is on its way\" > \"$1\"\n".write(toFile: editor, atomically: true, encoding: .utf8)
        chmod(editor, 0o755)
        let session = try TmuxSession(width: 120, height: 40, environment: ["EDITOR": editor], dataHome: dataHome)
        try session.run(binary)
        try session.waitFor("source: SampleFeeds")
        try session.press("r")
        let screen = try session.waitFor { $0.contains("reply saved to the outbox, replied: @") }
        #expect(screen.contains("│✓"))
        let saved = try Subprocess.run(["sqlite3", dataHome + "/vigil/sample.sqlite", "SELECT text FROM reply"])
        #expect(saved.hasPrefix("@") && saved.contains(" thanks, a fix is on its way"))
        try session.press("Q")
    }

    /// A database larger than what the dashboard holds in full: the oldest mention's text is
    /// let go after the history loads, and comes back from the database when a filter lists it
    /// and the detail view opens it.
    @Test func anOldMentionLetGoIsReadBackWhenShown() throws {
        let session = try TmuxSession(width: 120, height: 40)
        let directory = session.dataHome
        var csv = "id,created_at,platform,author,followers,kind,text,url\n"
        csv += "old1,2026-01-01T08:00:00Z,reddit,zoe_archive,40,comment,Does the zephyrcraft lid fit the old kettle?,https://reddit.com/r/k/old1\n"
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        for n in 0..<24_000 {
            csv += "n\(n),\(ISO8601DateFormatter().string(from: start.addingTimeInterval(Double(n) * 60))),x,user\(n % 500),10,post,kettle note \(n),\n"
        }
        let feed = directory + "/big.csv", db = directory + "/big.sqlite"
        try csv.write(toFile: feed, atomically: true, encoding: .utf8)
        #expect(try Subprocess.runWithStatus([binary, "import", "--quiet", "--db", db, feed]).status == 0)
        try session.run("\(binary) --db \(db)")
        try session.waitFor("source: database big.sqlite")
        try session.waitFor(timeout: 60) { !$0.contains("loading history") }
        try session.press("/")
        try session.type("zephyrcraft")
        try session.press("Enter")
        let listed = try session.waitFor { $0.contains("filter: 1 match") }
        #expect(listed.contains("Does the zephyrcraft lid fit"), "\(listed)")
        try session.press("Tab")
        try session.press("Enter")
        let detail = try session.waitFor { $0.contains("https://reddit.com/r/k/old1") }
        #expect(detail.contains("@zoe_archive"), "\(detail)")
        try session.press("Q")
    }

    @Test func filteringTheSampleWithFullTextSearch() throws {
        let session = try TmuxSession(width: 120, height: 40)
        try session.run(binary)
        try session.waitFor("source: SampleFeeds")
        try session.press("/")
        try session.type("recall -\"voluntary recall\" sentiment:neg")
        try session.press("Enter")
        let screen = try session.waitFor { $0.contains("filter: recall") && $0.contains(" of 214)") }
        #expect(screen.contains("filter: ") && screen.contains(" matches"))
        try session.type(":filter colour:red")
        try session.press("Enter")
        try session.waitFor { $0.contains("filter: unknown field 'colour:'") }
        try session.press("Escape")
        try session.press("Q")
    }
}

/// Terminals that are not xterm: a dumb one gets a message, an old one no stray padding.
@Suite(.serialized) struct OldTerminalEndToEndTests {
    let binary = TmuxSession.vigilBinary
    let temporary = TemporaryPaths()

    func feed() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-e2e-term-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        temporary.track(directory)
        try "id,created_at,text\n1,2026-11-21T10:00:00Z,The kettle is lovely\n".write(toFile: directory + "/feed.csv", atomically: true, encoding: .utf8)
        return directory + "/feed.csv"
    }

    @Test func dumbTerminalGetsAMessageNotABlankScreen() throws {
        let session = try TmuxSession(width: 120, height: 40)
        try session.run("TERM=dumb \(binary) \(try feed()); echo EXIT=$?")
        let screen = try session.waitFor { $0.split(separator: "\n").contains { $0.hasPrefix("EXIT=") } }
        #expect(screen.contains("cannot show the full-screen dashboard"), "\(screen)")
        #expect(screen.contains("vigil import"))
        #expect(screen.contains("EXIT=2"))
    }

    @Test func vt100ExitLeavesNoPaddingOnScreen() throws {
        let session = try TmuxSession(width: 120, height: 40)
        try session.run("TERM=vt100 \(binary) \(try feed()); echo EXIT=$?")
        try session.waitFor("Crisis alerts")
        try session.press("q")
        let screen = try session.waitFor { $0.split(separator: "\n").contains { $0.contains("EXIT=0") && !$0.contains("echo") } }
        #expect(!screen.contains("$<"), "terminfo padding printed raw: \(screen)")
        #expect(screen.contains("EXIT=0"))
    }
}
