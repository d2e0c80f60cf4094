import Foundation
import Testing
import VigilCore
@testable import VigilRules

/// The compiled evaluator (gates, triggers per fact and per term, memoized flags) must agree
/// with a plain recursive reading of the conditions on random rule sets and mentions.
struct ItemEvaluatorPropertyTests {
    static let vocabulary = ["recall", "rückruf", "fuego", "data breach", "refund", "broken", "great", "help", "lawsuit", "boycott"]
    static let languages: [String?] = ["en", "es", "de", "fr", nil]

    @Test(arguments: [1, 2, 3, 4, 5, 6])
    func compiledRulesAgreeWithPlainEvaluation(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let rules = (0..<40).map { index in
            ItemRule(id: "r\(index)", condition: Self.condition(&random, depth: 0),
                     actions: ItemActions(escalate: random.next() % 2 == 0, needsReply: random.next() % 3 == 0, tags: ["t\(index % 5)"]))
        }
        let evaluator = ItemEvaluator(rules: RuleSet(itemRules: rules))
        var mentions = (0..<400).map { Self.mention(&random, index: $0) }
        evaluator.apply(to: &mentions)
        for mention in mentions {
            let expected = rules.filter { Self.holds($0.condition, mention) }.map(\.id)
            let got = mention.flags?.reasons.map(\.ruleID) ?? []
            #expect(got == expected, "\(mention.text) [\(mention.sentimentLabel), \(mention.kind), verified \(mention.author.verified)]")
            let matched = rules.filter { expected.contains($0.id) }
            #expect(mention.flags?.escalate ?? false == matched.contains { $0.actions.escalate })
            #expect(mention.flags?.needsReply ?? false == matched.contains { $0.actions.needsReply })
        }
    }

    static func condition(_ random: inout SeededGenerator, depth: Int) -> Condition {
        let choice = random.next() % (depth < 2 ? 15 : 12)
        switch choice {
        case 0, 1:
            let count = 1 + Int(random.next() % 3)
            return .text((0..<count).map { _ in
                Term(vocabulary[Int(random.next() % UInt64(vocabulary.count))], language: languages[Int(random.next() % 5)])
            })
        case 2: return .sentiment(Set([SentimentLabel.negative, .positive, .neutral].filter { _ in random.next() % 2 == 0 }))
        case 3: return .kind(Set([MentionKind.post, .comment, .reply].filter { _ in random.next() % 2 == 0 }))
        case 4: return .verified(random.next() % 2 == 0)
        case 5: return .question(random.next() % 2 == 0)
        case 6: return .number(.likes, Comparison(.greaterOrEqual, Double(random.next() % 100)))
        case 7: return .platform(random.next() % 2 == 0 ? ["x"] : ["reddit", "instagram"])
        case 8: return .language(random.next() % 2 == 0 ? ["en"] : ["es", "de"])
        case 9: return .spam(random.next() % 2 == 0)
        case 10: return .abuse(AbuseLevel.allCases[Int(random.next() % 4)])
        case 11: return .personalData(random.next() % 2 == 0 ? [] : [.email], present: random.next() % 3 != 0)
        case 12: return .not(condition(&random, depth: depth + 1))
        case 13: return .any((0..<(1 + Int(random.next() % 3))).map { _ in condition(&random, depth: depth + 1) })
        default: return .all((0..<(1 + Int(random.next() % 3))).map { _ in condition(&random, depth: depth + 1) })
        }
    }

    static func mention(_ random: inout SeededGenerator, index: Int) -> Mention {
        let filler = ["the", "order", "was", "Recall", "RÜCKRUF", "data", "breach", "help?", "¿fuego", "refunds", "great!", "you", "are", "an", "idiot", "dm", "me", "jana@example.de", "damn"]
        let words = (0..<(2 + Int(random.next() % 8))).map { _ in filler[Int(random.next() % UInt64(filler.count))] }
        return Mention(
            id: MentionID(platform: [.x, .reddit, .instagram][index % 3], nativeID: "m\(index)"),
            author: Author(handle: "a\(index % 7)", followers: 10, verified: random.next() % 3 == 0),
            createdAt: Date(timeIntervalSince1970: 1_795_000_000 + Double(index)), text: words.joined(separator: " "),
            kind: [.post, .comment, .reply][Int(random.next() % 3)], language: languages[Int(random.next() % 5)],
            metrics: Metrics(likes: random.next() % 4 == 0 ? nil : Int(random.next() % 100)),
            sentiment: Sentiment(label: [.negative, .positive, .neutral][Int(random.next() % 3)], source: .analyzer))
    }

    /// The plain reading: every condition evaluated directly on the mention.
    static func holds(_ condition: Condition, _ m: Mention) -> Bool {
        switch condition {
        case .always: return true
        case .all(let parts): return parts.allSatisfy { holds($0, m) }
        case .any(let parts): return parts.contains { holds($0, m) }
        case .not(let inner): return !holds(inner, m)
        case .text(let terms):
            let words = TextFolding.tokens(of: m.text)
            return terms.contains { term in
                guard term.language == nil || m.effectiveLanguage == nil || term.language == m.effectiveLanguage else { return false }
                let phrase = TextFolding.tokens(of: term.text)
                return words.indices.contains { start in
                    start + phrase.count <= words.count && zip(words[start...], phrase).allSatisfy { $0 == $1 }
                }
            }
        case .sentiment(let labels): return labels.contains(m.sentimentLabel)
        case .kind(let kinds): return kinds.contains(m.kind)
        case .verified(let flag): return m.author.verified == flag
        case .question(let flag): return (m.text.contains("?") || m.text.contains("¿")) == flag
        case .number(let field, let comparison):
            guard let value = ItemEvaluator.number(field, of: m) else { return false }
            return comparison.holds(value)
        case .platform(let names): return names.contains(m.platform.rawValue)
        case .language(let names): return m.effectiveLanguage.map(names.contains) ?? false
        case .spam(let flag): return Moderator().inspect(m.text, language: m.effectiveLanguage).spam == flag
        case .abuse(let level):
            let found = Moderator().inspect(m.text, language: m.effectiveLanguage).abuse
            return level == .none ? found == .none : found >= level
        case .personalData(let kinds, let present):
            let found = Moderator().inspect(m.text, language: m.effectiveLanguage).personalData
            return found.contains { kinds.isEmpty || kinds.contains($0) } == present
        case .hashtag, .mentions, .author: return false  // not generated
        }
    }
}
