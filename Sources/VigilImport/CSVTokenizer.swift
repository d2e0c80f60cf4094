/// Byte-level RFC 4180 tokenizer: quoted fields with delimiters, doubled quotes and
/// newlines; CRLF or LF line ends. It yields field byte ranges, so callers decode only
/// the fields they use.
public struct CSVField: Sendable {
    public var start: Int
    public var end: Int
    /// The field contained `""` that must become `"` when decoded.
    public var hasEscapedQuotes: Bool
}

public enum CSVTokenizerError: Error, Equatable, Sendable {
    case unterminatedQuote
}

public struct CSVTokenizer {
    public let delimiter: UInt8
    /// Byte offset where the next record starts.
    public private(set) var position: Int
    /// 1-based physical line where the next record starts.
    public private(set) var line: Int

    static let quote = UInt8(ascii: "\"")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    public init(delimiter: UInt8 = UInt8(ascii: ","), position: Int = 0, line: Int = 1) {
        self.delimiter = delimiter
        self.position = position
        self.line = line
    }

    /// Reads one record into `fields`. Returns false at the end of input.
    /// A record whose quote never closes throws and leaves the position at the end.
    public mutating func nextRecord(_ bytes: UnsafeBufferPointer<UInt8>, into fields: inout [CSVField]) throws -> Bool {
        fields.removeAll(keepingCapacity: true)
        let count = bytes.count
        var i = position
        if i >= count { return false }
        let delimiter = self.delimiter
        while true {
            // One field.
            if i < count && bytes[i] == CSVTokenizer.quote {
                i += 1
                let start = i
                var escaped = false
                var closed = false
                while i < count {
                    i = CSVTokenizer.skip(bytes, from: i, until: CSVTokenizer.quote, CSVTokenizer.newline, CSVTokenizer.quote)
                    guard i < count else { break }
                    let byte = bytes[i]
                    if byte == CSVTokenizer.quote {
                        if i + 1 < count && bytes[i + 1] == CSVTokenizer.quote {
                            escaped = true
                            i += 2
                            continue
                        }
                        closed = true
                        break
                    }
                    if byte == CSVTokenizer.newline { line += 1 }
                    i += 1
                }
                if !closed {
                    position = count
                    throw CSVTokenizerError.unterminatedQuote
                }
                var end = i
                i += 1  // closing quote
                // Lenient: text after the closing quote joins the field (`"a"b` -> `a"b`).
                while i < count && bytes[i] != delimiter && bytes[i] != CSVTokenizer.newline && bytes[i] != CSVTokenizer.carriageReturn {
                    i += 1
                    end = i
                }
                fields.append(CSVField(start: start, end: end, hasEscapedQuotes: escaped))
            } else {
                let start = i
                i = CSVTokenizer.skip(bytes, from: i, until: delimiter, CSVTokenizer.newline, CSVTokenizer.carriageReturn)
                fields.append(CSVField(start: start, end: i, hasEscapedQuotes: false))
            }
            // After a field: delimiter, line end, or end of input.
            if i >= count {
                position = count
                return true
            }
            let byte = bytes[i]
            if byte == delimiter {
                i += 1
                continue
            }
            if byte == CSVTokenizer.carriageReturn {
                i += 1
                if i < count && bytes[i] == CSVTokenizer.newline { i += 1 }
            } else {
                i += 1
            }
            line += 1
            position = i
            return true
        }
    }

    /// The index of the first of the three bytes at or after `start` (or the end): eight bytes
    /// a step, using the "has zero byte" bit trick (the lowest flagged byte is always exact).
    @inline(__always)
    static func skip(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, until a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let (pa, pb, pc) = (ones &* UInt64(a), ones &* UInt64(b), ones &* UInt64(c))
        let raw = UnsafeRawBufferPointer(bytes)
        var i = start
        while i + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let xa = word ^ pa, xb = word ^ pb, xc = word ^ pc
            let found = (((xa &- ones) & ~xa) | ((xb &- ones) & ~xb) | ((xc &- ones) & ~xc)) & highs
            if found != 0 { return i + found.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < bytes.count {
            let byte = bytes[i]
            if byte == a || byte == b || byte == c { return i }
            i += 1
        }
        return i
    }

    /// Decodes a field as UTF-8 (invalid bytes become U+FFFD), undoing doubled quotes.
    public static func string(_ field: CSVField, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[field.start..<field.end])
        guard field.hasEscapedQuotes else { return String(decoding: slice, as: UTF8.self) }
        return String(unsafeUninitializedCapacity: slice.count) { unescape(field, in: bytes, into: $0) }
    }

    /// Copies the field into `target` (at least the field's length) with doubled quotes undone;
    /// returns the bytes written.
    public static func unescape(_ field: CSVField, in bytes: UnsafeBufferPointer<UInt8>, into target: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var i = field.start
        var written = 0
        while i < field.end {
            target[written] = bytes[i]
            written += 1
            i += bytes[i] == CSVTokenizer.quote && i + 1 < field.end && bytes[i + 1] == CSVTokenizer.quote ? 2 : 1
        }
        return written
    }
}
