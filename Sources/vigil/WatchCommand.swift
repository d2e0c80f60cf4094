import ArgumentParser
import Foundation
import VigilEngine
import VigilImport
import VigilCore
import VigilRules
import VigilStore

struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Follow feed files and directories as they grow; print each new mention as a JSON line.",
        discussion: "Existing records are printed first. Problems go to standard error. Stop with Ctrl-C."
    )

    @Argument(help: "Feed files or directories to follow.")
    var feeds: [String]

    @Option(help: "Importer to use instead of detecting the format (see `vigil formats`).")
    var format: String?

    @OptionGroup var options: FeedOptions

    @Option(help: "Seconds between checks.")
    var interval: Double = 0.1

    @Option(help: "Rule file whose item rules flag each mention (default: rules.yaml in a workspace directory given as a feed, else the default pack).")
    var rules: String?

    func run() throws {
        let (reader, forced) = try options.reader()
        let engine: RulesEngine
        do { engine = try RuleLocator.load(explicit: rules, feeds: feeds.filter { $0 != "-" }) } catch {
            print("vigil: \(error)", to: &standardError)
            throw ExitCode(2)
        }
        // The stage every entry point runs: sentiment, then the item rules' flags (no alerts here).
        let stage = IngestStage(sentiment: SentimentStage(engine: try options.sentimentEngine(feeds: feeds)), rules: engine, countsWindows: false)
        if feeds == ["-"] {
            return followStandardInput(StreamFollower(fd: STDIN_FILENO, reader: reader, format: format ?? forced), stage: stage)
        }
        guard !feeds.contains("-") else { throw ValidationError("'-' (standard input) cannot be mixed with files") }
        let follower = FeedFollower(sources: feeds, format: format ?? forced, reader: reader, sentiment: stage.sentiment, rules: stage.rules,
                                    store: InMemoryMentionStore())
        follower.countsWindows = false
        follower.savesToStore = false
        var out = OutputBuffer()
        while true {
            let update = follower.poll()
            for mention in update.mentions { out.append(MentionExport.jsonLine(mention, withFlags: true)); out.append(byte: 0x0A) }
            out.flush()
            for note in update.notes { print("vigil: \(note)", to: &standardError) }
            for issue in update.issues { print("vigil: skipped \(issue)", to: &standardError) }
            for problem in update.unreadable { print("vigil: \(problem)", to: &standardError) }
            // A flood is read in steps: the next one at once.
            if !update.hasMore { Thread.sleep(forTimeInterval: max(0.01, interval)) }
        }
    }

    /// Standard input as a live feed: JSON Lines, or CSV whose first line is the header. Each
    /// record is printed as soon as it is complete; the last one when the input ends.
    private func followStandardInput(_ stream: StreamFollower, stage: IngestStage) {
        var out = OutputBuffer()
        while true {
            var arrived = stream.poll()
            if !arrived.mentions.isEmpty {
                stage.run(&arrived.mentions)
                for mention in arrived.mentions { out.append(MentionExport.jsonLine(mention, withFlags: true)); out.append(byte: 0x0A) }
                out.flush()
            }
            for issue in arrived.issues { print("vigil: skipped \(issue)", to: &standardError) }
            if stream.closed { return }
            // Until more arrives (or the writer closes the pipe).
            var wait = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            _ = Glibc.poll(&wait, 1, Int32(max(10, interval * 1000)))
        }
    }
}
