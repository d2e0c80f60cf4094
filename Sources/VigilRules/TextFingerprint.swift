import Foundation

/// Near-identical texts as one key: the words of a text, lower-cased, without links, @handles,
/// hashtags, digits, punctuation or emoji (so "Boycott Kettlebird now!! 😡" and "boycott kettlebird now"
/// are one), hashed into one of a bounded number of groups so that a feed of a million distinct
/// texts does not make a million counters.
enum TextFingerprint {
    static let groups: UInt64 = 4096

    /// The group key of a text's fingerprint.
    static func group(of text: String) -> String {
        "t\(hash(ofWordsIn: text) % groups)"
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

    /// `hash(words(of: text).utf8)`, worked out scalar by scalar without building the words (a
    /// third of replaying a month through the rules went into building them). ASCII takes
    /// arithmetic; other capitals take Unicode's lower-case mapping, as `lowercased()` does. Where
    /// whole characters differ from their scalars (combining marks, which join the character
    /// before them, and Σ, whose small form depends on its place in the word) it takes the words.
    static func hash(ofWordsIn text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        var token: [Unicode.Scalar] = []
        var wordCount = 0
        func finishToken() {
            defer { token.removeAll(keepingCapacity: true) }
            guard let first = token.first else { return }
            // Links, handles and hashtags vary between copies of one message.
            if first == "@" || first == "#" { return }
            if token.count >= 4 && token[1] == "t" && token[2] == "t" && token[3] == "p" && first == "h" { return }
            if token.count >= 4 && first == "w" && token[1] == "w" && token[2] == "w" && token[3] == "." { return }
            var letters = 0
            for scalar in token where scalar.value < 0x80 ? (scalar.value | 0x20 >= 0x61 && scalar.value | 0x20 <= 0x7A) : scalar.properties.isAlphabetic {
                if letters == 0 && wordCount > 0 { add(0x20) }
                for byte in UTF8.encode(scalar)! { add(byte) }
                letters += 1
            }
            if letters > 0 { wordCount += 1 }
        }
        for scalar in text.unicodeScalars {
            if wordCount == 12 { break }
            let value = scalar.value
            if value < 0x80 {
                if value == 0x20 || (value >= 0x09 && value <= 0x0D) {
                    finishToken()
                } else {
                    token.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value | 0x20)! : scalar)
                }
            } else if value == 0x3A3 || value == 0x200D || [.nonspacingMark, .enclosingMark, .spacingMark].contains(scalar.properties.generalCategory) {
                return Self.hash(words(of: text).utf8)
            } else if scalar.properties.isWhitespace {
                finishToken()
            } else if scalar.properties.changesWhenLowercased {
                token.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                token.append(scalar)
            }
        }
        if wordCount < 12 { finishToken() }
        return hash
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
