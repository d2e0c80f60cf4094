import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program and returns its standard output. Uses posix_spawn and waitpid directly:
/// Foundation's Process can miss the child's exit inside the test runner's thread pool.
enum Subprocess {
    @discardableResult
    static func run(_ arguments: [String], captureOutput: Bool = true) throws -> String {
        try runWithStatus(arguments, captureOutput: captureOutput).output
    }

    static let spawnLock = NSLock()

    /// The data directory of `isolatedEnvironment`, removed when the test process exits.
    static let isolatedDataHome = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-cli-data-\(UUID().uuidString)").path

    /// The test process's environment with its own data directory, so commands that write the
    /// default database never touch the user's.
    static let isolatedEnvironment: [String] = {
        let dataHome = isolatedDataHome
        atexit { try? FileManager.default.removeItem(atPath: Subprocess.isolatedDataHome) }
        return ProcessInfo.processInfo.environment.filter { $0.key != "XDG_DATA_HOME" && $0.key != "XDG_CONFIG_HOME" }.map { "\($0.key)=\($0.value)" }
            + ["XDG_DATA_HOME=\(dataHome)", "XDG_CONFIG_HOME=\(dataHome)/config"]
    }()

    /// `includeStandardError`: standard error goes into `output` too (for checking error messages).
    static func runWithStatus(_ arguments: [String], captureOutput: Bool = true, includeStandardError: Bool = false) throws -> (output: String, status: Int32) {
        var fds: [Int32] = [-1, -1]
        // A process spawned by another test thread at the same moment (a tmux server that
        // daemonizes) must not inherit this pipe's write end and hold it open forever: pipes are
        // close-on-exec, and creating one, spawning and closing the parent's write end happen
        // under one lock.
        spawnLock.lock()
        var locked = true
        defer { if locked { spawnLock.unlock() } }
        guard pipe(&fds) == 0 else { throw Failure(reason: "pipe failed") }
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if captureOutput {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        if includeStandardError {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
        // Test threads run with most signals blocked, and a child inherits that mask: a tmux
        // server started so never sees SIGCHLD, so `kill-server` never finishes and the server
        // (with whatever runs in it) outlives the tests. Children start with nothing blocked.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGCHLD, SIGTERM, SIGINT, SIGHUP, SIGPIPE, SIGWINCH] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let environment = isolatedEnvironment.map { strdup($0) } + [nil]
        defer { environment.forEach { free($0) } }
        let status = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environment)
        close(fds[1])
        spawnLock.unlock()
        locked = false
        guard status == 0 else {
            close(fds[0])
            throw Failure(reason: "cannot start \(arguments[0])")
        }
        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = read(fds[0], &buffer, buffer.count)
            if n <= 0 { break }
            output.append(buffer, count: n)
        }
        close(fds[0])
        var exitStatus: Int32 = 0
        while waitpid(pid, &exitStatus, 0) < 0 && errno == EINTR {}
        let code = (exitStatus & 0x7F) == 0 ? (exitStatus >> 8) & 0xFF : 128 + (exitStatus & 0x7F)
        return (String(decoding: output, as: UTF8.self), code)
    }

    struct Failure: Error { var reason: String }
}
