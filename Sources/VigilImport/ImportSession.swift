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

    public let batchSize: Int
    private let onBatch: ([Mention]) -> Void
    private let onProgress: (Progress) -> Void
    private let shouldStop: () -> Bool
    public private(set) var stopped = false

    public init(batchSize: Int = 8192, onBatch: @escaping ([Mention]) -> Void, onProgress: @escaping (Progress) -> Void = { _ in },
                shouldStop: @escaping () -> Bool = { false }) {
        self.batchSize = batchSize
        self.onBatch = onBatch
        self.onProgress = onProgress
        self.shouldStop = shouldStop
    }

    /// Called by importers every `batchSize` records: hands the mentions over and reports.
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
