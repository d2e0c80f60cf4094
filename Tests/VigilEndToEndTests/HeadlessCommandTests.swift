import Foundation
import Testing

/// The headless commands, run as scripts and cron jobs would run them.
@Suite struct HeadlessCommandTests {
    let binary = TmuxSession.vigilBinary
    let temporary = TemporaryPaths()

    func write(_ name: String, _ contents: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        temporary.track(directory.path)
        let path = directory.appendingPathComponent(name).path
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func importExitStatusTellsWhatHappened() throws {
        let good = try write("good.csv", "id,created_at,text\n1,2026-11-21T10:00:00Z,ok\n")
        let bad = try write("bad.csv", "id,created_at,text\n1,2026-11-21T10:00:00Z,ok\n2,never,bad date\n")
        #expect(try Subprocess.runWithStatus([binary, "import", good]).status == 0)
        let quarantine = (bad as NSString).deletingLastPathComponent + "/quarantine"
        let partial = try Subprocess.runWithStatus([binary, "import", "--quarantine", quarantine, bad])
        #expect(partial.status == 1)
        #expect(partial.output.contains("bad.csv:3: invalid created_at 'never'"))
        // The rejected raw record is kept, named in the summary.
        #expect(partial.output.contains("rejected records saved to \(quarantine)/"))
        let saved = try FileManager.default.contentsOfDirectory(atPath: quarantine)
        let record = try String(contentsOfFile: quarantine + "/" + saved[0], encoding: .utf8)
        #expect(record.contains("\"raw\":\"2,never,bad date\\n\""))
        #expect(try Subprocess.runWithStatus([binary, "import", "/nonexistent/feed.csv"]).status == 2)
    }

    @Test func explainSaysHowAFileIsReadWithoutImportingIt() throws {
        let sheet = try write("hoja.csv", "\u{FEFF}Fecha;Autor;Red;Texto;Enlace\r\n03/04/2026 10:15;ana;Instagram;¿Dónde está mi pedido?;\r\n"
            + "03/04/2026 10:20;luis;X;Hola;https://x.com/luis/status/1861234567890123456\r\n")
        let database = (sheet as NSString).deletingLastPathComponent + "/v.db"
        let run = try Subprocess.runWithStatus([binary, "import", "--explain", "--db", database, sheet])
        #expect(run.status == 0)
        for line in ["format: csv", "delimiter ';' (semicolon), header on line 1", "numeric dates: day first (03/04/2026 is 3 April), from Spanish, German or French column names",
                     "column Fecha → created_at", "column Enlace → url",
                     "ids: no id in the records; of the first 2: 1 from their URLs (the platform's post or comment id), 1 from a hash of platform, author, time and text",
                     "record: x:1861234567890123456 · 2026-04-03T10:20:00Z · @luis"] {
            #expect(run.output.contains(line), "\(line)\n\(run.output)")
        }
        #expect(!FileManager.default.fileExists(atPath: database))
        // Importing it says how the ids were made.
        let imported = try Subprocess.run([binary, "import", "--db", database, sheet])
        #expect(imported.contains("ids: 1 from URLs, 1 from content"))
        #expect(imported.contains("total: 2 imported (2 new)"))
        // Again: the same identities, nothing new.
        #expect(try Subprocess.run([binary, "import", "--db", database, sheet]).contains("total: 2 imported (0 new)"))
    }

    @Test func importJSONSummary() throws {
        let bad = try write("bad.jsonl", "{\"id\":\"1\",\"created_at\":\"2026-11-21T10:00:00Z\"}\nnot json\n")
        let run = try Subprocess.runWithStatus([binary, "import", "--json", "--quarantine", (bad as NSString).deletingLastPathComponent, bad])
        #expect(run.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        let file = try #require((object?["files"] as? [[String: Any]])?.first)
        #expect(file["format"] as? String == "jsonl")
        #expect(file["imported"] as? Int == 1)
        #expect(file["skipped"] as? Int == 1)
        let errors = try #require(file["errors"] as? [[String: Any]])
        #expect(errors.first?["line"] as? Int == 2)
        #expect(errors.first?["reason"] as? String == "invalid JSON")
    }

    @Test func exportShowsWhatWasUnderstoodAndIsIdempotent() throws {
        let feed = try write("feed.csv", "id,created_at,platform,author,text,likes\n1,2026-11-21T10:00:00Z,Twitter,@ann,\"=HYPERLINK(\"\"x\"\")\",12k\n")
        let csv = try Subprocess.runWithStatus([binary, "export", "--format", "csv", feed, feed])
        #expect(csv.status == 0)
        let lines = csv.output.split(separator: "\n")
        #expect(lines.count == 2)  // header + one mention, although the file was given twice
        #expect(lines[1].contains("x,1,2026-11-21T10:00:00.000Z,ann"))
        #expect(lines[1].contains("'=HYPERLINK"))  // formula neutralized
        let jsonl = try Subprocess.run([binary, "export", feed])
        let record = try JSONSerialization.jsonObject(with: Data(jsonl.utf8)) as? [String: Any]
        #expect(record?["likes"] as? Int == 12_000)
        #expect(record?["platform"] as? String == "x")
    }

    @Test func moderateChecksLinesAndNeverRepeatsPersonalData() throws {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-moderate-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: input) }
        try "DM me for a free giveaway!!\nThis kettle is garbage\nYou are an idiot, call me on +34 612 345 678\n\u{1B}[2Jyou idiot\n"
            .write(toFile: input, atomically: true, encoding: .utf8)
        let out = try Subprocess.run(["/bin/sh", "-c", "'\(binary)' moderate --brand Kettlebird < '\(input)'"]).split(separator: "\n").map(String.init)
        #expect(out.count == 4)
        #expect(out[0].hasPrefix("spam\t-\t-\tspam: scam phrase"))
        #expect(out[1] == "-\t-\t-\t-")
        #expect(out[2].hasPrefix("-\tabuse\tphone\t") && !out[2].contains("612 345"))
        #expect(!out.joined().contains("\u{1B}"))
    }

    @Test func importAppliesTheHouseRulesAndTheOutboxListsTheirActions() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-outbox-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let feed = directory + "/comments.csv", db = directory + "/v.db"
        try """
            id,created_at,author,platform,kind,text
            1,2026-11-20T09:00:00Z,prizes4u,instagram,comment,Free giveaway!! DM me to claim your prize
            2,2026-11-20T09:01:00Z,ana,facebook,comment,"@kettlebird my kettle leaks, call me on +34 612 345 678"
            3,2026-11-20T09:02:00Z,joe,x,comment,@kettlebird this kettle is garbage and nobody answers
            4,2026-11-20T09:03:00Z,kettlebird,x,reply,DM us your order number and we'll sort it

            """.write(toFile: feed, atomically: true, encoding: .utf8)
        _ = try Subprocess.run([binary, "import", "--db", db, feed])
        let lines = try Subprocess.run([binary, "export", "moderation", "--db", db]).split(separator: "\n")
        let records = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String] ?? [:] }
        #expect(records.map { "\($0["id"] ?? "") \($0["action"] ?? "") \($0["by"] ?? "")" } == ["1 hold rule:hold-spam", "2 hide rule:hide-personal-data"])
        #expect(records.allSatisfy { !($0["reason"] ?? "").isEmpty })
        let csv = try Subprocess.run([binary, "export", "moderation", "--db", db, "--format", "csv", "--since", "2026-11-20T09:00:30Z"])
        #expect(csv.split(separator: "\n").first == "platform,id,url,author,action,reason,by,at")
        #expect(csv.split(separator: "\n").count == 2)
    }

    @Test func formatsListsEveryImporter() throws {
        let output = try Subprocess.run([binary, "formats"])
        for name in ["csv", "jsonl", "json"] {
            #expect(output.contains(name))
        }
    }
}

