import ArgumentParser
import Foundation
import VigilCore
import VigilEngine
import VigilImport
import VigilRules
import VigilStore
import VigilSentiment

/// Options shared by every command that reads feeds.
struct FeedOptions: ParsableArguments {
    @Option(help: "Time zone for times without one, e.g. Europe/Madrid (default UTC).")
    var timezone: String = "UTC"

    @Option(help: "YAML file mapping a custom CSV's columns to Vigil's fields (see README).")
    var mapping: String?

    @Option(help: "YAML file of workspace sentiment words per language (default: lexicon.yaml in a workspace directory given as a feed).")
    var lexicon: String?

    @Option(name: .customLong("sentiment-model"), help: "auto (the learned model) or vader (the lexicon rules alone); default: sentiment_model in the config file, else auto.")
    var sentimentModel: String?

    @Option(help: "Worksheet of an .xlsx workbook to read (default: the first).")
    var sheet: String?

    /// The sentiment engine with the workspace's words, if any (`config`: the one the command
    /// loaded, when it loads one).
    func sentimentEngine(feeds: [String], config: VigilConfig? = nil) throws -> SentimentEngine {
        let path = lexicon ?? feeds.lazy.map { ($0 as NSString).appendingPathComponent("lexicon.yaml") }
            .first { FileManager.default.fileExists(atPath: $0) }
        var engine = SentimentEngine()
        if let path {
            do { engine = try LexiconOverrides.load(path: path).engine() } catch { throw ValidationError(String(describing: error)) }
        }
        engine.model = try SentimentModelChoice.resolve(sentimentModel, config: config)
        return engine
    }

    /// The reader for these options, and the format it must use (the mapping's) if any.
    func reader() throws -> (FeedReader, forcedFormat: String?) {
        guard let zone = TimeZone(identifier: timezone) else {
            throw ValidationError("unknown time zone '\(timezone)'")
        }
        var mapper = MentionMapper(timestamps: TimestampParser(defaultOffsetSeconds: zone.secondsFromGMT()))
        var registry = ImporterRegistry.standard
        if let sheet {
            registry.importers = registry.importers.map { $0 is XLSXImporter ? XLSXImporter(sheet: sheet) : $0 }
        }
        var forced: String?
        if let mapping {
            let custom: ColumnMapping
            do { custom = try ColumnMapping.load(path: mapping) } catch { throw ValidationError(String(describing: error)) }
            registry.importers.insert(CSVImporter(profile: custom.profile), at: 0)
            if let platform = custom.platform { mapper.defaultPlatform = platform }
            forced = custom.profile.name
        }
        return (FeedReader(registry: registry, mapper: mapper), forced)
    }

    func pipeline(feeds: [String], store: any MentionStore = InMemoryMentionStore()) throws -> (Pipeline, forcedFormat: String?) {
        let (reader, forced) = try reader()
        return (Pipeline(store: store, reader: reader, sentiment: SentimentStage(engine: try sentimentEngine(feeds: feeds))), forced)
    }
}

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import feed files and print a summary.",
        discussion: "Exit status: 0 when every record imported, 1 when some were skipped, 2 when a file could not be read."
    )

    @Argument(help: "Feed files or directories.")
    var feeds: [String]

    @OptionGroup var options: FeedOptions

    @Option(help: "Importer to use instead of detecting the format (see `vigil formats`).")
    var format: String?

    @Flag(help: "Print the summary as JSON.")
    var json = false

    @Flag(help: "Say how each file would be read (format and why, columns, dates, ids, first records) without importing.")
    var explain = false

    @Flag(help: "No progress display.")
    var quiet = false

    @Option(help: "Directory for rejected raw records (default: $XDG_DATA_HOME/vigil/quarantine).")
    var quarantine: String?

    @Option(help: "Database to import into (default: $XDG_DATA_HOME/vigil/vigil.sqlite).")
    var db: String?

    @Option(help: "Rule file whose item rules flag the mentions (default: rules.yaml in a workspace directory given as a feed, else the default pack).")
    var rules: String?

    func run() throws {
        if explain {
            let (reader, forced) = try options.reader()
            for path in FeedLocator.expand(feeds) {
                print(Printable.text(ImportExplanation.text(path: path, reader: reader, format: format ?? forced, timezone: options.timezone), keepingNewlines: true), terminator: "")
            }
            return
        }
        StopRequest.install()
        let progress = ProgressDisplay(enabled: !quiet && isatty(STDERR_FILENO) == 1)
        let store = try StoreSelection.open(db, sample: false)
        (store as? SQLiteStore)?.indexInPassesOf(65_536)
        let engine: RulesEngine
        do { engine = try RuleLocator.load(explicit: rules, feeds: feeds) } catch {
            print("vigil: \(error)", to: &standardError)
            throw ExitCode(2)
        }
        let (pipeline, forced) = try options.pipeline(feeds: feeds, store: store)
        pipeline.rules = engine
        pipeline.countsWindows = false  // the flags are stored; alerts are the dashboard's and `vigil check`'s
        let report = pipeline.load(
            paths: FeedLocator.expand(feeds), format: format ?? forced,
            quarantineDirectory: quarantine ?? Quarantine.defaultDirectory(),
            progress: progress.update, shouldStop: StopRequest.isRequested
        )
        progress.finish()
        // The search index follows the import on another thread; it is complete before we exit.
        do { try store.flush() } catch { print("vigil: the search index is behind (\(error)); the next vigil to open the database finishes it", to: &standardError) }
        if StopRequest.isRequested() {
            print("vigil: stopped by Ctrl-C after \(report.imported) records; everything imported before the stop is kept", to: &standardError)
        }
        if json {
            print(ImportSummary.json(report))
        } else {
            print(Printable.text(ImportSummary.text(report, timezone: options.timezone), keepingNewlines: true), terminator: "")
        }
        if StopRequest.isRequested() { throw ExitCode(130) }
        if !report.unreadable.isEmpty { throw ExitCode(2) }
        if !report.issues.isEmpty { throw ExitCode(1) }
    }
}

