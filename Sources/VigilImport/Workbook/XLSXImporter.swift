import Foundation
import VigilCore

/// Excel workbooks (`.xlsx`, also as saved by LibreOffice and Google Sheets): the first sheet, or
/// the one named with `--sheet`. The first row naming known columns is the header (a title block
/// above it is skipped), columns are mapped as a CSV's would be (the tools' export profiles
/// included), dates are read by cell style, and rows stream out of the zip so memory holds the
/// shared strings and one chunk of the sheet, not the sheet.
public struct XLSXImporter: Importer {
    public let name = "xlsx"
    public let summary = "Excel workbooks (.xlsx; first sheet or --sheet NAME): a header row, then one mention per row"
    public let example = "SampleFeeds/formats/spreadsheet.xlsx"
    /// The sheet to read; nil for the first.
    public var sheet: String?
    /// Export layouts recognised by their headers; the generic one otherwise.
    public var profiles: [CSVProfile]
    /// Shared-string text kept in memory before the rest goes to a mapped temporary file.
    var sharedStringsInMemory = SharedStrings.memoryLimit

    public init(sheet: String? = nil, profiles: [CSVProfile] = [.brandwatch, .meltwater, .hootsuite, .sproutSocial, .trustpilot]) {
        self.sheet = sheet
        self.profiles = profiles
    }

    static let zipMagic: [UInt8] = [0x50, 0x4B, 0x03, 0x04]

    public func confidence(sample: FeedSample) -> Int {
        guard sample.head.starts(with: Self.zipMagic) else { return 0 }
        return sample.pathExtension == "xlsx" || sample.pathExtension == "xlsm" ? 95 : 70
    }

    public func read(_ data: Data, path: String, mapper: MentionMapper) -> ImportResult {
        read(data, path: path, mapper: mapper, session: nil)
    }

    public func read(_ data: Data, path: String, mapper: MentionMapper, session: ImportSession) -> ImportResult {
        read(data, path: path, mapper: mapper, session: Optional(session))
    }

    func read(_ data: Data, path: String, mapper: MentionMapper, session: ImportSession?) -> ImportResult {
        var result = ImportResult(path: path, format: name)
        let workbook: Workbook
        let target: (name: String, path: String)
        let strings: SharedStrings
        do {
            workbook = try Workbook(data: data)
            target = try workbook.sheetPath(named: sheet)
            strings = try SharedStrings.read(from: workbook, memoryLimit: sharedStringsInMemory)
        } catch {
            result.issues.append(ImportIssue(file: path, line: 0, reason: "\(error)"))
            return result
        }
        if workbook.sheets.count > 1 && sheet == nil {
            result.warnings.append("read sheet '\(target.name)' of \(workbook.sheets.count) (\(workbook.sheets.map(\.name).joined(separator: ", "))); choose another with --sheet")
        }
        var reader = SheetRows(strings: strings, dateStyles: workbook.dateStyles(), profiles: profiles, mapper: mapper,
                               path: path, sheet: target.name, session: session)
        var pending: [UInt8] = []
        do {
            try workbook.stream(target.path) { chunk in
                pending.append(contentsOf: chunk)
                let used = pending.withUnsafeBufferPointer { reader.consume($0, into: &result) }
                pending.removeFirst(used)
                if reader.stopped { throw SheetRows.Stop() }
            }
        } catch is SheetRows.Stop {
        } catch {
            result.issues.append(ImportIssue(file: path, line: 0, reason: "sheet '\(target.name)': \(error)"))
        }
        reader.finish(&result, bytes: data.count)
        return result
    }
}

/// Rows of one sheet to mentions: finds the header, maps cells to fields, hands batches over.
struct SheetRows {
    struct Stop: Error {}

    let strings: SharedStrings
    let dateStyles: Set<Int>
    let profiles: [CSVProfile]
    var mapper: MentionMapper
    let path: String
    let sheet: String
    let session: ImportSession?
    private(set) var stopped = false

    private var header: [String]?
    private var plan: [[CSVProfile.Column]] = []
    private var rowsBeforeHeader = 0
    private var records = 0
    private let record = FieldRecord()
    /// The current row's cells: column and where its text is in `cellText` (one buffer a row,
    /// not an array per cell).
    private var cells: [(column: Int, range: Range<Int>)] = []
    private var cellText: [UInt8] = []
    private var priorities = [Int](repeating: Int.max, count: CanonicalField.allCases.count)