@Suite struct SentimentCommandTests {
    @Test func scoresStandardInputLines() throws {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-sent-\(UUID().uuidString).txt").path
        try "I love my Kettlebird\nThe lid MELTED, this is terrible!!!\n".write(toFile: input, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: input) }
        // `--model vader`: exactly VADER 3.3.2's compounds; the default, the learned model, agrees on the labels.
        let vader = try Subprocess.run(["sh", "-c", "\(TmuxSession.vigilBinary) sentiment --model vader < \(input)"])
        #expect(vader == "positive\t0.6369\nnegative\t-0.6093\n")
        let output = try Subprocess.run(["sh", "-c", "\(TmuxSession.vigilBinary) sentiment < \(input)"])
        #expect(output.split(separator: "\n").map { $0.split(separator: "\t")[0] } == ["positive", "negative"])
        let unknown = try Subprocess.runWithStatus(["sh", "-c", "\(TmuxSession.vigilBinary) sentiment --model bert < \(input)"])
        #expect(unknown.status != 0)
        // sentiment_model in the config file decides when no option does; a wrong value is said.
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-cfg-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: config + "/vigil", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: config) }
        try "sentiment_model: vader\n".write(toFile: config + "/vigil/config.yaml", atomically: true, encoding: .utf8)
        let configured = try Subprocess.run(["sh", "-c", "XDG_CONFIG_HOME='\(config)' \(TmuxSession.vigilBinary) sentiment < \(input)"])
        #expect(configured == vader)
        try "sentiment_model: bert\n".write(toFile: config + "/vigil/config.yaml", atomically: true, encoding: .utf8)
        let broken = try Subprocess.runWithStatus(["sh", "-c", "XDG_CONFIG_HOME='\(config)' \(TmuxSession.vigilBinary) sentiment < \(input)"], includeStandardError: true)
        #expect(broken.status != 0 && broken.output.contains("sentiment_model: expected auto or vader"))
        // --explain names words of the post: an escape sequence in one is shown, never sent raw.
        let hostile = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-sent-esc-\(UUID().uuidString).txt").path
        try "this is terrible\u{1B}]0;pwned\u{07} and aw\u{1B}[2Jful\n".write(toFile: hostile, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: hostile) }
        let explained = try Subprocess.run(["sh", "-c", "\(TmuxSession.vigilBinary) sentiment --explain < \(hostile)"])
        #expect(explained.contains("  model: "))
        #expect(!explained.contains("\u{1B}") && !explained.contains("\u{07}"))
        let rejected = try Subprocess.runWithStatus(["sh", "-c", "\(TmuxSession.vigilBinary) sentiment --lang ja < \(input)"])
        #expect(rejected.status != 0)
        let german = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-sent-de-\(UUID().uuidString).txt").path
        try "Der Deckel ist kaputt, das ist nicht gut\n".write(toFile: german, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: german) }
        let json = try Subprocess.run(["sh", "-c", "\(TmuxSession.vigilBinary) sentiment --json < \(german)"])
        #expect(json.contains("\"label\":\"negative\"") && json.contains("\"lang\":\"de\""))
    }
}

@Suite struct HostileOutputTests {
    @Test func importSummaryNeverPrintsRawEscapes() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-hostile-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let feed = directory + "/feed.csv"
        try "id,created_at,text\n1,\u{1B}]0;pwned\u{07}\u{1B}[2J,hi\n".write(toFile: feed, atomically: true, encoding: .utf8)
        let run = try Subprocess.runWithStatus(["sh", "-c", "\(TmuxSession.vigilBinary) import --quarantine \(directory)/q \(feed) 2>&1"])
        #expect(run.status == 1)
        #expect(!run.output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(run.output.contains("\\u{1B}[2J"))
    }
}
