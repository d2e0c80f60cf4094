import Foundation
import VigilImport

/// Keeps rejected raw records, so nothing a feed contained is lost: one JSON object per line
/// with `file`, `line`, `reason` and `raw`, to fix and re-import.
public enum Quarantine {
    /// The default place: `$XDG_DATA_HOME/vigil/quarantine` (or `~/.local/share/vigil/quarantine`).
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".local/share")
        return (base as NSString).appendingPathComponent("vigil/quarantine")
    }

    /// Writes the issues to a new file in `directory` and returns its path.
    public static func write(_ issues: [ImportIssue], directory: String, now: Date = Date()) throws -> String {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let stamp = Int(now.timeIntervalSince1970 * 1000)
        let path = (directory as NSString).appendingPathComponent("rejected-\(stamp)-\(getpid()).jsonl")
        var out = ""
        for issue in issues {
            let object: [String: Any] = ["file": issue.file, "line": issue.line, "reason": issue.reason, "raw": issue.raw ?? ""]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            out += String(decoding: data, as: UTF8.self) + "\n"
        }
        try out.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
