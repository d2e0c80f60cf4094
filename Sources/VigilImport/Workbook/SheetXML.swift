import Foundation

/// Byte-level reading of the SpreadsheetML parts of a workbook (`sharedStrings.xml`, a sheet's
/// `sheetData`), as the zip entry streams out in chunks: complete elements are read from a buffer
/// and the unfinished tail is kept for the next chunk. Tags may carry a namespace prefix (`x:row`).
enum SheetXML {
    /// Element and attribute names, as bytes (made once, not per cell).
    enum Name {
        static let boolean: [UInt8] = Array("b".utf8)
        static let cell: [UInt8] = Array("c".utf8)
        static let cellFormats: [UInt8] = Array("cellXfs".utf8)
        static let error: [UInt8] = Array("e".utf8)
        static let format: [UInt8] = Array("xf".utf8)
        static let formatCode: [UInt8] = Array("formatCode".utf8)
        static let formulaString: [UInt8] = Array("str".utf8)
        static let id: [UInt8] = Array("id".utf8)
        static let inlineString: [UInt8] = Array("inlineStr".utf8)
        static let name: [UInt8] = Array("name".utf8)
        static let numberFormat: [UInt8] = Array("numFmt".utf8)
        static let numberFormatID: [UInt8] = Array("numFmtId".utf8)
        static let phonetic: [UInt8] = Array("rPh".utf8)
        static let reference: [UInt8] = Array("r".utf8)
        static let relationship: [UInt8] = Array("Relationship".utf8)
        static let relationshipID: [UInt8] = Array("Id".utf8)
        static let row: [UInt8] = Array("row".utf8)
        static let sheet: [UInt8] = Array("sheet".utf8)
        static let stringItem: [UInt8] = Array("si".utf8)
        static let style: [UInt8] = Array("s".utf8)
        static let target: [UInt8] = Array("Target".utf8)
        static let text: [UInt8] = Array("t".utf8)
        static let value: [UInt8] = Array("v".utf8)
    }

