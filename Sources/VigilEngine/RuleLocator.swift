import Foundation
import VigilRules

/// Which rule file applies: `--rules FILE`, else `rules.yaml` in a workspace directory given on
/// the command line, else the default pack shipped in the sample workspace.
public enum RuleLocator {
    public static let fileName = "rules.yaml"

    public static func path(explicit: String?, feeds: [String]) -> String? {
        if let explicit { return explicit }
        var isDirectory: ObjCBool = false
        for feed in feeds where FileManager.default.fileExists(atPath: feed, isDirectory: &isDirectory) && isDirectory.boolValue {
            let candidate = (feed as NSString).appendingPathComponent(fileName)
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
        }
        return FeedLocator.sampleWorkspace().map { ($0 as NSString).appendingPathComponent(fileName) }
            .flatMap { FileManager.default.fileExists(atPath: $0) ? $0 : nil }
    }

    /// Loads and compiles the rules; a bad file is an error, never "no rules".
    public static func load(explicit: String?, feeds: [String]) throws -> RulesEngine {
        guard let path = path(explicit: explicit, feeds: feeds) else {
            throw RuleFileError(file: explicit ?? fileName, line: 0, reason: "no rule file found (give --rules FILE, or set VIGIL_SAMPLES to the sample workspace holding the default pack)")
        }
        return RulesEngine(rules: try RuleFileParser.load(path: path))
    }
}
