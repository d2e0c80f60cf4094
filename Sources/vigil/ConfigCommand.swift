import ArgumentParser
import Foundation
import VigilEngine
import VigilUI

/// `vigil config`: where the config file is, what it may hold, and whether it is valid.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show or check the configuration file.",
        discussion: """
        With no option, checks the config file (settings, theme, key bindings) and prints where \
        it is. --print-default prints a commented config with every setting and its default; \
        save it as the file to start from: vigil config --print-default > "$(vigil config --path)".
        """
    )

    @Flag(help: "Print a commented default config file.")
    var printDefault = false

    @Flag(help: "Print the config file's path (whether or not it exists).")
    var path = false

    @Option(help: "Config file to check instead of the default one.")
    var config: String?

    static func isRunnable(_ program: String) -> Bool {
        if program.contains("/") { return FileManager.default.isExecutableFile(atPath: program) }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(program)") }
    }

    func run() throws {
        if printDefault {
            print(VigilConfig.defaultText, terminator: "")
            return
        }
        let file = config ?? VigilConfig.defaultPath()
        if path {
            print(file)
            return
        }
        let loaded: VigilConfig
        do { loaded = try VigilConfig.load(explicit: config) } catch {
            print("vigil: \(error)", to: &standardError)
            throw ExitCode(2)
        }
        var problems: [String] = []
        do { _ = try DashboardSession.keymap(loaded) } catch { problems.append(String(describing: error)) }
        do { _ = try ThemeSelection.load(name: loaded.theme) } catch { problems.append("theme: \(error)") }
        if let program = loaded.notifyCommand?.first, !Self.isRunnable(program) {
            problems.append("notify_command: '\(program)' is not an executable program (give its full path, or put it in PATH)")
        }
        if !problems.isEmpty {
            for problem in problems { print("vigil: \(problem)", to: &standardError) }
            throw ExitCode(2)
        }
        print(FileManager.default.fileExists(atPath: file) ? "\(file): valid" : "\(file): not present (defaults apply)")
    }
}
