import ArgumentParser
import Foundation
import VigilEngine
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

    @Option(help: "Seconds between checks.")
    var interval: Double = 0.1

    func run() throws {
        let follower = FeedFollower(sources: feeds, format: format, store: InMemoryMentionStore())
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
}
