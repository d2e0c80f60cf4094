import Foundation
import VigilCore

/// CSV exports: the generic layout (a header naming `CanonicalField`s in any order) or a
/// listening tool's own columns, described by a `CSVProfile`.
public struct CSVImporter: StreamingImporter {
    public let profile: CSVProfile
    public var name: String { profile.name }
    public var summary: String { profile.summary }
    public var example: String { profile.example }

    public init(profile: CSVProfile = .generic) {
        self.profile = profile
    }

    public func confidence(sample: FeedSample) -> Int {
        guard let first = sample.firstSignificantByte, first != UInt8(ascii: "{"), first != UInt8(ascii: "[") else { return 0 }
        guard !profile.signature.isEmpty else { return ["csv", "tsv", "txt"].contains(sample.pathExtension) ? 60 : 20 }
        let headers = sample.head.prefix(16 * 1024).withUnsafeBytes { raw -> [String] in
            let bytes = raw.bindMemory(to: UInt8.self)
            let dialect = CSVDialect.sniff(bytes, maxRecords: 12, profile: profile)
            var tokenizer = CSVTokenizer(delimiter: dialect.delimiter)
            var fields: [CSVField] = []
            for _ in 0...dialect.headerRecord {
                guard (try? tokenizer.nextRecord(bytes, into: &fields)) == true else { return [] }
            }
            return fields.map { CSVProfile.normalize(CSVTokenizer.string($0, in: bytes)) }
        }
        return Set(profile.signature).isSubset(of: Set(headers)) ? 90 : 0
    }

    public func read(_ data: Data, path: String, mapper: MentionMapper, session: ImportSession?) -> ImportResult {
        var result = ImportResult(path: path, format: name)
        var records = 0
        data.withUnsafeBytes { raw in
            var bytes = raw.bindMemory(to: UInt8.self)
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = UnsafeBufferPointer(rebasing: bytes[3...]) }
            let dialect = CSVDialect.sniff(UnsafeBufferPointer(rebasing: bytes[..<min(bytes.count, 64 * 1024)]), profile: profile)
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
            let plan = profile.plan(headers: headers)
            let mapped = Set(plan.flatMap { $0.map(\.field) })
            guard mapped.contains(.id) || (profile.idFromURL && mapped.contains(.url)) else {
                result.issues.append(ImportIssue(file: path, line: headerLine, reason: "no id column in header"))
                return
            }
            var mapper = mapper
            mapper.timestamps.dayFirst = profile.dayFirst
                ?? (CSVDialect.headersSuggestDayFirst(headers) || dialect.delimiter == UInt8(ascii: ";"))
            var priorities = [Int](repeating: Int.max, count: CanonicalField.allCases.count)
            // Rows average well over 100 bytes; growing the array by doubling would copy it ~20 times.
            result.mentions.reserveCapacity(bytes.count / 128)
            var record = FieldRecord()
            while true {
                let line = tokenizer.line
                let recordStart = tokenizer.position
                func raw() -> String {
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[recordStart..<max(recordStart, tokenizer.position)]), as: UTF8.self)
                }
                do {
                    guard try tokenizer.nextRecord(bytes, into: &fields) else { break }
                } catch {
                    result.issues.append(ImportIssue(file: path, line: line, reason: "unterminated quoted field", raw: raw()))
                    break
                }
                if fields.count == 1 && fields[0].start == fields[0].end { continue }  // blank line
                if fields.count != plan.count {
                    result.issues.append(ImportIssue(file: path, line: line, reason: "expected \(plan.count) fields, found \(fields.count)", raw: raw()))
                    continue
                }
                record.removeAll()
                for i in priorities.indices { priorities[i] = Int.max }
                for (index, field) in fields.enumerated() where field.end > field.start {
                    for column in plan[index] where column.priority < priorities[column.field.index] {
                        if field.hasEscapedQuotes {
                            record.write(column.field, capacity: field.end - field.start) { CSVTokenizer.unescape(field, in: bytes, into: $0) }
                        } else {
                            record.point(column.field, at: UnsafeBufferPointer(rebasing: bytes[field.start..<field.end]))
                        }
                        priorities[column.field.index] = column.priority
                    }
                }
                if profile.idFromURL, record[.id] == nil, let url = record[.url] { record.point(.id, at: url) }
                records += 1
                switch mapper.mention(from: record) {
                case .success(let mention): result.mentions.append(mention)
                case .failure(let failure):
                    result.issues.append(ImportIssue(file: path, line: line, reason: failure.description, raw: raw()))
                }
                if let session, !session.handOver(&result, records: records, bytesDone: tokenizer.position, bytesTotal: bytes.count) { break }
            }
        }
        session?.finish(&result, records: records, bytes: data.count)
        return result
    }
}
