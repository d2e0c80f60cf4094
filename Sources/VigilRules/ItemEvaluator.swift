import VigilCore

/// Conditions of a rule set compiled into one flat program, evaluated per mention without
/// allocating: the text is folded once, every term found with one table probe per word, and
/// each condition tree walked over an array of nodes.
///
/// Not thread-safe (it reuses scratch buffers); give each thread its own. For the same reason
/// its properties skip runtime exclusivity checks, which had cost a tenth of the evaluation.
public final class ItemEvaluator {
    enum Op: UInt8 { case always, all, any, not, text, hashtag, mentions, author, sentiment, number, verified, question, platform, language, kind, spam, abuse, personalData }

    struct Node {
        var op: Op
        /// all/any: first child slot; not: child; text: leaf; hashtag/mentions: hash set; author/platform/language: string set;
        /// sentiment/kind: bit mask; number: field; verified/question: 0 or 1.
        var a: Int32 = 0
        /// all/any: child count; number: comparison operator index.
        var b: Int32 = 0
        var value: Double = 0
        /// platform/language: bit set of value ids.
        var mask: UInt64 = 0
    }

    let rules: RuleSet
    // The compiled program (see `ItemRuleCompiler`): fixed once built.
    let nodes: [Node]
    let children: [Int32]
    let hashSets: [[UInt64]]
    let stringSets: [Set<String>]
    let terms: TermIndex
    let needsText: Bool
    let needsNumbers: Bool
    let needsAuthor: Bool
    /// Rules test the moderation detectors: each mention is inspected (only then: it costs).
    let moderator: Moderator?
    /// Whether swearing alone matters to a condition (else posts with only that are not read).
    let needsProfanity: Bool
    /// Platforms and languages named in conditions, as short lists: a few small strings compare faster than they hash.
    let platformBits: [(name: String, bit: UInt64)]
    let languageBits: [(name: String, bit: UInt64)]
    /// Necessary conditions read off a rule's top level: a text condition that must have hit,
    /// and the sentiments and kinds it allows. Most rules fail here in a few instructions.
    struct Gate {
        var leaf: Int32 = -1
        var sentiment: Int32 = -1
        var kind: Int32 = -1
        var platform: UInt64 = .max
        var language: UInt64 = .max
        /// -1: any; 0 or 1: required value.
        var verified: Int8 = -1
        var question: Int8 = -1
        /// Up to two numeric comparisons (field index, operator index, value); -1 = none.
        var field1: Int32 = -1, op1: Int32 = 0, value1 = 0.0
        var field2: Int32 = -1, op2: Int32 = 0, value2 = 0.0
        /// Every top-level test is in the gate: passing it is matching, no tree walk needed.
        var complete = false
    }
    let windowRoots: [Int32]
    /// For share rules, the denominator condition; -1 otherwise.
    let shareRoots: [Int32]
    /// Text leaves inside each item rule and each window rule, to name the terms that made them match.
    let itemLeaves: [Set<Int32>]
    let windowLeaves: [Set<Int32>]
    let itemDescriptions: [String]
    let itemActions: [ItemActions]
    /// The reason of a rule without text conditions never changes: built once.
    let fixedReasons: [RuleReason?]
    /// Per item rule, whether its reason names the terms found (read per flagged mention
    /// without copying the optional reasons above).
    let reasonNamesTerms: [Bool]
    /// Returned for every mention no rule matched: one value, not a new one each time.
    let noFlags = RuleFlags()

    /// A way an item rule can match: the rule's gate, or for a rule that is an `any` of
    /// conditions, one condition's gate. A rule none of whose triggers passes does not match.
    struct Trigger {
        var rule: Int32
        var gate: Gate
    }
    /// Triggers that need no term, by the mention's sentiment, kind, verified and question (`factsIndex`),
    /// then triggers that need a term, by text condition: only rules that can match are looked at.
    /// The group of triggers number g is `triggers[triggerStarts[g]..<triggerStarts[g + 1]]`.
    static let factGroups = 4 * 5 * 2 * 2

