import Foundation
import VigilCore
import Yams

/// The user's settings from `$XDG_CONFIG_HOME/vigil/config.yaml` (or `~/.config/vigil/`).
/// Every setting is optional; command-line options win over the file.
public struct VigilConfig: Sendable, Equatable {
    /// A key binding override as written: the action's name, its keys, and where it was set.
    public struct KeySetting: Sendable, Equatable {
        public var action: String
        public var keys: [String]
        public var line: Int
    }

    public struct Failure: Error, CustomStringConvertible, Equatable {
        public var file: String
        public var line: Int
        public var reason: String
        public var description: String { "\(file):\(line): \(reason)" }
    }

    public var file: String?
    public var theme: String?
    public var ascii = false
    /// Time zone for times on screen (default: the system's).
    public var timeZone: String?
    /// Feeds (files or workspace directories) opened when none are given.
    public var workspace: [String] = []
    public var rules: String?
    public var database: String?
    public var mouse = false
    /// Ring the terminal bell when an alert at or above this severity fires (nil: never).
    public var bell: Severity? = .high
    /// Run with each new alert as JSON on standard input: program and arguments, no shell.
    public var notifyCommand: [String]?
    public var notifyMinSeverity: Severity = .high
    public var keys: [KeySetting] = []
    /// "auto" (the learned model) or "vader" (the lexicon rules alone); nil: auto.
    public var sentimentModel: String?
    /// Opening hours and holidays, for response times in business hours (reports).
    public var businessHours: BusinessHours?

    public init() {}

    public static let settingNames = ["theme", "ascii", "timezone", "workspace", "rules", "database", "db", "mouse", "bell",
                                      "notify_command", "notify_min_severity", "keys", "sentiment_model",
                                      "business_hours", "holidays"]

