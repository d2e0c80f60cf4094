import Foundation

/// `vigil report --from …` must not open the dashboard on a feed named "report": a first
/// argument that is no command, no file and does not look like a path is an unknown command,
/// answered as git does, with the closest command.
enum UnknownCommand {
    /// The message for `arguments` (without the program name), or nil when they are fine.
    static func message(arguments: [String], commands: [String],
                        exists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !commands.contains(first), !exists(first) else { return nil }
        // Paths and file names are feeds (a missing one gets the dashboard's own error).
        guard first.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "_" }) else { return nil }
        var message = "vigil: unknown command '\(first)'"
        let ranked = commands.map { ($0, distance(first.lowercased(), $0)) }.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        if let best = ranked.first, best.1 <= max(2, best.0.count / 3) || best.0.hasPrefix(first.lowercased()) {
            message += "\n\nThe most similar command is\n\t\(best.0)"
        }
        message += "\n\nSee 'vigil --help' for the commands; a feed file that does not exist is named with its path (./\(first))."
        return message
    }

    /// Levenshtein distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
