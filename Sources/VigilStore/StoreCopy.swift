import Foundation
import VigilCore

/// Copies every mention and every team record from one store into an empty one, then checks
/// that the destination holds as many of each as the source.
public enum StoreCopy {
    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    /// What was copied: each kind with its count.
    public struct Summary: Sendable {
        public var counts: [(String, Int)]
    }

    public static func run(from source: any StoreTransfer, to destination: any StoreTransfer, pageSize: Int = 5_000,
                           progress: (Int) -> Void = { _ in }) throws -> Summary {
        let already = destination.count
        let theirs = try destination.teamRecords()
        guard already == 0, theirs.isEmpty else {
            let what = ([("mentions", already)] + theirs.counts).filter { $0.1 > 0 }.map { "\($0.1) \($0.0)" }.joined(separator: ", ")
            throw Problem(description: "the destination is not empty (\(what)): copy into a new database")
        }
        var copied = 0, key: Int64 = 0
        while true {
            let page = try source.mentionPage(after: key, limit: pageSize)
            if page.mentions.isEmpty { break }
            try destination.upsert(page.mentions)
            copied += page.mentions.count
            key = page.last
            progress(copied)
        }
        let records = try source.teamRecords()
        try destination.importTeamRecords(records)
        try destination.flush()

        let expected = [("mentions", source.count)] + records.counts
        let found = [("mentions", destination.count)] + (try destination.teamRecords()).counts
        let differences = zip(expected, found).filter { $0.1 != $1.1 }
        guard differences.isEmpty else {
            throw Problem(description: "the copy does not match: " + differences.map { "\($0.0.0) \($0.0.1) in the source, \($0.1.1) copied" }.joined(separator: "; "))
        }
        return Summary(counts: expected)
    }
}
