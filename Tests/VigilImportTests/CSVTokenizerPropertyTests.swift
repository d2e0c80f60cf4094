import Testing
import VigilCore
@testable import VigilImport

/// The tokenizer finds field ends eight bytes at a time; this checks it against a plain
/// byte-at-a-time reading of the same rules on random inputs built from the bytes that matter.
@Suite struct CSVTokenizerPropertyTests {
    struct Record: Equatable {
        var fields: [[UInt8]]
        var escaped: [Bool]
        var position: Int
        var line: Int
    }

    /// Reads every record, or stops at an unterminated quote (the last element is then nil).
    static func reference(_ bytes: [UInt8], delimiter: UInt8) -> [Record?] {
        let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var records: [Record?] = []
        var i = 0
        var line = 1
        while i < bytes.count {
            var fields: [[UInt8]] = []
            var escaped: [Bool] = []
            while true {
                var field: [UInt8] = []
                var hasEscape = false
                if i < bytes.count && bytes[i] == quote {
                    i += 1
                    var closed = false
                    while i < bytes.count {
                        if bytes[i] == quote {
                            if i + 1 < bytes.count && bytes[i + 1] == quote {
                                field += [quote, quote]
                                hasEscape = true
                                i += 2
                                continue
                            }
                            closed = true
                            break
                        }
                        if bytes[i] == lf { line += 1 }
                        field.append(bytes[i])
                        i += 1
                    }
                    guard closed else { return records + [nil] }
                    i += 1
                    // Text after the closing quote joins the field, quote and all.
                    if i < bytes.count && ![delimiter, lf, cr].contains(bytes[i]) { field.append(quote) }
                    while i < bytes.count && ![delimiter, lf, cr].contains(bytes[i]) {
                        field.append(bytes[i])
                        i += 1
                    }
                } else {
                    while i < bytes.count && ![delimiter, lf, cr].contains(bytes[i]) {
                        field.append(bytes[i])
                        i += 1
                    }
                }
                fields.append(field)
                escaped.append(hasEscape)
                if i >= bytes.count { break }
                if bytes[i] == delimiter {
                    i += 1
                    continue
                }
                if bytes[i] == cr && i + 1 < bytes.count && bytes[i + 1] == lf { i += 1 }
                i += 1
                line += 1
                break
            }
            records.append(Record(fields: fields, escaped: escaped, position: i, line: line))
        }
        return records
    }

    static func tokenized(_ bytes: [UInt8], delimiter: UInt8) -> [Record?] {
        bytes.withUnsafeBufferPointer { buffer in
            var tokenizer = CSVTokenizer(delimiter: delimiter)
            var fields: [CSVField] = []
            var records: [Record?] = []
            while true {
                do {
                    guard try tokenizer.nextRecord(buffer, into: &fields) else { return records }
                } catch {
                    return records + [nil]
                }
                records.append(Record(fields: fields.map { Array(buffer[$0.start..<$0.end]) }, escaped: fields.map(\.hasEscapedQuotes),
                                      position: tokenizer.position, line: tokenizer.line))
            }
        }
    }

    @Test func agreesWithAByteAtATimeReading() {
        var generator = SeededGenerator(seed: 4180)
        for delimiter in [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")] {
            // The last five are what the word-at-a-time test may flag besides the three it looks for.
            let alphabet: [UInt8] = [delimiter, UInt8(ascii: "\""), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "a"),
                                     UInt8(ascii: "b"), 0xC3, 0xA9, UInt8(ascii: ","), UInt8(ascii: " "),
                                     delimiter ^ 1, 0x0E, 0x0B, 0x09, 0x00]
            for _ in 0..<3000 {
                // Mostly plain bytes, so that records span several eight-byte words.
                let length = Int(generator.next() % 60)
                let bytes = (0..<length).map { _ -> UInt8 in
                    let roll = Int(generator.next() % 28)
                    return roll < alphabet.count ? alphabet[roll] : UInt8(ascii: "x")
                }
                #expect(Self.tokenized(bytes, delimiter: delimiter) == Self.reference(bytes, delimiter: delimiter),
                        "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
            }
        }
    }
}
