import Foundation
import ZIPFoundation

/// An `.xlsx` workbook opened for reading: the zip container, which sheet to read, the shared
/// strings and which cell styles are dates. Parts stream out of the zip in chunks.
struct Workbook {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let archive: Archive
    /// The workbook file's size in bytes.
    let size: Int
    /// Sheet names in workbook order, with their part paths.
    let sheets: [(name: String, path: String)]

    static let chunkSize = 256 * 1024

    /// `path` is where `data` was read from, if it was: the archive is then read from the file
    /// (a part at a time) rather than from a copy of it in memory.
    init(data: Data, path: String? = nil) throws(Failure) {
        // A zip ends with its central directory's end record. Checked here first: ZIPFoundation
        // leaks its in-memory file when it rejects an archive (the common case: a truncated or
        // half-written workbook, which a followed file often is).
        guard Self.hasEndRecord(data) else {
            throw Failure(description: "not a readable .xlsx workbook (the zip is truncated or damaged: no end of central directory)")
        }
        guard let outside = ZipDirectoryCheck.partsOutsideTheFile(data) else {
            throw Failure(description: "not a readable .xlsx workbook (its zip directory is damaged)")
        }
        if let part = outside.first(where: { $0.hasPrefix("xl/") }) {
            throw Failure(description: "the workbook is damaged: its part \(part) claims more bytes than the file holds")
        }
        do {
            if let path, let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int, size == data.count {
                archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
            } else {
                // Not ZIPFoundation's in-memory archive: it traps on a damaged central directory
                // (found by FuzzXLSX), where reading a file just comes up short.
                archive = try Self.archiveInTemporaryFile(data)
            }
        } catch {
            throw Failure(description: "not a readable .xlsx workbook (zip: \(error))")
        }
        guard let workbook = archive["xl/workbook.xml"] else {
            throw Failure(description: "not an .xlsx workbook: no xl/workbook.xml (an .xls or .ods file must be saved as .xlsx or CSV first)")
        }
        size = data.count
        let relations = Self.relations(archive.entire("xl/_rels/workbook.xml.rels", archiveSize: data.count) ?? Data())
        var sheets: [(String, String)] = []
        let xml = archive.entire(workbook, archiveSize: data.count) ?? Data()
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
        if sheets.isEmpty, archive["xl/worksheets/sheet1.xml"] != nil { sheets = [("Sheet1", "xl/worksheets/sheet1.xml")] }
        self.sheets = sheets
    }

    /// An archive over a copy of `data` in an unlinked temporary file.
    private static func archiveInTemporaryFile(_ data: Data) throws -> Archive {
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("vigil-workbook-\(UUID().uuidString).xlsx")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }  // the archive keeps the file open
        return try Archive(url: url, accessMode: .read)
    }

    /// The end-of-central-directory signature (PK 5 6) within the last 64 KiB + 22 bytes.
    static func hasEndRecord(_ data: Data) -> Bool {
        guard data.count >= 22 else { return false }
        let tail = data.suffix(min(data.count, 65_535 + 22))
        return tail.withUnsafeBytes { raw -> Bool in
            let bytes = raw.bindMemory(to: UInt8.self)
            var i = bytes.count - 22
            while i >= 0 {
                if bytes[i] == 0x50, bytes[i + 1] == 0x4B, bytes[i + 2] == 0x05, bytes[i + 3] == 0x06 { return true }
                i -= 1
            }
            return false
        }
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
    func stream(_ path: String, _ consume: (Data) throws -> Void) throws {
        guard let entry = archive[path] else { throw Failure(description: "the workbook has no part \(path)") }
        guard Self.fits(entry, archiveSize: size) else {
            throw Failure(description: "the workbook is damaged: its part \(path) claims more bytes than the file holds")
        }
        _ = try archive.extract(entry, bufferSize: Self.chunkSize, skipCRC32: true, consumer: consume)
    }

    /// Whether an entry's stored bytes can be inside the file. ZIPFoundation reads a part until
    /// it has the size the directory claims, and never ends when the file is shorter (found by
    /// FuzzXLSX): such a part is refused here.
    static func fits(_ entry: Entry, archiveSize: Int) -> Bool {
        let stored = entry.isCompressed ? entry.compressedSize : entry.uncompressedSize
        return stored <= UInt64(archiveSize)
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
        guard let xml = archive.entire("xl/styles.xml", archiveSize: size) else { return [] }
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

extension Archive {
    /// A small part read whole (workbook, relationships, styles).
    func entire(_ path: String, archiveSize: Int) -> Data? {
        guard let entry = self[path] else { return nil }
        return entire(entry, archiveSize: archiveSize)
    }

    func entire(_ entry: Entry, archiveSize: Int) -> Data? {
        guard Workbook.fits(entry, archiveSize: archiveSize) else { return nil }
        var data = Data()
        do { _ = try extract(entry, skipCRC32: true) { data.append($0) } } catch { return nil }
        return data
    }
}
