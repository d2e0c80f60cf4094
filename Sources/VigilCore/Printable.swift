/// Makes text from feeds safe to print on a terminal outside the dashboard (summaries,
/// warnings): control characters become visible escapes, so `ESC[2J` prints as `\u{1B}[2J`.
/// The dashboard has its own, stricter sanitizer for the cell grid.
public enum Printable {
    public static func text(_ value: String, keepingNewlines: Bool = false) -> String {
        func unsafe(_ scalar: Unicode.Scalar) -> Bool { isUnsafe(scalar) && !(keepingNewlines && scalar == "\n") }
        guard value.unicodeScalars.contains(where: unsafe) else { return value }
        var out = ""
        for scalar in value.unicodeScalars {
            if unsafe(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }
}
