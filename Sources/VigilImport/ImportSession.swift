import Foundation
import VigilCore

/// Lets a long import stream and be watched: importers that read record by record hand over
/// batches (so mentions need not pile up in memory), report progress, and stop early when asked.
public final class ImportSession {
    public struct Progress: Sendable {
        public var path: String
        public var bytesDone: Int
        public var bytesTotal: Int
        public var records: Int
    }

    /// Mentions per batch handed over. Small enough that a batch (a few hundred KB) is still
    /// in the processor's cache when the next stage reads it: batches of 8,192 (3 MB of
    /// mentions) made a CSV import 8–12% slower. Consumers that want bigger units (the store's
    /// transactions) gather batches themselves.
    public static let defaultBatchSize = 1024
    public let batchSize: Int
    private let onBatch: ([Mention]) -> Void
    private let onProgress: (Progress) -> Void
    private let shouldStop: () -> Bool
    public private(set) var stopped = false
    /// Gives records without an id theirs before each batch is handed over.
    public var identity: IdentityAssigner?
    private var recordsSinceHandOver = 0

    public init(batchSize: Int = ImportSession.defaultBatchSize, onBatch: @escaping ([Mention]) -> Void, onProgress: @escaping (Progress) -> Void = { _ in },
                shouldStop: @escaping () -> Bool = { false }) {
        self.batchSize = batchSize
        self.onBatch = onBatch
        self.onProgress = onProgress
        self.shouldStop = shouldStop
    }

    /// For record-by-record importers: every `batchSize` records hands the batch over.
    /// Returns false (and marks the result) when the import must stop.
    public func handOver(_ result: inout ImportResult, records: Int, bytesDone: Int, bytesTotal: Int) -> Bool {
        // A countdown, not `records % batchSize`: a division per row costs more than the rest
        // of this check. Counted in records, so progress and stopping work when rows are bad.
        recordsSinceHandOver += 1
        guard recordsSinceHandOver >= batchSize else { return true }
        recordsSinceHandOver = 0
        identity?.assign(&result.mentions)
        result.delivered += result.mentions.count
        if !deliver(&result.mentions, path: result.path, bytesDone: bytesDone, bytesTotal: bytesTotal, records: records) {
            result.stoppedEarly = true
            return false
        }
        return true
    }

    /// Hands over what is left at the end of a file (unless the import was stopped).
    public func finish(_ result: inout ImportResult, records: Int, bytes: Int) {
        guard !result.stoppedEarly else { return }
        identity?.assign(&result.mentions)
        result.delivered += result.mentions.count
        _ = deliver(&result.mentions, path: result.path, bytesDone: bytes, bytesTotal: bytes, records: records)
    }

    /// Hands the mentions over and reports progress.
    /// Returns false when the import should stop (after this batch, which is kept).
    public func deliver(_ mentions: inout [Mention], path: String, bytesDone: Int, bytesTotal: Int, records: Int) -> Bool {
        if !mentions.isEmpty {
            onBatch(mentions)
            mentions.removeAll(keepingCapacity: true)
        }
        onProgress(Progress(path: path, bytesDone: bytesDone, bytesTotal: bytesTotal, records: records))
        if shouldStop() { stopped = true }
        return !stopped
    }
}

extension Importer {
    public func read(_ data: Data, path: String, mapper: MentionMapper, session: ImportSession) -> ImportResult {
        var result = read(data, path: path, mapper: mapper)
        session.identity?.assign(&result.mentions)
        result.delivered = result.mentions.count
        _ = session.deliver(&result.mentions, path: path, bytesDone: data.count, bytesTotal: data.count, records: result.delivered)
        return result
    }
}

/// An importer that reads record by record, so it can stream batches to a session and stop
/// early. It implements one method; both `Importer` read methods come from it.
public protocol StreamingImporter: Importer {
    func read(_ data: Data, path: String, mapper: MentionMapper, session: ImportSession?) -> ImportResult
}

extension StreamingImporter {
    public func read(_ data: Data, path: String, mapper: MentionMapper) -> ImportResult {
        read(data, path: path, mapper: mapper, session: nil)
    }

    public func read(_ data: Data, path: String, mapper: MentionMapper, session: ImportSession) -> ImportResult {
        read(data, path: path, mapper: mapper, session: Optional(session))
    }
}

/// A streaming importer that can also read a large file in blocks, so memory stays flat.
protocol BlockReadingImporter: StreamingImporter {
    func read(_ blocks: FileBlocks, path: String, mapper: MentionMapper, session: ImportSession?) -> ImportResult
}
