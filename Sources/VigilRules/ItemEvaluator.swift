import VigilCore

/// Conditions of a rule set compiled into one flat program, evaluated per mention without
/// allocating: the text is folded once, every term found with one table probe per word, and
/// each condition tree walked over an array of nodes.
///
/// Not thread-safe (it reuses scratch buffers); give each thread its own.
public final class ItemEvaluator {
    enum Op: UInt8 { case always, all, any, not, text, hashtag, mentions, author, sentiment, number, verified, question, platform, language, kind }

    struct Node {
        var op: Op
        /// all/any: first child slot; not: child; text: leaf; hashtag/mentions: hash set; author/platform/language: string set;
        /// sentiment/kind: bit mask; number: field; verified/question: 0 or 1.
        var a: Int32 = 0
        /// all/any: child count; number: comparison operator index.
        var b: Int32 = 0
        var value: Double = 0
    }

    let rules: RuleSet
    private var nodes: [Node] = []
    private var children: [Int32] = []
    private var hashSets: [[UInt64]] = []
    private var stringSets: [Set<String>] = []
    private var leafCount = 0
    private var terms = TermIndex(terms: [])
    private var needsText = false
    private var itemRoots: [Int32] = []
    private var windowRoots: [Int32] = []
    /// For share rules, the denominator condition; -1 otherwise.
    private var shareRoots: [Int32] = []
    /// Text leaves inside each item rule and each window rule, to name the terms that made them match.
    private var itemLeaves: [Set<Int32>] = []
    private var windowLeaves: [Set<Int32>] = []
    private var itemDescriptions: [String] = []

    // Scratch, reused for every mention.
    private var folded = FoldedText()
    private var leafHit: [Bool] = []
    private var hitEntries: [Int32] = []

    public init(rules: RuleSet) {
        self.rules = rules
        var pendingTerms: [(term: Term, leaf: Int32)] = []
        for rule in rules.itemRules {
            var leaves = Set<Int32>()
            itemRoots.append(compile(rule.condition, terms: &pendingTerms, leaves: &leaves))
            itemLeaves.append(leaves)
            itemDescriptions.append(ConditionText.describe(rule.condition))
        }
        for rule in rules.windowRules {
            var leaves = Set<Int32>()
            windowRoots.append(compile(rule.filter, terms: &pendingTerms, leaves: &leaves))
            if case .share(let parameters) = rule.kind {
                shareRoots.append(compile(parameters.of, terms: &pendingTerms, leaves: &leaves))
            } else {
                shareRoots.append(-1)
            }
            windowLeaves.append(leaves)
        }
        terms = TermIndex(terms: pendingTerms)
        leafHit = Array(repeating: false, count: leafCount)
    }

    private func compile(_ condition: Condition, terms pending: inout [(term: Term, leaf: Int32)], leaves: inout Set<Int32>) -> Int32 {
        var node = Node(op: .always)
        switch condition {
        case .always: break
        case .all(let parts), .any(let parts):
            let compiled = parts.map { compile($0, terms: &pending, leaves: &leaves) }
            node.op = if case .all = condition { .all } else { .any }
            node.a = Int32(children.count)
            node.b = Int32(compiled.count)
            children += compiled
        case .not(let inner):
            node.op = .not
            node.a = compile(inner, terms: &pending, leaves: &leaves)
        case .text(let list):
            needsText = true
            node.op = .text
            node.a = Int32(leafCount)
            leaves.insert(node.a)
            for term in list { pending.append((term, node.a)) }
            leafCount += 1
        case .hashtag(let tags), .mentions(let tags):
            needsText = true
            node.op = if case .hashtag = condition { .hashtag } else { .mentions }
            node.a = Int32(hashSets.count)
            hashSets.append(tags.compactMap { FoldedText($0).tokens.first?.hash })
        case .author(let handles):
            node.op = .author
            node.a = Int32(stringSets.count)
            stringSets.append(Set(handles))
        case .platform(let names), .language(let names):
            node.op = if case .platform = condition { .platform } else { .language }
            node.a = Int32(stringSets.count)
            stringSets.append(names)
        case .sentiment(let labels):
            node.op = .sentiment
            node.a = labels.reduce(0) { $0 | Int32(1 << Self.labelBit($1)) }
        case .kind(let kinds):
            node.op = .kind
            node.a = kinds.reduce(0) { $0 | Int32(1 << Self.kindBit($1)) }
        case .number(let field, let comparison):
            node.op = .number
            node.a = Int32(NumberField.allCases.firstIndex(of: field)!)
            node.b = Int32(Comparison.Operator.allCases.firstIndex(of: comparison.op)!)
            node.value = comparison.value
        case .verified(let flag):
            node.op = .verified
            node.a = flag ? 1 : 0
        case .question(let flag):
            needsText = true
            node.op = .question
            node.a = flag ? 1 : 0
        }
        nodes.append(node)
        return Int32(nodes.count - 1)
    }

    static func labelBit(_ label: SentimentLabel) -> Int {
        switch label {
        case .positive: return 0
        case .neutral: return 1
        case .negative: return 2
        case .unknown: return 3
        }
    }

    static func kindBit(_ kind: MentionKind) -> Int { MentionKind.allCases.firstIndex(of: kind)! }

    // MARK: evaluation

    /// What the rules see in one mention, kept until the next `prepare`.
    private var current: Mention?

