/// Checks that bytes are well-formed UTF-8 without building a string: eight ASCII bytes at a
/// time, and each multi-byte sequence against the Unicode table (no overlong forms, no
/// surrogates, nothing above U+10FFFF). `String(validating:)` copies the whole file to do this.
enum UTF8Validation {
    static func isValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
        validPrefix(bytes) == bytes.count
    }

    /// Whether a large file reads as UTF-8, judged like browsers judge a page: by the text around
    /// its first non-ASCII byte (64 KiB of it). Windows-1252 text fails at once (an accented
    /// letter followed by ASCII is never valid UTF-8); a file that is ASCII throughout is UTF-8.
    /// Invalid bytes further on are repaired as U+FFFD when their fields are decoded, rather than
    /// costing every large import a second pass over the file.
    static func looksLikeUTF8(_ blocks: FileBlocks) -> Bool {
        while true {
            let window = UnsafeRawBufferPointer(blocks.window)
            guard let first = firstNonASCII(window) else {
                if blocks.isComplete { return true }
                blocks.advance(keepingFrom: window.count)
                continue
            }
            if window.count - first < 64 * 1024 && !blocks.isComplete {
                blocks.advance(keepingFrom: first)
                blocks.ensure(64 * 1024)
                continue
            }
            let sample = UnsafeRawBufferPointer(rebasing: window[first..<min(window.count, first + 64 * 1024)])
            return validPrefix(sample) != nil
        }
    }

    /// The bytes as a string when they are well-formed, checked here a word at a time:
    /// `String(decoding:as:)` checks every byte of non-ASCII text one by one.
    @available(macOS 26, *)
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let raw = UnsafeRawBufferPointer(bytes)
        let first = firstNonASCII(raw)
        if let first, validPrefix(UnsafeRawBufferPointer(rebasing: raw[first...])) != raw.count - first { return nil }
        return String(copying: UTF8Span(unchecked: Span(_unsafeElements: bytes), isKnownASCII: first == nil))
    }

    @inline(__always)
    private static func firstNonASCII(_ bytes: UnsafeRawBufferPointer) -> Int? {
        let count = bytes.count
        var i = 0
        if count >= 8 {
            // Word by word, the last word overlapping the one before it (lowest byte first).
            while true {
                let high = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080
                if high != 0 { return i + high.trailingZeroBitCount >> 3 }
                if i == count - 8 { return nil }
                i = min(i + 8, count - 8)
            }
        }
        while i < count {
            if bytes[i] >= 0x80 { return i }
            i += 1
        }
        return nil
    }

    /// How many bytes from the start are complete, well-formed sequences; nil when something is
    /// malformed. A sequence cut off by the end of the buffer is left out (its next block decides).
    static func validPrefix(_ bytes: UnsafeRawBufferPointer) -> Int? {
        let count = bytes.count
        var i = 0
        while i < count {
            // Mostly ASCII: 32 bytes a step while no byte has its high bit set.
            while i + 32 <= count {
                let a = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let b = bytes.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
                let c = bytes.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self)
                let d = bytes.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self)
                guard (a | b | c | d) & 0x8080_8080_8080_8080 == 0 else { break }
                i += 32
            }
            if i == count { break }
            if i + 8 <= count {
                // Straight to the first non-ASCII byte of the word (the lowest byte comes first).
                let high = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080
                if high == 0 {
                    i += 8
                    continue
                }
                i += high.trailingZeroBitCount >> 3
            }
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return nil
            }
            guard i + length <= count else { return i }
            let second = bytes[i + 1]
            guard second >= low && second <= high else { return nil }
            for k in 2..<max(2, length) where bytes[i + k] & 0xC0 != 0x80 { return nil }
            i += length
        }
        return count
    }
}
