import Foundation

/// Brings any feed's bytes to UTF-8 before parsing: UTF-8 (BOM dropped), UTF-16 LE/BE with a
/// BOM (Meltwater's exports), else Windows-1252 when the bytes are not valid UTF-8.
public enum FeedEncoding {
    public struct Decoded {
        public var data: Data
        public var encoding: String
        public var warning: String?
    }

    public static func normalize(_ data: Data) -> Decoded {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            return Decoded(data: data.dropFirst(3), encoding: "utf-8", warning: nil)
        }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            let littleEndian = data.first == 0xFF
            var body = data.dropFirst(2)
            if body.count % 2 == 1 { body = body.dropLast() }
            let text = String(data: Data(body), encoding: littleEndian ? .utf16LittleEndian : .utf16BigEndian)
                ?? decodeUTF16Repairing(Data(body), littleEndian: littleEndian)
            return Decoded(data: Data(text.utf8), encoding: littleEndian ? "utf-16le" : "utf-16be", warning: nil)
        }
        if isValidUTF8(data) {
            return Decoded(data: data, encoding: "utf-8", warning: nil)
        }
        let text = String(data: data, encoding: .windowsCP1252) ?? String(decoding: data, as: UTF8.self)
        return Decoded(data: Data(text.utf8), encoding: "windows-1252",
                       warning: "not valid UTF-8: read as Windows-1252; check accented characters")
    }

    static func isValidUTF8(_ data: Data) -> Bool {
        data.withUnsafeBytes { UTF8Validation.isValid($0) }
    }

    /// Unpaired surrogates become U+FFFD instead of failing the whole file.
    static func decodeUTF16Repairing(_ data: Data, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(data.count / 2)
        var index = data.startIndex
        while index + 1 < data.endIndex {
            let a = UInt16(data[index]), b = UInt16(data[index + 1])
            units.append(littleEndian ? a | b << 8 : b | a << 8)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