enum ImportSummary {
    static func text(_ report: Pipeline.LoadReport, timezone: String) -> String {
        var out = ""
        for result in report.results {
            out += "\(result.path): \(result.format) (\(result.encoding)): \(result.importedCount) imported, \(result.issues.count) skipped\(result.stoppedEarly ? " (stopped early)" : "")\n"
            if let identities = identities(result) { out += "  \(identities)\n" }
            for warning in result.warnings { out += "  warning: \(warning)\n" }
            for issue in result.issues.prefix(50) { out += "  \(issue)\n" }
            if result.issues.count > 50 { out += "  … \(result.issues.count - 50) more\n" }
        }
        for problem in report.unreadable { out += "error: \(problem)\n" }
        if let file = report.quarantineFile { out += "rejected records saved to \(file)\n" }
        out += "total: \(report.imported) imported (\(report.added) new), \(report.issues.count) skipped, \(report.unreadable.count) unreadable; times without a zone read as \(timezone)\n"
        return out
    }

    /// "ids: 120 from URLs, 35 from content; 2 duplicates" for files whose records had no id.
    static func identities(_ result: ImportResult) -> String? {
        guard result.idsFromURL + result.idsFromContent > 0 else { return nil }
        var line = "ids: \(result.idsFromURL) from URLs, \(result.idsFromContent) from content"
        if result.duplicates > 0 { line += "; \(result.duplicates) duplicate\(result.duplicates == 1 ? "" : "s") (kept once)" }
        return line
    }

    static func json(_ report: Pipeline.LoadReport) -> String {
        var files: [[String: Any]] = report.results.map { result in
            [
                "path": result.path, "format": result.format, "encoding": result.encoding,
                "imported": result.importedCount, "skipped": result.issues.count, "warnings": result.warnings,
                "ids_from_url": result.idsFromURL, "ids_from_content": result.idsFromContent, "duplicates": result.duplicates,
                "errors": result.issues.map { ["line": $0.line, "reason": $0.reason] as [String: Any] },
            ]
        }
        for problem in report.unreadable {
            files.append(["path": problem.path, "format": NSNull(), "imported": 0, "skipped": 0, "errors": [["line": 0, "reason": problem.reason]]])
        }
        var summary: [String: Any] = ["files": files]
        if let file = report.quarantineFile { summary["quarantine"] = file }
        let data = (try? JSONSerialization.data(withJSONObject: summary, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}

struct FormatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "formats", abstract: "List the feed formats Vigil reads.")

    func run() {
        // Names never cut short: the column is as wide as the longest name, and two spaces.
        let width = (ImporterRegistry.standard.importers.map(\.name.count).max() ?? 10) + 2
        for importer in ImporterRegistry.standard.importers {
            print(importer.name.padding(toLength: width, withPad: " ", startingAt: 0) + importer.summary)
            print(String(repeating: " ", count: width) + "example: " + importer.example)
        }
        print("\nFormats are detected by content; `--format NAME` overrides.")
    }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write mentions as JSON Lines or CSV: read from feeds, or from the database with their triage state; `export replies`: the reply outbox; `export moderation`: the moderation outbox.",
        discussion: """
        With feeds: the normalized mentions read from them (what Vigil understood). Without feeds: \
        the database's mentions (--db, default $XDG_DATA_HOME/vigil/vigil.sqlite), oldest first, each \
        with status (the team's decision, else needs_reply when the rules say so), assignee, \
        department and tags (the team's, else the rules'); --status and --since select.
        """
    )

    @Argument(help: "Feed files or directories (none: export the database).")
    var feeds: [String] = []

