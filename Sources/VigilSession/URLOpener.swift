import Foundation

/// Opens a post's URL with `xdg-open`, run directly (never through a shell) and detached, so a
/// URL from a stranger's post can never become a command; without it, the URL is shown.
public enum URLOpener {
    public static func open(_ url: String) -> String {
        let shown = url.count > 200 ? String(url.prefix(200)) + "…" : url
        guard url.hasPrefix("https://") || url.hasPrefix("http://") else { return "not a web address: \(shown)" }
        let candidates = ["/usr/bin/xdg-open", "/usr/local/bin/xdg-open"]
        guard let tool = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return "URL: \(shown)" }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // The browser must not draw over the dashboard or read its keys.
        for fd: Int32 in [0, 1, 2] { posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0) }
        var pid: pid_t = 0
        let argv = [strdup(tool), strdup(url), nil]
        defer { argv.forEach { free($0) } }
        guard posix_spawn(&pid, tool, &actions, nil, argv, environ) == 0 else { return "could not start xdg-open; URL: \(shown)" }
        return "opening \(shown)"
    }
}
