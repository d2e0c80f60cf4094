import Foundation
import VigilCore
import VigilImport
import VigilRules
import VigilStore

/// The one path from feed files to stored mentions, shared by the dashboard and the
/// headless commands.
public final class Pipeline {
    public let store: any MentionStore
    public var reader: FeedReader
    /// Sentiment, item rules and (unless turned off) window counts for every batch.
    public var stage: IngestStage
    public var sentiment: SentimentStage {
        get { stage.sentiment }
        set { stage.sentiment = newValue }
    }
    /// Flags each mention and counts it into the window rules, when rules are in use.
    public var rules: RulesEngine? {
        get { stage.rules }
        set { stage.rules = newValue }
    }
    /// False when only the item rules' flags are wanted (see `IngestStage.countsWindows`).
    public var countsWindows: Bool {
        get { stage.countsWindows }
        set { stage.countsWindows = newValue }
    }
    /// Mentions per store transaction.
    public var storeBatch = 8192

    public init(store: any MentionStore = InMemoryMentionStore(), reader: FeedReader = FeedReader(), sentiment: SentimentStage = SentimentStage(),
                rules: RulesEngine? = nil) {
        self.store = store
        self.reader = reader
        stage = IngestStage(sentiment: sentiment, rules: rules)
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

        /// Where rejected records were written, if any were.
        public var quarantineFile: String?
        public var stoppedEarly: Bool { results.contains { $0.stoppedEarly } }

        public var imported: Int { results.reduce(0) { $0 + $1.importedCount } }
        public var issues: [ImportIssue] { results.flatMap(\.issues) }
    }

    /// Imports files into the store in batches. `progress` is called every batch; when
    /// `shouldStop` turns true the current file stops after its batch and later files are skipped.
    /// Rejected records are appended to a JSON Lines file in `quarantineDirectory`.
    public func load(
        paths: [String], format: String? = nil, quarantineDirectory: String? = nil,
        progress: @escaping (ImportSession.Progress) -> Void = { _ in }, shouldStop: @escaping () -> Bool = { false }
    ) -> LoadReport {
        var report = LoadReport()
        for path in paths {
            if shouldStop() { break }
            // Batches arrive small (cache-sized) and are saved in transactions of about
            // `storeBatch`: fewer commits, bigger full-text segments. The store saves on a
            // thread of its own while this one reads and scores the next batch.
            let writer = StoreWriter(store: store)
            var pending: [Mention] = []
            func save() {
                guard !pending.isEmpty else { return }
                writer.save(pending)
                pending = []
                pending.reserveCapacity(storeBatch + ImportSession.defaultBatchSize)
            }
            let session = ImportSession(onBatch: { [stage, storeBatch] batch in
                var batch = batch
                stage.run(&batch)
                pending += batch
                if pending.count >= storeBatch { save() }
            }, onProgress: progress, shouldStop: shouldStop)
            let read = Result { try reader.read(path: path, format: format, session: session) }
            save()  // what was read before the end (or a stop, or an error) is kept
            let (added, storeError) = writer.finish()
            report.added += added
            switch read {
            case .success(let result):
                report.results.append(result)
                if let storeError {
                    report.unreadable.append(Unreadable(path: path, reason: "\(path): could not save to the store: \(storeError)"))
                }
            case .failure(let error):
                report.unreadable.append(Unreadable(path: path, reason: String(describing: error)))
            }
        }
        if let quarantineDirectory {
            let rejected = report.issues.filter { $0.raw != nil }
            if !rejected.isEmpty {
                report.quarantineFile = try? Quarantine.write(rejected, directory: quarantineDirectory)
            }
        }
        return report
    }
}
