import ArgumentParser
import Foundation
import VigilCore
import VigilEngine
import VigilImport
import VigilRules
import VigilSentiment
import VigilStore
import VigilPostgres
import VigilTerminal
import VigilUI
import VigilSession

struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the dashboard (the default command)."
    )

    @OptionGroup var session: SessionOptions

    func run() throws {
        let stopSignal = try session.run { _ in }
        // Stopped by SIGINT/SIGTERM/SIGHUP: the terminal is restored; exit as shells expect.
        if stopSignal != 0 { throw ExitCode(128 + stopSignal) }
    }
}

/// `vigil ops`: the wall-monitor screen on its own.
struct OpsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ops",
        abstract: "Show the ops screen for a wall monitor: big counters, a day of volume, firing alerts.",
        discussion: """
        Read-only and self-refreshing. Follows the feeds and the database like the dashboard, so \
        acknowledging a critical alert in any dashboard clears the CRISIS banner here. q quits.
        """
    )

    @OptionGroup var session: SessionOptions

    func run() throws {
        let stopSignal = try session.run { session in
            session.startInOps = true
            session.opsOnly = true
        }
        if stopSignal != 0 { throw ExitCode(128 + stopSignal) }
    }
}

/// What the dashboard and the ops screen are opened on.
struct SessionOptions: ParsableArguments {
    @Argument(help: "Feed files or directories. Default: the config's workspace, else (unless --db is given) the bundled sample workspace.")
    var feeds: [String] = []

    @Option(help: "Importer to use instead of detecting the format (see `vigil formats`).")
    var format: String?

    @OptionGroup var options: FeedOptions

    @Option(help: "Rule file (default: rules.yaml in a workspace directory given as a feed, else the default pack).")
    var rules: String?

    @Option(help: "Database file (default: $XDG_DATA_HOME/vigil/vigil.sqlite; the sample workspace uses its own sample.sqlite).")
    var db: String?

    @OptionGroup var display: DisplayOptions

    /// Opens the session, lets `adjust` set it up, runs it; returns the stop signal.
    func run(_ adjust: @MainActor (inout DashboardSession) -> Void) throws -> Int32 {
        // First of all: the re-exec must see the process as it was started (`-` moves stdin).
        if isatty(STDOUT_FILENO) == 1 { BacktracePolicy.ensureNonInteractive() }
        if isatty(STDOUT_FILENO) == 1, let problem = NcursesBackend.unsuitableTerminal(environment: ProcessInfo.processInfo.environment) {
            print("vigil: \(problem)", to: &standardError)
            throw ExitCode(2)
        }
        return try SetupErrors.reported {
            try MainActor.assumeIsolated {
                var session = try DashboardSession.open(feeds: feeds, format: format, options: options, rules: rules, db: db, display: display)
                adjust(&session)
                return try session.run()
            }
        }
    }
}

/// Problems found before the screen opens (a bad rule file, theme, config, database): the
/// message alone and exit status 2, not the usage text meant for mistyped options. (The
/// session reads everything that can fail before the terminal changes mode.)
enum SetupErrors {
    static func reported<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let exit as ExitCode {
            throw exit
        } catch let error as ValidationError {
            print("vigil: \(error.message)", to: &standardError)
            throw ExitCode(2)
        } catch {
            print("vigil: \(error)", to: &standardError)
            throw ExitCode(2)
        }
    }
}

extension DashboardSession {
    /// The session for the given feeds (else the config's workspace, else the samples), with the
    /// config's rules and database unless given here.
    static func open(feeds arguments: [String], format: String?, options: FeedOptions, rules: String?, db: String?, display: DisplayOptions) throws -> DashboardSession {
        let config = try display.loadConfig()
        let feeds = arguments.isEmpty ? config.workspace : arguments
        // `--db FILE` and nothing to follow: that database alone (a second terminal on a shared
        // file, a wall monitor). Following the samples would pour them into it.
        let databaseOnly = feeds.isEmpty && db != nil
        let workspace = databaseOnly ? FeedSelection.database(db!) : try FeedSelection.resolve(feeds)
        let (reader, forced) = try options.reader()
        // The dashboard's own config file (`--config`) decides when the option does not.
        let engine = try options.sentimentEngine(feeds: workspace.sources, config: config)
        // A bad rule file stops the dashboard: running without the rules would hide crises.
        let follower = FeedFollower(sources: workspace.sources, format: format ?? forced, reader: reader,
                                    sentiment: SentimentStage(engine: engine),
                                    rules: try DashboardCommand.loadRules(rules ?? config.rules, feeds: workspace.sources),
                                    // The samples never go into the team's database.
                                    store: try StoreSelection.open(db ?? (feeds.isEmpty ? nil : config.database), sample: feeds.isEmpty && !databaseOnly))
        if feeds.contains("-") { follower.stream = try PipedFeed.take(reader: reader, format: format ?? forced) }
        let templates: ReplyTemplates
        do { templates = try ReplyTemplates.load(feeds: workspace.sources) } catch { throw ValidationError(String(describing: error)) }
        return DashboardSession(workspace: workspace, follower: follower, engine: engine, templates: templates, config: config, display: display)
    }
}