    init(strings: SharedStrings, dateStyles: Set<Int>, profiles: [CSVProfile], mapper: MentionMapper, path: String, sheet: String, session: ImportSession?) {
        self.strings = strings
        self.dateStyles = dateStyles
        self.profiles = profiles
        self.mapper = mapper
        self.path = path
        self.sheet = sheet
        self.session = session
    }

    /// Reads every complete `<row>` in `bytes`; returns how many bytes were used.
    mutating func consume(_ bytes: UnsafeBufferPointer<UInt8>, into result: inout ImportResult) -> Int {
        var i = 0
        var used = 0
        while !stopped, let (start, afterName) = SheetXML.nextElement(bytes, named: SheetXML.Name.row, from: i) {
            guard let (contentStart, selfClosing) = SheetXML.tagEnd(bytes, from: afterName) else { break }
            let number = SheetXML.attribute(bytes, SheetXML.Name.reference, in: start..<contentStart)
                .flatMap { SheetXML.integer(UnsafeBufferPointer(rebasing: bytes[$0])) }
            if selfClosing {
                i = contentStart
                used = i
                continue
            }
            guard let close = SheetXML.nextElement(bytes, named: SheetXML.Name.row, from: contentStart, closing: true),
                  let (end, _) = SheetXML.tagEnd(bytes, from: close.afterName) else { break }
            readCells(bytes, in: contentStart..<close.start)
            row(number: number ?? (records + rowsBeforeHeader + 1), into: &result)
            i = end
            used = end
        }
        return used
    }

    private mutating func readCells(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) {
        cells.removeAll(keepingCapacity: true)
        cellText.removeAll(keepingCapacity: true)
        let sub = UnsafeBufferPointer(rebasing: bytes[..<range.upperBound])
        var i = range.lowerBound
        var nextColumn = 0
        while let (start, afterName) = SheetXML.nextElement(sub, named: SheetXML.Name.cell, from: i),
              let (contentStart, selfClosing) = SheetXML.tagEnd(sub, from: afterName) {
            let tag = start..<contentStart
            let column = SheetXML.attribute(sub, SheetXML.Name.reference, in: tag)
                .flatMap { SheetXML.column(of: UnsafeBufferPointer(rebasing: sub[$0])) } ?? nextColumn
            nextColumn = column + 1
            if selfClosing {
                i = contentStart
                continue
            }
            guard let close = SheetXML.nextElement(sub, named: SheetXML.Name.cell, from: contentStart, closing: true) else { break }
            i = close.afterName
            let typeRange = SheetXML.attribute(sub, SheetXML.Name.text, in: tag) ?? 0..<0
            let type = UnsafeBufferPointer(rebasing: sub[typeRange])
            let style = SheetXML.attribute(sub, SheetXML.Name.style, in: tag)
                .flatMap { SheetXML.integer(UnsafeBufferPointer(rebasing: sub[$0])) } ?? 0
            let textStart = cellText.count
            if type.elementsEqual(SheetXML.Name.inlineString) {
                SheetXML.texts(sub, in: contentStart..<close.start, into: &cellText)
            } else if let v = SheetXML.nextElement(sub, named: SheetXML.Name.value, from: contentStart),
                      v.start < close.start, let (vStart, vSelfClosing) = SheetXML.tagEnd(sub, from: v.afterName), !vSelfClosing,
                      let vClose = SheetXML.nextElement(sub, named: SheetXML.Name.value, from: vStart, closing: true) {
                let value = UnsafeBufferPointer(rebasing: sub[vStart..<vClose.start])
                switch type.count == 1 ? type[0] : type.count == 3 ? UInt8(ascii: "S") : 0 {
                case UInt8(ascii: "s"):
                    if let index = SheetXML.integer(value) { strings.append(index, to: &cellText) }
                case UInt8(ascii: "b"):
                    cellText.append(contentsOf: (value.first == UInt8(ascii: "1") ? "true" : "false").utf8)
                case UInt8(ascii: "S") where type.elementsEqual(SheetXML.Name.formulaString), UInt8(ascii: "e"):
                    SheetXML.decode(value, into: &cellText)
                default:
                    if dateStyles.contains(style), let date = Self.isoDate(value) { cellText.append(contentsOf: date.utf8) }
                    else { cellText.append(contentsOf: value) }
                }
            }
            if cellText.count > textStart { cells.append((column, textStart..<cellText.count)) }
        }
    }

