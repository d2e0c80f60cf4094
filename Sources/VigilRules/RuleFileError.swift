import Yams

/// A problem in a rule file, named by file, line, rule and field, with what was expected.
public struct RuleFileError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var ruleID: String?
    public var field: String?
    public var reason: String

    public init(file: String, line: Int, ruleID: String? = nil, field: String? = nil, reason: String) {
        self.file = file
        self.line = line
        self.ruleID = ruleID
        self.field = field
        self.reason = reason
    }

    public var description: String {
        var where_ = "\(file):\(line):"
        if let ruleID { where_ += " rule '\(ruleID)'" }
        if let field { where_ += (ruleID == nil ? " " : ", ") + "field '\(field)'" }
        return where_ + (ruleID == nil && field == nil ? " " : ": ") + reason
    }
}

extension Node {
    var line: Int { mark?.line ?? 1 }

    /// A short rendering of a node for error messages.
    var shown: String {
        switch self {
        case .scalar(let scalar): return "'\(scalar.string)'"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .alias: return "an alias"
        }
    }
}

extension YamlError {
    var line: Int {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return 1
        }
    }
}
