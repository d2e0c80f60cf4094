import Foundation
import VigilCore
import Yams

/// A workspace's reply templates (`replies.yaml`): name → text with `{author}` (the @handle),
/// `{name}` (display name, else the handle) and `{platform}`.
///
/// ```yaml
/// thanks: "Thanks for the kind words, {author}! 💛"
/// refund: "Hi {name}, sorry about that. Please DM us your order number and we'll sort out your refund."
/// ```
public struct ReplyTemplates: Sendable, Equatable {
    public var templates: [String: String]

    public init(templates: [String: String] = [:]) {
        self.templates = templates
    }

    public static let fileName = "replies.yaml"
    static let placeholders = ["author", "name", "platform"]

    public struct Failure: Error, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var reason: String
        public var description: String { "\(file):\(line): \(reason)" }
    }

    /// `replies.yaml` in the first workspace directory that has one; none is fine.
    public static func load(feeds: [String]) throws -> ReplyTemplates {
        let path = feeds.lazy.map { ($0 as NSString).appendingPathComponent(fileName) }.first { FileManager.default.fileExists(atPath: $0) }
        guard let path else { return ReplyTemplates() }
        return try load(path: path)
    }

    public static func load(path: String) throws -> ReplyTemplates {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw Failure(file: path, line: 0, reason: "cannot read the templates file") }
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch { throw Failure(file: path, line: 1, reason: "invalid YAML: \(error)") }
        guard let root else { return ReplyTemplates() }
        guard let mapping = root.mapping else { throw Failure(file: path, line: root.mark?.line ?? 1, reason: "expected name: \"template text\"") }
        var templates: [String: String] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            guard let body = value.string, value.scalar != nil, !body.isEmpty else {
                throw Failure(file: path, line: value.mark?.line ?? 1, reason: "\(name): expected the template text")
            }
            var rest = Substring(body)
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                let placeholder = String(rest[rest.index(after: open)..<close])
                guard placeholders.contains(placeholder) else {
                    throw Failure(file: path, line: value.mark?.line ?? 1,
                                  reason: "\(name): unknown placeholder {\(placeholder)} (known: \(placeholders.map { "{\($0)}" }.joined(separator: " ")))")
                }
                rest = rest[rest.index(after: close)...]
            }
            templates[name] = body
        }
        return ReplyTemplates(templates: templates)
    }

    /// The template filled in for a mention, or nil when there is no such template.
    public func draft(_ name: String, for mention: Mention) -> String? {
        guard let body = templates[name] else { return nil }
        return body.replacingOccurrences(of: "{author}", with: "@" + mention.author.handle)
            .replacingOccurrences(of: "{name}", with: mention.author.displayName ?? mention.author.handle)
            .replacingOccurrences(of: "{platform}", with: mention.platform.displayName)
    }
}
