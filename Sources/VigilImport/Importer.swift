import Foundation
import VigilCore

/// A reader for one feed format. Adding a format is one new conforming type plus one line
/// in `ImporterRegistry.standard`.
public protocol Importer: Sendable {
    /// Short name used by `--format`.
    var name: String { get }
    var summary: String { get }
    /// An example file of this format, relative to the project (shown by `vigil formats`).
    var example: String { get }
    /// How sure the importer is that it can read a file starting with `sample` (0 = no).
    func confidence(sample: FeedSample) -> Int
    func read(_ data: Data, path: String, mapper: MentionMapper) -> ImportResult
    /// Streams in batches to `session`; the default reads everything and delivers it at once.
    func read(_ data: Data, path: String, mapper: MentionMapper, session: ImportSession) -> ImportResult
}

/// The start of a file, used for detection by content.
public struct FeedSample: Sendable {
    public var path: String
    public var head: Data

    public init(path: String, head: Data) {
        self.path = path
        self.head = head
    }

    public var pathExtension: String { (path as NSString).pathExtension.lowercased() }

    /// The first non-blank byte, skipping a UTF-8 byte-order mark.
    public var firstSignificantByte: UInt8? {
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        return bytes.first { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D) }
    }
}

public struct ImporterRegistry: Sendable {
    public var importers: [any Importer]

    public init(importers: [any Importer]) {
        self.importers = importers
    }

    public static let standard = ImporterRegistry(importers: [
        CSVImporter(),
        CSVImporter(profile: .brandwatch),
        CSVImporter(profile: .meltwater),
        CSVImporter(profile: .hootsuite),
        CSVImporter(profile: .sproutSocial),
        CSVImporter(profile: .trustpilot),
        XLSXImporter(),
        JSONLinesImporter(),
        JSONDocumentImporter(),
        XAPIv2Importer(),
        XV1StatusesImporter(),
        RedditListingImporter(),
        MastodonStatusesImporter(),
        XArchiveImporter(),
        YouTubeCommentThreadsImporter(),
        FacebookCommentsImporter(),
        InstagramCommentsImporter(),
        BlueskyImporter(),
        TalkwalkerImporter(),
        ThreadsImporter(),
        TelegramExportImporter(),
        GoogleReviewsImporter(),
        TrustpilotImporter(),
        TikTokCommentsImporter(),
    ])

    public func importer(named name: String) -> (any Importer)? {
        importers.first { $0.name == name.lowercased() }
    }

    /// The importer most confident it reads this sample, if any is.
    public func detect(_ sample: FeedSample) -> (any Importer)? {
        var best: (any Importer)?
        var bestScore = 0
        for importer in importers {
            let score = importer.confidence(sample: sample)
            if score > bestScore {
                best = importer
                bestScore = score
            }
        }
        return best
    }
}
