import Foundation
import VigilTerminal

/// Reads a theme file: one `role: "FG [on BG] [bold] [dim] [underline] [reverse]"` per line.
/// Colours: `default`, the 16 names (`red`, `bright-red`, …), `0`–`255`, or `#rrggbb`.
/// Roles left out keep the default theme's style.
public enum ThemeLoader {
    public struct Failure: Error, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var reason: String
        public var description: String { "\(file):\(line): \(reason)" }
    }

    public static func load(path: String) throws -> Theme {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return try parse(text, name: name, file: path)
    }

    public static func parse(_ text: String, name: String, file: String = "<theme>") throws -> Theme {
        var theme = Theme.dark
        theme.name = name
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = stripComment(String(rawLine)).trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed == "---" { continue }
            guard let colon = trimmed.firstIndex(of: ":") else {
                throw Failure(file: file, line: index + 1, reason: "expected 'role: style'")
            }
            let key = trimmed[..<colon].trimmingCharacters(in: .whitespaces)
            var value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\"") && value.hasSuffix("\"") && value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            if key == "name" { theme.name = value; continue }
            guard let role = Theme.Role(rawValue: key) else {
                throw Failure(file: file, line: index + 1, reason: "unknown role '\(key)'")
            }
            do {
                theme.styles[role] = try style(value)
            } catch {
                throw Failure(file: file, line: index + 1, reason: error.reason)
            }
        }
        return theme
    }

    /// YAML comments start with `#` at the line start or after a space, outside quotes.
    static func stripComment(_ line: String) -> String {
        var inQuotes = false
        var previous: Character = " "
        for index in line.indices {
            let c = line[index]
            if c == "\"" { inQuotes.toggle() }
            if c == "#" && !inQuotes && (previous == " " || previous == "\t") { return String(line[..<index]) }
            previous = c
        }
        return line
    }

    static func style(_ spec: String) throws(SpecError) -> Style {
        var style = Style()
        var words = spec.lowercased().split(separator: " ").map(String.init)
        var attributes = Attributes()
        words.removeAll { word in
            switch word {
            case "bold": attributes.insert(.bold)
            case "dim": attributes.insert(.dim)
            case "underline": attributes.insert(.underline)
            case "reverse": attributes.insert(.reverse)
            default: return false
            }
            return true
        }
        style.attributes = attributes
        if let on = words.firstIndex(of: "on") {
            guard on + 1 < words.count else { throw SpecError(reason: "missing colour after 'on'") }
            style.background = try color(words[on + 1])
            words.removeSubrange(on...(on + 1))
        }
        if let first = words.first { style.foreground = try color(first) }
        if words.count > 1 { throw SpecError(reason: "unexpected '\(words[1])'") }
        return style
    }

    struct SpecError: Error { var reason: String }

    static let names: [String: UInt8] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
        "bright-black": 8, "gray": 8, "grey": 8, "bright-red": 9, "bright-green": 10, "bright-yellow": 11,
        "bright-blue": 12, "bright-magenta": 13, "bright-cyan": 14, "bright-white": 15,
    ]

    static func color(_ word: String) throws(SpecError) -> Color {
        if word == "default" || word == "none" { return .default }
        if let n = names[word] { return .ansi(n) }
        if let n = UInt8(word) { return .indexed(n) }
        if word.hasPrefix("#"), word.count == 7, let v = UInt32(word.dropFirst(), radix: 16) {
            return .rgb(UInt8(v >> 16), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF))
        }
        throw SpecError(reason: "unknown colour '\(word)'")
    }
}
