import Foundation
import VigilCore

/// Text preparation: emoji replaced by their descriptions, whitespace and tokens as VADER's
/// Python splits them, punctuation emphasis.
extension VADERAnalyzer {
    // MARK: - Text preparation

    /// Emoji become their descriptions ("😡" → "pouting face"), one code point at a time
    /// (parity), each set off by a space unless one precedes it. Writes into `out` (at least
    /// `replacedSize` bytes) and returns the count.
    func replaceEmoji(_ bytes: UnsafeBufferPointer<UInt8>, from first: Int, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var written = 0
        func copy(_ range: Range<Int>) {
            guard !range.isEmpty, let from = bytes.baseAddress, let to = out.baseAddress else { return }
            (to + written).update(from: from + range.lowerBound, count: range.count)
            written += range.count
        }
        copy(0..<first)
        var previousWasSpace = first == 0 || bytes[first - 1] == UInt8(ascii: " ")
        var i = first
        var copied = first
        while i < bytes.count {
            let (scalar, width) = Self.scalar(in: bytes, at: i)
            if scalar >= 0x80, let description = emoji.descriptionBytes(scalar) {
                copy(copied..<i)
                if !previousWasSpace { out[written] = UInt8(ascii: " "); written += 1 }
                description.withUnsafeBufferPointer { described in
                    if let from = described.baseAddress, let to = out.baseAddress { (to + written).update(from: from, count: described.count) }
                }
                written += description.count
                previousWasSpace = false
                copied = min(i + width, bytes.count)
            } else {
                previousWasSpace = scalar == 0x20
            }
            i += width
        }
        copy(copied..<bytes.count)
        return written
    }

    /// An upper bound of the text's length once its emoji are described.
    func replacedSize(_ bytes: UnsafeBufferPointer<UInt8>, from first: Int) -> Int {
        var size = bytes.count
        var i = first
        while i < bytes.count {
            let (scalar, width) = Self.scalar(in: bytes, at: i)
            if scalar >= 0x80, let description = emoji.descriptionBytes(scalar) { size += description.count + 1 }
            i += width
        }
        return size
    }

