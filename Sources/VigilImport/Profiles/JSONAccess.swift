import Foundation

/// Reading loosely typed JSON (from JSONSerialization) the way platform dumps need:
/// numbers may arrive as strings, ids as numbers, nested paths may be missing.
enum JSONAccess {
    static func object(_ value: Any?) -> [String: Any]? { value as? [String: Any] }
    static func array(_ value: Any?) -> [Any] { value as? [Any] ?? [] }

    static func string(_ value: Any?) -> String? {
        switch value {
        case let s as String: return s.isEmpty ? nil : s
        case let n as NSNumber: return scalarText(n)
        default: return nil
        }
    }

    /// JSON scalars as text (numbers without a spurious ".0", booleans as true/false);
    /// objects and arrays are not scalars.
    static func scalarText(_ value: Any) -> String? {
        switch value {
        case let string as String: return string
        case let number as NSNumber:
            // Booleans arrive as NSNumber with the C type "c".
            let type = String(cString: number.objCType)
            if type == "c" { return number.boolValue ? "true" : "false" }
            // Large integer ids (TikTok's, X's) must not pass through a Double.
            if type == "Q" { return String(number.uint64Value) }
            if type == "q" || type == "l" || type == "i" || type == "s" { return String(number.int64Value) }
            let double = number.doubleValue
            if double == double.rounded(.towardZero) && abs(double) < 1e15 { return String(Int64(double)) }
            return String(double)
        default: return nil
        }
    }

    static func int(_ value: Any?) -> Int? {
        switch value {
        case let n as NSNumber: return n.intValue
        case let s as String: return NumberParser.count(s)
        default: return nil
        }
    }

    static func bool(_ value: Any?) -> Bool {
        switch value {
        case let n as NSNumber: return n.boolValue
        case let s as String: return NumberParser.bool(s) ?? false
        default: return false
        }
    }

    static func parse(_ data: Data) -> Any? {
        try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    }

    /// Parses the sample for detection; a truncated sample of a big document still often parses
    /// up to its first records, so callers also look at raw text markers.
    static func sampleText(_ sample: FeedSample) -> SampleText {
        SampleText(bytes: Array(sample.head.prefix(16 * 1024)))
    }
}
