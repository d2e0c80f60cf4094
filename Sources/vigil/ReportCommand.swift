import ArgumentParser
import Foundation
import VigilCore
import VigilEngine
import VigilReport
import VigilRules
import VigilStore
import VigilPostgres

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the report of a day, week or month: volume, sentiment, response times, delegation, incidents, top posts.",
        discussion: """
        Reads the database (--db, else the config's database, else the default one). Without --date, \
        --from or --to the report covers the last whole period (run on Monday, --period week reports \
        the week before). Writes Markdown to standard output unless --out is given; --out FILE picks \
        the format from its extension (.html, .md), --out DIRECTORY writes report.html, report.md and \
        one CSV file per table there (or only --format's). Business hours and holidays come from the \
        config file (business_hours:, holidays:). Exit status: 0 when written, 1 when the database \
        has no mentions in the period, 2 when it cannot be read or the rules are broken, 64 for a \
        wrong option.
        """
    )

    @Option(help: "Database file (default: database in the config file, else $XDG_DATA_HOME/vigil/vigil.sqlite).")
    var db: String?

    @Option(help: "day, week (Monday to Sunday) or month.")
    var period: String = "week"

    @Option(help: "A day inside the period to report (YYYY-MM-DD); default: the last whole period.")
    var date: String?

    @Option(help: "First day of a custom range (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Last day of a custom range, included (YYYY-MM-DD); default: yesterday.")
    var to: String?

    @Option(help: "Only what was handed to this department.")
    var department: String?

    @Option(help: "html, md or csv (default: from --out's extension; Markdown on standard output).")
    var format: String?

    @Option(help: "A file, or a directory for all three formats.")
    var out: String?

    @Option(help: "previous: changes against the previous period.")
    var compare: String?

    @Option(help: "Time zone of the report (default: timezone in the config file, else the system's).")
    var timezone: String?

    @Option(help: "Language of the report: en, es, de or fr.")
    var lang: String = "en"

    @Option(help: "Rule file for the incidents (default: the config's rules, else the bundled pack).")
    var rules: String?

    @Flag(help: "Leave the incidents out (no rules are run).")
    var noIncidents = false

    @Option(help: "Title (default: \"Social media report\" in the report's language).")
    var title: String?

    @Option(help: "Config file (default: $XDG_CONFIG_HOME/vigil/config.yaml).")
    var config: String?

    func run() throws {
        let settings: VigilConfig
        do { settings = try VigilConfig.load(explicit: config) } catch { throw ValidationError(String(describing: error)) }
        guard let language = ReportLanguage(rawValue: lang.lowercased()) else { throw ValidationError("--lang: expected en, es, de or fr, got '\(lang)'") }
        guard let zone = TimeZone(identifier: timezone ?? settings.timeZone ?? TimeZone.current.identifier) else {
            throw ValidationError("--timezone: unknown time zone '\(timezone ?? "")'")
        }
        if let compare, compare != "previous" { throw ValidationError("--compare: expected previous, got '\(compare)'") }
        let formats = try chosenFormats()
        let now = Date()
        let reportPeriod = try choosePeriod(zone: zone, now: now)

        // The team's opening hours stay in the config's zone whatever zone the report is shown in.
        let hours = settings.businessHours ?? .officeHours(timeZone: zone)
        // A report reads a database; it never makes an empty one where a path was mistyped.
        let path: String
        let given = db ?? settings.database ?? SQLiteStore.defaultPath()
        do { path = PostgresURL.isPostgres(given) ? given : try DatabasePath.resolve(given) } catch {
            print("vigil: \(error)", to: &standardError)
            throw ExitCode(2)
        }
        guard StoreSelection.exists(path) else {
            print("vigil: no database at \(path) (import feeds with `vigil import --db \(path) FEED…`)", to: &standardError)
            throw ExitCode(2)
        }
        let store: any MentionStore
        do { store = try StoreSelection.open(path, sample: false) } catch {
            print("vigil: \(error)", to: &standardError)
            throw ExitCode(2)
        }
        let ruleSet: RuleSet?
        do { ruleSet = noIncidents ? nil : try RuleLocator.load(explicit: rules ?? settings.rules, feeds: []).rules } catch {
            print("vigil: \(error)", to: &standardError)
            throw ExitCode(2)
        }
        let request = ReportRequest(period: reportPeriod, department: department, language: language, compare: compare != nil,
                                    businessHours: hours, now: now, title: title)
        var clock = PhaseTiming()
        let document: ReportDocument
        do { document = try ReportBuilder.make(from: store, request: request, rules: ruleSet) } catch {
            print("vigil: cannot read \(PostgresURL.redacted(path)): \(error)", to: &standardError)
            throw ExitCode(2)
        }
        clock.lap("read and build")
        guard document.mentionCount > 0 else {
            var message = "vigil: no mentions in \(language.periodText(reportPeriod)) (\(reportPeriod.zoneName))"
            if let department {
                message += " handed to \(department)"
                let known = Set(try store.triageStates().values.compactMap(\.department)).sorted()
                if !known.contains(where: { $0.lowercased() == department.lowercased() }) {
                    message += known.isEmpty ? "; nothing has been handed to a department" : "; departments in the database: \(Printable.text(known.joined(separator: ", ")))"
                }
            }
            if let newest = try store.newest(limit: 1, ruleFlags: false).mentions.first {
                message += "; the newest mention in the database is from \(ReportLanguage.en.longDate(newest.createdAt, zone)) (try --date)"
            } else {
                message += "; the database is empty (see `vigil import`)"
            }
            print(message, to: &standardError)
            throw ExitCode(1)
        }
        try write(document, formats: formats)
        clock.lap("write")
    }

    enum Format: String, CaseIterable { case html, md, csv }

    func chosenFormats() throws -> [Format] {
        if let format {
            guard let chosen = Format(rawValue: format.lowercased() == "markdown" ? "md" : format.lowercased()) else {
                throw ValidationError("--format: expected html, md or csv, got '\(format)'")
            }
            if chosen == .csv && (out == nil || !isDirectory(out!)) {
                throw ValidationError("CSV is one file per table: give --out DIRECTORY")
            }
            return [chosen]
        }
        guard let out else { return [.md] }
        if isDirectory(out) { return Format.allCases }
        switch (out as NSString).pathExtension.lowercased() {
        case "html", "htm": return [.html]
        case "md", "markdown", "txt": return [.md]
        default: throw ValidationError("--out \(out): give a .html or .md file, or a directory (or --format)")
        }
    }

    private func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &directory) { return directory.boolValue }
        return path.hasSuffix("/")
    }

    func choosePeriod(zone: TimeZone, now: Date) throws -> ReportPeriod {
        func day(_ text: String, _ option: String) throws -> Date {
            let parts = text.split(separator: "-").compactMap { Int($0) }
            var components = DateComponents()
            components.timeZone = zone
            guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else {
                throw ValidationError("\(option): expected a day as 2026-11-16, got '\(text)'")
            }
            (components.year, components.month, components.day, components.hour) = (parts[0], parts[1], parts[2], 12)
            // The calendar rolls 31 February over into March: a day it cannot give back as typed does not exist.
            let calendar = ReportPeriod.calendar(zone)
            guard let date = calendar.date(from: components),
                  calendar.dateComponents([.year, .month, .day], from: date) == DateComponents(year: parts[0], month: parts[1], day: parts[2]) else {
                throw ValidationError("\(option): no such day '\(text)'")
            }
            return date
        }
        if from != nil || to != nil {
            let end = try to.map { try day($0, "--to") } ?? now.addingTimeInterval(-86_400)
            let start = try from.map { try day($0, "--from") } ?? end.addingTimeInterval(-6 * 86_400)
            guard start <= end else { throw ValidationError("--from is after --to") }
            return ReportPeriod.days(from: start, to: end, timeZone: zone)
        }
        guard let kind = ReportPeriod.Kind(rawValue: period.lowercased()), kind != .custom else {
            throw ValidationError("--period: expected day, week or month, got '\(period)'")
        }
        if let date { return ReportPeriod.containing(try day(date, "--date"), kind: kind, timeZone: zone) }
        return ReportPeriod.lastComplete(kind, now: now, timeZone: zone)
    }

    func write(_ document: ReportDocument, formats: [Format]) throws {
        guard let out else {
            FileHandle.standardOutput.write(Data((formats == [.html] ? HTMLReport.render(document) : MarkdownReport.render(document)).utf8))
            return
        }
        let directory = isDirectory(out)
        if directory { try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true) }
        var written: [String] = []
        func save(_ text: String, _ path: String) throws {
            do { try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
                print("vigil: cannot write \(path): \(error.localizedDescription)", to: &standardError)
                throw ExitCode(2)
            }
            written.append(path)
        }
        for format in formats {
            switch format {
            case .html: try save(HTMLReport.render(document), directory ? (out as NSString).appendingPathComponent("report.html") : out)
            case .md: try save(MarkdownReport.render(document), directory ? (out as NSString).appendingPathComponent("report.md") : out)
            case .csv:
                for file in CSVReport.render(document) { try save(file.text, (out as NSString).appendingPathComponent(file.name)) }
            }
        }
        let csvCount = written.filter { $0.hasSuffix(".csv") }.count
        let named = written.filter { !$0.hasSuffix(".csv") }
        print("Wrote " + (named + (csvCount > 0 ? ["\(csvCount) CSV files in \(out)"] : [])).joined(separator: ", "))
    }
}

