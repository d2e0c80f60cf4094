import VigilCore

/// Compiles a rule set's conditions into `ItemEvaluator`'s flat program: one array of nodes
/// (children by index), the term index of every text condition, each item rule's gate (what
/// must hold before its tree is walked) and its triggers grouped by the facts that can pass
/// them. Runs once per rule set; what it builds never changes afterwards.
struct ItemRuleCompiler {
    typealias Node = ItemEvaluator.Node
    typealias Gate = ItemEvaluator.Gate
    typealias Trigger = ItemEvaluator.Trigger

    /// What the evaluator reads.
    struct Compiled {
        var nodes: [Node]
        var children: [Int32]
        var hashSets: [[UInt64]]
        var stringSets: [Set<String>]
        var leafCount: Int
        var terms: TermIndex
        var needsText: Bool
        var needsNumbers: Bool
        var needsAuthor: Bool
        var needsModeration: Bool
        /// A condition asks about swearing (`abuse: profanity` or `abuse: none`).
        var needsProfanity: Bool
        var platformBits: [(name: String, bit: UInt64)]
        var languageBits: [(name: String, bit: UInt64)]
        var itemRoots: [Int32]
        var windowRoots: [Int32]
        var shareRoots: [Int32]
        var itemLeaves: [Set<Int32>]
        var windowLeaves: [Set<Int32>]
        var itemDescriptions: [String]
        var itemActions: [ItemActions]
        var fixedReasons: [RuleReason?]
        var reasonNamesTerms: [Bool]
        /// Per facts group, then per text condition: the triggers to try.
        var triggerGroups: [[Trigger]]
    }

    let rules: RuleSet
    private var nodes: [Node] = []
    private var children: [Int32] = []
    private var hashSets: [[UInt64]] = []
    private var stringSets: [Set<String>] = []
    private var leafCount = 0
    private var needsText = false
    private var needsNumbers = false
    private var needsAuthor = false
    private var needsModeration = false
    private var needsProfanity = false
    /// Platforms and languages named in conditions, numbered for bit masks (at most 64 each).
    private var platformIDs: [String: Int] = [:]
    private var languageIDs: [String: Int] = [:]

    init(rules: RuleSet) {
        self.rules = rules
    }

