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

    /// `includeStandardError`: standard error goes into `output` too (for checking error messages).
    static func runWithStatus(_ arguments: [String], captureOutput: Bool = true, includeStandardError: Bool = false) throws -> (output: String, status: Int32) {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw Failure(reason: "pipe failed") }
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
        var pid: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let status = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        close(fds[1])
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
