import CNcurses
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Column widths as the terminal (through ncurses and glibc's `wcwidth`) lays them out.
public enum DisplayWidth {
    /// `wcwidth` answers only under a UTF-8 locale; tests and cron start in "C".
    /// Ensures LC_CTYPE is UTF-8, falling back to C.UTF-8, once.
    public static let localeIsUTF8: Bool = {
        if currentCodesetIsUTF8() { return true }
        _ = setlocale(LC_CTYPE, "C.UTF-8")
        return currentCodesetIsUTF8()
    }()

    public static func currentCodesetIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    /// Width of one scalar: -1 for non-printable or unknown to the C library.
    @inline(__always)
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }
        _ = localeIsUTF8
        return Int(wcwidth(wchar_t(bitPattern: value)))
    }

    /// Width of a string after sanitizing: what it occupies on screen.
    public static func of(_ text: String) -> Int {
        var total = 0
        TextSanitizer.forEachCluster(in: text) { _, width in
            total += width
            return true
        }
        return total
    }
}