    /// `$XDG_CONFIG_HOME/vigil/config.yaml`, else `~/.config/vigil/config.yaml`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".config")
        return ((base as NSString).appendingPathComponent("vigil") as NSString).appendingPathComponent("config.yaml")
    }

    /// The file at `explicit` (which must exist), else the default path if it exists, else defaults.
    public static func load(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> VigilConfig {
        let path = explicit ?? defaultPath(environment: environment)
        guard FileManager.default.fileExists(atPath: path) else {
            if explicit != nil { throw Failure(file: path, line: 0, reason: "no such config file") }
            return VigilConfig()
        }
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw Failure(file: path, line: 0, reason: "cannot read: \(error.localizedDescription)")
        }
        return try parse(text, file: path)
    }

    public static func parse(_ text: String, file: String = "config.yaml") throws -> VigilConfig {
        var config = VigilConfig()
        config.file = file
        func fail(_ node: Node?, _ reason: String) -> Failure { Failure(file: file, line: node?.mark?.line ?? 1, reason: reason) }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else { return config }
            root = node
        } catch let error as YamlError {
            throw Failure(file: file, line: Self.line(of: error), reason: "invalid YAML: \(error)")
        }
        guard let top = root.mapping else { throw fail(root, "expected settings such as theme:, keys:") }
        let directory = (file as NSString).deletingLastPathComponent
        func path(_ node: Node, _ name: String) throws -> String {
            guard let value = node.string, !value.isEmpty else { throw fail(node, "\(name): expected a path") }
            let expanded = (value as NSString).expandingTildeInPath
            return expanded.hasPrefix("/") || directory.isEmpty ? expanded : (directory as NSString).appendingPathComponent(expanded)
        }
        func flag(_ node: Node, _ name: String) throws -> Bool {
            guard let value = node.bool else { throw fail(node, "\(name): expected true or false") }
            return value
        }
        func severity(_ node: Node, _ name: String) throws -> Severity {
            guard let value = node.string, let level = Severity(name: value) else {
                throw fail(node, "\(name): expected info, low, medium, high or critical")
            }
            return level
        }
        for (keyNode, value) in top {
            let key = keyNode.string ?? ""
            // `setting:` with nothing after it (e.g. all its lines commented out) is unset.
            if case .scalar(let scalar) = value, ["", "~", "null"].contains(scalar.string) { continue }
            switch key {
            case "theme":
                guard let name = value.string, !name.isEmpty else { throw fail(value, "theme: expected a theme name or file") }
                config.theme = name.contains("/") ? try path(value, key) : name
            case "ascii": config.ascii = try flag(value, key)
            case "timezone":
                guard let zone = value.string, TimeZone(identifier: zone) != nil else { throw fail(value, "timezone: unknown time zone \(value.string.map { "'\($0)'" } ?? "")") }
                config.timeZone = zone
            case "workspace":
                if let items = value.sequence { config.workspace = try items.map { try path($0, key) } } else { config.workspace = [try path(value, key)] }
            case "rules": config.rules = try path(value, key)
            case "database", "db":
                // A server's URL (postgres://…) is kept as written; a file path is resolved.
                if let url = value.string, url.contains("://") { config.database = url } else { config.database = try path(value, key) }
            case "mouse": config.mouse = try flag(value, key)
            case "business_hours", "holidays": continue  // read below, once the time zone is known
            case "sentiment_model":
                guard let model = value.string?.lowercased(), ["auto", "vader"].contains(model) else {
                    throw fail(value, "sentiment_model: expected auto or vader")
                }
                config.sentimentModel = model
            case "bell":
                if let on = value.bool { config.bell = on ? .high : nil } else { config.bell = try severity(value, key) }
            case "notify_command":
                if let program = value.string {
                    guard !program.contains(" ") else {
                        throw fail(value, "notify_command: write the program and its arguments as a list, e.g. [\(program.split(separator: " ").map(String.init).joined(separator: ", "))]; it is never run through a shell")
                    }
                    config.notifyCommand = [program]
                } else if let items = value.sequence {
                    config.notifyCommand = try items.map {
                        guard let word = $0.string else { throw fail($0, "notify_command: expected a program and its arguments as a list of strings") }
                        return word
                    }
                } else {
                    throw fail(value, "notify_command: expected a program and its arguments as a list of strings")
                }
                if let command = config.notifyCommand, command.isEmpty || command[0].isEmpty { throw fail(value, "notify_command: empty") }
            case "notify_min_severity": config.notifyMinSeverity = try severity(value, key)
            case "keys":
                guard let bindings = value.mapping else { throw fail(value, "keys: expected action: key (or a list of keys) per line") }
                for (actionNode, keysNode) in bindings {
                    guard let action = actionNode.string else { throw fail(actionNode, "keys: expected an action name") }
                    let keys: [String]
                    if let single = keysNode.string { keys = single.isEmpty ? [] : [single] } else if let list = keysNode.sequence {
                        keys = try list.map {
                            guard let key = $0.string else { throw fail($0, "keys: \(action): expected key names") }
                            return key
                        }
                    } else {
                        throw fail(keysNode, "keys: \(action): expected a key or a list of keys")
                    }
                    config.keys.append(KeySetting(action: action, keys: keys, line: actionNode.mark?.line ?? 1))
                }
            default:
                throw fail(keyNode, "unknown setting '\(key)' (expected one of: \(settingNames.joined(separator: ", ")))")
            }
        }
        config.businessHours = try businessHours(top, zone: config.timeZone.flatMap(TimeZone.init(identifier:)) ?? .current, fail: fail)
        return config
    }

    /// `business_hours:` and `holidays:`, checked here so a mistake is named with its line.
    static func businessHours(_ top: Node.Mapping, zone: TimeZone, fail: (Node?, String) -> Failure) throws -> BusinessHours? {
        let hoursNode = top.first { $0.key.string == "business_hours" }?.value
        let holidaysNode = top.first { $0.key.string == "holidays" }?.value
        guard hoursNode != nil || holidaysNode != nil else { return nil }
        var holidays: [String] = []
        if let holidaysNode {
            guard let items = holidaysNode.sequence else { throw fail(holidaysNode, "holidays: expected a list of dates, such as [2026-12-25, 2027-01-01]") }
            holidays = try items.map {
                guard let day = $0.string else { throw fail($0, "holidays: expected a date as 2026-12-25") }
                return day
            }
        }
        do {
            guard let hoursNode else {
                var hours = BusinessHours.officeHours(timeZone: zone)
                hours.holidays = try BusinessHours.checked(holidays: holidays)
                return hours
            }
            guard let text = hoursNode.string else { throw fail(hoursNode, "business_hours: expected opening hours such as mon-fri 09:00-17:30") }
            return try BusinessHours.parse(text, holidays: holidays, timeZone: zone)
        } catch let problem as BusinessHours.ParseError {
            throw fail(hoursNode ?? holidaysNode!, problem.description)
        }
    }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return 1
        }
    }

    /// What `vigil config --print-default` prints: every setting with its default, commented.
    public static let defaultText = """
    # Vigil configuration: $XDG_CONFIG_HOME/vigil/config.yaml (or ~/.config/vigil/config.yaml).
    # Every setting is optional; command-line options win. Paths may start with ~ and are
    # relative to this file's directory.

    # Colours: dark (default), light, high-contrast, monochrome, or a theme file's path.
    # NO_COLOR in the environment turns colour off whatever the theme.
    theme: dark

    # Draw borders and graphs with ASCII only (automatic when the locale is not UTF-8).
    ascii: false

    # Time zone for times on screen (default: the system's), e.g. Europe/Madrid.
    # timezone: UTC

    # Feeds (files or workspace directories) to open when none are given on the command line.
    # workspace: ~/vigil/kettlebird

    # Rule file (default: rules.yaml in the workspace, else the bundled pack).
    # rules: ~/vigil/rules.yaml

    # Database (default: $XDG_DATA_HOME/vigil/vigil.sqlite): a SQLite file, or the team's
    # PostgreSQL server (password from ~/.pgpass or PGPASSWORD, never here).
    # database: ~/vigil/team.sqlite
    # database: postgres://ana@db.example.com/vigil

    # Mouse: click selects an item, the wheel scrolls.
    mouse: false

    # Sentiment: auto (the learned model, which reads the lexicon's scores too) or vader (the
    # lexicon rules alone, exactly VADER 3.3.2 in English). A feed's own sentiment always wins.
    # sentiment_model: auto

    # Opening hours and holidays, for response times "in business hours" in reports (default:
    # mon-fri 09:00-17:00 in the timezone above). Several ranges a day: mon-fri 09:00-13:00 14:00-18:00.
    # business_hours: mon-fri 09:00-17:30, sat 10:00-14:00
    # holidays: [2026-12-25, 2026-12-26, 2027-01-01]

    # Ring the terminal bell when a new alert of this severity or above fires (false: never).
    bell: high

    # A program run for each new alert at or above notify_min_severity, with the alert as one
    # JSON object on standard input. Run directly, never through a shell; no post text is
    # ever put on its command line.
    # notify_command: [/usr/local/bin/alert-to-chat, --channel, social-ops]
    notify_min_severity: high

    # Key bindings: action: key, or action: [key, key]; [] unbinds. Names of actions are in
    # the dashboard's ? help. Keys: a character, space, enter, esc, tab, shift-tab, up, down,
    # left, right, pgup, pgdn, home, end, backspace, ctrl-a … ctrl-z (not c, z, s, q, h, i, j, m), f1 … f24.
    keys:
    #   dismiss: x
    #   mark-replied: [R, ctrl-r]

    """
}
