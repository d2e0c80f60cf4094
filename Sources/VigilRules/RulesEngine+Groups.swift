import Foundation
import VigilCore

/// The groups a window rule counts under (by author, platform, language…): their keys, display names and numbers.
extension RulesEngine {
    /// The key a mention is counted under; for authors the handle, lower-cased only when needed.
    static func groupKey(_ key: GroupKey, _ mention: UnsafePointer<Mention>) -> String {
        switch key {
        case .author:
            let handle = mention.pointee.author.handle
            return handle.utf8.contains(where: { (0x41...0x5A).contains($0) || $0 >= 0x80 }) ? handle.lowercased() : handle
        case .platform: return mention.pointee.platform.rawValue
        case .language: return mention.pointee.effectiveLanguage ?? "unknown"
        case .kind: return mention.pointee.kind.rawValue
        case .conversation:
            let root = mention.pointee.conversationID ?? mention.pointee.parentID ?? mention.pointee.id.nativeID
            return "\(mention.pointee.platform.rawValue):\(root)"
        case .tag: return ""
        case .text: return TextFingerprint.group(of: mention.pointee.text)
        }
    }

    /// How a group is shown in alerts ("@name", "platform:x" is shown as "x", a text group by
    /// the words of the first text counted in it).
    static func display(_ key: GroupKey, _ raw: String) -> String {
        switch key {
        case .author: return "@\(raw)"
        case .text: return " \"\(raw)\""
        default: return raw
        }
    }

    func ungrouped(_ rule: Int) -> Int32 {
        if let index = ungroupedIndex[rule] { return index }
        let index = group(rule, "") { "" }
        ungroupedIndex[rule] = index
        return index
    }

    func group(_ rule: Int, _ key: String, display: () -> String) -> Int32 {
        group(rule, number: keyNumbers[rule].number(of: key), display: display)
    }

    func group(_ rule: Int, number: Int32, display: () -> String) -> Int32 {
        let n = Int(number)
        if n < groupOfKey[rule].count {
            let index = groupOfKey[rule][n]
            if index >= 0 { return index }
        } else {
            groupOfKey[rule].append(contentsOf: repeatElement(-1, count: n + 1 - groupOfKey[rule].count))
        }
        let index = Int32(series[rule].count)
        groupOfKey[rule][n] = index
        series[rule].append(WindowSeries(key: display()))
        return index
    }
}
