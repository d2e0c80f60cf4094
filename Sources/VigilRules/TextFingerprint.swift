import Foundation

/// Near-identical texts as one key: the words of a text, lower-cased, without links, @handles,
/// hashtags, digits, punctuation or emoji (so "Boycott Kettlebird now!! 😡" and "boycott kettlebird now"
/// are one), hashed into one of a bounded number of groups so that a feed of a million distinct
/// texts does not make a million counters.
enum TextFingerprint {
    static let groups: UInt64 = 4096

    /// The group key of a text's fingerprint.
    static func group(of text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in words(of: text).utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return "t\(hash % groups)"
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
