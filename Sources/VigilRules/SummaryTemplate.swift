/// Fills an alert summary such as "{count} negative mentions in {window}, {ratio}× usual".
enum SummaryTemplate {
    static let placeholders = ["count", "window", "ratio", "baseline", "share", "z", "total", "key", "terms", "rule", "severity"]

    static func validate(_ template: String, error: (String) -> RuleFileError) throws {
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { throw error("unclosed '{' in the summary") }
            let name = String(rest[rest.index(after: open)..<close])
            guard placeholders.contains(name) else {
                throw error("unknown placeholder {\(name)} (known: \(placeholders.map { "{\($0)}" }.joined(separator: " ")))")
            }
            rest = rest[rest.index(after: close)...]
        }
    }

    static func fill(_ template: String, _ values: [String: String]) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            result += values[name] ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    static func defaultTemplate(for kind: WindowKind) -> String {
        switch kind {
        case .count: return CountRule.defaultSummary
        case .spike: return SpikeParameters.defaultSummary
        case .share: return ShareParameters.defaultSummary
        case .velocity: return VelocityParameters.defaultSummary
        }
    }
}
