import Foundation
import VigilCore
#if canImport(Glibc)
import Glibc
#endif

/// Decides which alerts are news (firing, not muted or hidden, severe enough, not told
/// before) and hands each to `notify_command` as JSON on its standard input.
public final class AlertNotifier {
    public let bellSeverity: Severity?
    public let command: [String]?
    public let commandSeverity: Severity
    private var told: Set<String> = []
    private var children: [pid_t] = []
    /// Whether this process sends an alert's notification: the first of several dashboards on
    /// one database to claim it does (default: always).
    public var claim: (Alert) -> Bool = { _ in true }
    /// A problem starting the command, for the status line (taken once).
    private var lastProblem: String?

    public func takeProblem() -> String? {
        defer { lastProblem = nil }
        return lastProblem
    }

    public init(bell: Severity?, command: [String]?, commandSeverity: Severity) {
        bellSeverity = bell
        self.command = command
        self.commandSeverity = commandSeverity
        // A command that exits without reading must not kill us with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
    }

    /// Alerts already firing when the dashboard opens are not news.
    public func markSeen(_ alerts: [Alert]) {
        for alert in alerts where alert.state == .firing { told.insert(alert.id) }
    }

    /// The alerts that just started firing, in start order; each is reported once.
    public func news(in alerts: [Alert]) -> [Alert] {
        let fresh = alerts.filter { $0.state == .firing && $0.suppression == nil && !told.contains($0.id) }
            .sorted { $0.startedAt < $1.startedAt }
        for alert in fresh { told.insert(alert.id) }
        return fresh
    }

    /// Whether these alerts call for the bell.
    public func wantsBell(_ alerts: [Alert]) -> Bool {
        guard let level = bellSeverity else { return false }
        return alerts.contains { $0.severity >= level }
    }

    /// Runs the command once per alert at or above its severity, with the alert's JSON on
    /// standard input. Never through a shell; nothing from a post reaches the command line.
    public func runCommand(for alerts: [Alert]) {
        reap()
        guard let command, !command.isEmpty else { return }
        for alert in alerts where alert.severity >= commandSeverity && claim(alert) {
            if let problem = Self.spawn(command, input: AlertJSON.line(alert) + "\n", children: &children) {
                lastProblem = problem
            }
        }
    }

    /// Collects finished commands so none is left a zombie.
    public func reap() {
        children.removeAll { pid in
            var status: Int32 = 0
            return waitpid(pid, &status, WNOHANG) != 0
        }
    }

    /// Starts `command` with `input` on its standard input (its output goes to /dev/null so it
    /// cannot draw over the screen). Returns a problem, or nil when it started.
    static func spawn(_ command: [String], input: String, children: inout [pid_t]) -> String? {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return "notify_command: no pipe: \(String(cString: strerror(errno)))" }
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        // Never block the screen on a command that does not read.
        _ = fcntl(fds[1], F_SETFL, O_NONBLOCK)
        // The child starts with SIGPIPE at its default, whatever this process ignores.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fds[0], 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, command[0], &actions, &attributes, argv, environ)
        close(fds[0])
        guard status == 0 else {
            close(fds[1])
            return "notify_command: cannot run \(command[0]): \(String(cString: strerror(status)))"
        }
        children.append(pid)
        // Alerts are small (well under a pipe's buffer), so this write does not block.
        let bytes = Array(input.utf8)
        _ = bytes.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
        close(fds[1])
        return nil
    }
}
