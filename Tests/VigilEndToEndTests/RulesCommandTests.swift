import Foundation
import Testing

/// `vigil check`, `vigil rules test` and `vigil rules lint`, as scripts would run them.
@Suite struct RulesCommandTests {
    let binary = TmuxSession.vigilBinary
    let samples = TmuxSession.repositoryRoot + "/SampleFeeds"
    let temporary = TemporaryPaths()

    func write(_ name: String, _ contents: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        temporary.track(directory.path)
        let path = directory.appendingPathComponent(name).path
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func statsShowHowNoisyEachRuleWouldHaveBeenAndSuggestThresholds() throws {
        let suggested = try write("suggested.yaml", "")
        let run = try Subprocess.runWithStatus([binary, "rules", "stats", samples, "--suggest", suggested])
        #expect(run.status == 0)
        #expect(run.output.contains("400 mentions, 6d20h of event time (1.0 weeks)"))
        #expect(run.output.contains("rule                  severity  fired/week  median length  threshold      top 1% of windows"))
        #expect(run.output.contains("crisis-burst          critical  1.0"))
        #expect(run.output.contains("service-outage        high      0.0         –              min_z 3.5      too little to say"))
        let text = try String(contentsOfFile: suggested, encoding: .utf8)
        #expect(text.contains("# vigil rules stats: min 3 → "))
        // The suggested file is a valid rule file.
        #expect(try Subprocess.runWithStatus([binary, "rules", "lint", suggested]).status == 0)
    }

    @Test func checkFindsTheSampleCrisisAndSaysSoInItsExitStatus() throws {
        let run = try Subprocess.runWithStatus([binary, "check", samples, "--min-severity", "critical"])
        #expect(run.status == 1)
        let lines = run.output.split(separator: "\n")
        #expect(lines.first?.hasPrefix("2026-11-21T15:") == true)
        #expect(lines.first?.contains("CRITICAL crisis-burst") == true)
        #expect(lines.last?.hasPrefix("1 alert(s) at or above critical from 400 mentions") == true)
    }

    @Test func checkJSONHasOneObjectPerAlertInEventTimeOrder() throws {
        let run = try Subprocess.runWithStatus([binary, "check", samples, "--json", "--min-severity", "high"])
        #expect(run.status == 1)
        let objects = try run.output.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.count >= 2)
        for key in ["rule", "severity", "state", "started_at", "ended_at", "key", "count", "summary"] {
            #expect(objects.allSatisfy { $0[key] != nil }, "every alert has \(key)")
        }
        let starts = objects.compactMap { $0["started_at"] as? String }
        #expect(starts == starts.sorted())
        #expect(objects.contains { $0["rule"] as? String == "crisis-burst" && $0["severity"] as? String == "critical" })
    }

    @Test func checkIsQuietOnCalmDataAndExitsTwoOnErrors() throws {
        let calm = try write("calm.csv", "id,created_at,text,sentiment\n1,2026-11-21T10:00:00Z,lovely kettle,positive\n2,2026-11-21T11:00:00Z,fine,neutral\n")
        let rules = samples + "/rules.yaml"
        let quiet = try Subprocess.runWithStatus([binary, "check", calm, "--rules", rules])
        #expect(quiet.status == 0)
        #expect(quiet.output.contains("0 alert(s) at or above info from 2 mentions"))
        #expect(try Subprocess.runWithStatus([binary, "check", "/nonexistent.csv", "--rules", rules]).status == 2)
        let bad = try write("bad.yaml", "rules:\n  - id: x\n    severity: high\n    window: {type: count, over: 30m, min: zero}\n")
        let failed = try Subprocess.runWithStatus([binary, "check", calm, "--rules", bad], includeStandardError: true)
        #expect(failed.status == 2)
        #expect(failed.output.contains("bad.yaml:4: rule 'x', field 'window.min': expected a whole number ≥ 1, got 'zero'"))
    }

    @Test func rulesTestPassesOnTheDefaultPackAndShowsADiffOnFailure() throws {
        let pass = try Subprocess.runWithStatus([binary, "rules", "test", samples + "/rules.test.yaml"])
        #expect(pass.status == 0, "\(pass.output)")
        #expect(pass.output.contains(" passed, 0 failed"))
        let failing = try write("wrong.test.yaml", """
        rule_files: [\(samples)/rules.yaml]
        tests:
          - name: one recall mention is not a crisis
            start: "2026-11-21T15:00:00Z"
            input:
              - {text: "recall it", sentiment: negative}
            expect:
              - alerts: [{rule: crisis-burst, severity: critical}]
        """)
        let fail = try Subprocess.runWithStatus([binary, "rules", "test", failing])
        #expect(fail.status == 1)
        #expect(fail.output.contains("FAIL"))
        #expect(fail.output.contains("line 8: expected an alert: rule crisis-burst, severity critical"))
        #expect(fail.output.contains("got: no alerts"))
    }

    @Test func lintNamesFileLineRuleAndField() throws {
        let good = try Subprocess.runWithStatus([binary, "rules", "lint", samples + "/rules.yaml"])
        #expect(good.status == 0)
        #expect(good.output.contains("OK: 5 item rules, 5 house rules"))
        let bad = try write("bad.yaml", """
        rules:
          - id: surge
            severity: high
            window: {type: share, over: 1h, min_share: 40}
        """)
        let run = try Subprocess.runWithStatus([binary, "rules", "lint", bad], includeStandardError: true)
        #expect(run.status == 2)
        #expect(run.output.contains("bad.yaml:4: rule 'surge', field 'window.min_share': expected a fraction between 0 and 1 (0.4 = 40%)"))
    }
}
