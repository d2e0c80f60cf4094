import Foundation
import GRDB
import VigilCore

/// Writing and reading mentions.
extension SQLiteStore {
    @discardableResult
    public func upsert(_ mentions: [Mention]) throws -> Int {
        try write(mentions, reportingKeys: false).added
    }

    public func write(_ mentions: [Mention]) throws -> WrittenMentions {
        try write(mentions, reportingKeys: true)
    }

    private func write(_ mentions: [Mention], reportingKeys: Bool) throws -> WrittenMentions {
        guard !mentions.isEmpty else { return WrittenMentions(added: 0, keys: []) }
        let written = try pool.write { db in
            let writer = try MentionWriter(db)
            var written = WrittenMentions(added: 0, keys: [])
            if reportingKeys { written.keyOfEach.reserveCapacity(mentions.count) }
            // Through a pointer: a loop variable would copy each mention (every field retained).
            try mentions.withUnsafeBufferPointer { buffer in
                for index in buffer.indices {
                    let mention = buffer.baseAddress! + index
                    var key: Int64 = 0
                    if try writer.insert(mention) {
                        written.added += 1
                        if reportingKeys {
                            key = writer.lastInsertedKey
                            written.keys.append(key)
                        }
                    } else {
                        let before = writer.totalChanges
                        // A key is reported only when the change feed will show the row (its
                        // trigger logged the change): one it never shows would never be let go.
                        if try writer.update(mention), reportingKeys, writer.totalChanges - before > 1, let changed = try writer.key(of: mention) {
                            key = changed
                            written.keys.append(key)
                        }
                    }
                    if reportingKeys { written.keyOfEach.append(key) }
                }
            }
            return written
        }
        indexer.schedule(written: mentions.count)
        return written
    }

    public var count: Int {
        (try? pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mention") ?? 0 }) ?? 0
    }

    public func mention(_ id: MentionID) -> Mention? {
        try? pool.read { db in
            try Row.fetchOne(db, sql: "\(MentionRowLayout.select) WHERE platform = ? AND native_id = ?", arguments: [id.platform.rawValue, id.nativeID])
                .map { Self.mention(from: $0) }
        }
    }

    public func newest(limit: Int?, ruleFlags: Bool) throws -> StoredMentions {
        try pool.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM mention") ?? 0
            let rows = try Row.fetchCursor(db, sql: "\(MentionRowLayout.select) ORDER BY created_at DESC, platform, native_id LIMIT ?", arguments: [limit ?? -1])
            var stored = StoredMentions(mentions: [], keys: [], total: total)
            stored.mentions.reserveCapacity(min(limit ?? total, total))
            stored.keys.reserveCapacity(min(limit ?? total, total))
            while let row = try rows.next() {
                stored.mentions.append(Self.mention(from: row, ruleFlags: ruleFlags))
                stored.keys.append(row[MentionRowLayout.key])
            }
            return stored
        }
    }

    public func mentions(from: Date, to: Date) throws -> [Mention] {
        try pool.read { db in
            let rows = try Row.fetchCursor(db, sql: "\(MentionRowLayout.select) WHERE created_at >= ? AND created_at < ? ORDER BY created_at, platform, native_id",
                                           arguments: [from.timeIntervalSince1970, to.timeIntervalSince1970])
            var mentions: [Mention] = []
            while let row = try rows.next() { mentions.append(Self.mention(from: row)) }
            return mentions
        }
    }

