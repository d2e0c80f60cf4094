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
        return try nextRecord(bytes) { _, field in fields.append(field) } != nil
    }

    /// Reads one record, handing each field to `visit` with its index (no array on the import
    /// hot path). Returns the number of fields, or nil at the end of input. A record whose quote
    /// never closes throws (after visiting the fields before it) and leaves the position at the end.
    @inline(__always)
    public mutating func nextRecord(_ bytes: UnsafeBufferPointer<UInt8>, visit: (Int, CSVField) -> Void) throws -> Int? {
        let count = bytes.count
        var i = position
        if i >= count { return nil }
        let delimiter = self.delimiter
        let patterns = Patterns(delimiter)
        let raw = UnsafeRawBufferPointer(bytes)
        var fieldCount = 0
        while true {
            if i < count && bytes[i] == CSVTokenizer.quote {
                visit(fieldCount, try quotedField(bytes, from: &i))
                fieldCount += 1
            } else {
                // A run of unquoted fields, their ends found eight bytes a step. The run stops at
                // a line end, the end of input, or a delimiter followed by a quoted field.
                var start = i
                var base = i
                i = count
                scan: do {
                    while base + 8 <= count {
                        var mask = patterns.candidates(raw.loadUnaligned(fromByteOffset: base, as: UInt64.self))
                        while mask != 0 {
                            let p = base &+ (mask.trailingZeroBitCount &>> 3)
                            mask &= mask &- 1
                            let byte = bytes[p]
                            guard byte == delimiter || byte == CSVTokenizer.newline || byte == CSVTokenizer.carriageReturn else { continue }
                            visit(fieldCount, CSVField(start: start, end: p, hasEscapedQuotes: false))
                            fieldCount += 1
                            if byte != delimiter || (p + 1 < count && bytes[p + 1] == CSVTokenizer.quote) {
                                i = p
                                break scan
                            }
                            start = p + 1
                        }
                        base += 8
                    }
                    var p = base
                    while p < count {
                        let byte = bytes[p]
                        if byte == delimiter || byte == CSVTokenizer.newline || byte == CSVTokenizer.carriageReturn {
                            visit(fieldCount, CSVField(start: start, end: p, hasEscapedQuotes: false))
                            fieldCount += 1
                            if byte != delimiter || (p + 1 < count && bytes[p + 1] == CSVTokenizer.quote) {
                                i = p
                                break scan
                            }
                            start = p + 1
                        }
                        p += 1
                    }
                    visit(fieldCount, CSVField(start: start, end: count, hasEscapedQuotes: false))
                    fieldCount += 1
                }
            }
            // After a field: delimiter, line end, or end of input.
            if i >= count {
                position = count
                return fieldCount
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
            return fieldCount
        }
    }

    /// The quoted field opening at `i`; leaves `i` after its closing quote (and any lenient text
    /// after it: `"a"b` reads as `a"b`).
    private mutating func quotedField(_ bytes: UnsafeBufferPointer<UInt8>, from i: inout Int) throws -> CSVField {
        let count = bytes.count
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
        while i < count && bytes[i] != delimiter && bytes[i] != CSVTokenizer.newline && bytes[i] != CSVTokenizer.carriageReturn {
            i += 1
            end = i
        }
        return CSVField(start: start, end: end, hasEscapedQuotes: escaped)
    }

    /// Finds the bytes that may end an unquoted field (the delimiter, LF, CR) in eight bytes at once.
    struct Patterns {
        static let ones: UInt64 = 0x0101_0101_0101_0101
        static let highs: UInt64 = 0x8080_8080_8080_8080
        let delimiter: UInt64

        init(_ delimiter: UInt8) {
            self.delimiter = Self.ones &* UInt64(delimiter)
        }

        /// 0x80 in every byte of `word` that is the delimiter or below 0x0E (LF and CR among
        /// them), and in a few others just above such a byte, so callers check each flagged byte.
        /// Half the work of an exact test of three bytes, and nothing is missed.
        @inline(__always)
        func candidates(_ word: UInt64) -> UInt64 {
            let x = word ^ delimiter
            return ((x &- Self.ones) & ~x | (word &- Self.ones &* 0x0E) & ~word) & Self.highs
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
        let end = field.end
        let text = UnsafeBufferPointer(rebasing: bytes[..<end])
        var i = field.start
        var written = 0
        while i < end {
            // The run up to the next quote, then that quote; the one doubling it is dropped.
            let q = skip(text, from: i, until: quote, quote, quote)
            (target.baseAddress! + written).update(from: text.baseAddress! + i, count: q - i)
            written += q - i
            if q == end { break }
            target[written] = quote
            written += 1
            i = q + 1 < end && text[q + 1] == quote ? q + 2 : q + 1
        }
        return written
    }
}
