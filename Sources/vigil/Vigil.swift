import ArgumentParser
import Foundation

@main
struct Vigil: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "vigil",
        abstract: "A terminal dashboard for social-media monitoring.",
        discussion: """
        With no subcommand, opens the dashboard on the given feed files or directories \
        (CSV or JSON Lines), or on the bundled sample workspace when none are given.
        """,
        version: version,
        subcommands: [DashboardCommand.self, OpsCommand.self, DemoCommand.self, ImportCommand.self, ExportCommand.self, WatchCommand.self, CheckCommand.self, RulesCommand.self, FormatsCommand.self, SentimentCommand.self, ConfigCommand.self, ReportCommand.self, ModerateCommand.self, DatabaseCommand.self],
        defaultSubcommand: DashboardCommand.self
    )

    static func main() {
        let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        if let message = UnknownCommand.message(arguments: Array(CommandLine.arguments.dropFirst()), commands: names) {
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(2)
        }
        main(nil)
    }
}