    public func mentionSummaries(from: Date, to: Date) throws -> [Mention] {
        let (start, end) = (from.timeIntervalSince1970, to.timeIntervalSince1970)
        // Rows are read in the table's own order (the order they arrived, usually their time
        // order), within the keys the period's rows have, and sorted here: reading them in time
        // order through the index cost SQLite four times as much (a lookup and a sort per row).
        let range = try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT min(id), max(id), count(*) FROM mention WHERE created_at >= ? AND created_at < ?", arguments: [start, end])
        }
        guard let range, let low = range[0] as Int64?, let high = range[1] as Int64?, let count = range[2] as Int? else { return [] }
        var mentions: [Mention]
        if count < 50_000 {
            mentions = try pool.read { db in try SummaryReader.read(db, keys: low...high, from: start, to: end, expected: count) }
        } else {
            // Two halves at once, on two connections.
            let middle = low + (high - low) / 2
            nonisolated(unsafe) var halves: [[Mention]] = [[], []]
            nonisolated(unsafe) var failure: (any Error)?
            let lock = NSLock()
            DispatchQueue.concurrentPerform(iterations: 2) { half in
                do {
                    let keys = half == 0 ? low...middle : (middle + 1)...high
                    let part = try pool.read { db in try SummaryReader.read(db, keys: keys, from: start, to: end, expected: count / 2) }
                    lock.withLock { halves[half] = part }
                } catch {
                    lock.withLock { failure = error }
                }
            }
            if let failure { throw failure }
            mentions = []
            swap(&mentions, &halves[0])  // taken, not copied (a copy retains every string of a million mentions)
            mentions.append(contentsOf: halves[1])
            halves[1] = []
        }
        func inOrder(_ a: Mention, _ b: Mention) -> Bool {
            if a.createdAt != b.createdAt { return a.createdAt < b.createdAt }
            if a.id.platform != b.id.platform { return a.id.platform < b.id.platform }
            return a.id.nativeID < b.id.nativeID
        }
        if !zip(mentions, mentions.dropFirst()).allSatisfy({ !inOrder($1, $0) }) { mentions.sort(by: inOrder) }
        return mentions
    }

    public func allNewestFirst() throws -> [Mention] {
        try newest(limit: nil).mentions
    }

    static func sourceText(_ source: SentimentSource?) -> String? {
        switch source {
        case .feed(let raw)?: "feed:" + raw
        case .analyzer?: "analyzer"
        case nil: nil
        }
    }

    /// Decodes a row of `MentionRowLayout.select` by position, which is several times faster than
    /// looking columns up by name a million times.
    static func mention(from row: Row, ruleFlags: Bool = true) -> Mention {
        typealias C = MentionRowLayout
        let sourceText: String? = row[C.sentimentSource]
        var sentiment: Sentiment?
        if let label = (row[C.sentiment] as String?).flatMap(SentimentLabel.init(rawValue:)) {
            let source: SentimentSource = sourceText?.hasPrefix("feed:") == true ? .feed(raw: String(sourceText!.dropFirst(5))) : .analyzer
            sentiment = Sentiment(label: label, score: row[C.sentimentScore], source: source, guessedLanguage: row[C.guessedLanguage])
        }
        return Mention(
            id: MentionID(platform: Platform(rawValue: row[C.platform]), nativeID: row[C.nativeID]),
            author: Author(handle: row[C.author], displayName: row[C.authorName], followers: row[C.followers], verified: (row[C.verified] as Int?) == 1),
            createdAt: Date(timeIntervalSince1970: row[C.createdAt]), text: row[C.text], url: row[C.url],
            kind: MentionKind(rawValue: row[C.kind]) ?? .post, parentID: row[C.parentID], conversationID: row[C.conversationID],
            language: row[C.language],
            metrics: Metrics(likes: row[C.likes], shares: row[C.shares], replies: row[C.replies], views: row[C.views], reach: row[C.reach]),
            sentiment: sentiment, flags: ruleFlags ? (row[C.flags] as String?).flatMap(FlagsCoding.decode) : nil)
    }

}

/// A mention's columns as every store names them (its key aside: `id` on SQLite, `key` on
/// PostgreSQL), in the order stores write and read them.
public enum MentionColumnNames {
    public static let stored = [
        "platform", "native_id", "created_at", "author", "author_name", "followers", "verified", "kind", "text", "url",
        "parent_id", "conversation_id", "language", "likes", "shares", "replies", "views", "reach",
        "sentiment", "sentiment_score", "sentiment_source", "guessed_language", "flags",
    ]
}

/// The mention table's columns in the order every mention query selects them. Decoders read by
/// the positions derived here, so they never depend on the table's physical column order (`id`
/// came last, by a later migration) or on `SELECT *`.
enum MentionRowLayout {
    static let names = MentionColumnNames.stored + ["id"]
    /// `SELECT <the columns> FROM mention`, to be followed by WHERE, ORDER BY…
    static let select = "SELECT " + names.joined(separator: ", ") + " FROM mention"

    private static func at(_ name: String) -> Int { names.firstIndex(of: name)! }
    static let platform = at("platform"), nativeID = at("native_id"), createdAt = at("created_at")
    static let author = at("author"), authorName = at("author_name"), followers = at("followers"), verified = at("verified")
    static let kind = at("kind"), text = at("text"), url = at("url"), parentID = at("parent_id"), conversationID = at("conversation_id")
    static let language = at("language"), likes = at("likes"), shares = at("shares"), replies = at("replies"), views = at("views")
    static let reach = at("reach"), sentiment = at("sentiment"), sentimentScore = at("sentiment_score")
    static let sentimentSource = at("sentiment_source"), guessedLanguage = at("guessed_language"), flags = at("flags")
    /// The integer key.
    static let key = at("id")
}

/// The columns of a mention summary (see `mentionSummaries`): what figures over many mentions
/// and the rules' conditions and groups need.
enum SummaryRowLayout {
    static let names = [
        "platform", "native_id", "created_at", "author", "followers", "verified", "kind", "text", "parent_id", "conversation_id", "language",
        "likes", "shares", "replies", "views", "reach", "sentiment", "sentiment_score", "guessed_language", "flags",
    ]
    static let select = "SELECT " + names.joined(separator: ", ") + " FROM mention"

    private static func at(_ name: String) -> Int { names.firstIndex(of: name)! }
    static let platform = at("platform"), nativeID = at("native_id"), createdAt = at("created_at"), author = at("author")
    static let followers = at("followers"), verified = at("verified"), kind = at("kind"), text = at("text")
    static let parentID = at("parent_id"), conversationID = at("conversation_id"), language = at("language"), flags = at("flags"), views = at("views")
    static let likes = at("likes"), shares = at("shares"), replies = at("replies"), reach = at("reach")
    static let sentiment = at("sentiment"), sentimentScore = at("sentiment_score"), guessedLanguage = at("guessed_language")
}
