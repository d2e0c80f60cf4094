import ArgumentParser
import Foundation
import VigilCore
import VigilModeration

struct ModerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "moderate",
        abstract: "Check texts read from standard input, one per line, for spam, abuse and personal data.",
        discussion: """
        Prints `spam<TAB>abuse<TAB>personal data<TAB>reasons` per line (`-` where nothing was found), \
        or with --json one object per line. Personal data is never repeated in the reasons: it is \
        masked (06••••••78). Exit status 0 whatever was found.
        """
    )

    @Option(help: "The brand's name (repeatable): links to other domains that borrow it count as phishing.")
    var brand: [String] = []

    @Option(help: "The brand's own domain (repeatable), e.g. kettlebird.com.")
    var domain: [String] = []

    @Flag(help: "One JSON object per line.")
    var json = false

    func run() throws {
        let moderator = Moderator(brandNames: brand, officialDomains: domain)
        while let line = readLine() {
            let found = moderator.inspect(line)
            if json {
                let object: [String: Any] = ["spam": found.spam, "spam_points": found.spamPoints, "abuse": found.abuse.name,
                                             "personal_data": found.personalData.map(\.rawValue), "reasons": found.reasons]
                let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
                print(String(decoding: data, as: UTF8.self))
            } else {
                let fields = [found.spam ? "spam" : "-", found.abuse == .none ? "-" : found.abuse.name,
                              found.personalData.isEmpty ? "-" : found.personalData.map(\.rawValue).joined(separator: ","),
                              found.reasons.isEmpty ? "-" : found.reasons.joined(separator: "; ")]
                print(fields.map { Printable.text($0) }.joined(separator: "\t"))
            }
        }
    }
}
