import Foundation
import VigilCore
import VigilImport
import VigilStore

/// The one path from feed files to stored mentions, shared by the dashboard and the
/// headless commands.
public final class Pipeline {
    public let store: any MentionStore
    public var reader: FeedReader

    public init(store: any MentionStore = InMemoryMentionStore(), reader: FeedReader = FeedReader()) {
        self.store = store
        self.reader = reader
    }

    public struct Unreadable: Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { reason }
    }

    /// What a load did, per file.
    public struct LoadReport: Sendable {
        public var results: [ImportResult] = []
        public var unreadable: [Unreadable] = []
        public var added = 0

        public var imported: Int { results.reduce(0) { $0 + $1.mentions.count } }
        public var issues: [ImportIssue] { results.flatMap(\.issues) }
    }

    public func load(paths: [String], format: String? = nil) -> LoadReport {
        var report = LoadReport()
        for path in paths {
            do {
                let result = try reader.read(path: path, format: format)
                report.added += store.upsert(result.mentions)
                report.results.append(result)
            } catch {
                report.unreadable.append(Unreadable(path: path, reason: String(describing: error)))
            }
        }
        return report
    }
}
