import Foundation
import VigilCore

/// CSV with a header row naming generic fields (see `CanonicalField`) in any order.
public struct GenericCSVImporter: Importer {
    public let name = "csv"
    public let summary = "Generic CSV with a header row (id, created_at, platform, author, text, …)"

    public init() {}

    public func confidence(sample: FeedSample) -> Int {
        guard let first = sample.firstSignificantByte, first != UInt8(ascii: "{"), first != UInt8(ascii: "[") else { return 0 }
        return ["csv", "tsv", "txt"].contains(sample.pathExtension) ? 60 : 20
    }

    public func read(_ data: Data, path: String, mapper: MentionMapper) -> ImportResult {
        var result = ImportResult(path: path, format: name)
        data.withUnsafeBytes { raw in
            var bytes = raw.bindMemory(to: UInt8.self)
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = UnsafeBufferPointer(rebasing: bytes[3...]) }
            let dialect = CSVDialect.sniff(UnsafeBufferPointer(rebasing: bytes[..<min(bytes.count, 64 * 1024)]))
            var tokenizer = CSVTokenizer(delimiter: dialect.delimiter)
            var fields: [CSVField] = []
            for _ in 0..<dialect.headerRecord { _ = try? tokenizer.nextRecord(bytes, into: &fields) }
            if dialect.headerRecord > 0 {
                result.warnings.append("skipped \(dialect.headerRecord) preamble line(s) before the header")
            }
            let headerLine = tokenizer.line
            do {
                guard try tokenizer.nextRecord(bytes, into: &fields) else { return }
            } catch {
                result.issues.append(ImportIssue(file: path, line: headerLine, reason: "header row has an unterminated quote"))
                return
            }
            let headers = fields.map { CSVTokenizer.string($0, in: bytes) }
            let columns = headers.map(CanonicalField.init(header:))
            guard columns.contains(.id) else {
                result.issues.append(ImportIssue(file: path, line: headerLine, reason: "no id column in header"))
                return
            }
            var mapper = mapper
            if CSVDialect.headersSuggestDayFirst(headers) || dialect.delimiter == UInt8(ascii: ";") {
                mapper.timestamps.dayFirst = true
            }
            // Rows average well over 100 bytes; growing the array by doubling would copy it ~20 times.
            result.mentions.reserveCapacity(bytes.count / 128)
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
