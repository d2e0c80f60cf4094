import Foundation
import VigilCore
import VigilStore

/// Writing mentions (COPY into a session table, then one merge) and reading them back.
extension PostgresStore {
    @discardableResult
    public func upsert(_ mentions: [Mention]) throws -> Int {
        try write(mentions).added
    }

    /// A batch as one transaction: copied, then inserted or, for an identity already stored,
    /// updated when anything differs (logged for other processes as an edit). A mention given
    /// twice in one batch counts once, as its last version.
    public func write(_ mentions: [Mention]) throws -> WrittenMentions {
        guard !mentions.isEmpty else { return WrittenMentions(added: 0, keys: []) }
        var lastIndex: [MentionID: Int] = [:]
        lastIndex.reserveCapacity(mentions.count)
        for (index, mention) in mentions.enumerated() { lastIndex[mention.id] = index }
        var buffer = CopyBuffer(capacity: mentions.count * 300)
        for (index, mention) in mentions.enumerated() where lastIndex[mention.id] == index {
            Self.copyRow(mention, order: index, into: &buffer)
        }
        let columns = MentionColumns.written.joined(separator: ", ")
        let current = MentionColumns.written.map { "m.\($0)" }.joined(separator: ", ")
        let incoming = MentionColumns.written.map { "i.\($0)" }.joined(separator: ", ")
        let copied = buffer.rows
        let keyed: [MentionID: (key: Int64, inserted: Bool)] = try write(lock: nil) { c in
            func note(_ rows: PGRows, inserted: Bool, into keyed: inout [MentionID: (Int64, Bool)]) {
                for row in 0..<rows.count {
                    keyed[MentionID(platform: Platform(rawValue: rows.text(row, 1)), nativeID: rows.text(row, 2))] = (rows.int64(row, 0), inserted)
                }
            }
            try c.copy("COPY incoming (ord, \(columns), words) FROM STDIN", data: buffer.bytes)
            // New mentions first, under the lock that orders keys (triage never waits for it)…
            try Self.takeLock(PostgresSchema.mentionLock, c)
            var keyed: [MentionID: (Int64, Bool)] = [:]
            keyed.reserveCapacity(copied)
            note(try c.query("""
                INSERT INTO mention (key, \(columns), search)
                SELECT nextval('mention_key_seq'), \(columns), words::tsvector FROM incoming
                ON CONFLICT (platform, native_id) DO NOTHING
                RETURNING key, platform, native_id
                """), inserted: true, into: &keyed)
            // …then, when some were there already, those that changed, logged as edits under
            // the change log's lock.
            if keyed.count < copied {
                try Self.takeLock(PostgresSchema.changeLock, c)
                note(try c.query("""
                    WITH edited AS (
                        UPDATE mention m SET (\(columns), search) = (\(incoming), i.words::tsvector)
                        FROM incoming i
                        WHERE m.platform = i.platform AND m.native_id = i.native_id AND (\(current)) IS DISTINCT FROM (\(incoming))
                        RETURNING m.key, m.platform, m.native_id
                    ), logged AS (
                        INSERT INTO change_log (kind, platform, native_id) SELECT 'mention', platform, native_id FROM edited
                    )
                    SELECT key, platform, native_id FROM edited
                    """), inserted: false, into: &keyed)
            }
            return keyed
        }
        var written = WrittenMentions(added: 0, keys: [])
        written.keyOfEach.reserveCapacity(mentions.count)
        for (index, mention) in mentions.enumerated() {
            let outcome = keyed[mention.id]
            written.keyOfEach.append(outcome?.key ?? 0)
            guard lastIndex[mention.id] == index, let outcome else { continue }
            if outcome.inserted { written.added += 1 }
            written.keys.append(outcome.key)
        }
        written.keys.sort()
        return written
    }

    private static func copyRow(_ m: Mention, order: Int, into buffer: inout CopyBuffer) {
        buffer.field(order)
        buffer.field(m.id.platform.rawValue)
        buffer.field(m.id.nativeID)
        buffer.field(m.createdAt.timeIntervalSince1970)
        buffer.field(m.author.handle)
        buffer.field(m.author.displayName)
        buffer.field(m.author.followers)
        buffer.field(m.author.verified ? "t" : "f")
        buffer.field(m.kind.rawValue)
        buffer.field(m.text)
        buffer.field(m.url)
        buffer.field(m.parentID)
        buffer.field(m.conversationID)
        buffer.field(m.language)
        buffer.field(m.metrics.likes)
        buffer.field(m.metrics.shares)
        buffer.field(m.metrics.replies)
        buffer.field(m.metrics.views)
        buffer.field(m.metrics.reach)
        buffer.field(m.sentiment?.label.rawValue)
        buffer.field(m.sentiment?.score)
        buffer.field(m.sentiment.map { sourceText($0.source) })
        buffer.field(m.sentiment?.guessedLanguage)
        buffer.field(m.flags.map(FlagsCoding.encode))
        buffer.lexemes(SearchWords.folded(m.text), SearchWords.folded(m.author.handle))
        buffer.endRow()
    }

    static func sourceText(_ source: SentimentSource) -> String {
        switch source {
        case .feed(let raw): "feed:" + raw
        case .analyzer: "analyzer"
        }
    }

