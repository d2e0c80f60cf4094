import Foundation
import VigilCore

/// The JSON of one export record, written by hand: keys sorted by their bytes, strings as
/// `JSONText` quotes them. JSONSerialization's sorted keys compare through ICU collation,
/// which made `vigil export` of a million mentions take minutes.
enum ExportJSON {
    /// `nil` for a value of a type an export record does not hold (the caller falls back).
    static func object(_ object: [String: Any]) -> String? {
        var out: [UInt8] = [UInt8(ascii: "{")]
        out.reserveCapacity(512)
        for (index, key) in object.keys.sorted().enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            JSONText.appendQuoted(key, to: &out)
            out.append(UInt8(ascii: ":"))
            guard append(object[key]!, to: &out) else { return nil }
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }

    private static func append(_ value: Any, to out: inout [UInt8]) -> Bool {
        switch value {
        case let text as String: JSONText.appendQuoted(text, to: &out)
        case let flag as Bool: out += Array((flag ? "true" : "false").utf8)
        case let number as Int: out += Array(String(number).utf8)
        case let number as Double:
            guard number.isFinite else { return false }
            // Whole numbers without ".0", as JSONSerialization writes them.
            if number == number.rounded(), abs(number) < 1e15 { out += Array(String(Int(number)).utf8) } else { out += Array("\(number)".utf8) }
        case let list as [String]:
            out.append(UInt8(ascii: "["))
            for (index, item) in list.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                JSONText.appendQuoted(item, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        default: return false
        }
        return true
    }
}
