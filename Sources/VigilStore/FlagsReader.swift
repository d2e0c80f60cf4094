import VigilCore

/// Reads the JSON that `FlagsCoding.encode` writes: one object, no spaces, string keys with
/// string, boolean, string-array and pair-array values. Answers nil for anything else, which
/// the caller then reads with a general JSON parser.
struct FlagsReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var at = 0

    static func read(_ text: String) -> RuleFlags? {
        var text = text
        return text.withUTF8 { bytes in
            var reader = FlagsReader(bytes: bytes)
            return reader.flags()
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private mutating func flags() -> RuleFlags? {
        var flags = RuleFlags()
        guard take("{") else { return nil }
        if !take("}") {
            repeat {
                guard let key = string(), take(":") else { return nil }
                switch key {
                case "assign": guard let value = string() else { return nil }; flags.assignee = value
                case "department": guard let value = string() else { return nil }; flags.department = value
                case "escalate": guard let value = bool() else { return nil }; flags.escalate = value
                case "moderate": guard let value = array({ $0.string() }) else { return nil }; flags.moderation = FlagsCoding.verdict(value)
                case "needs_reply": guard let value = bool() else { return nil }; flags.needsReply = value
                case "priority": guard let value = string() else { return nil }; flags.priority = Priority(name: value)
                case "tags": guard let value = array({ $0.string() }) else { return nil }; flags.tags = value
                case "reasons":
                    guard let pairs = array({ $0.array { $0.string() } }) else { return nil }
                    flags.reasons = pairs.compactMap { $0.count == 2 ? RuleReason(ruleID: $0[0], detail: $0[1]) : nil }
                default: return nil
                }
            } while take(",")
            guard take("}") else { return nil }
        }
        return at == bytes.count ? flags : nil
    }

    private mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard at < bytes.count, bytes[at] == UInt8(ascii: character) else { return false }
        at += 1
        return true
    }

    private mutating func bool() -> Bool? {
        if matches("true") { return true }
        if matches("false") { return false }
        return nil
    }

    private mutating func matches(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard at + count <= bytes.count else { return false }
        for i in 0..<count where bytes[at + i] != word.utf8Start[i] { return false }
        at += count
        return true
    }

    private mutating func array<T>(_ element: (inout FlagsReader) -> T?) -> [T]? {
        guard take("[") else { return nil }
        var items: [T] = []
        if take("]") { return items }
        repeat {
            guard let item = element(&self) else { return nil }
            items.append(item)
        } while take(",")
        return take("]") ? items : nil
    }

    /// A string literal; escapes as `JSONText.appendQuoted` writes them (`\uXXXX` only below
    /// U+0080: a surrogate pair or other code answers nil, for the general parser).
    private mutating func string() -> String? {
        guard take("\"") else { return nil }
        var plain = at  // where the current run of unescaped bytes began
        var unescaped: [UInt8]?  // only when there are escapes
        while at < bytes.count {
            switch bytes[at] {
            case UInt8(ascii: "\""):
                let run = UnsafeBufferPointer(rebasing: bytes[plain..<at])
                at += 1
                guard var unescaped else { return String(decoding: run, as: UTF8.self) }
                unescaped.append(contentsOf: run)
                return String(decoding: unescaped, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard at + 1 < bytes.count else { return nil }
                unescaped = (unescaped ?? []) + UnsafeBufferPointer(rebasing: bytes[plain..<at])
                let character: UInt8
                switch bytes[at + 1] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): character = bytes[at + 1]
                case UInt8(ascii: "n"): character = UInt8(ascii: "\n")
                case UInt8(ascii: "r"): character = UInt8(ascii: "\r")
                case UInt8(ascii: "t"): character = UInt8(ascii: "\t")
                case UInt8(ascii: "b"): character = 0x08
                case UInt8(ascii: "f"): character = 0x0C
                case UInt8(ascii: "u"):
                    guard at + 5 < bytes.count, let code = hex(at + 2), code < 0x80 else { return nil }
                    character = UInt8(code)
                    at += 4
                default: return nil
                }
                unescaped!.append(character)
                at += 2
                plain = at
            default:
                at += 1
            }
        }
        return nil
    }

    private func hex(_ index: Int) -> Int? {
        var value = 0
        for i in index..<index + 4 {
            let byte = bytes[i]
            let digit: Int
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = Int(byte - UInt8(ascii: "a")) + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = Int(byte - UInt8(ascii: "A")) + 10
            default: return nil
            }
            value = value * 16 + digit
        }
        return value
    }
}
