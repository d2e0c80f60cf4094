import Testing
import VigilCore
@testable import VigilRules

struct RuleFileParserTests {
    func error(_ yaml: String) -> RuleFileError? {
        do {
            _ = try RuleFixtures.rules(yaml)
            return nil
        } catch let error as RuleFileError {
            return error
        } catch {
            return nil
        }
    }

    @Test func parsesEveryPart() throws {
        let set = try RuleFixtures.rules("""
        resolution: 30s
        lists:
          crisis: {en: [recall], es: [retirada]}
        macros:
          unhappy: {sentiment: [negative]}
        rules:
          - id: flag
            match: {all: [{text: [$crisis]}, {use: unhappy}, {followers: ">= 1_000"}]}
            actions: {escalate: true, priority: urgent, tags: [crisis], assign: maria, department: pr}
          - id: burst
            severity: critical
            window: {type: count, over: 30m, min: 5, group_by: platform}
            for: 5m
            keep_firing_for: 1h
            realert: 15m
            summary: "{count} in {window}"
        mute:
          - {name: night, time: "22:00-07:00", weekdays: [sat, sun], timezone: Europe/Madrid, max_severity: low}
        inhibit:
          - {when: critical, hides: [high, medium], equal: key}
        """)
        #expect(set.resolution == 30)
        #expect(set.itemRules.map(\.id) == ["flag"])
        #expect(set.itemRules[0].actions == ItemActions(escalate: true, priority: .urgent, tags: ["crisis"], assignee: "maria", department: "pr"))
        let burst = try #require(set.windowRules.first)
        #expect(burst.kind == .count(min: 5))
        #expect(burst.window == 1800 && burst.forDuration == 300 && burst.keepFiringFor == 3600 && burst.realert == 900)
        #expect(burst.groupBy == .platform)
        #expect(set.mutes.first?.weekdays == [1, 7])
        #expect(set.inhibits.first?.targets == [.high, .medium])
    }

    @Test func errorsNameFileLineRuleAndField() throws {
        let missingMin = try #require(error("""
        rules:
          - id: burst
            severity: high
            window: {type: count, over: 30m}
        """))
        #expect(missingMin.description == "test.yaml:4: rule 'burst', field 'window.min': expected a whole number ≥ 1")

        let badSeverity = try #require(error("""
        rules:
          - id: s
            severity: huge
            window: {type: count, over: 1h, min: 2}
        """))
        #expect(badSeverity.line == 3 && badSeverity.ruleID == "s" && badSeverity.field == "severity")
        #expect(badSeverity.reason.contains("expected info, low, medium, high or critical, got 'huge'"))

        let unknownCondition = try #require(error("""
        rules:
          - id: c
            match:
              all:
                - sentimnt: negative
            actions: {escalate: true}
        """))
        #expect(unknownCondition.line == 5 && unknownCondition.ruleID == "c")
        #expect(unknownCondition.reason.hasPrefix("unknown condition 'sentimnt'"))

        let badList = try #require(error("""
        rules:
          - id: l
            match: {text: [$nope]}
            actions: {escalate: true}
        """))
        #expect(badList.reason.contains("no list named 'nope'"))
        #expect(badList.field == "match.text")
    }

    @Test func rejectsCommonMistakes() {
        let cases: [(String, String)] = [
            ("rules:\n  - id: h\n    match: {spam: true}\n    actions: {moderate: remove, reason: x}\n", "expected one of approve, hold, warn, hide, delete, ban author"),
            ("rules:\n  - id: h\n    match: {spam: true}\n    actions: {moderate: hold}\n", "needs a reason"),
            ("rules:\n  - id: h\n    match: {spam: true}\n    actions: {escalate: true, reason: why}\n", "reason: goes with moderate:"),
            ("rules:\n  - id: h\n    match: {abuse: rude}\n    actions: {escalate: true}\n", "expected none, profanity, abuse (or high) or threat"),
            ("rules:\n  - id: h\n    match: {pii: [passport]}\n    actions: {escalate: true}\n", "kinds of email, phone, card, iban, order, address"),
            ("moderation: {brands: [x]}\nrules: []\n", "unknown"),
            ("rules:\n  - id: a\n    match: {sentiment: negative}\n", "needs actions"),
            ("rules:\n  - id: a\n    match: {sentiment: negative}\n    actions: {escalate: true}\n  - id: a\n    match: {sentiment: negative}\n    actions: {escalate: true}\n", "duplicate rule id"),
            ("rules:\n  - id: a\n    severity: low\n    window: {type: count, over: 30m, min: 2}\n    summary: \"{cuont}\"\n", "unknown placeholder {cuont}"),
            ("rules:\n  - id: a\n    severity: low\n    window: {type: wave, over: 30m}\n", "expected count, spike, share or velocity"),
            ("rules:\n  - id: a\n    severity: low\n    window: {type: count, over: soon, min: 1}\n", "expected a duration"),
            ("rules:\n  - id: a\n    severity: low\n    window: {type: share, over: 1h, min_share: 40}\n", "fraction between 0 and 1"),
            ("rules:\n  - id: a\n    match: {followers: lots}\n    actions: {escalate: true}\n", "comparison"),
            ("rules:\n  - id: a\n    match: {sentiment: angry}\n    actions: {escalate: true}\n", "got 'angry'"),
            ("rules:\n  - id: a\n    match: {text: [\"!!\"]}\n    actions: {escalate: true}\n", "no letters or digits"),
            ("mute:\n  - {time: \"25:00-07:00\"}\n", "local time range"),
            ("rules:\n  - id: a\n    match: {text: [\"ab*\"]}\n    actions: {escalate: true}\n", "at least 3 letters before the *"),
            ("rules: [\n", "invalid YAML"),
            ("rulez: []\n", "unknown key"),
        ]
        for (yaml, expected) in cases {
            let failure = error(yaml)
            #expect(failure?.description.contains(expected) == true, "\(yaml) → \(failure?.description ?? "no error")")
        }
    }

    @Test func durationsParseAndFormat() {
        #expect(RuleDuration.parse("90s") == 90)
        #expect(RuleDuration.parse("1h30m") == 5400)
        #expect(RuleDuration.parse("7d") == 604_800)
        #expect(RuleDuration.parse("0") == 0)
        #expect(RuleDuration.parse("15") == nil)
        #expect(RuleDuration.parse("m") == nil)
        #expect(RuleDuration.format(5400) == "1h30m")
    }

    @Test func defaultPackIsValid() throws {
        let set = try RuleFileParser.load(path: DefaultPack.path)
        #expect(set.itemRules.count >= 4)
        #expect(set.windowRules.count >= 6)
        for language in ["en", "es", "de", "fr"] { #expect(set.lists["crisis_terms"]?.terms[language]?.isEmpty == false) }
    }
}

enum DefaultPack {
    static var path: String {
        let here = #filePath
        let root = here.components(separatedBy: "/Tests/")[0]
        return root + "/SampleFeeds/rules.yaml"
    }
}
