import Foundation

/// Where the complete records of a growing feed end: what a follower may import now, while the
/// rest (a record still being written) waits. One finder for every follower (files, pipes, `vigil
/// watch`), so they agree with the importers: JSON Lines records end at a newline; CSV records
/// end at a newline outside quotes, by the tokenizer's own rules (a quote opens only at a field
/// start, so a stray `"` inside a field never holds a feed back).
public enum RecordBoundary {
    /// Bytes up to and including the last complete record's newline (0 when none is complete).
    /// `csvDelimiter`: the feed is CSV with this delimiter; nil for line-based formats.
    public static func completeLength(_ bytes: UnsafeBufferPointer<UInt8>, csvDelimiter: UInt8?) -> Int {
        guard let lastNewline = bytes.lastIndex(of: 0x0A) else { return 0 }
        let candidate = lastNewline + 1
        guard let csvDelimiter else { return candidate }
        let prefix = UnsafeBufferPointer(rebasing: bytes[..<candidate])
        var tokenizer = CSVTokenizer(delimiter: csvDelimiter)
        var fields: [CSVField] = []
        var boundary = 0
        while (try? tokenizer.nextRecord(prefix, into: &fields)) == true {
            let end = tokenizer.position
            if end > 0 && prefix[end - 1] == 0x0A { boundary = end }
        }
        return boundary
    }

    public static func completeLength(_ data: some ContiguousBytes, csvDelimiter: UInt8?) -> Int {
        data.withUnsafeBytes { completeLength($0.bindMemory(to: UInt8.self), csvDelimiter: csvDelimiter) }
    }
}
