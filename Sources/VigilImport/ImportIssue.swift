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
    /// Records without an id whose identity came from their URL, or from their content.
    public var idsFromURL = 0
    public var idsFromContent = 0
    /// Records whose derived identity repeated an earlier record of the file (kept once).
    public var duplicates = 0
    /// How the file was read, for `vigil import --explain`: layout ("delimiter ';', header on line 1"),
    /// the date order and why, and each column's fields ("Fecha → created_at").
    public var explanation: [String] = []

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

extension ImportResult {
    /// A file read by a format that found nothing in it, and said nothing about why, gets a
    /// warning saying what the format looked for: an empty result is never silent.
    mutating func noteNothingRead(registry: ImporterRegistry) {
        guard importedCount == 0, issues.isEmpty, duplicates == 0, format != "empty", !stoppedEarly else { return }
        let expected = registry.importer(named: format).map { $0.summary } ?? "records"
        warnings.append("read as \(format), but no records were found in it (this format reads: \(expected)); try `vigil import --explain`")
    }
}