/// `vigil -`: the feed comes down a pipe on standard input, so the keys must come from the
/// terminal itself. The pipe moves to a descriptor of its own and standard input becomes
/// /dev/tty, so curses and the terminal guard work as usual.
enum PipedFeed {
    static func take(reader: FeedReader, format: String?) throws -> StreamFollower {
        guard isatty(STDIN_FILENO) == 0 else {
            throw ValidationError("'-' reads a feed from a pipe, e.g. `tail -f feed.jsonl | vigil -`; standard input is the terminal here")
        }
        let pipe = dup(STDIN_FILENO)
        let tty = open("/dev/tty", O_RDWR)
        guard pipe >= 0, tty >= 0 else { throw ValidationError("'-' needs a terminal to read keys from (/dev/tty could not be opened)") }
        _ = fcntl(pipe, F_SETFD, FD_CLOEXEC)
        dup2(tty, STDIN_FILENO)
        close(tty)
        return StreamFollower(fd: pipe, reader: reader, format: format)
    }
}

extension DashboardCommand {
    static func loadRules(_ path: String?, feeds: [String]) throws -> RulesEngine {
        do { return try RuleLocator.load(explicit: path, feeds: feeds) } catch { throw ValidationError(String(describing: error)) }
    }
}

/// The feed files the user asked for, or the sample workspace.
struct FeedSelection {
    /// What the user named (files and directories), followed as they change.
    var sources: [String]
    var files: [String]
    var description: String

    /// No feeds: what is in the database, and what other processes add to it.
    static func database(_ path: String) -> FeedSelection {
        FeedSelection(sources: [], files: [], description: "database " + (PostgresURL.isPostgres(path) ? PostgresURL.shortName(path) : (path as NSString).lastPathComponent))
    }

    static func resolve(_ arguments: [String]) throws -> FeedSelection {
        if arguments.isEmpty {
            guard let samples = FeedLocator.sampleWorkspace() else {
                throw ValidationError("no feed given and the sample workspace was not found (set VIGIL_SAMPLES to its path)")
            }
            let files = FeedLocator.expand([samples])
            return FeedSelection(sources: [samples], files: files, description: "SampleFeeds (\(files.count) files)")
        }
        let files = FeedLocator.expand(arguments)
        let names = arguments.map { $0 == "-" ? "standard input" : ($0 as NSString).lastPathComponent }
        let description = names.count == 1 ? names[0] : "\(names[0]) +\(names.count - 1) more"
        return FeedSelection(sources: arguments, files: files, description: description)
    }
}

enum StoreSelection {
    /// `--db PATH` (a SQLite file) or `--db postgres://…` (the team's server), else the default
    /// database (the sample workspace has its own, so the demo never mixes with real data).
    static func open(_ path: String?, sample: Bool) throws -> any MentionStore {
        if let path, PostgresURL.isPostgres(path) { return try openServer(path) }
        let file: String
        do { file = try path.map { try DatabasePath.resolve($0) } ?? SQLiteStore.defaultPath(name: sample ? "sample" : "vigil") } catch {
            throw ValidationError(String(describing: error))
        }
        do { return try SQLiteStore(path: file) } catch let problem as DatabasePath.Problem {
            throw ValidationError(problem.description)
        } catch {
            throw ValidationError("cannot open the database \(file): \(error)")
        }
    }

    private static func openServer(_ url: String) throws -> PostgresStore {
        if PostgresURL.carriesPassword(url) {
            print("vigil: warning: a password in --db is visible to other users of this machine (ps); put it in ~/.pgpass or PGPASSWORD",
                  to: &standardError)
        }
        do { return try PostgresStore(url: url) } catch {
            throw ValidationError("cannot open the database \(PostgresURL.redacted(url)): \(error)")
        }
    }

    /// Whether `path` names a database that exists (a server is taken to).
    static func exists(_ path: String) -> Bool {
        PostgresURL.isPostgres(path) || FileManager.default.fileExists(atPath: path)
    }
}

enum ThemeSelection {
    /// For terminals without colour: the monochrome theme file, else the built-in one.
    static func monochrome() -> Theme {
        if let directory = FeedLocator.themesDirectory(), let theme = try? ThemeLoader.load(path: directory + "/monochrome.yaml") {
            return theme
        }
        return .monochrome
    }

    static func load(name: String?) throws -> Theme {
        guard let name else {
            if let directory = FeedLocator.themesDirectory(), let theme = try? ThemeLoader.load(path: directory + "/dark.yaml") {
                return theme
            }
            return .dark
        }
        if FileManager.default.fileExists(atPath: name) { return try ThemeLoader.load(path: name) }
        guard let directory = FeedLocator.themesDirectory() else { throw ValidationError("themes directory not found") }
        let path = directory + "/\(name).yaml"
        guard FileManager.default.fileExists(atPath: path) else {
            let available = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
                .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
            throw ValidationError("no theme '\(name)'; available: \(available.joined(separator: ", "))")
        }
        return try ThemeLoader.load(path: path)
    }
}

enum BacktracePolicy {
    /// A crash must not leave the terminal waiting on Swift's interactive backtrace prompt:
    /// re-executes once with SWIFT_BACKTRACE=interactive=no unless the user set it.
    static func ensureNonInteractive() {
        guard ProcessInfo.processInfo.environment["SWIFT_BACKTRACE"] == nil else { return }
        setenv("SWIFT_BACKTRACE", "interactive=no", 1)
        let arguments = CommandLine.arguments.map { strdup($0) } + [nil]
        execv("/proc/self/exe", arguments)
        // execv only returns on failure; carry on without the re-exec.
    }
}
