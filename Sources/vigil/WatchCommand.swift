import ArgumentParser
import Foundation
import VigilEngine
import VigilImport
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

    func run() throws {
        if feeds == ["-"] {
            return try followStandardInput(reader: try options.reader().0, sentiment: SentimentStage(engine: try options.sentimentEngine(feeds: [])))
        }
        guard !feeds.contains("-") else { throw ValidationError("'-' (standard input) cannot be mixed with files") }
        let (reader, forced) = try options.reader()
        let sentiment = SentimentStage(engine: try options.sentimentEngine(feeds: feeds))
        let follower = FeedFollower(sources: feeds, format: format ?? forced, reader: reader, sentiment: sentiment, store: InMemoryMentionStore())
        while true {
            let update = follower.poll()
            var out = ""
            for mention in update.mentions { out += MentionExport.jsonLine(mention) + "\n" }
            if !out.isEmpty { FileHandle.standardOutput.write(Data(out.utf8)) }
            for note in update.notes { print("vigil: \(note)", to: &standardError) }
            for issue in update.issues { print("vigil: skipped \(issue)", to: &standardError) }
            for problem in update.unreadable { print("vigil: \(problem)", to: &standardError) }
            Thread.sleep(forTimeInterval: max(0.01, interval))
        }
    }

    /// Standard input as a live feed: JSON Lines, or CSV whose first line is the header.
    /// Each record is printed as soon as its line is complete.
    private func followStandardInput(reader: FeedReader, sentiment: SentimentStage) throws {
        var header = Data()
        var lineNumber = 0
        var pending = Data()
        while let line = readLine(strippingNewline: false) {
            lineNumber += 1
            pending += Data(line.utf8)
            if lineNumber == 1, !line.hasPrefix("{"), format != "jsonl" {
                header = pending
                pending = Data()
                continue
            }
            // A CSV record may span lines inside quotes: wait until the quotes balance.
            if !header.isEmpty, pending.filter({ $0 == UInt8(ascii: "\"") }).count % 2 == 1 { continue }
            let chunk = header + pending
            pending = Data()
            guard let result = try? reader.read(data: chunk, path: "<stdin>", format: format ?? (header.isEmpty ? "jsonl" : "csv")) else { continue }
            var mentions = result.mentions
            sentiment.apply(to: &mentions)
            var out = ""
            for mention in mentions { out += MentionExport.jsonLine(mention) + "\n" }
            if !out.isEmpty { FileHandle.standardOutput.write(Data(out.utf8)) }
            for issue in result.issues { print("vigil: skipped <stdin>:\(lineNumber): \(issue.reason)", to: &standardError) }
        }
    }
}
