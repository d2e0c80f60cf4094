import Foundation

/// Cheap normalizations for values read from feeds, on the import hot path.
extension String {
    /// The string without leading and trailing ASCII whitespace (no copy when there is none).
    public var trimmedASCIIWhitespace: String {
        let bytes = utf8
        guard let first = bytes.first, let last = bytes.last else { return self }
        if !Self.isASCIIWhitespace(first) && !Self.isASCIIWhitespace(last) { return self }
        guard let start = bytes.firstIndex(where: { !Self.isASCIIWhitespace($0) }) else { return "" }
        let end = bytes.lastIndex(where: { !Self.isASCIIWhitespace($0) })!
        return String(self[start...end])
    }

    /// Trimmed and lowercased, skipping the work when the value is already a lowercase key.
    public var feedKey: String {
        let trimmed = trimmedASCIIWhitespace
        if trimmed.utf8.allSatisfy({ $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) }) { return trimmed }
        return trimmed.lowercased()
    }

    /// "Full Text" → "full_text", " Date-Time " → "date_time": the form headers and keys are
    /// compared in (trimmed, lowercased, spaces and dashes as underscores). Headers are read
    /// for every candidate header row and profile, so ASCII ones skip Foundation.
    public var headerKey: String {
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return String(trimmingCharacters(in: .whitespacesAndNewlines).lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
        }
        var bytes = Array(trimmedASCIIWhitespace.utf8)
        for i in bytes.indices {
            switch bytes[i] {
            case 0x41...0x5A: bytes[i] |= 0x20
            case 0x20, 0x2D: bytes[i] = 0x5F
            default: break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @inline(__always)
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
