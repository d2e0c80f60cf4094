import Foundation

/// A real terminal for end-to-end tests: a private tmux server running a shell, driven with
/// send-keys and read with capture-pane, as a person would use Vigil.
final class TmuxSession {
    let socket = "vigil-e2e-\(UUID().uuidString.prefix(8))"
    let target = "main"
    /// Each session has its own data directory, so databases never leak between tests.
    let dataHome: String
    /// Whether the session made `dataHome` (and removes it when done) or was given it.
    private let ownsDataHome: Bool

    init(width: Int, height: Int, environment: [String: String] = [:], dataHome: String? = nil) throws {
        self.dataHome = dataHome ?? FileManager.default.temporaryDirectory.appendingPathComponent("vigil-data-\(UUID().uuidString)").path
        ownsDataHome = dataHome == nil
        // A crash's backtrace goes to a file (on screen the dashboard's exit would wipe it) and
        // into the message of a test that times out.
        try FileManager.default.createDirectory(atPath: crashDirectory, withIntermediateDirectories: true)
        var command = ["env", "PS1=$ ", "TERM=xterm-256color", "LANG=C.UTF-8", "XDG_DATA_HOME=\(self.dataHome)",
                       "XDG_CONFIG_HOME=\(self.dataHome)/config",
                       "SWIFT_BACKTRACE=enable=yes,interactive=no,color=no,output-to=\(crashDirectory)"]
        command += environment.map { "\($0.key)=\($0.value)" }
        command += ["sh"]
        // The server daemonizes and would hold a pipe open forever: start it with no pipes.
        try tmux(["new-session", "-d", "-x", String(width), "-y", String(height), "-s", target] + command, capture: false)
        _ = try? tmux(["set-option", "-t", target, "remain-on-exit", "on"])
        try waitFor(timeout: 10) { $0.contains("$") }
    }

    deinit {
        let socketPath = (try? tmux(["display-message", "-p", "#{socket_path}"]))?.trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try? tmux(["kill-server"], capture: false)
        // The server leaves its socket behind.
        if let socketPath, !socketPath.isEmpty { try? FileManager.default.removeItem(atPath: socketPath) }
        if ownsDataHome { try? FileManager.default.removeItem(atPath: dataHome) }
    }

    var crashDirectory: String { dataHome + "/crashes" }

    /// The start of each backtrace written by a crash in this session.
    func crashReports() -> String {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: crashDirectory)) ?? []
        return files.sorted().compactMap { name in
            (try? String(contentsOfFile: crashDirectory + "/" + name, encoding: .utf8)).map { "\(name):\n" + $0.split(separator: "\n").prefix(40).joined(separator: "\n") }
        }.joined(separator: "\n")
    }

    /// The vigil binary built next to this test bundle.
    static var vigilBinary: String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var directory = URL(fileURLWithPath: exe).deletingLastPathComponent()
        if directory.lastPathComponent.hasSuffix(".xctest") { directory = directory.deletingLastPathComponent() }
        return directory.appendingPathComponent("vigil").path
    }

    /// The checkout this test file is in (for SampleFeeds).
    static var repositoryRoot: String {
        #filePath.components(separatedBy: "/Tests/")[0]
    }

    @discardableResult
    func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        try Subprocess.run(["tmux", "-L", socket, "-f", "/dev/null"] + arguments, captureOutput: capture)
    }

    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", target, "-l", text])
    }

    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", target] + keys)
    }

    func run(_ commandLine: String) throws {
        try type(commandLine)
        try press("Enter")
    }

    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", target])
    }

    func format(_ variable: String) throws -> String {
        try tmux(["display-message", "-p", "-t", target, variable]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", String(width), "-y", String(height)])
    }

    /// Waits until the screen satisfies `condition` (polling every 50 ms); returns the last screen.
    @discardableResult
    func waitFor(timeout: TimeInterval = 30, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Timeout(screen: last, crashes: crashReports())
    }

    func waitFor(_ text: String, timeout: TimeInterval = 30) throws {
        try waitFor(timeout: timeout) { $0.contains(text) }
    }

    /// The pid of the program the shell is running in the foreground.
    func foregroundPID() throws -> Int32? {
        let shell = try format("#{pane_pid}")
        return try Subprocess.run(["pgrep", "-P", shell]).split(separator: "\n").first.flatMap { Int32($0) }
    }

    /// Runs `stty -a` in the shell and returns its words.
    func sttyFlags() throws -> Set<String> {
        // The program must have exited first: what is typed while it still holds the terminal
        // is its input, and dropped when it restores the terminal.
        try waitFor(timeout: 10) { _ in (try? foregroundPID()) == nil }
        // The marker is computed so that the typed command line itself does not match.
        try run("clear; stty -a; echo STTY-$((40+2))-DONE")
        let screen = try waitFor { $0.contains("STTY-42-DONE") }
        return Set(screen.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
    }

    struct Timeout: Error, CustomStringConvertible {
        var screen: String
        var crashes: String
        var description: String {
            "timed out; screen was:\n\(screen)" + (crashes.isEmpty ? "" : "\ncrash reports:\n\(crashes)")
        }
    }
}
