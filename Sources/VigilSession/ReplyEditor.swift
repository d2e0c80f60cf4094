import Foundation

/// Composes a reply in `$VISUAL` or `$EDITOR` (run directly with the file as its last argument,
/// never through a shell): a temporary file starts with the draft; its text when the editor
/// exits is the reply.
public enum ReplyEditor {
    public static func command(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String]? {
        let words = (environment["VISUAL"] ?? environment["EDITOR"] ?? "").split(separator: " ").map(String.init)
        return words.isEmpty ? nil : words
    }

    /// The reply, or nil when it is empty or the draft was left unchanged.
    public static func compose(draft: String) -> String? {
        guard let command = command() else { return nil }
        let path = NSTemporaryDirectory() + "vigil-reply-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard (try? draft.write(toFile: path, atomically: true, encoding: .utf8)) != nil else { return nil }
        var pid: pid_t = 0
        let argv = (command + [path]).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // ETXTBSY: the editor file is still open for writing in a process being forked; it clears.
        var spawned = posix_spawnp(&pid, command[0], nil, nil, argv, environ)
        for _ in 0..<10 where spawned == ETXTBSY {
            usleep(20_000)
            spawned = posix_spawnp(&pid, command[0], nil, nil, argv, environ)
        }
        guard spawned == 0 else { return nil }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        let reply = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reply.isEmpty, reply != draft.trimmingCharacters(in: .whitespacesAndNewlines) else { return nil }
        return reply
    }
}
