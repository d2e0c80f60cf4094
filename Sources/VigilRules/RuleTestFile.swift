import Foundation
import VigilCore
import Yams

/// A promtool-style test file: rule files, input mentions with event times, and what must
/// (and must not) happen. See README "Testing rules".
public struct RuleTestFile: Sendable {
    public struct Expectation: Sendable {
        /// Evaluate with the inputs up to this time (default: all of them).
        public var at: Date?
        public var alerts: [ExpectedAlert]
        /// Rules that must raise no alert at all.
        public var absent: [String]
        public var line: Int
    }

    public struct ExpectedAlert: Sendable, CustomStringConvertible {
        public var rule: String
        public var severity: Severity?
        public var state: AlertState?
        public var key: String?
        public var startedAfter: Date?
        public var startedBefore: Date?
        public var minCount: Int?
        public var line: Int

        public var description: String {
            var parts = ["rule \(rule)"]
            if let severity { parts.append("severity \(severity.name)") }
            if let state { parts.append("state \(state.rawValue)") }
            if let key { parts.append("key '\(key)'") }
            if let startedAfter { parts.append("started ≥ \(RuleTestFile.stamp(startedAfter))") }
            if let startedBefore { parts.append("started ≤ \(RuleTestFile.stamp(startedBefore))") }
            if let minCount { parts.append("count ≥ \(minCount)") }
            return parts.joined(separator: ", ")
        }
    }

    public struct ExpectedFlags: Sendable {
        public var item: String
        /// Exactly these item rules matched (empty: none may match).
        public var rules: [String]?
        public var escalate: Bool?
        public var needsReply: Bool?
        public var tags: [String]?
        /// The house rules' action ("none": no house rule acted).
        public var moderate: String?
        public var line: Int
    }

    public struct Case: Sendable {
        public var name: String
        public var input: [Mention]
        /// Which inputs gave no sentiment (the runner's `prepare` may score them).
        public var expectations: [Expectation]
        public var flags: [ExpectedFlags]
        /// Replay the input in this many shuffled orders (and twice over); alerts must not change.
        public var shuffle: Int
        public var line: Int
    }

    public var file: String
    public var ruleFiles: [String]
    public var cases: [Case]

    static func stamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        return formatter.string(from: date)
    }

    public static func load(path: String) throws -> RuleTestFile {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw RuleFileError(file: path, line: 0, reason: "cannot read the test file")
        }
        return try RuleTestFileParser(file: path).parse(text)
    }
}

struct RuleTestFileParser {
    let file: String

    func fail(_ node: Node?, _ field: String, _ reason: String, test: String? = nil) -> RuleFileError {
        RuleFileError(file: file, line: node?.line ?? 1, ruleID: nil, field: test.map { "tests[\($0)].\(field)" } ?? field, reason: reason)
    }

