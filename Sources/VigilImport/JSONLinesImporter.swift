import Foundation
import VigilCore

/// JSON Lines: one JSON object per line with generic field names.
public struct JSONLinesImporter: BlockReadingImporter {
    public let name = "jsonl"
    public let summary = "JSON Lines, one object per line with generic field names"
    public let example = "SampleFeeds/live.jsonl"

    public init() {}

    public func confidence(sample: FeedSample) -> Int {
        guard sample.firstSignificantByte == UInt8(ascii: "{") else { return 0 }
        if ["jsonl", "ndjson"].contains(sample.pathExtension) { return 70 }
        // JSON Lines: the first line is a complete object on its own.
        let firstLine = sample.head.prefix { $0 != UInt8(ascii: "\n") }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(firstLine))) as? [String: Any] else { return 10 }
        // A one-line document wrapping its records (`{"data":[…]}`) is not JSON Lines.
        let wrapsRecords = JSONDocumentImporter.wrapperKeys.contains { object[$0] is [Any] || object[$0] is [String: Any] }
        return wrapsRecords ? 10 : 60
    }

    public func read(_ data: Data, path: String, mapper: MentionMapper, session: ImportSession?) -> ImportResult {
        data.withUnsafeBytes { raw in
            var source = WholeBuffer(window: raw.bindMemory(to: UInt8.self))
            return read(&source, path: path, mapper: mapper, session: session)
        }
    }

    func read(_ blocks: FileBlocks, path: String, mapper: MentionMapper, session: ImportSession?) -> ImportResult {
        var source = blocks
        return read(&source, path: path, mapper: mapper, session: session)
    }

    private func read<Source: RecordSource>(_ source: inout Source, path: String, mapper: MentionMapper, session: ImportSession?) -> ImportResult {
        var result = ImportResult(path: path, format: name)
        var records = 0
        if source.isComplete && session == nil { result.mentions.reserveCapacity(source.window.count / 160) }
        let record = FieldRecord()
        var mapper = mapper
        var fields = RecentValues<CanonicalField?>()
        let arena = ByteArena()
        var lineNumber = 0
        var lineStart = 0
        while true {
            let bytes = source.window
            guard lineStart < bytes.count || !source.isComplete else { break }
            let lineEnd = Self.newline(in: bytes, from: lineStart) ?? bytes.count
            if lineEnd == bytes.count && !source.isComplete {
                source.advance(keepingFrom: lineStart)
                lineStart = 0
                continue
            }
            lineNumber += 1
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
            lineStart = lineEnd + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            record.removeAll()
            arena.reset()
            do {
                try FlatJSONScanner.scan(line, arena: arena) { key, value in
                    guard let field = fields.value(for: key, parse: CanonicalField.init(header:)) else { return }
                    switch value {
                    case .string(let text), .number(let text): record.point(field, at: text)
                    case .bool(let flag): record.set(field, flag ? "true" : "false")
                    case .null, .nested: break
                    }
                }
            } catch {
                let reason: String
                switch error.reason {
                case "expected a JSON object": reason = error.reason
                case "not JSON": reason = "invalid JSON"
                default: reason = "invalid JSON: \(error.reason) at column \(error.column)"
                }
                result.issues.append(ImportIssue(file: path, line: lineNumber, reason: reason, raw: String(decoding: line, as: UTF8.self)))
                continue
            }
            records += 1
            do {
                result.mentions.append(try mapper.mention(from: record))
            } catch {
                result.issues.append(ImportIssue(file: path, line: lineNumber, reason: error.description, raw: String(decoding: line, as: UTF8.self)))
            }
            if let session, !session.handOver(&result, records: records, bytesDone: source.windowOffset + min(lineStart, bytes.count),
                                               bytesTotal: source.totalBytes) { break }
        }
        session?.finish(&result, records: records, bytes: max(source.totalBytes, source.windowOffset + source.window.count))
        return result
    }

    private static func newline(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + start, 0x0A, bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}