    public var count: Int {
        (try? read { c in try c.query("SELECT count(*) FROM mention").int(0, 0) ?? 0 }) ?? 0
    }

    public func mention(_ id: MentionID) -> Mention? {
        try? read { c in
            let rows = try c.query("\(MentionColumns.select) WHERE platform = $1 AND native_id = $2", [id.platform.rawValue, id.nativeID])
            return rows.count == 0 ? nil : Self.mention(rows, 0)
        }
    }

    public func allNewestFirst() throws -> [Mention] {
        try newest(limit: nil).mentions
    }

    public func newest(limit: Int?, ruleFlags: Bool) throws -> StoredMentions {
        try read { c in
            let total = try c.query("SELECT count(*) FROM mention").int(0, 0) ?? 0
            let rows = try c.query("\(MentionColumns.select) ORDER BY created_at DESC, platform, native_id LIMIT $1", [limit.map(String.init)])
            var stored = StoredMentions(mentions: [], keys: [], total: total)
            stored.mentions.reserveCapacity(rows.count)
            stored.keys.reserveCapacity(rows.count)
            for row in 0..<rows.count {
                stored.mentions.append(Self.mention(rows, row, ruleFlags: ruleFlags))
                stored.keys.append(rows.int64(row, MentionColumns.key))
            }
            return stored
        }
    }

    public func mentions(keys: [Int64]) throws -> [Int64: Mention] {
        guard !keys.isEmpty else { return [:] }
        return try read { c in
            let rows = try c.query("\(MentionColumns.select) WHERE key = ANY($1::bigint[])", [Self.array(keys)])
            var found: [Int64: Mention] = [:]
            for row in 0..<rows.count { found[rows.int64(row, MentionColumns.key)] = Self.mention(rows, row) }
            return found
        }
    }

    public func mentions(from: Date, to: Date) throws -> [Mention] {
        try read { c in
            let rows = try c.query("\(MentionColumns.select) WHERE created_at >= $1 AND created_at < $2 ORDER BY created_at, platform, native_id",
                                   [Self.seconds(from), Self.seconds(to)])
            return (0..<rows.count).map { Self.mention(rows, $0) }
        }
    }

    /// `{1,2,3}`: an array parameter.
    static func array(_ keys: [Int64]) -> String {
        "{" + keys.map(String.init).joined(separator: ",") + "}"
    }

    static func mention(_ rows: PGRows, _ row: Int, ruleFlags: Bool = true) -> Mention {
        typealias C = MentionColumns
        var sentiment: Sentiment?
        if let label = rows.string(row, C.sentiment).flatMap(SentimentLabel.init(rawValue:)) {
            let sourceText = rows.text(row, C.sentimentSource)
            let source: SentimentSource = sourceText.hasPrefix("feed:") ? .feed(raw: String(sourceText.dropFirst(5))) : .analyzer
            sentiment = Sentiment(label: label, score: rows.double(row, C.sentimentScore) ?? 0, source: source,
                                  guessedLanguage: rows.string(row, C.guessedLanguage))
        }
        return Mention(
            id: MentionID(platform: Platform(rawValue: rows.text(row, C.platform)), nativeID: rows.text(row, C.nativeID)),
            author: Author(handle: rows.text(row, C.author), displayName: rows.string(row, C.authorName), followers: rows.int(row, C.followers),
                           verified: rows.bool(row, C.verified)),
            createdAt: date(rows, row, C.createdAt), text: rows.text(row, C.text), url: rows.string(row, C.url),
            kind: MentionKind(rawValue: rows.text(row, C.kind)) ?? .post, parentID: rows.string(row, C.parentID),
            conversationID: rows.string(row, C.conversationID), language: rows.string(row, C.language),
            metrics: Metrics(likes: rows.int(row, C.likes), shares: rows.int(row, C.shares), replies: rows.int(row, C.replies),
                             views: rows.int(row, C.views), reach: rows.int(row, C.reach)),
            sentiment: sentiment, flags: ruleFlags ? rows.string(row, C.flags).flatMap(FlagsCoding.decode) : nil)
    }
}

/// The mention table's columns in the order every query selects them (decoded by position).
enum MentionColumns {
    /// What `write` copies and compares, in COPY order.
    static let written = MentionColumnNames.stored
    static let names = written + ["key"]
    static let select = "SELECT " + names.joined(separator: ", ") + " FROM mention"

    private static func at(_ name: String) -> Int { names.firstIndex(of: name)! }
    static let platform = at("platform"), nativeID = at("native_id"), createdAt = at("created_at")
    static let author = at("author"), authorName = at("author_name"), followers = at("followers"), verified = at("verified")
    static let kind = at("kind"), text = at("text"), url = at("url"), parentID = at("parent_id"), conversationID = at("conversation_id")
    static let language = at("language"), likes = at("likes"), shares = at("shares"), replies = at("replies"), views = at("views")
    static let reach = at("reach"), sentiment = at("sentiment"), sentimentScore = at("sentiment_score")
    static let sentimentSource = at("sentiment_source"), guessedLanguage = at("guessed_language"), flags = at("flags")
    static let key = at("key")
}