    func parse(_ text: String) throws -> RuleTestFile {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else { throw fail(nil, "rule_files", "the test file is empty") }
            root = node
        } catch let error as YamlError {
            throw RuleFileError(file: file, line: error.line, reason: "invalid YAML: \(error)")
        }
        guard let top = root.mapping else { throw fail(root, "rule_files", "expected rule_files: and tests:") }
        let directory = (file as NSString).deletingLastPathComponent
        guard let filesNode = top["rule_files"], let files = filesNode.sequence?.compactMap(\.string) ?? filesNode.string.map({ [$0] }), !files.isEmpty else {
            throw fail(top["rule_files"] ?? root, "rule_files", "expected the rule files to test, relative to this file")
        }
        let ruleFiles = files.map { $0.hasPrefix("/") ? $0 : (directory as NSString).appendingPathComponent($0) }
        guard let testsNode = top["tests"], let tests = testsNode.sequence else { throw fail(top["tests"] ?? root, "tests", "expected a list of tests") }
        let cases = try tests.enumerated().map { index, node in try parseCase(node, index: index) }
        return RuleTestFile(file: file, ruleFiles: ruleFiles, cases: cases)
    }

    private func parseCase(_ node: Node, index: Int) throws -> RuleTestFile.Case {
        guard let map = node.mapping else { throw fail(node, "tests", "expected a test with name:, input: and expect:") }
        let name = map["name"]?.string ?? "#\(index + 1)"
        let known = ["name", "start", "input", "expect", "flags", "shuffle"]
        for (key, _) in map where !known.contains(key.string ?? "") {
            throw fail(key, key.string ?? "", "unknown key (expected \(known.joined(separator: ", ")))", test: name)
        }
        var start = Date(timeIntervalSince1970: 0)
        if let node = map["start"] { start = try time(node, relativeTo: start, field: "start", test: name) }
        guard let inputNode = map["input"], let inputs = inputNode.sequence else { throw fail(map["input"] ?? node, "input", "expected a list of mentions", test: name) }
        var mentions: [Mention] = []
        var previous = start
        for entry in inputs {
            mentions += try parseInput(entry, start: start, previous: &previous, index: mentions.count, test: name)
        }
        var expectations: [RuleTestFile.Expectation] = []
        if let node = map["expect"] {
            guard let list = node.sequence else { throw fail(node, "expect", "expected a list of {at:, alerts:, absent:}", test: name) }
            expectations = try list.map { try parseExpectation($0, start: start, test: name) }
        }
        var flags: [RuleTestFile.ExpectedFlags] = []
        if let node = map["flags"] {
            guard let list = node.sequence else { throw fail(node, "flags", "expected a list of {item:, rules:, ...}", test: name) }
            flags = try list.map { try parseFlags($0, ids: Set(mentions.map(\.id.nativeID)), test: name) }
        }
        var shuffle = 0
        if let node = map["shuffle"] {
            guard let count = node.int, count >= 0, count <= 1000 else { throw fail(node, "shuffle", "expected a number of shuffled replays (0-1000)", test: name) }
            shuffle = count
        }
        return RuleTestFile.Case(name: name, input: mentions, expectations: expectations, flags: flags, shuffle: shuffle, line: node.line)
    }

    private func parseInput(_ node: Node, start: Date, previous: inout Date, index: Int, test: String) throws -> [Mention] {
        guard let map = node.mapping else { throw fail(node, "input", "expected a mention {at:, text:, ...}", test: test) }
        let known = ["id", "at", "text", "platform", "author", "followers", "verified", "kind", "lang", "sentiment", "likes", "shares",
                     "replies", "views", "parent", "conversation", "repeat", "every"]
        for (key, _) in map where !known.contains(key.string ?? "") {
            throw fail(key, "input.\(key.string ?? "")", "unknown field (expected \(known.joined(separator: ", ")))", test: test)
        }
        func text(_ key: String) -> String? { map[key]?.string }
        func int(_ key: String) throws -> Int? {
            guard let node = map[key] else { return nil }
            guard let value = node.int else { throw fail(node, "input.\(key)", "expected a whole number", test: test) }
            return value
        }
        let at = try map["at"].map { try time($0, relativeTo: previous, field: "input.at", test: test) } ?? previous
        let repeatCount = try int("repeat") ?? 1
        guard (1...100_000).contains(repeatCount) else { throw fail(map["repeat"], "input.repeat", "expected 1 to 100000", test: test) }
        var every: TimeInterval = 60
        if let node = map["every"] {
            guard let value = node.string.flatMap(RuleDuration.parse) else { throw fail(node, "input.every", "expected a duration such as 2m", test: test) }
            every = value
        }
        var kind = MentionKind.post
        if let name = text("kind") {
            guard let parsed = MentionKind(rawValue: name) else { throw fail(map["kind"], "input.kind", "expected post, comment, reply, review or message", test: test) }
            kind = parsed
        }
        var sentiment: Sentiment?
        if let label = text("sentiment") {
            guard let parsed = SentimentLabel(feedValue: label) else { throw fail(map["sentiment"], "input.sentiment", "expected positive, neutral or negative", test: test) }
            sentiment = Sentiment(label: parsed, score: Double(label), source: .feed(raw: label))
        }
        let followers = try int("followers")
        let metrics = Metrics(likes: try int("likes"), shares: try int("shares"), replies: try int("replies"), views: try int("views"))
        let baseID = text("id") ?? "m\(index + 1)"
        var result: [Mention] = []
        for n in 0..<repeatCount {
            let id = repeatCount == 1 ? baseID : "\(baseID)-\(n + 1)"
            let time = at.addingTimeInterval(Double(n) * every)
            let author = text("author").map { repeatCount == 1 ? $0 : $0.replacingOccurrences(of: "{n}", with: String(n + 1)) } ?? "user\(index + n + 1)"
            result.append(Mention(
                id: MentionID(platform: Platform(feedValue: text("platform") ?? "x"), nativeID: id),
                author: Author(handle: author, followers: followers, verified: map["verified"]?.bool ?? false),
                createdAt: time, text: text("text") ?? "", kind: kind, parentID: text("parent"), conversationID: text("conversation"),
                language: text("lang"), metrics: metrics, sentiment: sentiment))
            previous = time
        }
        return result
    }

    private func parseExpectation(_ node: Node, start: Date, test: String) throws -> RuleTestFile.Expectation {
        guard let map = node.mapping else { throw fail(node, "expect", "expected {at:, alerts:, absent:}", test: test) }
        let at = try map["at"].map { try time($0, relativeTo: start, field: "expect.at", test: test) }
        var alerts: [RuleTestFile.ExpectedAlert] = []
        if let list = map["alerts"]?.sequence {
            for item in list {
                guard let a = item.mapping, let rule = a["rule"]?.string else { throw fail(item, "expect.alerts", "expected {rule:, severity:, ...}", test: test) }
                var expected = RuleTestFile.ExpectedAlert(rule: rule, line: item.line)
                if let s = a["severity"] {
                    guard let severity = s.string.flatMap(Severity.init(name:)) else { throw fail(s, "expect.alerts.severity", "expected info … critical", test: test) }
                    expected.severity = severity
                }
                if let s = a["state"] {
                    guard let state = s.string.flatMap(AlertState.init(rawValue:)) else { throw fail(s, "expect.alerts.state", "expected pending, firing, acknowledged or resolved", test: test) }
                    expected.state = state
                }
                expected.key = a["key"]?.string
                expected.startedAfter = try a["started_after"].map { try time($0, relativeTo: start, field: "expect.alerts.started_after", test: test) }
                expected.startedBefore = try a["started_before"].map { try time($0, relativeTo: start, field: "expect.alerts.started_before", test: test) }
                expected.minCount = a["min_count"]?.int
                alerts.append(expected)
            }
        }
        let absent = map["absent"].map { $0.sequence?.compactMap(\.string) ?? [$0.string].compactMap { $0 } } ?? []
        return RuleTestFile.Expectation(at: at, alerts: alerts, absent: absent, line: node.line)
    }

    private func parseFlags(_ node: Node, ids: Set<String>, test: String) throws -> RuleTestFile.ExpectedFlags {
        guard let map = node.mapping, let item = map["item"]?.string else { throw fail(node, "flags", "expected {item: ID, rules: [...]}", test: test) }
        guard ids.contains(item) else { throw fail(map["item"], "flags.item", "no input has id '\(item)'", test: test) }
        func list(_ key: String) -> [String]? { map[key].map { $0.sequence?.compactMap(\.string) ?? [$0.string].compactMap { $0 } } }
        return RuleTestFile.ExpectedFlags(item: item, rules: list("rules"), escalate: map["escalate"]?.bool, needsReply: map["needs_reply"]?.bool,
                                          tags: list("tags"), moderate: try moderate(map["moderate"], test: test), line: node.line)
    }

    private func moderate(_ node: Node?, test: String) throws -> String? {
        guard let node else { return nil }
        guard let name = node.string, name == "none" || ModerationAction(name: name) != nil else {
            throw fail(node, "flags.moderate", "expected none, approve, hold, warn, hide, delete or ban author", test: test)
        }
        return name == "none" ? "none" : ModerationAction(name: name)!.rawValue
    }

    /// An ISO-8601 time, or `+30m` after the previous time.
    private func time(_ node: Node, relativeTo base: Date, field: String, test: String) throws -> Date {
        guard let text = node.string else { throw fail(node, field, "expected a time", test: test) }
        if text.hasPrefix("+"), let offset = RuleDuration.parse(String(text.dropFirst())) { return base.addingTimeInterval(offset) }
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        throw fail(node, field, "expected an ISO-8601 time such as 2026-11-21T15:00:00Z or an offset such as +5m, got '\(text)'", test: test)
    }
}
