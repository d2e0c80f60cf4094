import ArgumentParser
import Foundation
import VigilCore
import VigilEngine
import VigilImport
import VigilRules
import VigilSentiment

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Test and validate rule files.",
        subcommands: [RulesTestCommand.self, RulesLintCommand.self, RulesStatsCommand.self]
    )
}

struct RulesTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run rule test files (inputs with event times, expected alerts and flags).",
        discussion: "Exit status: 0 when every test passes, 1 when one fails, 2 when a file is invalid."
    )

    @Argument(help: "Test files (YAML).")
    var files: [String]

    func run() throws {
        let engine = SentimentEngine()
        let stage = SentimentStage(engine: engine)
        var failed = 0, passed = 0
        for path in files {
            let test: RuleTestFile
            let rules: RuleSet
            do {
                test = try RuleTestFile.load(path: path)
                rules = RuleTestRunner.combine(try test.ruleFiles.map(RuleFileParser.load(path:)))
            } catch {
                print("vigil: \(error)", to: &standardError)
                throw ExitCode(2)
            }
            let runner = RuleTestRunner(rules: rules, prepare: { mentions in
                var scored = mentions
                stage.apply(to: &scored)
                return scored
            })
            for testCase in test.cases {
                let outcome = runner.run(testCase)
                if outcome.passed {
                    passed += 1
                    print("PASS  \(path): \(outcome.name)")
                } else {
                    failed += 1
                    print(Printable.text("FAIL  \(path): \(outcome.name)\n" + outcome.failures.map { "  " + $0 }.joined(separator: "\n"), keepingNewlines: true))
                }
            }
        }
        print("\(passed) passed, \(failed) failed")
        if failed > 0 { throw ExitCode(1) }
    }
}

struct RulesLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Validate rule files without running them.",
        discussion: "Exit status: 0 when every file is valid, 2 otherwise (the error names file, line, rule and field)."
    )

    @Argument(help: "Rule files (YAML).")
    var files: [String]

    func run() throws {
        var bad = false
        for path in files {
            do {
                let set = try RuleFileParser.load(path: path)
                let terms = set.lists.values.reduce(0) { $0 + $1.count }
                let house = set.houseRules.count
                print("\(path): OK: \(set.itemRules.count - house) item rules, \(house) house rules, \(set.windowRules.count) window rules, \(set.lists.count) lists (\(terms) terms), \(set.mutes.count) mute intervals, \(set.inhibits.count) inhibitions")
            } catch {
                bad = true
                print("vigil: \(error)", to: &standardError)
            }
        }
        if bad { throw ExitCode(2) }
    }
}
