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
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII (most posts): no Unicode folding needed.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            var pendingSpace = false
            for byte in text.utf8 {
                let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
                if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
                    if pendingSpace, !bytes.isEmpty { bytes.append(32) }
                    pendingSpace = false
                    bytes.append(lower)
                } else {
                    pendingSpace = true
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
    }
}