    /// A date cell's serial (days since 1899-12-30) as ISO-8601 without a zone: the import's
    /// time zone applies, as for any zoneless time.
    static func isoDate(_ value: UnsafeBufferPointer<UInt8>) -> String? {
        guard let serial = Double(String(decoding: value, as: UTF8.self)), serial > 0, serial < 2_958_466 else { return nil }
        let seconds = Int(((serial - 25_569) * 86_400).rounded())
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let civil = CivilDate(secondsSince1970: days * 86_400)
        let rest = seconds - days * 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(civil.year)-\(two(civil.month))-\(two(civil.day))T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))"
    }

    private mutating func row(number: Int, into result: inout ImportResult) {
        guard !cells.isEmpty else { return }
        guard let header else {
            findHeader(number: number, into: &result)
            return
        }
        record.removeAll()
        for i in priorities.indices { priorities[i] = Int.max }
        for (column, range) in cells where column < plan.count {
            for target in plan[column] where target.priority < priorities[target.field.index] {
                cellText.withUnsafeBufferPointer { all in
                    let text = UnsafeBufferPointer(rebasing: all[range])
                    record.write(target.field, capacity: text.count) { buffer in
                        _ = buffer.initialize(from: text)
                        return text.count
                    }
                }
                priorities[target.field.index] = target.priority
            }
        }
        _ = header
        records += 1
        do {
            result.mentions.append(try mapper.mention(from: record))
        } catch {
            let raw = cells.map { String(decoding: cellText[$0.range], as: UTF8.self) }.joined(separator: "\t")
            if SpreadsheetRows.isTotals(raw) {
                result.warnings.append("sheet '\(sheet)' row \(number): a totals row, not a mention: skipped")
            } else {
                result.issues.append(ImportIssue(file: path, line: number, reason: "sheet '\(sheet)' row \(number): \(error)", raw: raw))
            }
        }
        if let session, !session.handOver(&result, records: records, bytesDone: 0, bytesTotal: 0) { stopped = true }
    }

    /// The first row naming at least two known fields, one of them an id, a date, text or URL.
    private mutating func findHeader(number: Int, into result: inout ImportResult) {
        let width = (cells.map(\.column).max() ?? 0) + 1
        var names = [String](repeating: "", count: width)
        for (column, range) in cells { names[column] = String(decoding: cellText[range], as: UTF8.self) }
        let keys = Set(names.map(CSVProfile.normalize))
        let profile = profiles.first { !$0.signature.isEmpty && Set($0.signature).isSubset(of: keys) } ?? .generic
        let candidate = profile.plan(headers: names)
        let fields = Set(candidate.flatMap { $0.map(\.field) })
        guard fields.count >= 2, !fields.isDisjoint(with: [.id, .createdAt, .text, .url]) else {
            rowsBeforeHeader += 1
            if rowsBeforeHeader == 30 {
                result.issues.append(ImportIssue(file: path, line: number, reason: "sheet '\(sheet)': no header row naming known columns (date, author, text…) in the first 30 rows"))
                stopped = true
            }
            return
        }
        if rowsBeforeHeader > 0 { result.warnings.append("sheet '\(sheet)': skipped \(rowsBeforeHeader) row(s) above the header") }
        if profile.name != CSVProfile.generic.name { result.format = "xlsx (\(profile.name))" }
        if let platform = profile.platform { mapper.defaultPlatform = platform }
        mapper.timestamps.dayFirst = profile.dayFirst ?? CSVDialect.headersSuggestDayFirst(names)
        result.explanation = ["sheet '\(sheet)', header on row \(number)" + (rowsBeforeHeader > 0 ? " (\(rowsBeforeHeader) row(s) above it skipped)" : ""),
                              "dates: date-formatted cells as they are; dates typed as text " + (mapper.timestamps.dayFirst ? "day first" : "month first")
                                + (CSVDialect.headersSuggestDayFirst(names) ? " (Spanish, German or French column names)" : "")]
            + ColumnExplanation.columns(headers: names, plan: candidate)
        header = names
        plan = candidate
    }

    mutating func finish(_ result: inout ImportResult, bytes: Int) {
        if header == nil && records == 0 && result.issues.isEmpty && !stopped {
            result.issues.append(ImportIssue(file: path, line: 0, reason: "sheet '\(sheet)': no header row naming known columns (date, author, text…)"))
        }
        session?.finish(&result, records: records, bytes: bytes)
    }
}
