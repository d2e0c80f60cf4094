import Foundation
import Testing
import VigilCore
@testable import VigilEngine

@Suite struct VigilConfigTests {
    @Test func everySettingIsRead() throws {
        let text = """
        theme: high-contrast
        ascii: true
        timezone: Europe/Madrid
        workspace: [feeds/kettlebird, /srv/exports]
        rules: ~/rules.yaml
        database: team.sqlite
        mouse: true
        bell: critical
        notify_command: [/usr/local/bin/to-chat, --channel, ops]
        notify_min_severity: medium
        keys:
          dismiss: x
          mark-replied: [R, ctrl-r]
          reply: []
        sentiment_model: VADER
        """
        let config = try VigilConfig.parse(text, file: "/home/m/.config/vigil/config.yaml")
        #expect(config.sentimentModel == "vader")
        #expect(config.theme == "high-contrast")
        #expect(config.ascii && config.mouse)
        #expect(config.timeZone == "Europe/Madrid")
        #expect(config.workspace == ["/home/m/.config/vigil/feeds/kettlebird", "/srv/exports"])
        #expect(config.rules == (("~/rules.yaml" as NSString).expandingTildeInPath))
        #expect(config.database == "/home/m/.config/vigil/team.sqlite")
        #expect(config.bell == .critical)
        #expect(config.notifyCommand == ["/usr/local/bin/to-chat", "--channel", "ops"])
        #expect(config.notifyMinSeverity == .medium)
        #expect(config.keys == [
            .init(action: "dismiss", keys: ["x"], line: 12),
            .init(action: "mark-replied", keys: ["R", "ctrl-r"], line: 13),
            .init(action: "reply", keys: [], line: 14),
        ])
    }

    @Test func thePrintedDefaultIsAValidConfigWithTheDefaults() throws {
        let config = try VigilConfig.parse(VigilConfig.defaultText, file: "config.yaml")
        var expected = VigilConfig()
        expected.file = "config.yaml"
        expected.theme = "dark"
        #expect(config == expected)
    }

    @Test func badYAMLIsNamedWithItsLine() {
        #expect(throws: VigilConfig.Failure.self) { try VigilConfig.parse("theme: dark\nkeys:\n  dismiss: [x\n", file: "c.yaml") }
        do {
            _ = try VigilConfig.parse("theme: dark\nkeys:\n  dismiss: [x\n", file: "c.yaml")
        } catch let failure as VigilConfig.Failure {
            #expect(failure.file == "c.yaml")
            #expect(failure.line >= 3, "\(failure)")
            #expect(failure.reason.hasPrefix("invalid YAML"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test(arguments: [
        ("theme: dark\ntehme: light\n", "c.yaml:2: unknown setting 'tehme' (expected one of: theme, ascii, timezone, workspace, rules, database, db, mouse, bell, notify_command, notify_min_severity, keys, sentiment_model, business_hours, holidays)"),
        ("timezone: Mars/Olympus\n", "c.yaml:1: timezone: unknown time zone 'Mars/Olympus'"),
        ("mouse: sometimes\n", "c.yaml:1: mouse: expected true or false"),
        ("bell: loud\n", "c.yaml:1: bell: expected info, low, medium, high or critical"),
        ("notify_command: {program: x}\n", "c.yaml:1: notify_command: expected a program and its arguments as a list of strings"),
        ("keys: [x]\n", "c.yaml:1: keys: expected action: key (or a list of keys) per line"),
        ("sentiment_model: bert\n", "c.yaml:1: sentiment_model: expected auto or vader"),
        ("theme: dark\nbusiness_hours: weekdays\n", "c.yaml:2: business_hours: 'weekdays': expected days and hours, such as mon-fri 09:00-17:00"),
        ("business_hours: mon-fri 18:00-09:00\n", "c.yaml:1: business_hours: '18:00-09:00': expected opening hours such as 09:00-17:30"),
        ("holidays: [Christmas]\n", "c.yaml:1: holidays: 'Christmas': expected a date as 2026-12-25"),
        ("notify_command: /usr/bin/notify --urgent\n", "c.yaml:1: notify_command: write the program and its arguments as a list, e.g. [/usr/bin/notify, --urgent]; it is never run through a shell"),
    ])
    func mistakesAreNamedWithFileAndLine(text: String, message: String) {
        do {
            _ = try VigilConfig.parse(text, file: "c.yaml")
            Issue.record("accepted \(text)")
        } catch {
            #expect(String(describing: error) == message)
        }
    }

    @Test func businessHoursAndHolidaysInTheConfigsTimeZone() throws {
        let config = try VigilConfig.parse("timezone: Europe/Madrid\nbusiness_hours: mon-fri 09:00-13:00 14:00-18:00, sat 10:00-12:00\nholidays: [2026-12-25]\n", file: "c.yaml")
        let hours = try #require(config.businessHours)
        #expect(hours.timeZone.identifier == "Europe/Madrid")
        #expect(hours.hours[2] == [540...780, 840...1080] && hours.hours[7] == [600...720] && hours.hours[1] == nil)
        #expect(hours.holidays == ["2026-12-25"])
        // Holidays alone keep the default opening hours.
        let holidaysOnly = try #require(try VigilConfig.parse("holidays: [2026-12-25]\n", file: "c.yaml").businessHours)
        #expect(holidaysOnly.hours[2] == [540...1020] && holidaysOnly.holidays == ["2026-12-25"])
        #expect(try VigilConfig.parse("theme: dark\n", file: "c.yaml").businessHours == nil)
    }

    @Test func aMissingDefaultFileMeansDefaultsButAMissingExplicitOneIsAnError() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-config-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        #expect(try VigilConfig.load(explicit: nil, environment: ["XDG_CONFIG_HOME": home]) == VigilConfig())
        #expect(throws: VigilConfig.Failure.self) { try VigilConfig.load(explicit: home + "/nope.yaml") }
        try FileManager.default.createDirectory(atPath: home + "/vigil", withIntermediateDirectories: true)
        try "bell: false\n".write(toFile: home + "/vigil/config.yaml", atomically: true, encoding: .utf8)
        let config = try VigilConfig.load(explicit: nil, environment: ["XDG_CONFIG_HOME": home])
        #expect(config.bell == nil)
        #expect(VigilConfig.defaultPath(environment: ["XDG_CONFIG_HOME": home]) == home + "/vigil/config.yaml")
    }
}