    /// Folds the text and finds the terms; call before `matchesItemRule`/`matchesWindow`.
    func prepare(_ mention: Mention) {
        current = mention
        for entry in hitEntries {
            for leaf in terms.entries[Int(entry)].leaves { leafHit[Int(leaf)] = false }
        }
        hitEntries.removeAll(keepingCapacity: true)
        guard needsText else { return }
        folded.fold(mention.text)
        if !terms.isEmpty {
            terms.matches(in: folded, language: mention.effectiveLanguage) { entry in
                hitEntries.append(Int32(entry))
                for leaf in terms.entries[entry].leaves { leafHit[Int(leaf)] = true }
            }
        }
    }

    func holds(_ root: Int32) -> Bool {
        guard let mention = current else { return false }
        return nodes.withUnsafeBufferPointer { program in evaluate(root, program, mention) }
    }

    private func evaluate(_ index: Int32, _ program: UnsafeBufferPointer<Node>, _ mention: Mention) -> Bool {
        let node = program[Int(index)]
        switch node.op {
        case .always: return true
        case .all:
            for slot in node.a..<(node.a + node.b) where !evaluate(children[Int(slot)], program, mention) { return false }
            return true
        case .any:
            for slot in node.a..<(node.a + node.b) where evaluate(children[Int(slot)], program, mention) { return true }
            return false
        case .not: return !evaluate(node.a, program, mention)
        case .text: return leafHit[Int(node.a)]
        case .hashtag, .mentions:
            let sigil: UInt8 = node.op == .hashtag ? 0x23 : 0x40
            let wanted = hashSets[Int(node.a)]
            for token in folded.tokens where token.sigil == sigil && wanted.contains(token.hash) { return true }
            return false
        case .author: return stringSets[Int(node.a)].contains(mention.author.handle.lowercased())
        case .platform: return stringSets[Int(node.a)].contains(mention.platform.rawValue)
        case .language:
            guard let language = mention.effectiveLanguage else { return false }
            return stringSets[Int(node.a)].contains(language)
        case .sentiment: return node.a & Int32(1 << Self.labelBit(mention.sentimentLabel)) != 0
        case .kind: return node.a & Int32(1 << Self.kindBit(mention.kind)) != 0
        case .verified: return mention.author.verified == (node.a == 1)
        case .question: return folded.hasQuestion == (node.a == 1)
        case .number:
            guard let x = Self.number(NumberField.allCases[Int(node.a)], of: mention) else { return false }
            return Comparison(Comparison.Operator.allCases[Int(node.b)], node.value).holds(x)
        }
    }

    static func number(_ field: NumberField, of mention: Mention) -> Double? {
        let value: Int?
        switch field {
        case .followers: value = mention.author.followers
        case .likes: value = mention.metrics.likes
        case .shares: value = mention.metrics.shares
        case .replies: value = mention.metrics.replies
        case .views: value = mention.metrics.views
        case .reach: value = mention.reach
        case .engagement: value = mention.metrics.engagement
        case .score: return mention.sentiment?.score
        }
        return value.map(Double.init)
    }

    // MARK: results

    /// The item rules' verdict on a prepared mention: empty flags when none matched.
    func itemFlags() -> RuleFlags {
        var flags = RuleFlags()
        for (index, rule) in rules.itemRules.enumerated() where holds(itemRoots[index]) {
            let actions = rule.actions
            flags.escalate = flags.escalate || actions.escalate
            flags.needsReply = flags.needsReply || actions.needsReply
            if let priority = actions.priority { flags.priority = max(flags.priority ?? priority, priority) }
            for tag in actions.tags where !flags.tags.contains(tag) { flags.tags.append(tag) }
            flags.assignee = flags.assignee ?? actions.assignee
            flags.department = flags.department ?? actions.department
            let found = matchedTerms(in: itemLeaves[index])
            let detail = found.isEmpty ? itemDescriptions[index] : "matched " + found.map { "“\($0)”" }.joined(separator: ", ")
            flags.reasons.append(RuleReason(ruleID: rule.id, detail: detail))
        }
        return flags
    }

    func matchesWindow(_ index: Int) -> Bool { holds(windowRoots[index]) }

    /// For a share rule: whether the mention counts in the denominator.
    func matchesShareBase(_ index: Int) -> Bool { shareRoots[index] < 0 || holds(shareRoots[index]) }

    func windowHasText(_ index: Int) -> Bool { !windowLeaves[index].isEmpty }

    /// Terms found in the prepared mention that belong to the given text conditions, in text order, once each.
    func matchedTerms(in leaves: Set<Int32>) -> [String] {
        guard !leaves.isEmpty else { return [] }
        var result: [String] = []
        for entry in hitEntries {
            let term = terms.entries[Int(entry)]
            guard term.leaves.contains(where: leaves.contains) else { continue }
            let shown = term.display.lowercased()
            if !result.contains(shown) { result.append(shown) }
        }
        return result
    }

    func windowTerms(_ index: Int) -> [String] { matchedTerms(in: windowLeaves[index]) }

    /// Runs the item rules on mentions and records their verdict in `flags`.
    public func apply(to mentions: inout [Mention]) {
        for index in mentions.indices {
            prepare(mentions[index])
            mentions[index].flags = itemFlags()
        }
        current = nil
    }
}
