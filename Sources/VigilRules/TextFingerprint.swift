import Foundation

/// Near-identical texts as one key: the words of a text, lower-cased, without links, @handles,
/// hashtags, digits, punctuation or emoji (so "Boycott Kettlebird now!! 😡" and "boycott kettlebird now"
/// are one), hashed into one of a bounded number of groups so that a feed of a million distinct
/// texts does not make a million counters.
enum TextFingerprint {
    static let groups: UInt64 = 4096

    /// The group key of a text's fingerprint.
    static func group(of text: String) -> String {
        "t\((asciiHash(of: text) ?? hash(words(of: text).utf8)) % groups)"
    }

    /// FNV-1a.
    static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The hash of `words(of:)` for a text of printable ASCII and ASCII white space, read from
    /// its bytes without building the words (a third of replaying a month through the rules
    /// went into building them); nil for any other text, which takes the general way.
    static func asciiHash(of text: String) -> UInt64? {
        var text = text
        return text.withUTF8 { bytes -> UInt64? in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            func add(_ byte: UInt8) {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
            var words = 0
            var position = 0
            let count = bytes.count
            while position < count && words < 12 {
                let byte = bytes[position]
                guard byte < 0x80, byte >= 0x20 || isSpace(byte), byte != 0x7F else { return nil }
                if isSpace(byte) { position += 1; continue }
                var end = position
                while end < count && !isSpace(bytes[end]) {
                    guard bytes[end] < 0x80, bytes[end] >= 0x20, bytes[end] != 0x7F else { return nil }
                    end += 1
                }
                // Links, handles and hashtags are skipped, as `words(of:)` skips them.
                let first = lower(bytes[position])
                let skipped = first == 0x40 || first == 0x23
                    || (end - position >= 4 && first == 0x68 && lower(bytes[position + 1]) == 0x74 && lower(bytes[position + 2]) == 0x74 && lower(bytes[position + 3]) == 0x70)
                    || (end - position >= 4 && first == 0x77 && lower(bytes[position + 1]) == 0x77 && lower(bytes[position + 2]) == 0x77 && bytes[position + 3] == 0x2E)
                if !skipped {
                    var letters = 0
                    for index in position..<end {
                        let letter = lower(bytes[index])
                        guard letter >= 0x61 && letter <= 0x7A else { continue }
                        if letters == 0 && words > 0 { add(0x20) }
                        add(letter)
                        letters += 1
                    }
                    if letters > 0 { words += 1 }
                }
                position = end
            }
            return hash
        }
    }

    /// The first twelve words, as compared.
    static func words(of text: String) -> String {
        var words: [String] = []
        for token in text.lowercased().split(whereSeparator: { $0.isWhitespace }) {
            // Links, handles and hashtags vary between copies of one message.
            if token.hasPrefix("http") || token.hasPrefix("@") || token.hasPrefix("#") || token.hasPrefix("www.") { continue }
            let letters = String(token.unicodeScalars.filter { $0.properties.isAlphabetic }.map(Character.init))
            if !letters.isEmpty { words.append(letters) }
            if words.count == 12 { break }
        }
        return words.joined(separator: " ")
    }
}