    @OptionGroup var options: FeedOptions

    @Option(name: .customLong("format"), help: "Output format: jsonl or csv.")
    var output: MentionExport.Format = .jsonl

    @Option(help: "Importer to use instead of detecting the input format (see `vigil formats`).")
    var inputFormat: String?

    @Option(help: "Database to export (when no feed is given).")
    var db: String?

    @Option(help: "Only items with this triage status: new, needs_reply, replied, dismissed, escalated, delegated, snoozed, done.")
    var status: String?

    @Option(help: "Only mentions newer than this: a duration (2h, 7d) or an ISO-8601 time.")
    var since: String?

    func run() throws {
        // `vigil export replies`: the outbox of replies written in the dashboard.
        if feeds == ["replies"], !FileManager.default.fileExists(atPath: "replies") {
            let store = try StoreSelection.open(db, sample: false)
            FileHandle.standardOutput.write(Data(ReplyExport.text(try store.replies(), store: store, format: output).utf8))
            return
        }
        // `vigil export moderation`: house rules' and the team's moderation actions.
        if feeds == ["moderation"], !FileManager.default.fileExists(atPath: "moderation") {
            let store = try StoreSelection.open(db, sample: false)
            let entries = try ModerationOutbox.entries(from: store, since: try sinceDate())
            FileHandle.standardOutput.write(Data(ModerationOutbox.text(entries, format: output).utf8))
            return
        }
        let mentions: [Mention]
        var triage: [MentionID: Triage] = [:]
        let fromDatabase = feeds.isEmpty
        if fromDatabase {
            let store = try StoreSelection.open(db, sample: false)
            mentions = try store.allNewestFirst()
            triage = try store.triageStates()
        } else {
            let (pipeline, forced) = try options.pipeline(feeds: feeds)
            let report = pipeline.load(paths: FeedLocator.expand(feeds), format: inputFormat ?? forced)
            for problem in report.unreadable { print("vigil: \(problem)", to: &standardError) }
            if !report.issues.isEmpty { print("vigil: \(report.issues.count) record(s) skipped (see `vigil import`)", to: &standardError) }
            if !report.unreadable.isEmpty { throw ExitCode(2) }
            mentions = try pipeline.store.allNewestFirst()
        }
        var wanted: TriageStatus?
        if let status {
            guard let parsed = TriageStatus(rawValue: status) else {
                throw ValidationError("unknown status '\(status)' (expected \(TriageStatus.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            wanted = parsed
        }
        let cutoff = try sinceDate()
        var out = ""
        if output == .csv { out += MentionExport.csvHeader(withTriage: fromDatabase) + "\n" }
        for mention in mentions.reversed() {
            if let cutoff, mention.createdAt < cutoff { continue }
            if let wanted, MentionExport.status(mention, triage: triage[mention.id]) != wanted { continue }
            let state = triage[mention.id]
            out += (output == .csv ? MentionExport.csvRow(mention, triage: state, withTriage: fromDatabase)
                                   : MentionExport.jsonLine(mention, triage: state, withTriage: fromDatabase)) + "\n"
            if out.utf8.count > 1 << 16 {
                FileHandle.standardOutput.write(Data(out.utf8))
                out = ""
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}

extension MentionExport.Format: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(rawValue: argument == "json" ? "jsonl" : argument)
    }
}

/// The reply outbox as JSON Lines or CSV, each reply with the post it answers.
extension ExportCommand {
    func sinceDate() throws -> Date? {
        guard let since else { return nil }
        if let duration = RuleDuration.parse(since) { return Date().addingTimeInterval(-duration) }
        if let date = ISO8601DateFormatter().date(from: since) { return date }
        throw ValidationError("--since: expected a duration such as 2h or 7d, or an ISO-8601 time, got '\(since)'")
    }
}

enum ReplyExport {
    static let columns = ["platform", "id", "url", "author", "reply", "by", "at"]

    static func text(_ replies: [Reply], store: any MentionStore, format: MentionExport.Format) -> String {
        var out = format == .csv ? columns.joined(separator: ",") + "\n" : ""
        let stamp = ISO8601DateFormatter()
        for reply in replies {
            let mention = store.mention(reply.mention)
            let values: [String: String] = [
                "platform": reply.mention.platform.rawValue, "id": reply.mention.nativeID, "url": mention?.url ?? "",
                "author": mention?.author.handle ?? "", "reply": reply.text, "by": reply.by, "at": stamp.string(from: reply.at),
            ]
            if format == .csv {
                out += columns.map { MentionExport.csvField(values[$0] ?? "") }.joined(separator: ",") + "\n"
            } else {
                let data = (try? JSONSerialization.data(withJSONObject: values, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
                out += String(decoding: data, as: UTF8.self) + "\n"
            }
        }
        return out
    }
}
