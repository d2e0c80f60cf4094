import Foundation

/// Durations in rule files: `90s`, `30m`, `2h`, `7d`, `1w`, or combined (`1h30m`).
public enum RuleDuration {
    public static func parse(_ text: String) -> TimeInterval? {
        let units: [Character: TimeInterval] = ["s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604_800]
        var total: TimeInterval = 0
        var digits = ""
        var sawUnit = false
        for character in text.trimmingCharacters(in: .whitespaces) {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else if let unit = units[character], let value = Int(digits), value <= 1_000_000 {
                total += TimeInterval(value) * unit
                digits = ""
                sawUnit = true
            } else {
                return nil
            }
        }
        if !digits.isEmpty {
            // A bare 0 is allowed ("for: 0"); other unitless numbers are ambiguous.
            guard digits.allSatisfy({ $0 == "0" }) else { return nil }
            return 0
        }
        return sawUnit ? total : nil
    }

    /// "30m", "2h", "1d", "1h30m".
    public static func format(_ interval: TimeInterval) -> String {
        var rest = Int(interval.rounded())
        if rest == 0 { return "0s" }
        var parts = ""
        for (unit, size) in [("d", 86400), ("h", 3600), ("m", 60), ("s", 1)] where rest >= size {
            parts += "\(rest / size)\(unit)"
            rest %= size
        }
        return parts
    }
}
