import Foundation

/// An `.xlsx` workbook opened for reading: the zip container (`ZipArchive`), which sheet to
/// read, the shared strings and which cell styles are dates. Parts stream out in chunks.
struct Workbook {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let archive: ZipArchive
    /// Sheet names in workbook order, with their part paths.
    let sheets: [(name: String, path: String)]

    static let chunkSize = 256 * 1024

    init(data: Data) throws(Failure) {
        do {
            archive = try ZipArchive(data: data)
        } catch {
            throw Failure(description: error.description)
        }
        guard archive.contains("xl/workbook.xml") else {
            throw Failure(description: "not an .xlsx workbook: no xl/workbook.xml (an .xls or .ods file must be saved as .xlsx or CSV first)")
        }
        let relations = Self.relations((try? archive.read("xl/_rels/workbook.xml.rels")) ?? Data())
        var sheets: [(String, String)] = []
        let xml = (try? archive.read("xl/workbook.xml")) ?? Data()
        xml.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var i = 0
            while let (start, afterName) = SheetXML.nextElement(bytes, named: SheetXML.Name.sheet, from: i),
                  let (end, _) = SheetXML.tagEnd(bytes, from: afterName) {
                let tag = start..<end
                var name: [UInt8] = []
                if let range = SheetXML.attribute(bytes, SheetXML.Name.name, in: tag) { SheetXML.decode(UnsafeBufferPointer(rebasing: bytes[range]), into: &name) }
                let id = SheetXML.attribute(bytes, SheetXML.Name.id, in: tag).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
                if let id, let target = relations[id] {
                    sheets.append((String(decoding: name, as: UTF8.self), target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target))
                }
                i = end
            }
        }
        if sheets.isEmpty, archive.contains("xl/worksheets/sheet1.xml") { sheets = [("Sheet1", "xl/worksheets/sheet1.xml")] }
        self.sheets = sheets
    }

    /// The part path of the sheet to read: the named one, else the first.
    func sheetPath(named name: String?) throws(Failure) -> (name: String, path: String) {
        guard let first = sheets.first else { throw Failure(description: "the workbook has no worksheets") }
        guard let name else { return first }
        guard let sheet = sheets.first(where: { $0.name == name }) ?? sheets.first(where: { $0.name.lowercased() == name.lowercased() }) else {
            throw Failure(description: "no sheet named '\(name)' (sheets: \(sheets.map(\.name).joined(separator: ", ")))")
        }
        return sheet
    }

    /// Streams a part's bytes to `consume` in chunks.
    func stream(_ path: String, _ consume: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        try archive.stream(path, chunkSize: Self.chunkSize, consume)
    }

    /// rId → target, from a relationships part.
    private static func relations(_ data: Data) -> [String: String] {
        var out: [String: String] = [:]
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var i = 0
            while let (start, afterName) = SheetXML.nextElement(bytes, named: SheetXML.Name.relationship, from: i),
                  let (end, _) = SheetXML.tagEnd(bytes, from: afterName) {
                let tag = start..<end
                if let id = SheetXML.attribute(bytes, SheetXML.Name.relationshipID, in: tag), let target = SheetXML.attribute(bytes, SheetXML.Name.target, in: tag) {
                    out[String(decoding: UnsafeBufferPointer(rebasing: bytes[id]), as: UTF8.self)] = String(decoding: UnsafeBufferPointer(rebasing: bytes[target]), as: UTF8.self)
                }
                i = end
            }
        }
        return out
    }

    /// Which cell style indexes (`s`) format numbers as dates, from `xl/styles.xml`.
    func dateStyles() -> Set<Int> {
        guard let xml = try? archive.read("xl/styles.xml") else { return [] }
        return xml.withUnsafeBytes { raw -> Set<Int> in
            let bytes = raw.bindMemory(to: UInt8.self)
            // Custom number formats that are dates: their code has d, m, y, h or s outside quotes and brackets.
            var customDates = Set<Int>()
            var i = 0
            while let (start, afterName) = SheetXML.nextElement(bytes, named: SheetXML.Name.numberFormat, from: i),
                  let (end, _) = SheetXML.tagEnd(bytes, from: afterName) {
                if let id = SheetXML.attribute(bytes, SheetXML.Name.numberFormatID, in: start..<end).flatMap({ Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self)) }),
                   let code = SheetXML.attribute(bytes, SheetXML.Name.formatCode, in: start..<end) {
                    var decoded: [UInt8] = []
                    SheetXML.decode(UnsafeBufferPointer(rebasing: bytes[code]), into: &decoded)
                    if Self.isDateFormat(String(decoding: decoded, as: UTF8.self)) { customDates.insert(id) }
                }
                i = end
            }
            // cellXfs: the n-th <xf> is style n.
            guard let xfs = SheetXML.nextElement(bytes, named: SheetXML.Name.cellFormats, from: 0),
                  let xfsEnd = SheetXML.nextElement(bytes, named: SheetXML.Name.cellFormats, from: xfs.afterName, closing: true) else { return [] }
            let section = UnsafeBufferPointer(rebasing: bytes[..<xfsEnd.start])
            var styles = Set<Int>()
            var index = 0
            i = xfs.afterName
            while let (start, afterName) = SheetXML.nextElement(section, named: SheetXML.Name.format, from: i),
                  let (end, _) = SheetXML.tagEnd(section, from: afterName) {
                let id = SheetXML.attribute(section, SheetXML.Name.numberFormatID, in: start..<end)
                    .flatMap { Int(String(decoding: UnsafeBufferPointer(rebasing: section[$0]), as: UTF8.self)) } ?? 0
                if (14...22).contains(id) || (45...47).contains(id) || (27...36).contains(id) || (50...58).contains(id) || customDates.contains(id) {
                    styles.insert(index)
                }
                index += 1
                i = end
            }
            return styles
        }
    }

    static func isDateFormat(_ code: String) -> Bool {
        var inQuote = false
        var inBracket = false
        for character in code.lowercased() {
            switch character {
            case "\"": inQuote.toggle()
            case "[": inBracket = true
            case "]": inBracket = false
            case "d", "m", "y", "h", "s": if !inQuote && !inBracket { return true }
            default: break
            }
        }
        return false
    }
}
