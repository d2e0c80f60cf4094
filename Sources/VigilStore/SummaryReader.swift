import Foundation
import GRDB
import GRDBSQLite
import VigilCore

/// Reads mention summaries (`MentionReading.mentionSummaries`) straight from SQLite's C API:
/// a month's report reads a million rows, and decoding them through GRDB's rows took most of
/// its time.
enum SummaryReader {
    /// The rows with keys in `keys` and times in `start..<end`, in key order (a scan of the
    /// table, not of the time index).
    static func read(_ db: Database, keys: ClosedRange<Int64>, from start: Double, to end: Double, expected: Int) throws -> [Mention] {
        guard let connection = db.sqliteConnection else { return [] }
        var statement: OpaquePointer?
        let sql = "\(SummaryRowLayout.select) NOT INDEXED WHERE id BETWEEN ?3 AND ?4 AND created_at >= ?1 AND created_at < ?2"
        guard sqlite3_prepare_v2(connection, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw DatabaseError(resultCode: .SQLITE_ERROR, message: String(cString: sqlite3_errmsg(connection)))
        }
        defer { sqlite3_finalize(statement) }
        sqlite3_bind_double(statement, 1, start)
        sqlite3_bind_double(statement, 2, end)
        sqlite3_bind_int64(statement, 3, keys.lowerBound)
        sqlite3_bind_int64(statement, 4, keys.upperBound)
        var mentions: [Mention] = []
        mentions.reserveCapacity(expected)
        typealias C = SummaryRowLayout
        func text(_ column: Int) -> String? {
            guard let bytes = sqlite3_column_text(statement, Int32(column)) else { return nil }
            return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(statement, Int32(column)))), as: UTF8.self)
        }
        func int(_ column: Int) -> Int? {
            sqlite3_column_type(statement, Int32(column)) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(statement, Int32(column)))
        }
        // Most rows' flags are the empty ones: known by their bytes, without making a string.
        let empty = Array(FlagsCoding.empty.utf8)
        func flags() -> RuleFlags? {
            guard let bytes = sqlite3_column_text(statement, Int32(C.flags)) else { return nil }
            let count = Int(sqlite3_column_bytes(statement, Int32(C.flags)))
            if count == empty.count && memcmp(bytes, empty, count) == 0 { return RuleFlags() }
            return FlagsCoding.decode(String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self))
        }
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)))
            }
            var sentiment: Sentiment?
            if let label = text(C.sentiment).flatMap(SentimentLabel.init(rawValue:)) {
                sentiment = Sentiment(label: label, score: sqlite3_column_double(statement, Int32(C.sentimentScore)), source: .analyzer,
                                      guessedLanguage: text(C.guessedLanguage))
            }
            mentions.append(Mention(
                id: MentionID(platform: Platform(rawValue: text(C.platform) ?? ""), nativeID: text(C.nativeID) ?? ""),
                author: Author(handle: text(C.author) ?? "", followers: int(C.followers), verified: int(C.verified) == 1),
                createdAt: Date(timeIntervalSince1970: sqlite3_column_double(statement, Int32(C.createdAt))), text: text(C.text) ?? "",
                kind: text(C.kind).flatMap(MentionKind.init(rawValue:)) ?? .post, parentID: text(C.parentID), conversationID: text(C.conversationID),
                language: text(C.language), metrics: Metrics(likes: int(C.likes), shares: int(C.shares), replies: int(C.replies), views: int(C.views), reach: int(C.reach)),
                sentiment: sentiment, flags: flags()))
        }
        return mentions
    }
}
