import Foundation
import VigilCore
import Yams

/// A user's own CSV layout, described in YAML, becomes a `CSVProfile`:
///
/// ```yaml
/// name: crm-export          # format name shown in summaries (default: the file name)
/// platform: facebook        # for files without a platform column
/// day_first: true           # 03/04/2026 is 3 April
/// id_from_url: false        # rows without an id use their URL
/// columns:
///   id: Ticket ID
///   created_at: Opened At
///   text: [Body, Subject]   # several columns: the first non-empty wins
///   author: Customer
/// ```
public struct ColumnMapping: Sendable {
    public var profile: CSVProfile
    public var platform: Platform?

    public struct Failure: Error, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var reason: String
        public var description: String { "\(file):\(line): \(reason)" }
    }

    public static func load(path: String) throws -> ColumnMapping {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw Failure(file: path, line: 0, reason: "cannot read the mapping file")
        }
        return try parse(text, file: path)
    }

    public static func parse(_ text: String, file: String) throws -> ColumnMapping {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else { throw Failure(file: file, line: 1, reason: "the mapping file is empty") }
            root = node
        } catch let failure as Failure {
            throw failure
        } catch let error as YamlError {
            throw Failure(file: file, line: line(of: error), reason: "invalid YAML: \(error)")
        }
        guard let mapping = root.mapping else { throw Failure(file: file, line: line(root), reason: "expected keys such as columns:, platform:") }
        var name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        var platform: Platform?
        var dayFirst: Bool?
        var idFromURL = false
        var columns: [CanonicalField: [String]] = [:]
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "name": name = value.string ?? name
            case "platform": platform = value.string.map(Platform.init(feedValue:))
            case "day_first":
                guard let flag = value.bool else { throw Failure(file: file, line: line(value), reason: "day_first: expected true or false") }
                dayFirst = flag
            case "id_from_url":
                guard let flag = value.bool else { throw Failure(file: file, line: line(value), reason: "id_from_url: expected true or false") }
                idFromURL = flag
            case "columns":
                guard let fields = value.mapping else { throw Failure(file: file, line: line(value), reason: "columns: expected field: column pairs") }
                for (fieldNode, columnNode) in fields {
                    let fieldName = fieldNode.string ?? ""
                    guard let field = CanonicalField(rawValue: fieldName) else {
                        let known = CanonicalField.allCases.map(\.rawValue).joined(separator: ", ")
                        throw Failure(file: file, line: line(fieldNode), reason: "unknown field '\(fieldName)' (known: \(known))")
                    }
                    let names = columnNode.sequence.map { $0.compactMap(\.string) } ?? columnNode.string.map { [$0] } ?? []
                    guard !names.isEmpty else { throw Failure(file: file, line: line(columnNode), reason: "\(fieldName): expected a column name or a list of them") }
                    columns[field] = names.map(CSVProfile.normalize)
                }
            default:
                throw Failure(file: file, line: line(keyNode), reason: "unknown key '\(key)' (expected name, platform, day_first, id_from_url, columns)")
            }
        }
        guard columns[.id] != nil || idFromURL || columns[.url] != nil else {
            throw Failure(file: file, line: line(root), reason: "columns: needs an id column (or id_from_url: true with a url column)")
        }
        guard columns[.createdAt] != nil else { throw Failure(file: file, line: line(root), reason: "columns: needs a created_at column") }
        let profile = CSVProfile(name: name.lowercased(), summary: "Custom mapping from \(file)", signature: [], columns: columns,
                                 dayFirst: dayFirst, idFromURL: idFromURL, example: file)
        return ColumnMapping(profile: profile, platform: platform)
    }

    private static func line(_ node: Node) -> Int { node.mark?.line ?? 1 }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return 1
        }
    }
}