    // The program, the triggers and the per-mention scratch that evaluation reads, in raw memory
    // allocated once (freed in deinit): evaluating a hundred rules touches no reference count.
    let program: UnsafeMutableBufferPointer<Node>
    let slots: UnsafeMutableBufferPointer<Int32>
    let roots: UnsafeMutableBufferPointer<Int32>
    let triggers: UnsafeMutableBufferPointer<Trigger>
    let triggerStarts: UnsafeMutableBufferPointer<Int32>
    /// Per text condition: one of its terms is in the prepared mention.
    let hits: UnsafeMutableBufferPointer<Bool>
    /// The prepared mention's number fields (NaN: absent), by `numberFields` index.
    let numbers: UnsafeMutableBufferPointer<Double>

    // Scratch, reused for every mention.
    @exclusivity(unchecked) var folded = FoldedText()
    /// Text conditions hit by the prepared mention, once each.
    @exclusivity(unchecked) var hitLeaves: [Int32] = []
    @exclusivity(unchecked) var matched: [Int32] = []
    /// Per item rule, the number of the last mention it matched (a rule with several triggers matches once).
    let matchedStamp: UnsafeMutableBufferPointer<UInt32>
    @exclusivity(unchecked) var stamp: UInt32 = 0
    /// The flags of a set of matched rules (and, when their reasons name terms, the terms found):
    /// most flagged mentions match a combination seen before, so flags are built once per combination.
    /// Keyed by a hash of `matchKey` computed here (hashing the array itself cost more than the rest).
    @exclusivity(unchecked) var flagsByMatch: [UInt64: (key: [Int32], flags: RuleFlags)] = [:]
    @exclusivity(unchecked) var matchKey: [Int32] = []
    @exclusivity(unchecked) var hitEntries: [Int32] = []
    /// Each term as reasons show it (lowercase), by entry.
    let shownTerms: [String]
    /// "matched “recall”, “rückruf”" by the entries found: rules on the same list, and the
    /// next mention with the same terms, reuse the text instead of building it again.
    @exclusivity(unchecked) var matchedDetails: [[Int32]: String] = [:]

    public init(rules: RuleSet) {
        self.rules = rules
        var compiler = ItemRuleCompiler(rules: rules)
        let compiled = compiler.compile()
        nodes = compiled.nodes
        children = compiled.children
        hashSets = compiled.hashSets
        stringSets = compiled.stringSets
        terms = compiled.terms
        needsText = compiled.needsText
        needsNumbers = compiled.needsNumbers
        needsAuthor = compiled.needsAuthor
        needsProfanity = compiled.needsProfanity
        moderator = compiled.needsModeration
            ? Moderator(brandNames: rules.moderation.brandNames, officialDomains: rules.moderation.officialDomains) : nil
        platformBits = compiled.platformBits
        languageBits = compiled.languageBits
        windowRoots = compiled.windowRoots
        shareRoots = compiled.shareRoots
        itemLeaves = compiled.itemLeaves
        windowLeaves = compiled.windowLeaves
        itemDescriptions = compiled.itemDescriptions
        itemActions = compiled.itemActions
        fixedReasons = compiled.fixedReasons
        reasonNamesTerms = compiled.reasonNamesTerms
        shownTerms = compiled.terms.entries.map { $0.display.lowercased() }
        program = Self.frozen(compiled.nodes)
        slots = Self.frozen(compiled.children)
        roots = Self.frozen(compiled.itemRoots)
        triggers = Self.frozen(compiled.triggerGroups.flatMap { $0 })
        triggerStarts = Self.frozen(compiled.triggerGroups.reduce(into: [Int32(0)]) { starts, group in starts.append(starts.last! + Int32(group.count)) })
        hits = Self.frozen(Array(repeating: false, count: compiled.leafCount))
        numbers = Self.frozen(Array(repeating: Double.nan, count: Self.numberFields.count))
        matchedStamp = Self.frozen(Array(repeating: 0, count: compiled.itemRoots.count))
    }

    deinit {
        for buffer in [UnsafeMutableRawPointer(program.baseAddress), UnsafeMutableRawPointer(slots.baseAddress),
                       UnsafeMutableRawPointer(roots.baseAddress), UnsafeMutableRawPointer(triggers.baseAddress),
                       UnsafeMutableRawPointer(triggerStarts.baseAddress), UnsafeMutableRawPointer(hits.baseAddress),
                       UnsafeMutableRawPointer(numbers.baseAddress), UnsafeMutableRawPointer(matchedStamp.baseAddress)] {
            buffer?.deallocate()
        }
    }

