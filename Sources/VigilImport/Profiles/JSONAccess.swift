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

/// The start of a feed, searched as bytes when importers judge whether it is theirs: every
/// import asks every importer, and Foundation's string search cost ~40M instructions a file.
struct SampleText {
    let bytes: [UInt8]

    var string: String { String(decoding: bytes, as: UTF8.self) }

    func contains(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        guard pattern.count <= bytes.count else { return false }
        return bytes.withUnsafeBufferPointer { haystack in
            pattern.withUnsafeBufferPointer { pattern in
                var start = 0
                let last = haystack.count - pattern.count
                while start <= last {
                    guard let found = memchr(haystack.baseAddress! + start, Int32(first), last - start + 1) else { return false }
                    let offset = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - haystack.baseAddress!
                    if memcmp(haystack.baseAddress! + offset, pattern.baseAddress!, pattern.count) == 0 { return true }
                    start = offset + 1
                }
                return false
            }
        }
    }
}

/// HTML post bodies (Mastodon) as plain text: paragraphs and line breaks kept, tags dropped,
/// entities decoded.
enum HTMLText {
    static func plainText(_ html: String) -> String {
        var text = html
        for (pattern, replacement) in [("</p>\\s*<p[^>]*>", "\n\n"), ("<br\\s*/?>", "\n")] {
            text = text.replacingOccurrences(of: pattern, with: replacement, options: [.regularExpression, .caseInsensitive])
        }
        text = text.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        return decodeEntities(text).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "hellip": "…",
        "mdash": "—", "ndash": "–", "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "euro": "€",
    ]

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(10).firstIndex(of: ";") {
                let name = String(after[..<semicolon])
                var decoded: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if name.hasPrefix("#") {
                    decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                } else {
                    decoded = named[name]
                }
                if let decoded {
                    out += decoded
                    rest = after[after.index(after: semicolon)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        return out + rest
    }
}
