import Foundation

/// Writes new thresholds into a rule file's text, keeping everything else (comments, layout,
/// other rules) as it was: the rule's block is found by its `- id:` line, the parameter's value
/// replaced in it, and a comment saying where the number came from put above the rule.
public enum RuleThresholdRewriter {
    public struct Change: Sendable {
        public var ruleID: String
        public var parameter: String
        public var value: String
        public var comment: String

        public init(ruleID: String, parameter: String, value: String, comment: String) {
            self.ruleID = ruleID
            self.parameter = parameter
            self.value = value
            self.comment = comment
        }
    }

    /// The text with the changes made; the ids of rules whose parameter was not found are returned too.
    public static func apply(_ changes: [Change], to text: String) -> (text: String, notFound: [String]) {
        var lines = text.components(separatedBy: "\n")
        var notFound: [String] = []
        for change in changes {
            guard let start = lines.firstIndex(where: { isIDLine($0, change.ruleID) }) else {
                notFound.append(change.ruleID)
                continue
            }
            let indent = lines[start].prefix { $0 == " " }.count
            var end = start + 1
            while end < lines.count {
                let line = lines[end]
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                let lineIndent = line.prefix { $0 == " " }.count
                if !trimmed.isEmpty && (lineIndent < indent || (lineIndent == indent && trimmed.hasPrefix("- "))) { break }
                end += 1
            }
            let pattern = "(?<![A-Za-z_])" + NSRegularExpression.escapedPattern(for: change.parameter) + ":\\s*[-0-9.]+"
            guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
            var replaced = false
            for i in start..<end {
                let line = lines[i]
                let range = NSRange(line.startIndex..., in: line)
                if let match = regex.firstMatch(in: line, range: range), let swift = Range(match.range, in: line) {
                    lines[i] = line.replacingCharacters(in: swift, with: "\(change.parameter): \(change.value)")
                    replaced = true
                    break
                }
            }
            guard replaced else {
                notFound.append(change.ruleID)
                continue
            }
            lines.insert(String(repeating: " ", count: indent) + "# " + change.comment, at: start)
        }
        return (lines.joined(separator: "\n"), notFound)
    }

    private static func isIDLine(_ line: String, _ id: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("- id:") else { return false }
        let value = trimmed.dropFirst("- id:".count).trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        return value == id
    }
}