    /// A copy of `array` in memory of its own (for trivial types: freed without deinitializing).
    static func frozen<T>(_ array: [T]) -> UnsafeMutableBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, array.count))
        _ = buffer.initialize(from: array)
        return UnsafeMutableBufferPointer(rebasing: buffer[0..<array.count])
    }

    static func factsIndex(label: Int, kind: Int, verified: Bool, question: Bool) -> Int {
        ((label * 5 + kind) * 2 + (verified ? 1 : 0)) * 2 + (question ? 1 : 0)
    }

    static func labelBit(_ label: SentimentLabel) -> Int {
        switch label {
        case .positive: return 0
        case .neutral: return 1
        case .negative: return 2
        case .unknown: return 3
        }
    }

    static func kindBit(_ kind: MentionKind) -> Int {
        switch kind {
        case .post: return 0
        case .comment: return 1
        case .reply: return 2
        case .review: return 3
        case .message: return 4
        }
    }

    static func bit(of name: String, in bits: [(name: String, bit: UInt64)]) -> UInt64 {
        for entry in bits where entry.name == name { return entry.bit }
        return 0
    }

    /// Cached once: `allCases` builds a new array on every call.
    static let numberFields = NumberField.allCases
    static let operators = Comparison.Operator.allCases

    // MARK: evaluation

    /// The scalar facts of the prepared mention that conditions read: no reference counting
    /// while a hundred rules look at them.
    struct Facts {
        var sentimentBit: Int32 = 0
        var kindBit: Int32 = 0
        /// Which group of term-free triggers applies (see `factsIndex(label:kind:verified:question:)`).
        var factsIndex = 0
        var verified = false
        var question = false
        var platform: UInt64 = 0
        var language: UInt64 = 0
        var spam = false
        var abuse: Int32 = 0
        var personalData: Int32 = 0
    }

    static func personalDataMask(_ kinds: Set<PersonalDataKind>) -> Int {
        kinds.reduce(0) { $0 | 1 << PersonalDataKind.allCases.firstIndex(of: $1)! }
    }

    @exclusivity(unchecked) var facts = Facts()
    /// Lower-cased handle of the prepared mention, for `author:` conditions.
    @exclusivity(unchecked) var handle = ""
    @exclusivity(unchecked) var prepared = false

    /// Folds the text, finds the terms and gathers the facts; call before `itemFlags`/`matchesWindow`.
    public func prepare(_ mention: borrowing Mention) {
        withUnsafePointer(to: mention) { prepare(at: $0) }
    }

    /// The same, reading the mention in place: passing a mention (over 300 bytes) by value
    /// copied it (a retain and a release per field) for every mention evaluated.
    func prepare(at m: UnsafePointer<Mention>) {
        prepared = true
        for leaf in hitLeaves { hits[Int(leaf)] = false }
        hitLeaves.removeAll(keepingCapacity: true)
        hitEntries.removeAll(keepingCapacity: true)
        let language = m.pointee.effectiveLanguage
        let labelBit = Self.labelBit(m.pointee.sentimentLabel), kindBit = Self.kindBit(m.pointee.kind)
        facts.sentimentBit = Int32(1 << labelBit)
        facts.kindBit = Int32(1 << kindBit)
        facts.verified = m.pointee.author.verified
        facts.platform = Self.bit(of: m.pointee.platform.rawValue, in: platformBits)
        facts.language = language.map { Self.bit(of: $0, in: languageBits) } ?? 0
        if needsNumbers {
            for (index, field) in Self.numberFields.enumerated() { numbers[index] = Self.number(field, of: m.pointee) ?? .nan }
        }
        if needsAuthor { handle = m.pointee.author.handle.lowercased() }
        if let moderator {
            let findings = moderator.inspect(m.pointee.text, language: language, profanity: needsProfanity)
            facts.spam = findings.spam
            facts.abuse = Int32(findings.abuse.rawValue)
            facts.personalData = Int32(Self.personalDataMask(Set(findings.personalData)))
        }
        defer {
            facts.factsIndex = Self.factsIndex(label: labelBit, kind: kindBit, verified: facts.verified, question: facts.question)
        }
        guard needsText else { facts.question = false; return }
        folded.fold(m.pointee.text)
        facts.question = folded.hasQuestion
        if !terms.isEmpty {
            terms.matches(in: folded, language: language) { entry in
                hitEntries.append(Int32(entry))
                for leaf in terms.entries[entry].leaves where !hits[Int(leaf)] {
                    hits[Int(leaf)] = true
                    hitLeaves.append(leaf)
                }
            }
        }
    }

    /// Forgets the prepared mention.
    func finish() {
        prepared = false
    }

    func holds(_ root: Int32) -> Bool {
        guard prepared else { return false }
        return evaluate(root, machine)
    }

    var machine: Machine {
        Machine(program: UnsafeBufferPointer(program), slots: UnsafeBufferPointer(slots), hits: UnsafeBufferPointer(hits),
                numbers: UnsafeBufferPointer(numbers), sentimentBit: facts.sentimentBit, kindBit: facts.kindBit,
                verified: facts.verified, question: facts.question, platform: facts.platform, language: facts.language,
                spam: facts.spam, abuse: facts.abuse, personalData: facts.personalData)
    }

    struct Machine {
        let program: UnsafeBufferPointer<Node>
        let slots: UnsafeBufferPointer<Int32>
        let hits: UnsafeBufferPointer<Bool>
        let numbers: UnsafeBufferPointer<Double>
        let sentimentBit: Int32
        let kindBit: Int32
        let verified: Bool
        let question: Bool
        let platform: UInt64
        let language: UInt64
        let spam: Bool
        let abuse: Int32
        let personalData: Int32

        /// The gate lets the rule through: its tree is worth walking.
        func passes(_ gate: Gate) -> Bool {
            guard (gate.leaf < 0 || hits[Int(gate.leaf)]) && gate.sentiment & sentimentBit != 0 && gate.kind & kindBit != 0,
                  gate.platform & platform != 0 || gate.platform == .max,
                  gate.language & language != 0 || gate.language == .max,
                  gate.verified < 0 || (gate.verified == 1) == verified,
                  gate.question < 0 || (gate.question == 1) == question else { return false }
            if gate.field1 >= 0 && !compare(gate.field1, gate.op1, gate.value1) { return false }
            if gate.field2 >= 0 && !compare(gate.field2, gate.op2, gate.value2) { return false }
            return true
        }

        @inline(__always) func compare(_ field: Int32, _ op: Int32, _ value: Double) -> Bool {
            let x = numbers[Int(field)]
            guard !x.isNaN else { return false }
            return Comparison(ItemEvaluator.operators[Int(op)], value).holds(x)
        }
    }

    func evaluate(_ index: Int32, _ m: Machine) -> Bool {
        let node = m.program[Int(index)]
        switch node.op {
        case .always: return true
        case .all:
            for slot in node.a..<(node.a + node.b) where !evaluate(m.slots[Int(slot)], m) { return false }
            return true
        case .any:
            for slot in node.a..<(node.a + node.b) where evaluate(m.slots[Int(slot)], m) { return true }
            return false
        case .not: return !evaluate(node.a, m)
        case .text: return m.hits[Int(node.a)]
        case .sentiment: return node.a & m.sentimentBit != 0
        case .kind: return node.a & m.kindBit != 0
        case .platform: return node.mask & m.platform != 0
        case .language: return node.mask & m.language != 0
        case .verified: return m.verified == (node.a == 1)
        case .question: return m.question == (node.a == 1)
        case .spam: return m.spam == (node.a == 1)
        case .abuse: return node.a == 0 ? m.abuse == 0 : m.abuse >= node.a
        case .personalData: return (node.a & m.personalData != 0) == (node.b == 1)
        case .number:
            let x = m.numbers[Int(node.a)]
            guard !x.isNaN else { return false }
            return Comparison(Self.operators[Int(node.b)], node.value).holds(x)
        case .author: return stringSets[Int(node.a)].contains(handle)
        case .hashtag, .mentions:
            let sigil: UInt8 = node.op == .hashtag ? 0x23 : 0x40
            let wanted = hashSets[Int(node.a)]
            for token in folded.tokens where token.sigil == sigil && wanted.contains(token.hash) { return true }
            return false
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

}
