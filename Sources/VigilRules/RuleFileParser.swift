import Foundation
import VigilCore
import Yams

/// Reads a rule file (YAML) into a `RuleSet`. Every error names the file, line, rule id and
/// field, and says what was expected. See README "Rule files" for the reference.
public struct RuleFileParser {
    let file: String
    var lists: [String: TermList] = [:]
    var macros: [String: Condition] = [:]
    /// The rule being read, for error messages.
    var ruleID: String?

    public static func load(path: String) throws -> RuleSet {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw RuleFileError(file: path, line: 0, reason: "cannot read the rule file")
        }
        return try parse(text, file: path)
    }

    public static func parse(_ text: String, file: String) throws -> RuleSet {
        var parser = RuleFileParser(file: file)
        return try parser.parseFile(text)
    }

    init(file: String) {
        self.file = file
    }

    func fail(_ node: Node?, _ field: String?, _ reason: String) -> RuleFileError {
        RuleFileError(file: file, line: node?.line ?? 1, ruleID: ruleID, field: field, reason: reason)
    }

    mutating func parseFile(_ text: String) throws -> RuleSet {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else { throw fail(nil, nil, "the rule file is empty (expected rules:)") }
            root = node
        } catch let error as YamlError {
            throw RuleFileError(file: file, line: error.line, reason: "invalid YAML: \(error)")
        }
        guard let top = root.mapping else { throw fail(root, nil, "expected keys such as lists:, rules:, mute:, inhibit:") }
        var set = RuleSet(file: file)
        let known = ["resolution", "lists", "macros", "rules", "mute", "inhibit", "moderation"]
        for (key, _) in top where !known.contains(key.string ?? "") {
            throw fail(key, key.string, "unknown key (expected \(known.joined(separator: ", ")))")
        }
        if let node = top["resolution"] {
            set.resolution = try duration(node, field: "resolution")
            guard set.resolution >= 1 else { throw fail(node, "resolution", "expected at least 1s") }
        }
        if let node = top["moderation"] { set.moderation = try parseModeration(node) }
        if let node = top["lists"] { try parseLists(node) }
        set.lists = lists
        if let node = top["macros"] { try parseMacros(node) }
        if let node = top["rules"] {
            guard let rules = node.sequence else { throw fail(node, "rules", "expected a list of rules, got \(node.shown)") }
            var seen: [String: Int] = [:]
            for ruleNode in rules {
                ruleID = nil
                guard let rule = ruleNode.mapping else { throw fail(ruleNode, "rules", "expected a rule (id:, match: or window:), got \(ruleNode.shown)") }
                guard let idNode = rule["id"], let id = idNode.string, !id.isEmpty else {
                    throw fail(ruleNode, "id", "every rule needs an id")
                }
                ruleID = id
                guard id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") }) else {
                    throw fail(idNode, "id", "expected letters, digits, '-', '_' or '.'")
                }
                if let previous = seen[id] { throw fail(idNode, "id", "duplicate rule id (first defined on line \(previous))") }
                seen[id] = idNode.line
                if let enabled = rule["enabled"] {
                    guard let flag = enabled.bool else { throw fail(enabled, "enabled", "expected true or false") }
                    if !flag { continue }
                }
                switch (rule["match"] != nil, rule["window"] != nil) {
                case (true, false): set.itemRules.append(try parseItemRule(rule, line: ruleNode.line))
                case (false, true): set.windowRules.append(try parseWindowRule(rule, line: ruleNode.line))
                case (true, true): throw fail(ruleNode, "match", "a rule has either match: (item rule) or window: (window rule), not both")
                case (false, false): throw fail(ruleNode, nil, "expected match: (an item rule) or window: (a window rule)")
                }
            }
            ruleID = nil
        }
        if let node = top["mute"] { set.mutes = try parseMutes(node) }
        if let node = top["inhibit"] { set.inhibits = try parseInhibits(node) }
        return set
    }

    // MARK: lists and macros

    func parseModeration(_ node: Node) throws -> ModerationSettings {
        guard let map = node.mapping else { throw fail(node, "moderation", "expected {brand: [names], domains: [domains]}") }
        try rejectUnknown(map, ["brand", "domains"], prefix: "moderation.")
        return ModerationSettings(brandNames: try map["brand"].map { try stringList($0, field: "moderation.brand") } ?? [],
                                  officialDomains: try map["domains"].map { try stringList($0, field: "moderation.domains") } ?? [])
    }

    mutating func parseLists(_ node: Node) throws {
        guard let mapping = node.mapping else { throw fail(node, "lists", "expected name: {en: [...], es: [...]}") }
        for (nameNode, value) in mapping {
            let name = nameNode.string ?? ""
            var terms: [String: [String]] = [:]
            if let plain = value.sequence {
                terms["any"] = try strings(plain, field: "lists.\(name)")
            } else if let languages = value.mapping {
                for (languageNode, entries) in languages {
                    let language = (languageNode.string ?? "").lowercased()
                    guard language == "any" || (language.count == 2 && language.allSatisfy(\.isLetter)) else {
                        throw fail(languageNode, "lists.\(name)", "expected a two-letter language code or 'any', got '\(language)'")
                    }
                    guard let list = entries.sequence else { throw fail(entries, "lists.\(name).\(language)", "expected a list of terms") }
                    terms[language] = try strings(list, field: "lists.\(name).\(language)")
                }
            } else {
                throw fail(value, "lists.\(name)", "expected a list of terms or {language: [terms]}")
            }
            lists[name] = TermList(name: name, terms: terms)
        }
    }

    mutating func parseMacros(_ node: Node) throws {
        guard let mapping = node.mapping else { throw fail(node, "macros", "expected name: condition") }
        for (nameNode, value) in mapping {
            let name = nameNode.string ?? ""
            macros[name] = try condition(value, field: "macros.\(name)")
        }
    }

    func strings(_ nodes: Node.Sequence, field: String) throws -> [String] {
        try nodes.map { node in
            guard let text = node.string, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw fail(node, field, "expected a word or phrase, got \(node.shown)")
            }
            return text
        }
    }

    // MARK: item rules

    func parseItemRule(_ rule: Node.Mapping, line: Int) throws -> ItemRule {
        try rejectUnknown(rule, ["id", "description", "enabled", "match", "actions"])
        let condition = try self.condition(rule["match"]!, field: "match")
        guard let actionsNode = rule["actions"] else {
            throw fail(rule["match"], "actions", "an item rule needs actions: (escalate, needs_reply, priority, tags, assign, department, moderate)")
        }
        guard let actions = actionsNode.mapping else { throw fail(actionsNode, "actions", "expected a mapping") }
        try rejectUnknown(actions, ["escalate", "needs_reply", "priority", "tags", "assign", "department", "moderate", "reason"], prefix: "actions.")
        var result = ItemActions()
        if let node = actions["escalate"] { result.escalate = try bool(node, field: "actions.escalate") }
        if let node = actions["needs_reply"] { result.needsReply = try bool(node, field: "actions.needs_reply") }
        if let node = actions["priority"] {
            guard let name = node.string, let priority = Priority(name: name) else {
                throw fail(node, "actions.priority", "expected one of \(Priority.allCases.map(\.name).joined(separator: ", ")), got \(node.shown)")
            }
            result.priority = priority
        }
        if let node = actions["tags"] { result.tags = try stringList(node, field: "actions.tags") }
        if let node = actions["assign"] { result.assignee = try string(node, field: "actions.assign") }
        if let node = actions["department"] { result.department = try string(node, field: "actions.department") }
        if let node = actions["moderate"] {
            guard let name = node.string, let action = ModerationAction(name: name) else {
                throw fail(node, "actions.moderate", "expected one of approve, hold, warn, hide, delete, ban author, got \(node.shown)")
            }
            result.moderate = action
            guard let reasonNode = actions["reason"] else {
                throw fail(node, "actions.reason", "a house rule (moderate:) needs a reason: shown to the team")
            }
            result.reason = try string(reasonNode, field: "actions.reason")
        } else if let node = actions["reason"] {
            throw fail(node, "actions.reason", "reason: goes with moderate: (a house rule's action)")
        }
        return ItemRule(id: ruleID!, description: rule["description"]?.string ?? "", condition: condition, actions: result, line: line)
    }

    // MARK: window rules

    func parseWindowRule(_ rule: Node.Mapping, line: Int) throws -> WindowRule {
        try rejectUnknown(rule, ["id", "description", "title", "enabled", "window", "severity", "for", "keep_firing_for", "dedup", "realert", "summary"])
        let windowNode = rule["window"]!
        guard let window = windowNode.mapping else { throw fail(windowNode, "window", "expected type:, over: and the type's thresholds") }
        guard let typeNode = window["type"], let type = typeNode.string else {
            throw fail(windowNode, "window.type", "expected count, spike, share or velocity")
        }
        let common = ["type", "over", "where", "group_by"]
        let kind: WindowKind
        switch type {
        case "count": kind = .count(min: try parseCount(window, windowNode, common: common))
        case "spike": kind = .spike(try parseSpike(window, common: common))
        case "share": kind = .share(try parseShare(window, common: common))
        case "velocity": kind = .velocity(try parseVelocity(window, windowNode, common: common))
        default:
            throw fail(typeNode, "window.type", "expected count, spike, share or velocity, got '\(type)'")
        }
        guard let overNode = window["over"] else { throw fail(windowNode, "window.over", "expected the window length, e.g. 30m") }
        let over = try duration(overNode, field: "window.over")
        guard over >= 1 else { throw fail(overNode, "window.over", "expected a window of at least 1s") }
        var groupBy: GroupKey?
        if let node = window["group_by"] {
            guard let name = node.string, name == "none" || GroupKey(rawValue: name) != nil else {
                throw fail(node, "window.group_by", "expected none or one of \(GroupKey.allCases.map(\.rawValue).joined(separator: ", ")), got \(node.shown)")
            }
            groupBy = GroupKey(rawValue: name)
        }
        if case .velocity = kind, groupBy != nil {
            throw fail(window["group_by"], "window.group_by", "velocity rules always count per item; remove group_by")
        }
        guard let severityNode = rule["severity"] else {
            throw fail(windowNode, "severity", "a window rule needs a severity (info, low, medium, high, critical)")
        }
        guard let name = severityNode.string, let severity = Severity(name: name) else {
            throw fail(severityNode, "severity", "expected info, low, medium, high or critical, got \(severityNode.shown)")
        }
        let filter = try window["where"].map { try condition($0, field: "window.where") } ?? .always
        let title = rule["title"]?.string ?? rule["description"]?.string ?? ruleID!
        var result = WindowRule(id: ruleID!, title: title, severity: severity, kind: kind, window: over, filter: filter, groupBy: groupBy,
                                summary: rule["summary"]?.string ?? "", line: line)
        if let node = rule["for"] { result.forDuration = try duration(node, field: "for") }
        if let node = rule["keep_firing_for"] { result.keepFiringFor = try duration(node, field: "keep_firing_for") }
        if let node = rule["realert"] { result.realert = try duration(node, field: "realert") }
        if let node = rule["dedup"] { result.dedup = try string(node, field: "dedup") }
        if let node = rule["summary"] { try SummaryTemplate.validate(try string(node, field: "summary"), error: { self.fail(node, "summary", $0) }) }
        return result
    }

    // MARK: conditions

    /// A mapping of tests, all of which must hold; `all:`, `any:`, `not:` combine them.
    func condition(_ node: Node, field: String) throws -> Condition {
        guard let mapping = node.mapping else {
            throw fail(node, field, "expected a condition such as {text: $crisis_terms} or {all: [...]}, got \(node.shown)")
        }
        var parts: [Condition] = []
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            parts.append(try leaf(key, value, keyNode: keyNode, field: field.isEmpty ? key : "\(field).\(key)"))
        }
        if parts.isEmpty { return .always }
        return parts.count == 1 ? parts[0] : .all(parts)
    }

    func leaf(_ key: String, _ value: Node, keyNode: Node, field: String) throws -> Condition {
        switch key {
        case "all", "any":
            guard let items = value.sequence else { throw fail(value, field, "expected a list of conditions") }
            let parts = try items.map { try condition($0, field: field) }
            return key == "all" ? .all(parts) : .any(parts)
        case "not":
            return .not(try condition(value, field: field))
        case "use":
            let name = try string(value, field: field)
            guard let macro = macros[name] else {
                throw fail(value, field, "no macro named '\(name)' (known: \(macros.keys.sorted().joined(separator: ", ")))")
            }
            return macro
        case "text":
            return .text(try terms(value, field: field))
        case "hashtag":
            return .hashtag(try stringList(value, field: field).map { $0.hasPrefix("#") ? String($0.dropFirst()) : $0 })
        case "mentions":
            return .mentions(try stringList(value, field: field).map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 })
        case "author":
            return .author(try stringList(value, field: field).map { ($0.hasPrefix("@") ? String($0.dropFirst()) : $0).lowercased() })
        case "sentiment":
            var labels = Set<SentimentLabel>()
            for name in try stringList(value, field: field) {
                let short: [String: SentimentLabel] = ["neg": .negative, "pos": .positive, "neu": .neutral]
                guard let label = SentimentLabel(rawValue: name.lowercased()) ?? short[name.lowercased()] else {
                    throw fail(value, field, "expected positive, neutral, negative or unknown, got '\(name)'")
                }
                labels.insert(label)
            }
            return .sentiment(labels)
        case "verified":
            return .verified(try bool(value, field: field))
        case "question":
            return .question(try bool(value, field: field))
        case "platform":
            return .platform(Set(try stringList(value, field: field).map { Platform(feedValue: $0).rawValue }))
        case "language":
            return .language(Set(try stringList(value, field: field).map { $0.lowercased() }))
        case "kind":
            var kinds = Set<MentionKind>()
            for name in try stringList(value, field: field) {
                guard let kind = MentionKind(rawValue: name.lowercased()) else {
                    throw fail(value, field, "expected post, comment, reply, review or message, got '\(name)'")
                }
                kinds.insert(kind)
            }
            return .kind(kinds)
        case "spam":
            return .spam(try bool(value, field: field))
        case "abuse":
            let name = try string(value, field: field).lowercased()
            let aliases: [String: AbuseLevel] = ["high": .abuse, "low": .profanity, "true": .profanity, "false": .none]
            guard let level = AbuseLevel.allCases.first(where: { $0.name == name }) ?? aliases[name] else {
                throw fail(value, field, "expected none, profanity, abuse (or high) or threat, got '\(name)'")
            }
            return .abuse(level)
        case "pii":
            if let flag = value.bool { return .personalData([], present: flag) }
            var kinds = Set<PersonalDataKind>()
            for name in try stringList(value, field: field) {
                guard let kind = PersonalDataKind(rawValue: name.lowercased()) else {
                    throw fail(value, field, "expected true, false or kinds of \(PersonalDataKind.allCases.map(\.rawValue).joined(separator: ", ")), got '\(name)'")
                }
                kinds.insert(kind)
            }
            return .personalData(kinds, present: true)
        default:
            if let number = NumberField(rawValue: key) { return .number(number, try comparison(value, field: field)) }
            let known = ["all", "any", "not", "use", "text", "hashtag", "mentions", "author", "sentiment", "verified", "question",
                         "platform", "language", "kind", "spam", "abuse", "pii"] + NumberField.allCases.map(\.rawValue)
            throw fail(keyNode, field, "unknown condition '\(key)' (expected one of \(known.joined(separator: ", ")))")
        }
    }

    /// Words, phrases and `$list` references.
    func terms(_ node: Node, field: String) throws -> [Term] {
        var result: [Term] = []
        for entry in try stringList(node, field: field) {
            if entry.hasPrefix("$") {
                let name = String(entry.dropFirst())
                guard let list = lists[name] else {
                    throw fail(node, field, "no list named '\(name)' (known: \(lists.keys.sorted().joined(separator: ", ")))")
                }
                for (language, words) in list.terms.sorted(by: { $0.key < $1.key }) {
                    result += words.map { Term($0, language: language == "any" ? nil : language) }
                }
            } else {
                result.append(Term(entry))
            }
        }
        for term in result where TextFolding.tokens(of: term.text).isEmpty {
            throw fail(node, field, "'\(term.text)' has no letters or digits to match")
        }
        for term in result where term.text.hasSuffix("*") {
            let stem = TextFolding.tokens(of: String(term.text.dropLast()))
            guard stem.count == 1, stem[0].utf8.count >= TermIndex.prefixLength else {
                throw fail(node, field, "'\(term.text)': a prefix term is one word of at least \(TermIndex.prefixLength) letters before the *")
            }
        }
        return result
    }

    func comparison(_ node: Node, field: String) throws -> Comparison {
        guard let text = node.string?.trimmingCharacters(in: .whitespaces) else { throw fail(node, field, "expected a comparison such as '>= 10000'") }
        for op in Comparison.Operator.allCases where text.hasPrefix(op.rawValue) {
            let rest = text.dropFirst(op.rawValue.count).trimmingCharacters(in: .whitespaces)
            if let value = Double(rest.replacingOccurrences(of: "_", with: "")) { return Comparison(op, value) }
            throw fail(node, field, "expected a number after '\(op.rawValue)', got '\(rest)'")
        }
        if let value = Double(text.replacingOccurrences(of: "_", with: "")) { return Comparison(.greaterOrEqual, value) }
        throw fail(node, field, "expected a comparison such as '>= 10000' or '< -0.5', got '\(text)'")
    }

}