    mutating func compile() -> Compiled {
        var itemRoots: [Int32] = [], itemLeaves: [Set<Int32>] = [], itemDescriptions: [String] = [], itemActions: [ItemActions] = []
        var fixedReasons: [RuleReason?] = [], reasonNamesTerms: [Bool] = []
        var windowRoots: [Int32] = [], shareRoots: [Int32] = [], windowLeaves: [Set<Int32>] = []
        var pendingTerms: [(term: Term, leaf: Int32)] = []
        // Per item rule, what must hold for it to match at all, checked before walking its tree.
        var gates: [Gate] = []
        for rule in rules.itemRules {
            var leaves = Set<Int32>()
            let root = compile(rule.condition, terms: &pendingTerms, leaves: &leaves)
            itemRoots.append(root)
            gates.append(gate(root))
            itemLeaves.append(leaves)
            itemDescriptions.append(ConditionText.describe(rule.condition))
            itemActions.append(rule.actions)
            fixedReasons.append(leaves.isEmpty ? RuleReason(ruleID: rule.id, detail: ConditionText.describe(rule.condition)) : nil)
            reasonNamesTerms.append(!leaves.isEmpty)
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
        var groups = Array(repeating: [Trigger](), count: ItemEvaluator.factGroups + leafCount)
        for (index, root) in itemRoots.enumerated() {
            let node = nodes[Int(root)]
            let alternatives = node.op == .any ? (node.a..<(node.a + node.b)).map { gate(children[Int($0)]) } : [gates[index]]
            for gate in alternatives {
                let trigger = Trigger(rule: Int32(index), gate: gate)
                if gate.leaf >= 0 {
                    groups[ItemEvaluator.factGroups + Int(gate.leaf)].append(trigger)
                    continue
                }
                for label in 0..<4 where gate.sentiment & Int32(1 << label) != 0 {
                    for kind in 0..<5 where gate.kind & Int32(1 << kind) != 0 {
                        for verified in 0..<2 where gate.verified < 0 || Int(gate.verified) == verified {
                            for question in 0..<2 where gate.question < 0 || Int(gate.question) == question {
                                groups[ItemEvaluator.factsIndex(label: label, kind: kind, verified: verified == 1, question: question == 1)]
                                    .append(trigger)
                            }
                        }
                    }
                }
            }
        }
        return Compiled(
            nodes: nodes, children: children, hashSets: hashSets, stringSets: stringSets, leafCount: leafCount,
            terms: TermIndex(terms: pendingTerms), needsText: needsText, needsNumbers: needsNumbers, needsAuthor: needsAuthor, needsModeration: needsModeration, needsProfanity: needsProfanity,
            platformBits: platformIDs.sorted { $0.value < $1.value }.map { ($0.key, 1 << UInt64($0.value)) },
            languageBits: languageIDs.sorted { $0.value < $1.value }.map { ($0.key, 1 << UInt64($0.value)) },
            itemRoots: itemRoots, windowRoots: windowRoots, shareRoots: shareRoots, itemLeaves: itemLeaves, windowLeaves: windowLeaves,
            itemDescriptions: itemDescriptions, itemActions: itemActions, fixedReasons: fixedReasons, reasonNamesTerms: reasonNamesTerms,
            triggerGroups: groups)
    }

    private mutating func compile(_ condition: Condition, terms pending: inout [(term: Term, leaf: Int32)], leaves: inout Set<Int32>) -> Int32 {
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
            needsAuthor = true
            node.op = .author
            node.a = Int32(stringSets.count)
            stringSets.append(Set(handles))
        case .platform(let names):
            node.op = .platform
            node.mask = Self.mask(names, ids: &platformIDs)
        case .language(let names):
            node.op = .language
            node.mask = Self.mask(names, ids: &languageIDs)
        case .sentiment(let labels):
            node.op = .sentiment
            node.a = labels.reduce(0) { $0 | Int32(1 << ItemEvaluator.labelBit($1)) }
        case .kind(let kinds):
            node.op = .kind
            node.a = kinds.reduce(0) { $0 | Int32(1 << ItemEvaluator.kindBit($1)) }
        case .number(let field, let comparison):
            needsNumbers = true
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
        case .spam(let flag):
            needsModeration = true
            node.op = .spam
            node.a = flag ? 1 : 0
        case .abuse(let level):
            needsModeration = true
            if level <= .profanity { needsProfanity = true }
            node.op = .abuse
            node.a = Int32(level.rawValue)
        case .personalData(let kinds, let present):
            needsModeration = true
            node.op = .personalData
            node.a = Int32(ItemEvaluator.personalDataMask(kinds.isEmpty ? Set(PersonalDataKind.allCases) : kinds))
            node.b = present ? 1 : 0
        }
        nodes.append(node)
        return Int32(nodes.count - 1)
    }

    private func gate(_ root: Int32) -> Gate {
        var gate = Gate()
        let node = nodes[Int(root)]
        let parts = node.op == .all ? (node.a..<(node.a + node.b)).map { children[Int($0)] } : [root]
        var absorbed = 0
        for part in parts {
            let leaf = nodes[Int(part)]
            switch leaf.op {
            case .text where gate.leaf < 0: gate.leaf = leaf.a
            case .sentiment: gate.sentiment &= leaf.a
            case .kind: gate.kind &= leaf.a
            case .platform: gate.platform &= leaf.mask
            case .language: gate.language &= leaf.mask
            case .verified where gate.verified < 0: gate.verified = Int8(leaf.a)
            case .question where gate.question < 0: gate.question = Int8(leaf.a)
            case .number where gate.field1 < 0: (gate.field1, gate.op1, gate.value1) = (leaf.a, leaf.b, leaf.value)
            case .number where gate.field2 < 0: (gate.field2, gate.op2, gate.value2) = (leaf.a, leaf.b, leaf.value)
            case .always: break
            case .not:
                // "not positive", "not a post", "not verified": the complement is as good a gate.
                let inner = nodes[Int(leaf.a)]
                switch inner.op {
                case .sentiment: gate.sentiment &= ~inner.a & 0xF
                case .kind: gate.kind &= ~inner.a & 0x1F
                case .verified where gate.verified < 0: gate.verified = inner.a == 1 ? 0 : 1
                case .question where gate.question < 0: gate.question = inner.a == 1 ? 0 : 1
                default: continue
                }
            default: continue
            }
            absorbed += 1
        }
        gate.complete = absorbed == parts.count
        return gate
    }

    /// Bits for the named values; names beyond the 64th share the last bit (then the match is loose).
    private static func mask(_ names: Set<String>, ids: inout [String: Int]) -> UInt64 {
        var mask: UInt64 = 0
        for name in names {
            let id = ids[name] ?? min(ids.count, 63)
            ids[name] = id
            mask |= 1 << UInt64(id)
        }
        return mask
    }
}
