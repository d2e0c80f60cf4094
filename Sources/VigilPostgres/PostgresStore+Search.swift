import Foundation
import VigilCore
import VigilStore

/// Full-text search over a `tsvector` of the text's and the author's words, folded as SQLite's
/// index folds them (`SearchWords`) under the `simple` configuration: the same words find the
/// same mentions on both stores. (A language's stemming configuration would find "refunds" for
/// "refund" here and not on SQLite, so the filter language would answer differently.)
extension PostgresStore {
    public func search(_ terms: [String], excluding: [String]) throws -> TextAnswer {
        guard !terms.isEmpty || !excluding.isEmpty else { return .keys([], indexedThrough: .max) }
        var conditions: [String] = [], parameters: [String?] = []
        func parameter(_ value: String) -> String {
            parameters.append(value)
            return "$\(parameters.count)"
        }
        for (words, wanted) in terms.map({ ($0, true) }) + excluding.map({ ($0, false) }) {
            var condition: String
            if MentionFilter.isIndexable(words) {
                condition = "search @@ phraseto_tsquery('simple', \(parameter(SearchWords.folded(words))))"
            } else {
                // No letter or digit (an emoji): looked for in the text itself.
                let p = parameter(words)
                condition = "(strpos(text, \(p)) > 0 OR strpos(author, \(p)) > 0)"
            }
            conditions.append(wanted ? condition : "NOT \(condition)")
        }
        return try read { c in
            let rows = try c.query("SELECT key FROM mention WHERE \(conditions.joined(separator: " AND ")) ORDER BY key", parameters)
            return .keys((0..<rows.count).map { rows.int64($0, 0) }, indexedThrough: .max)
        }
    }
}
