import Foundation

/// Finds feed files: expands directories and locates the bundled sample workspace.
public enum FeedLocator {
    public static let feedExtensions: Set<String> = ["csv", "tsv", "json", "jsonl", "ndjson", "js", "xlsx", "xlsm"]

    /// Files named directly are kept; directories contribute their feed files, sorted.
    public static func expand(_ paths: [String]) -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                files.append(path)
                continue
            }
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                let entries = (try? manager.contentsOfDirectory(atPath: path)) ?? []
                // Not Excel's lock files (~$book.xlsx) nor hidden files.
                for entry in entries.sorted() where feedExtensions.contains((entry as NSString).pathExtension.lowercased())
                    && !entry.hasPrefix("~$") && !entry.hasPrefix(".") {
                    files.append((path as NSString).appendingPathComponent(entry))
                }
            } else {
                files.append(path)
            }
        }
        return files
    }

    /// The bundled sample workspace: `$VIGIL_SAMPLES`, then `SampleFeeds` next to or above the
    /// executable (a checkout's `.build/debug/vigil`), then `../share/vigil/SampleFeeds`
    /// relative to the executable (an installed binary), then `./SampleFeeds`.
    public static func sampleWorkspace(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executablePath: String = executablePath()
    ) -> String? {
        bundledDirectory("SampleFeeds", override: environment["VIGIL_SAMPLES"], executablePath: executablePath)
    }

    /// The bundled `Themes` directory, found the same way (`$VIGIL_THEMES` overrides).
    public static func themesDirectory(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executablePath: String = executablePath()
    ) -> String? {
        bundledDirectory("Themes", override: environment["VIGIL_THEMES"], executablePath: executablePath)
    }

    public static func executablePath() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first ?? ""
    }

    static func bundledDirectory(_ name: String, override: String?, executablePath: String) -> String? {
        let manager = FileManager.default
        func isDirectory(_ path: String) -> Bool {
            var flag: ObjCBool = false
            return manager.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
        }
        if let override, isDirectory(override) { return override }
        let executable = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = directory.appendingPathComponent(name).path
            if isDirectory(candidate) { return candidate }
            let installed = directory.appendingPathComponent("share/vigil/\(name)").path
            if isDirectory(installed) { return installed }
            directory = directory.deletingLastPathComponent()
        }
        let local = manager.currentDirectoryPath + "/" + name
        return isDirectory(local) ? local : nil
    }
}
