import Foundation
import GRDB
import VigilCore
import GRDBSQLite

/// Full-text search, mentions by key, and the history in slices (in the order of the event-time
/// index, which costs no sort).
extension SQLiteStore: HistoryReading {
    /// Mentions whose text or author contains every one of `terms` (words or phrases, case- and
    /// accent-insensitive), through the full-text index. Terms are quoted, so nothing typed is
    /// read as FTS5 syntax.
    public func search(_ terms: [String], excluding: [String]) throws -> TextAnswer {
        guard !terms.isEmpty || !excluding.isEmpty else { return .keys([], indexedThrough: .max) }
        func phrase(_ words: String) -> String { "\"" + words.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        // Words without a letter or digit (emoji, punctuation) are not in the index: looked for in the text.
        let indexed = terms.filter(MentionFilter.isIndexable), scanned = terms.filter { !MentionFilter.isIndexable($0) }
        let indexedOut = excluding.filter(MentionFilter.isIndexable), scannedOut = excluding.filter { !MentionFilter.isIndexable($0) }
        let sql: String
        var arguments: [any DatabaseValueConvertible] = []
        if scanned.isEmpty, scannedOut.isEmpty, !indexed.isEmpty {
            // The index alone (the common case).
            var query = indexed.map(phrase).joined(separator: " AND ")
            if !indexedOut.isEmpty { query = "(\(query)) NOT (" + indexedOut.map(phrase).joined(separator: " OR ") + ")" }
            sql = "SELECT \(KeyCollector.name)(rowid) FROM fts.mention_fts WHERE mention_fts MATCH ?"
            arguments = [query]
        } else {
            var conditions: [String] = []
            if !indexed.isEmpty {
                conditions.append("id IN (SELECT rowid FROM fts.mention_fts WHERE mention_fts MATCH ?)")
                arguments.append(indexed.map(phrase).joined(separator: " AND "))
            }
            if !indexedOut.isEmpty {
                conditions.append("id NOT IN (SELECT rowid FROM fts.mention_fts WHERE mention_fts MATCH ?)")
                arguments.append(indexedOut.map(phrase).joined(separator: " OR "))
            }
            for words in scanned {
                conditions.append("(instr(text, ?) > 0 OR instr(author, ?) > 0)")
                arguments += [words, words]
            }
            for words in scannedOut {
                conditions.append("NOT (instr(text, ?) > 0 OR instr(author, ?) > 0)")
                arguments += [words, words]
            }
            sql = "SELECT \(KeyCollector.name)(id) FROM (SELECT id FROM mention WHERE \(conditions.joined(separator: " AND ")) ORDER BY id)"
        }
        return try pool.read { db in
            // How far the index is; an index of another store (a copied file) counts as empty.
            let mark = try Int64.fetchOne(db, sql: """
                SELECT CASE WHEN f.store_id = s.id THEN f.indexed ELSE 0 END FROM fts.fts_state f, store_identity s
                """) ?? 0
            // The matching keys in one step, as one blob (see `KeyCollector`).
            let statement = try db.makeStatement(sql: sql)
            try statement.setArguments(StatementArguments(arguments))
            let code = sqlite3_step(statement.sqliteStatement)
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            let keys = KeyCollector.keys(from: statement.sqliteStatement, column: 0)
            // An index not caught up yet answers for what it holds; an empty one for nothing
            // (an answer over the text alone holds for every key).
            if indexed.isEmpty, indexedOut.isEmpty { return .keys(keys, indexedThrough: .max) }
            return .keys(mark == 0 ? [] : keys.filter { $0 <= mark }, indexedThrough: mark)
        }
    }

    public func mentions(keys: [Int64]) throws -> [Int64: Mention] {
        guard !keys.isEmpty else { return [:] }
        return try pool.read { db in
            var found: [Int64: Mention] = [:]
            // In slices: SQLite limits the number of parameters of one statement.
            var start = 0
            while start < keys.count {
                let slice = keys[start..<min(start + 500, keys.count)]
                let marks = Array(repeating: "?", count: slice.count).joined(separator: ",")
                let rows = try Row.fetchCursor(db, sql: "\(MentionRowLayout.select) WHERE id IN (\(marks))", arguments: StatementArguments(Array(slice)))
                while let row = try rows.next() { found[row[MentionRowLayout.key]] = Self.mention(from: row) }
                start += slice.count
            }
            return found
        }
    }

    public func oldestFirst(after cursor: HistoryCursor?, limit: Int, ruleFlags: Bool) throws -> (StoredMentions, HistoryCursor?) {
        try pool.read { db in
            let rows = try Row.fetchCursor(db, sql: "\(MentionRowLayout.select) WHERE created_at >= ? ORDER BY created_at LIMIT ?",
                                           arguments: [cursor?.time ?? -Double.greatestFiniteMagnitude, limit + (cursor?.given.count ?? 0)])
            var stored = StoredMentions(mentions: [], keys: [], total: 0)
            var next = cursor ?? HistoryCursor(time: -Double.greatestFiniteMagnitude, given: [])
            while let row = try rows.next() {
                let key: Int64 = row[MentionRowLayout.key]
                guard next.take(key: key, time: row[MentionRowLayout.createdAt]) else { continue }
                stored.mentions.append(Self.mention(from: row, ruleFlags: ruleFlags))
                stored.keys.append(key)
            }
            return (stored, stored.mentions.isEmpty ? nil : next)
        }
    }

    public func reopened() throws -> any HistoryReading { try SQLiteStore(path: path) }
}
