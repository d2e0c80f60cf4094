import Foundation
import VigilCore

/// CSV with a header row naming generic fields (see `CanonicalField`) in any order.
public struct GenericCSVImporter: Importer {
    public let name = "csv"
    public let summary = "Generic CSV with a header row (id, created_at, platform, author, text, …)"

    public init() {}

    public func confidence(sample: FeedSample) -> Int {
        guard let first = sample.firstSignificantByte, first != UInt8(ascii: "{"), first != UInt8(ascii: "[") else { return 0 }
        return sample.pathExtension == "csv" ? 60 : 20
    }

    public func read(_ data: Data, path: String, mapper: MentionMapper) -> ImportResult {
        var result = ImportResult(path: path, format: name)
        data.withUnsafeBytes { raw in
            var bytes = raw.bindMemory(to: UInt8.self)
            var offset = 0
            if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { offset = 3 }
            bytes = UnsafeBufferPointer(rebasing: bytes[offset...])
            var tokenizer = CSVTokenizer()
            var fields: [CSVField] = []
            var columns: [CanonicalField?] = []
            // Header.
            do {
                guard try tokenizer.nextRecord(bytes, into: &fields) else {
                    return
                }
            } catch {
                result.issues.append(ImportIssue(file: path, line: 1, reason: "header row has an unterminated quote"))
                return
            }
            columns = fields.map { CanonicalField(header: CSVTokenizer.string($0, in: bytes)) }
            guard columns.contains(.id) else {
                result.issues.append(ImportIssue(file: path, line: 1, reason: "no id column in header"))
                return
            }
            var record = FieldRecord()
            while true {
                let line = tokenizer.line
                do {
                    guard try tokenizer.nextRecord(bytes, into: &fields) else { break }
                } catch {
                    result.issues.append(ImportIssue(file: path, line: line, reason: "unterminated quoted field"))
                    break
                }
                if fields.count == 1 && fields[0].start == fields[0].end { continue }  // blank line
                if fields.count != columns.count {
                    result.issues.append(ImportIssue(file: path, line: line, reason: "expected \(columns.count) fields, found \(fields.count)"))
                    continue
                }
                record.removeAll()
                for (index, field) in fields.enumerated() {
                    guard let column = columns[index] else { continue }
                    record[column] = CSVTokenizer.string(field, in: bytes)
                }
                switch mapper.mention(from: record) {
                case .success(let mention): result.mentions.append(mention)
                case .failure(let failure):
                    result.issues.append(ImportIssue(file: path, line: line, reason: failure.description))
                }
            }
        }
        return result
    }
}