@Suite struct AlertNotifierTests {
    func alert(_ id: String, _ severity: Severity, state: AlertState = .firing, suppression: Suppression? = nil) -> Alert {
        Alert(id: id, ruleID: "r-\(id)", severity: severity, state: state, title: "Alert \(id)", summary: "summary $(rm -rf ~) `x`",
              count: 3, startedAt: Date(timeIntervalSince1970: 1_795_255_200), suppression: suppression)
    }

    @Test func eachFiringAlertIsNewsOnceAndOldOrSuppressedOnesNever() {
        let notifier = AlertNotifier(bell: .high, command: nil, commandSeverity: .high)
        notifier.markSeen([alert("old", .critical)])
        let batch = [alert("old", .critical), alert("new", .high), alert("pend", .critical, state: .pending),
                     alert("muted", .critical, suppression: .muted(interval: "night")), alert("low", .low)]
        #expect(notifier.news(in: batch).map(\.id) == ["new", "low"])
        #expect(notifier.news(in: batch).isEmpty, "told once")
        #expect(notifier.wantsBell([alert("x", .high)]))
        #expect(!notifier.wantsBell([alert("y", .medium)]))
        #expect(!AlertNotifier(bell: nil, command: nil, commandSeverity: .high).wantsBell([alert("z", .critical)]))
    }

    @Test func theCommandReadsTheAlertAsJSONOnStandardInputAndNothingReachesItsArguments() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-notify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = directory.appendingPathComponent("record.sh").path
        // The script records its arguments and its standard input.
        try "#!/bin/sh\nprintf '%s\\n' \"$#\" \"$@\" > \"$0.args\"\ncat > \"$0.json\"\n".write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        let notifier = AlertNotifier(bell: nil, command: [script, "--channel", "ops"], commandSeverity: .high)
        notifier.runCommand(for: [alert("c1", .critical), alert("m1", .medium)])
        #expect(notifier.takeProblem() == nil)
        var json = ""
        for _ in 0..<100 where json.isEmpty || !json.hasSuffix("\n") {
            usleep(20_000)
            json = (try? String(contentsOfFile: script + ".json", encoding: .utf8)) ?? ""
        }
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(object?["id"] as? String == "c1")
        #expect(object?["severity"] as? String == "critical")
        #expect(object?["summary"] as? String == "summary $(rm -rf ~) `x`")
        #expect(try String(contentsOfFile: script + ".args", encoding: .utf8) == "2\n--channel\nops\n")
        notifier.reap()
    }

    @Test func aMissingCommandIsReportedNotFatal() {
        let notifier = AlertNotifier(bell: nil, command: ["/nonexistent/vigil-notify"], commandSeverity: .info)
        notifier.runCommand(for: [alert("a", .high)])
        #expect(notifier.takeProblem()?.hasPrefix("notify_command: cannot run /nonexistent/vigil-notify") == true)
        #expect(notifier.takeProblem() == nil)
    }
}
