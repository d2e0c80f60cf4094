import VigilCore

/// A condition written back compactly for explanations: "sentiment negative and followers >= 50000".
enum ConditionText {
    static func describe(_ condition: Condition) -> String {
        switch condition {
        case .always: return "every mention"
        case .all(let parts): return parts.map { wrap($0) }.joined(separator: " and ")
        case .any(let parts): return parts.map { wrap($0) }.joined(separator: " or ")
        case .not(let inner): return "not " + wrap(inner)
        case .text(let terms):
            let shown = terms.prefix(3).map { "“\($0.text)”" }.joined(separator: ", ")
            return "text has " + shown + (terms.count > 3 ? " (+\(terms.count - 3) terms)" : "")
        case .hashtag(let tags): return "hashtag " + tags.map { "#\($0)" }.joined(separator: ", ")
        case .mentions(let handles): return "mentions " + handles.map { "@\($0)" }.joined(separator: ", ")
        case .author(let handles): return "author " + handles.map { "@\($0)" }.joined(separator: ", ")
        case .sentiment(let labels): return "sentiment " + labels.map(\.rawValue).sorted().joined(separator: "/")
        case .number(let field, let comparison): return "\(field.rawValue) \(comparison)"
        case .verified(let flag): return flag ? "verified author" : "unverified author"
        case .question(let flag): return flag ? "asks a question" : "asks no question"
        case .platform(let names): return "platform " + names.sorted().joined(separator: "/")
        case .language(let names): return "language " + names.sorted().joined(separator: "/")
        case .kind(let kinds): return "kind " + kinds.map(\.rawValue).sorted().joined(separator: "/")
        case .spam(let flag): return flag ? "spam" : "not spam"
        case .abuse(let level): return level == .none ? "no abuse" : "abuse \(level.name) or worse"
        case .personalData(let kinds, let present):
            let named = kinds.isEmpty ? "personal data" : "personal data (" + kinds.map(\.rawValue).sorted().joined(separator: "/") + ")"
            return present ? named : "no " + named
        }
    }

    private static func wrap(_ condition: Condition) -> String {
        switch condition {
        case .all, .any: return "(" + describe(condition) + ")"
        default: return describe(condition)
        }
    }
}