    /// A non-negative decimal integer straight from bytes.
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }


    /// The index of the next `<name` (local name, any prefix) at or after `from`, with the index
    /// just after the name; nil when none is complete in `bytes`.
    static func nextElement(_ bytes: UnsafeBufferPointer<UInt8>, named name: [UInt8], from start: Int, closing: Bool = false) -> (start: Int, afterName: Int)? {
        var i = start
        while i < bytes.count {
            guard let base = bytes.baseAddress, let found = memchr(base + i, 0x3C, bytes.count - i) else { return nil }
            let lt = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            var j = lt + 1
            if closing {
                guard j < bytes.count, bytes[j] == UInt8(ascii: "/") else { i = lt + 1; continue }
                j += 1
            } else if j < bytes.count, bytes[j] == UInt8(ascii: "/") {
                i = lt + 1
                continue
            }
            let nameStart = j
            while j < bytes.count, !isNameEnd(bytes[j]) { j += 1 }
            guard j < bytes.count else { return nil }
            var local = nameStart
            for k in nameStart..<j where bytes[k] == UInt8(ascii: ":") { local = k + 1 }
            if j - local == name.count, memcmp(base + local, name, name.count) == 0 { return (lt, j) }
            i = j
        }
        return nil
    }

    @inline(__always) static func isNameEnd(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// The end of the tag that starts before `from` (index after `>`), and whether it was `/>`.
    static func tagEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, selfClosing: Bool)? {
        var i = start
        var quote: UInt8 = 0
        while i < bytes.count {
            let byte = bytes[i]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return (i + 1, i > start && bytes[i - 1] == UInt8(ascii: "/"))
            }
            i += 1
        }
        return nil
    }

    /// An attribute's value within a start tag (`bytes[from..<end]`), by local name.
    static func attribute(_ bytes: UnsafeBufferPointer<UInt8>, _ name: [UInt8], in range: Range<Int>) -> Range<Int>? {
        var i = range.lowerBound
        while i < range.upperBound {
            while i < range.upperBound, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
            let nameStart = i
            while i < range.upperBound, bytes[i] != UInt8(ascii: "="), bytes[i] != 0x20, bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "/") { i += 1 }
            let nameEnd = i
            guard i < range.upperBound, bytes[i] == UInt8(ascii: "=") else { i += 1; continue }
            i += 1
            guard i < range.upperBound else { return nil }
            let quote = bytes[i]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
            let valueStart = i + 1
            i = valueStart
            while i < range.upperBound, bytes[i] != quote { i += 1 }
            var local = nameStart
            for k in nameStart..<nameEnd where bytes[k] == UInt8(ascii: ":") { local = k + 1 }
            if nameEnd - local == name.count, (0..<name.count).allSatisfy({ bytes[local + $0] == name[$0] }) { return valueStart..<i }
            i += 1
        }
        return nil
    }

    /// The text of every `<t>` inside `range` (rich-text runs joined; phonetic `<rPh>` runs left out),
    /// entities and `_xHHHH_` escapes decoded.
    static func texts(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, into out: inout [UInt8]) {
        var i = range.lowerBound
        let sub = UnsafeBufferPointer(rebasing: bytes[..<range.upperBound])
        while let (tStart, afterName) = nextElement(sub, named: SheetXML.Name.text, from: i) {
            // Skip phonetic runs: <rPh …><t>…</t></rPh>
            if let ph = nextElement(sub, named: SheetXML.Name.phonetic, from: i), ph.start < tStart,
               let phEnd = nextElement(sub, named: SheetXML.Name.phonetic, from: ph.afterName, closing: true) {
                i = phEnd.afterName
                continue
            }
            guard let (contentStart, selfClosing) = tagEnd(sub, from: afterName) else { return }
            if selfClosing { i = contentStart; continue }
            guard let close = nextElement(sub, named: SheetXML.Name.text, from: contentStart, closing: true) else { return }
            decode(UnsafeBufferPointer(rebasing: sub[contentStart..<close.start]), into: &out)
            i = close.afterName
        }
    }

    /// XML entities (`&amp;`, `&#233;`, `&#xE9;`) and OOXML's `_x000D_` escapes.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "&"), let semicolon = (i + 1..<min(bytes.count, i + 12)).first(where: { bytes[$0] == UInt8(ascii: ";") }) {
                let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<semicolon]), as: UTF8.self)
                var scalar: Unicode.Scalar?
                switch name {
                case "amp": scalar = "&"
                case "lt": scalar = "<"
                case "gt": scalar = ">"
                case "quot": scalar = "\""
                case "apos": scalar = "'"
                default:
                    if name.hasPrefix("#x") || name.hasPrefix("#X") { scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
                    else if name.hasPrefix("#") { scalar = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
                }
                if let scalar {
                    UTF8.encode(scalar) { out.append($0) }
                    i = semicolon + 1
                    continue
                }
            }
            if byte == UInt8(ascii: "_"), i + 6 < bytes.count, bytes[i + 1] == UInt8(ascii: "x"), bytes[i + 6] == UInt8(ascii: "_"),
               let code = UInt32(String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 2)..<(i + 6)]), as: UTF8.self), radix: 16),
               let scalar = Unicode.Scalar(code) {
                UTF8.encode(scalar) { out.append($0) }
                i += 7
                continue
            }
            out.append(byte)
            i += 1
        }
    }

    /// "BC12" → 54 (0-based column of a cell reference); nil past Excel's three letters (XFD),
    /// checked as the letters come (a reference of twenty letters overflowed, found by FuzzXLSX).
    static func column(of reference: UnsafeBufferPointer<UInt8>) -> Int? {
        var column = 0
        var letters = 0
        for byte in reference {
            let upper = byte & ~0x20
            guard upper >= UInt8(ascii: "A") && upper <= UInt8(ascii: "Z") else { break }
            letters += 1
            guard letters <= 3 else { return nil }
            column = column * 26 + Int(upper - 64)
        }
        return letters > 0 ? column - 1 : nil
    }
}
