import Foundation
import Testing

/// The ops screen, the demo and the config file, through the real binary in tmux.
@Suite(.serialized) struct OpsDemoEndToEndTests {
    let binary = TmuxSession.vigilBinary

    @Test func demoRaisesACriticalAlertWithinAMinute() throws {
        let session = try TmuxSession(width: 120, height: 40)
        let started = Date()
        try session.run("\(binary) demo --speed 600")
        let screen = try session.waitFor(timeout: 60) { $0.contains("CRITICAL FIRE") }
        #expect(Date().timeIntervalSince(started) < 60)
        #expect(screen.contains("source: demo, 600× speed"))
        // The ops screen shows the same crisis as a banner.
        try session.press("O")
        try session.waitFor("CRISIS")
        try session.press("O")
        try session.waitFor("4 Crisis alerts")
        try session.press("q")
        try session.waitFor(timeout: 10) { $0.contains("$") && !$0.contains("Crisis alerts") }
        // The demo removes its temporary feed directory as it exits: let it, before the session ends.
        try session.waitFor(timeout: 10) { _ in (try? session.foregroundPID()) == nil }
    }

    @Test func opsCommandIsReadOnlyAndQuitsOnQ() throws {
        let session = try TmuxSession(width: 80, height: 24)
        try session.run("\(binary) ops")
        // The footer is part of the frame; waiting for it too keeps a capture taken while the
        // frame is still being written from counting as a failure.
        let titles = ["Vigil OPS", "Mentions, last h", "Volume, last 24 h", "Platforms", "Firing alerts", "q/Esc quit"]
        try session.waitFor { screen in titles.allSatisfy { screen.contains($0) } }
        try session.press("d")  // no triage on the ops screen
        try session.press("q")
        try session.waitFor(timeout: 10) { !$0.contains("Vigil OPS") }
        #expect(try session.format("#{alternate_on}") == "0")
    }

    @Test func configRebindsKeysAndReportsMistakesWithTheirLine() throws {
        let session = try TmuxSession(width: 120, height: 40)
        let directory = session.dataHome + "/config/vigil"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try "theme: light\nkeys:\n  dismiss: x\n  help: F1\n".write(toFile: directory + "/config.yaml", atomically: true, encoding: .utf8)
        // The exit status is echoed so that a run that ends early says how (once: a silent exit
        // of unknown cause in CI).
        try session.run("\(binary); echo EXIT=$?")
        try session.waitFor("x  dismiss")
        try session.press("F1")
        try session.waitFor("Help: keys")
        try session.press("q")
        try session.press("q")
        try session.waitFor(timeout: 10) { !$0.contains("Crisis alerts") }
        try "keys:\n  dismiss: r\n  explode: e\n".write(toFile: directory + "/config.yaml", atomically: true, encoding: .utf8)
        try session.run("clear; \(binary)")
        let screen = try session.waitFor { $0.contains("unknown action 'explode'") }
        #expect(screen.contains("config.yaml:2: key 'r' for dismiss is already bound"))
        #expect(screen.contains("config.yaml:3: unknown action 'explode'"))
    }

    @Test func noColorKeepsTheWholeUI() throws {
        let session = try TmuxSession(width: 120, height: 40, environment: ["NO_COLOR": "1"])
        try session.run("\(binary)")
        try session.waitFor("Crisis alerts")
        // No colour escape reaches the terminal: tmux reports the cells' attributes.
        let styled = try session.tmux(["capture-pane", "-p", "-e", "-t", session.target])
        #expect(styled.range(of: "\u{1B}\\[(3[0-8]|4[0-8]|9[0-7]|10[0-7])[;m]", options: .regularExpression) == nil, "no SGR colour codes")
        #expect(styled.contains("\u{1B}[7m"), "reverse video marks the selection and bars")
        try session.press("q")
    }
}

