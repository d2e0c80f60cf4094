import Foundation
import VigilCore
import VigilStore

/// The history in slices for a dashboard's background load, in the event-time index's order.
extension PostgresStore: HistoryReading {
    public func oldestFirst(after cursor: HistoryCursor?, limit: Int, ruleFlags: Bool) throws -> (StoredMentions, HistoryCursor?) {
        try read { c in
            let rows = try c.query("\(MentionColumns.select) WHERE created_at >= $1 ORDER BY created_at, platform, native_id LIMIT $2",
                                   ["\(cursor?.time ?? -Double.greatestFiniteMagnitude)", String(limit + (cursor?.given.count ?? 0))])
            var stored = StoredMentions(mentions: [], keys: [], total: 0)
            var next = cursor ?? HistoryCursor(time: -Double.greatestFiniteMagnitude, given: [])
            for row in 0..<rows.count {
                let key = rows.int64(row, MentionColumns.key)
                guard next.take(key: key, time: rows.double(row, MentionColumns.createdAt) ?? 0) else { continue }
                stored.mentions.append(Self.mention(rows, row, ruleFlags: ruleFlags))
                stored.keys.append(key)
            }
            return (stored, stored.mentions.isEmpty ? nil : next)
        }
    }

    public func reopened() throws -> any HistoryReading { try PostgresStore(url: url) }
}
