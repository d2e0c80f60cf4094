import Foundation
import VigilCore

/// CSV exports: the generic layout (a header naming `CanonicalField`s in any order) or a
/// listening tool's own columns, described by a `CSVProfile`.
public struct CSVImporter: BlockReadingImporter {
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
        WholeBuffer.reading(data) { read(&$0, path: path, mapper: mapper, session: session) }
    }

    func read(_ blocks: FileBlocks, path: String, mapper: MentionMapper, session: ImportSession?) -> ImportResult {
        var source = blocks
        return read(&source, path: path, mapper: mapper, session: session)
    }

    /// The header (after any preamble) as text, with the tokenizer left after it; nil with an
    /// issue when there is none. Reads more of a block source until the header is complete.
    private func header<Source: RecordSource>(_ source: inout Source, dialect: CSVDialect, path: String,
                                             result: inout ImportResult) -> (names: [String], line: Int, tokenizer: CSVTokenizer)? {
        while true {
            let bytes = source.window
            var tokenizer = CSVTokenizer(delimiter: dialect.delimiter)
            var fields: [CSVField] = []
            for _ in 0..<dialect.headerRecord { _ = try? tokenizer.nextRecord(bytes, into: &fields) }
            let headerLine = tokenizer.line
            let found: Bool
            do {
                found = try tokenizer.nextRecord(bytes, into: &fields)
            } catch {
                if source.advance(keepingFrom: 0) { continue }
                result.issues.append(ImportIssue(file: path, line: headerLine, reason: "header row has an unterminated quote"))
                return nil
            }
            if tokenizer.position >= bytes.count && source.advance(keepingFrom: 0) { continue }
            guard found else { return nil }
            return (fields.map { CSVTokenizer.string($0, in: bytes) }, headerLine, tokenizer)
        }
    }

    private func read<Source: RecordSource>(_ source: inout Source, path: String, mapper: MentionMapper, session: ImportSession?) -> ImportResult {
        var result = ImportResult(path: path, format: name)
        var records = 0
        let start = source.window
        let dialect = CSVDialect.sniff(UnsafeBufferPointer(rebasing: start[..<min(start.count, 64 * 1024)]), profile: profile)
        if dialect.headerRecord > 0 {
            result.warnings.append("skipped \(dialect.headerRecord) preamble line(s) before the header")
        }
        guard let (headers, headerLine, headerEnd) = header(&source, dialect: dialect, path: path, result: &result) else {
            session?.finish(&result, records: 0, bytes: source.totalBytes)
            return result
        }
        let plan = profile.plan(headers: headers)
        let mapped = Set(plan.flatMap { $0.map(\.field) })
        // Without an id column, identity comes from the URL or the content (`IdentityAssigner`),
        // but a header naming none of id, text or URL is not a feed of mentions.
        guard !mapped.isDisjoint(with: [.id, .text, .url]) else {
            result.issues.append(ImportIssue(file: path, line: headerLine, reason: "the header names no id, text or URL column (found: \(headers.joined(separator: ", ")))"))
            session?.finish(&result, records: 0, bytes: source.totalBytes)
            return result
        }
        var mapper = mapper
        if let platform = profile.platform { mapper.defaultPlatform = platform }
        mapper.timestamps.dayFirst = profile.dayFirst
            ?? (CSVDialect.headersSuggestDayFirst(headers) || dialect.delimiter == UInt8(ascii: ";"))
        result.explanation = ColumnExplanation.layout(delimiter: dialect.delimiter, headerLine: headerLine, preamble: dialect.headerRecord)
            + [ColumnExplanation.dateOrder(dayFirst: mapper.timestamps.dayFirst, profileSays: profile.dayFirst,
                                           europeanHeaders: CSVDialect.headersSuggestDayFirst(headers), semicolon: dialect.delimiter == UInt8(ascii: ";"))]
            + ColumnExplanation.columns(headers: headers, plan: plan)
        var priorities = [Int](repeating: Int.max, count: CanonicalField.allCases.count)
        let simple = Self.simplePlan(plan)
        // Rows average well over 100 bytes; growing the array by doubling would copy it ~20 times.
        if source.isComplete && session == nil { result.mentions.reserveCapacity(source.window.count / 128) }
        let record = FieldRecord()
        var fields: [CSVField] = []
        var position = headerEnd.position
        var line = headerEnd.line
        while true {
            let bytes = source.window
            if position >= bytes.count {
                if source.isComplete { break }
                source.advance(keepingFrom: position)
                position = 0
                continue
            }
            var tokenizer = CSVTokenizer(delimiter: dialect.delimiter, position: position, line: line)
            let recordStart = position
            let recordLine = line
            func raw() -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[recordStart..<max(recordStart, tokenizer.position)]), as: UTF8.self)
            }
            record.removeAll()
            fields.removeAll(keepingCapacity: true)
            // Set for every field, cheaper than testing the index: with one field it is the first.
            var lastFieldEmpty = false
            var anyValue = false
            let fieldCount: Int
            do {
                // With a simple plan, fields go straight into the record; otherwise they are
                // collected and weighed by priority below.
                guard let count = try tokenizer.nextRecord(bytes, visit: { index, field in
                    lastFieldEmpty = field.start == field.end
                    anyValue = anyValue || !lastFieldEmpty
                    if let simple {
                        if index < simple.count, let target = simple[index], field.end > field.start {
                            Self.store(field, as: target, from: bytes, in: record)
                        }
                    } else {
                        fields.append(field)
                    }
                }) else { break }
                fieldCount = count
            } catch {
                // A quote still open at the end of a block may close in the next one.
                if !source.isComplete {
                    source.advance(keepingFrom: recordStart)
                    position = 0
                    continue
                }
                result.issues.append(ImportIssue(file: path, line: recordLine, reason: "unterminated quoted field", raw: raw()))
                break
            }
            if tokenizer.position >= bytes.count && !source.isComplete {
                // The record may go on in the next block: read more and parse it again.
                source.advance(keepingFrom: recordStart)
                position = 0
                continue
            }
            position = tokenizer.position
            line = tokenizer.line
            if !anyValue { continue }  // a blank line, or a spreadsheet's empty row (";;;;")
            if fieldCount != plan.count {
                result.issues.append(ImportIssue(file: path, line: recordLine, reason: "expected \(plan.count) fields, found \(fieldCount)", raw: raw()))
                continue
            }
            if simple == nil {
                for i in priorities.indices { priorities[i] = Int.max }
                for (index, field) in fields.enumerated() where field.end > field.start {
                    for column in plan[index] where column.priority < priorities[column.field.index] {
                        Self.store(field, as: column.field, from: bytes, in: record)
                        priorities[column.field.index] = column.priority
                    }
                }
            }
            if profile.idFromURL, record[.id] == nil, let url = record[.url] { record.point(.id, at: url) }
            records += 1
            do {
                result.mentions.append(try mapper.mention(from: record))
            } catch {
                if SpreadsheetRows.isTotals(raw()) {
                    result.warnings.append("line \(recordLine): a totals row, not a mention: skipped")
                } else {
                    result.issues.append(ImportIssue(file: path, line: recordLine, reason: error.description, raw: raw()))
                }
            }
            if let session, !session.handOver(&result, records: records, bytesDone: source.windowOffset + position, bytesTotal: source.totalBytes) { break }
        }
        session?.finish(&result, records: records, bytes: max(source.totalBytes, source.windowOffset + source.window.count))
        return result
    }

    @inline(__always)
    private static func store(_ field: CSVField, as target: CanonicalField, from bytes: UnsafeBufferPointer<UInt8>, in record: FieldRecord) {
        if field.hasEscapedQuotes {
            record.write(target, capacity: field.end - field.start) { CSVTokenizer.unescape(field, in: bytes, into: $0) }
        } else {
            record.point(target, at: UnsafeBufferPointer(rebasing: bytes[field.start..<field.end]))
        }
    }

    /// The plan as one target per column when no field is fed by two columns; nil otherwise.
    private static func simplePlan(_ plan: [[CSVProfile.Column]]) -> [CanonicalField?]? {
        var seen = Set<CanonicalField>()
        var targets: [CanonicalField?] = []
        for columns in plan {
            guard columns.count <= 1 else { return nil }
            if let field = columns.first?.field {
                guard seen.insert(field).inserted else { return nil }
            }
            targets.append(columns.first?.field)
        }
        return targets
    }
}
