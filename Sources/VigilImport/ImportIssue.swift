/// A record that could not be imported: where it is and why. The rest of the file still imports.
public struct ImportIssue: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based line; 0 when the format has no useful line (a JSON document: the reason starts with a JSON path).
    public var line: Int
    public var reason: String
    /// The rejected record as read (for the quarantine file), when the format has one.
    public var raw: String?

    public init(file: String, line: Int, reason: String, raw: String? = nil) {
        self.file = file
        self.line = line
        self.reason = reason
        self.raw = raw
    }

    public static func == (a: ImportIssue, b: ImportIssue) -> Bool {
        a.file == b.file && a.line == b.line && a.reason == b.reason
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(line)
        hasher.combine(reason)
    }

    /// For printing: feed text inside the reason (and odd file names) cannot carry escape sequences.
    public var description: String {
        let text = line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)"
        return Printable.text(text)
    }
}

/// What one file gave: the mentions read and the records skipped.
public struct ImportResult: Sendable {
    public var path: String
    public var format: String
    public var mentions: [Mention]
    public var issues: [ImportIssue]
    /// Things the user should know that did not cost a record (encoding fallback, preamble skipped).
    public var warnings: [String] = []
    public var encoding = "utf-8"
    /// Mentions handed to an `ImportSession` (and so no longer in `mentions`).
    public var delivered = 0
    /// The import was stopped before the end of the file.
    public var stoppedEarly = false

    /// Mentions read, whether still held here or delivered in batches.
    public var importedCount: Int { delivered + mentions.count }

    public init(path: String, format: String, mentions: [Mention] = [], issues: [ImportIssue] = []) {
        self.path = path
        self.format = format
        self.mentions = mentions
        self.issues = issues
    }
}

import VigilCore
