import Foundation
import VigilCore

/// JSON Lines: one JSON object per line with generic field names.
public struct JSONLinesImporter: StreamingImporter {
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
        var result = ImportResult(path: path, format: name)
        var records = 0
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            result.mentions.reserveCapacity(bytes.count / 160)
            var record = FieldRecord()
            var mapper = mapper
            var fields = RecentValues<CanonicalField?>()
            let arena = ByteArena()
            var lineNumber = 0
            var lineStart = 0
            while lineStart < bytes.count {
                lineNumber += 1
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
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
                } catch let error as FlatJSONScanner.Failure {
                    let reason: String
                    switch error.reason {
                    case "expected a JSON object": reason = error.reason
                    case "not JSON": reason = "invalid JSON"
                    default: reason = "invalid JSON: \(error.reason) at column \(error.column)"
                    }
                    result.issues.append(ImportIssue(file: path, line: lineNumber, reason: reason, raw: String(decoding: line, as: UTF8.self)))
                    continue
                } catch {
                    continue
                }
                records += 1
                switch mapper.mention(from: record) {
                case .success(let mention): result.mentions.append(mention)
                case .failure(let failure):
                    result.issues.append(ImportIssue(file: path, line: lineNumber, reason: failure.description, raw: String(decoding: line, as: UTF8.self)))
                }
                if let session, !session.handOver(&result, records: records, bytesDone: lineStart, bytesTotal: bytes.count) { break }
            }
        }
        session?.finish(&result, records: records, bytes: data.count)
        return result
    }
}