    /// Where the first emoji of the lexicon starts, if any, and the `!`/`?` emphasis of the
    /// text (eight ASCII bytes a step: each byte equal to the mark becomes 0x80, then count).
    func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (firstEmoji: Int?, emphasis: Double) {
        let raw = UnsafeRawBufferPointer(bytes)
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        @inline(__always) func matches(_ word: UInt64, _ mark: UInt64) -> Int {
            let x = word ^ mark
            return (~(((x & low7) &+ low7) | x | low7)).nonzeroBitCount
        }
        var exclamations = 0, questions = 0
        var i = 0
        while i < bytes.count {
            if i + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    exclamations += matches(word, 0x2121_2121_2121_2121)
                    questions += matches(word, 0x3F3F_3F3F_3F3F_3F3F)
                    i += 8
                    continue
                }
            }
            let byte = bytes[i]
            if byte < 0x80 {
                if byte == UInt8(ascii: "!") { exclamations += 1 } else if byte == UInt8(ascii: "?") { questions += 1 }
                i += 1
                continue
            }
            let (scalar, width) = Self.scalar(in: bytes, at: i)
            if isLexiconEmoji(scalar) { return (i, 0) }
            i += width
        }
        return (nil, Self.emphasis(exclamations: exclamations, questions: questions))
    }

    /// Two-byte scalars (accented letters) are checked against a bitmap, not the dictionary.
    @inline(__always) private func isLexiconEmoji(_ scalar: UInt32) -> Bool {
        if scalar < 0x800 {
            guard emojiBelow800[Int(scalar >> 6)] & (1 << UInt64(scalar & 63)) != 0 else { return false }
        }
        return emoji.contains(scalar)
    }

    /// The scalar starting at `i` and its length in bytes (text from a `String` is valid UTF-8).
    @inline(__always) static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let lead = bytes[i]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let width = lead >= 0xF0 ? 4 : (lead >= 0xE0 ? 3 : 2)
        var value = UInt32(lead) & (width == 2 ? 0x1F : (width == 3 ? 0x0F : 0x07))
        for k in 1..<width where i + k < bytes.count { value = value << 6 | (UInt32(bytes[i + k]) & 0x3F) }
        return (value, width)
    }

    static func stripWhitespace(_ text: String) -> String {
        if let first = text.utf8.first, let last = text.utf8.last, first > 0x20, last > 0x20, first < 0x80, last < 0x80 { return text }
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isPythonSpace($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isPythonSpace($0) })!
        return String(scalars[start...end])
    }

    /// Calls `body` with the byte range of each token of Python's `str.split()`.
    static func forEachRawToken(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void) {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let raw = UnsafeRawBufferPointer(bytes)
        var start = -1
        var i = 0
        while i < bytes.count {
            if start >= 0 {
                // Inside a word: pass over printable ASCII (0x21–0x7F) eight bytes a step. The
                // lowest byte flagged below 0x21 or from 0x80 is exact (a borrow only flags bytes above it).
                while i + 8 <= bytes.count {
                    let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    let special = (((x &- ones &* 0x21) & ~x) | x) & highs
                    if special == 0 {
                        i += 8
                        continue
                    }
                    i += special.trailingZeroBitCount &>> 3
                    break
                }
                guard i < bytes.count else { break }
            }
            let byte = bytes[i]
            let width: Int
            let isSpace: Bool
            if byte < 0x80 {
                width = 1
                isSpace = (byte >= 0x09 && byte <= 0x0D) || (byte >= 0x1C && byte <= 0x20)
            } else {
                width = byte >= 0xF0 ? 4 : (byte >= 0xE0 ? 3 : 2)
                isSpace = isNonASCIISpace(bytes, at: i)
            }
            if isSpace {
                if start >= 0 { body(start, i); start = -1 }
            } else if start < 0 {
                start = i
            }
            i += width
        }
        if start >= 0 { body(start, min(i, bytes.count)) }
    }

    /// Python's non-ASCII spaces (U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029,
    /// U+202F, U+205F, U+3000) recognized from their UTF-8 bytes.
    @inline(__always)
    static func isNonASCIISpace(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let lead = bytes[i]
        guard lead == 0xC2 || lead == 0xE1 || lead == 0xE2 || lead == 0xE3, i + 1 < bytes.count else { return false }
        let second = bytes[i + 1]
        if lead == 0xC2 { return second == 0x85 || second == 0xA0 }
        guard i + 2 < bytes.count else { return false }
        let third = bytes[i + 2]
        switch lead {
        case 0xE1: return second == 0x9A && third == 0x80
        case 0xE2:
            if second == 0x80 { return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF }
            return second == 0x81 && third == 0x9F
        default: return second == 0x80 && third == 0x80
        }
    }

    /// For each whitespace-separated token, whether it ends with clause punctuation.
    static func clauseEnds(_ text: String, count: Int) -> [Bool] {
        var ends: [Bool] = []
        var last: Character = " "
        var inToken = false
        for character in text {
            if character.isWhitespace {
                if inToken { ends.append(",;.!?…:".contains(last)); inToken = false }
            } else {
                inToken = true
                last = character
            }
        }
        if inToken { ends.append(",;.!?…:".contains(last)) }
        // Python and Swift disagree on a few exotic spaces: never misalign, just give up.
        return ends.count == count ? ends : Array(repeating: false, count: count)
    }

    /// 0x21–0x2F, 0x3A–0x40, 0x5B–0x60, 0x7B–0x7E (Python's `string.punctuation`), as two bitmaps.
    @inline(__always)
    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        let below64: UInt64 = 0xFC00_FFFE_0000_0000, from64: UInt64 = 0x7800_0001_F800_0001
        if byte < 64 { return below64 >> UInt64(byte) & 1 != 0 }
        return byte < 128 && from64 >> UInt64(byte - 64) & 1 != 0
    }

    static func isPythonSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Python's `str.isupper()`: at least one cased character and no lowercase ones.
    static func isUpper(_ word: String) -> Bool {
        var cased = false
        for scalar in word.unicodeScalars {
            let properties = scalar.properties
            if properties.isLowercase || properties.generalCategory == .titlecaseLetter { return false }
            if properties.isUppercase { cased = true }
        }
        return cased
    }
}