@Suite struct ShellIntegrationTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsKnowEveryCommand(shell: String) throws {
        let script = try Subprocess.run([TmuxSession.vigilBinary, "--generate-completion-script", shell])
        for command in ["dashboard", "ops", "demo", "import", "export", "check", "rules", "config"] {
            #expect(script.contains(command), "\(shell) completes \(command)")
        }
    }

    @Test func printedDefaultConfigPassesTheCheck() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-config-\(UUID().uuidString).yaml").path
        let text = try Subprocess.run([TmuxSession.vigilBinary, "config", "--print-default"])
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let (output, status) = try Subprocess.runWithStatus([TmuxSession.vigilBinary, "config", "--config", file])
        #expect(status == 0)
        #expect(output == "\(file): valid\n")
        try "theme: nosuch\nkeys:\n  quit: [\n".write(toFile: file, atomically: true, encoding: .utf8)
        let (error, failed) = try Subprocess.runWithStatus([TmuxSession.vigilBinary, "config", "--config", file], includeStandardError: true)
        #expect(failed == 2)
        #expect(error.contains("\(file):4: invalid YAML") || error.contains("\(file):3: invalid YAML"), "\(error)")
    }
}

/// A database larger than the first load: the newest mentions show at once, the rest follows.
@Suite(.serialized) struct LargeHistoryEndToEndTests {
    @Test func aLargeDatabaseOpensWithTheNewestAndThenShowsEverything() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-large-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var csv = "id,created_at,platform,author,kind,text,sentiment\n"
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        for i in 0..<7_000 {
            let time = ISO8601DateFormatter().string(from: start.addingTimeInterval(Double(i * 60)))
            csv += "h\(i),\(time),reddit,user\(i % 97),\(i % 2 == 0 ? "post" : "comment"),history item \(i),neutral\n"
        }
        try csv.write(toFile: directory + "/history.csv", atomically: true, encoding: .utf8)
        let db = directory + "/team.sqlite"
        let imported = try Subprocess.runWithStatus([TmuxSession.vigilBinary, "import", "--quiet", "--db", db, directory + "/history.csv"])
        #expect(imported.status == 0)
        try "id,created_at,platform,author,kind,text\n".write(toFile: directory + "/live.csv", atomically: true, encoding: .utf8)
        let session = try TmuxSession(width: 120, height: 40)
        try session.run("\(TmuxSession.vigilBinary) --db \(db) \(directory)/live.csv")
        // The newest item is on screen, and in the end all 7,000 are counted.
        let screen = try session.waitFor { $0.contains(" 7000 mentions") && !$0.contains("loading history") }
        #expect(screen.contains("history item 6998"), "newest comment first")
        try session.press("1", "G")
        try session.waitFor("history item 0")
        try session.press("q")
    }
}

/// `producer | vigil -`: the feed down a pipe, the keys from the terminal.
@Suite(.serialized) struct PipedFeedEndToEndTests {
    @Test func theDashboardFollowsAPipeAndStillReadsKeys() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-pipe-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try #"{"id":"p1","platform":"x","created_at":"2026-11-23T10:00:00Z","author":"piped_ana","text":"Is the recall real?","kind":"comment"}"#
            .appending("\n").write(toFile: directory + "/a.jsonl", atomically: true, encoding: .utf8)
        try #"{"id":"p2","platform":"x","created_at":"2026-11-23T10:05:00Z","author":"piped_bo","text":"A later piped post","kind":"post"}"#
            .appending("\n").write(toFile: directory + "/b.jsonl", atomically: true, encoding: .utf8)
        let session = try TmuxSession(width: 120, height: 40)
        // The second record follows once the file `go` appears, so the test decides when.
        try session.run("(cat \(directory)/a.jsonl; while [ ! -e \(directory)/go ]; do sleep 0.1; done; cat \(directory)/b.jsonl; sleep 1) | \(TmuxSession.vigilBinary) -; echo EXIT=$?")
        try session.waitFor { $0.contains("@piped_ana") && $0.contains("source: standard input") }
        FileManager.default.createFile(atPath: directory + "/go", contents: nil)
        try session.waitFor("@piped_bo")
        try session.press("2")  // keys still work: the Comments pane, then quit
        try session.press("q")
        try session.waitFor("EXIT=0")
        #expect(try session.format("#{alternate_on}") == "0")
    }

    @Test func aDashWithATerminalOnStandardInputIsExplained() throws {
        let session = try TmuxSession(width: 120, height: 40)
        try session.run("\(TmuxSession.vigilBinary) -; echo EXIT=$?")
        let screen = try session.waitFor { $0.contains("\nEXIT=") }  // the output line, not the typed one
        #expect(screen.contains("vigil: '-' reads a feed from a pipe"))
        #expect(screen.contains("EXIT=2"))
    }
}
