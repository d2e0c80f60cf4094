import Foundation

/// Text as a word index reads it: lower case without accents, split at anything but letters
/// and digits (as SQLite's FTS5 `unicode61 remove_diacritics 2` tokenizer does), so every store
/// finds the same mentions for the same words.
public enum SearchWords {
    public static func words(_ text: String) -> [String] {
        folded(text).split(separator: " ").map(String.init)
    }

    /// The words separated by single spaces.
    public static func folded(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            if let fast = foldedLatin(bytes) { return String(decoding: fast, as: UTF8.self) }
            return foldedByCharacters(String(decoding: bytes, as: UTF8.self))
        }
    }

    /// The definition: Foundation's folding, then words of letters and digits (grapheme clusters).
    /// A Unicode-aware walk through every character, slow on a feed of posts in four languages.
    static func foldedByCharacters(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
    }

    /// The same, byte by byte, for text of ASCII, Latin letters (U+0080–U+024F: all of Western
    /// Europe's) and symbols that are not letters or digits (emoji, punctuation); nil for any
    /// other text (another script, a combining accent), which takes the definition's way. Each
    /// Latin letter folds as the definition folds it alone (`latinFolds`, made from it), and
    /// precomposed letters fold alone as they do in a word, so the answers are the same (a test
    /// compares the two over generated text).
    static func foldedLatin(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var lastWasWord = false
        var i = 0
        func word(_ byte: UInt8) {
            if pendingSpace, !out.isEmpty { out.append(32) }
            pendingSpace = false
            out.append(byte)
        }
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x80 {
                let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
                if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
                    word(lower)
                    lastWasWord = true
                } else {
                    pendingSpace = true
                    lastWasWord = false
                }
                i += 1
                continue
            }
            // A scalar of two to four bytes (the text is valid UTF-8).
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            guard i + length <= bytes.count else { return nil }
            var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
            i += length
            if value <= 0x24F {
                let fold = latinFolds[Int(value) - 0x80]
                switch fold {
                case .separator:
                    pendingSpace = true
                    lastWasWord = false
                case .word(let folded):
                    for b in folded { word(b) }
                    lastWasWord = true
                case .other:
                    return nil
                }
                continue
            }
            guard let scalar = Unicode.Scalar(value) else { return nil }
            switch scalar.properties.generalCategory {
            case .format:
                // Joiners and prepended marks change how characters group: the definition decides.
                return nil
            case .nonspacingMark, .spacingMark, .enclosingMark:
                // Joins the character before it (an accent, a variation selector): only after a
                // symbol is it sure to stay out of every word (alone at the start it may be a letter).
                if lastWasWord || i == length { return nil }
            default:
                // An emoji skin tone joins a letter before it as an accent would.
                if lastWasWord && (0x1F3FB...0x1F3FF).contains(value) { return nil }
                let character = Character(scalar)
                if character.isLetter || character.isNumber { return nil }
            }
            pendingSpace = true
            lastWasWord = false
        }
        return out
    }

    enum LatinFold: Sendable {
        case separator
        case word([UInt8])
        case other
    }

    /// How the definition folds each scalar from U+0080 to U+024F on its own.
    static let latinFolds: [LatinFold] = (0x80...0x24F).map { value in
        let folded = foldedByCharacters(String(Character(Unicode.Scalar(UInt32(value))!)))
        if folded.isEmpty { return .separator }
        if folded.contains(" ") { return .other }
        return .word(Array(folded.utf8))
    }
}
