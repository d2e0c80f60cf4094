/// Parses counts as feeds write them: `1250`, `"1250"`, `1,250`, `12k`, `1.2M`.
public enum NumberParser {
    /// The common case, plain digits, straight from bytes; anything else goes through `count(_:)`.
    public static func count(bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var value = 0
        var negative = false
        var i = 0
        if bytes.first == UInt8(ascii: "-") {
            negative = true
            i = 1
        }
        let digits = bytes.count - i
        if digits > 0 && digits <= 15 {
            while i < bytes.count {
                let d = bytes[i] &- 48
                guard d < 10 else { break }
                value = value &* 10 &+ Int(d)
                i += 1
            }
            if i == bytes.count { return negative ? -value : value }
        }
        return count(String(decoding: bytes, as: UTF8.self))
    }

    public static func count(_ text: String) -> Int? {
        var s = Substring(text.trimmedASCIIWhitespace)
        if s.isEmpty { return nil }
        var multiplier = 1.0
        switch s.last {
        case "k", "K": multiplier = 1_000; s = s.dropLast()
        case "m", "M": multiplier = 1_000_000; s = s.dropLast()
        case "b", "B": multiplier = 1_000_000_000; s = s.dropLast()
        default: break
        }
        if multiplier == 1, let value = Int(s) { return abs(value) < 9_000_000_000_000_000 ? value : nil }
        if multiplier == 1 {
            // Thousands separators: digits grouped by three after `,` `.` or a space.
            let isSeparator = { (c: Character) in c == "," || c == "." || c == " " || c == "\u{00A0}" || c == "\u{202F}" || c == "'" }
            let stripped = s.filter { !isSeparator($0) }
            let groups = s.split(whereSeparator: isSeparator)
            let groupsValid = groups.dropFirst().allSatisfy { $0.count == 3 }
            if groupsValid, let value = Int(stripped), abs(value) < 9_000_000_000_000_000 { return value }
            if let value = Double(s), value.isFinite, abs(value) < 9e15 { return Int(value) }
            return nil
        }
        guard let value = Double(s.replacingOccurrences(of: ",", with: ".")), value.isFinite, value >= 0, value * multiplier < 9e15 else { return nil }
        return Int((value * multiplier).rounded())
    }

    public static func bool(_ text: String) -> Bool? {
        switch text.feedKey {
        case "true", "yes", "1", "y", "verified", "sí", "si", "ja", "oui", "vrai", "verdadero", "wahr", "x", "✓", "✔": return true
        case "false", "no", "0", "n", "", "nein", "non", "faux", "falso", "falsch": return false
        default: return nil
        }
    }
}
