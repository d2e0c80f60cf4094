import Foundation
import VigilCore
import VigilImport
import VigilRules
import VigilStore

/// Follows feed files and directories as they grow, like `tail -F`: appended complete records
/// are imported, a partial last record waits until it is complete, truncation and rotation
/// (a new inode) re-read the file, and new files in watched directories are picked up.
/// Call `poll()` as often as you like; it does nothing when nothing changed.
public final class FeedFollower: @unchecked Sendable {  // `read` on one thread, `finish` on another: disjoint state
    public struct Update: Sendable {
        /// Mentions read in this poll (new or changed).
        public var mentions: [Mention] = []
        public var issues: [ImportIssue] = []
        public var unreadable: [Pipeline.Unreadable] = []
        /// Human-readable notes: "feed.csv was truncated; re-reading".
        public var notes: [String] = []
        /// The store's keys of the rows this poll wrote (new or changed), so that whoever also
        /// follows the store's changes does not take them for another process's.
        public var writtenKeys: [Int64] = []
        /// Each mention's store key, in order (0 where not written, or none known): for the
        /// dashboard's rows, so their full text can be let go and read back.
        public var keyOfEach: [Int64] = []
        /// More has been appended than one poll takes (`appendLimit`): poll again soon.
        public var hasMore = false
        public var isEmpty: Bool { mentions.isEmpty && issues.isEmpty && unreadable.isEmpty && notes.isEmpty }

        public init() {}
    }

    private struct Tracked {
        var inode: UInt64
        var offset: UInt64
        var linesConsumed: Int
        var format: String
        /// The header record of a CSV feed, prepended to each appended chunk.
        var csvHeader: Data?
        var rereadOnChange: Bool
        /// The CSV delimiter, to find record boundaries exactly as the importer will.
        var delimiter = UInt8(ascii: ",")
        /// The bytes just before `offset` and the modification time when they were read: a file
        /// rewritten in place to the same size is noticed because these no longer match.
        var fingerprint = Data()
        var modified = timespec()
    }

    public let sources: [String]
    public let format: String?
    private let reader: FeedReader
    public let store: any MentionStore
    /// False to only read and score (`vigil watch` prints and forgets: a store would grow for ever).
    public var savesToStore = true
    /// Scores what `read` brings in (on whichever thread reads).
    public let sentiment: SentimentStage
    /// Flags each mention and counts it into the window rules, when rules are in use; used by
    /// `finish` only. (Replaced once when a dashboard has loaded its whole history into a fresh engine.)
    public var rules: RulesEngine?
    /// False for flags without window counts (`vigil watch`).
    public var countsWindows = true
    private var tracked: [String: Tracked] = [:]
    /// Appended bytes taken per file per poll: a flood is read in steps, so a screen that polls
    /// between key presses stays responsive (the rest comes at the next poll).
    public var appendLimit = 8 * 1024
    /// A pipe followed alongside the files (the dashboard's `-`).
    public var stream: StreamFollower?
    private var reportedUnreadable: Set<String> = []

    public init(sources: [String], format: String? = nil, reader: FeedReader = FeedReader(), sentiment: SentimentStage = SentimentStage(),
                rules: RulesEngine? = nil, store: any MentionStore) {
        self.sources = sources
        self.format = format
        self.reader = reader
        self.sentiment = sentiment
        self.rules = rules
        self.store = store
    }

    /// `read` then `finish`: what arrived, scored, flagged and saved.
    public func poll() -> Update {
        var update = read()
        finish(&update)
        return update
    }

    /// What arrived since the last call, scored: the part of a poll that needs neither the
    /// rules engine nor the store, so that a dashboard can run it on another thread
    /// (`BackgroundFeedReader`). Only one thread may call it.
    public func read() -> Update {
        var update = Update()
        for path in FeedLocator.expand(sources) where path != "-" {
            poll(path: path, into: &update)
        }
        if let stream {
            let arrived = stream.poll()
            update.mentions += arrived.mentions
            update.issues += arrived.issues
        }
        sentiment.apply(to: &update.mentions)
        return update
    }

    /// The rest of the ingest stage for what `read` brought: the rules' flags (and window
    /// counts), then the store, which tells the keys it wrote.
    public func finish(_ update: inout Update) {
        guard !update.mentions.isEmpty else { return }
        if let rules {
            if countsWindows { update.mentions = rules.process(update.mentions) } else { rules.flag(&update.mentions) }
        }
        guard savesToStore else { return }
        do {
            let written = try store.write(update.mentions)
            update.writtenKeys = written.keys
            update.keyOfEach = written.keyOfEach.count == update.mentions.count ? written.keyOfEach : []
        } catch {
            update.unreadable.append(Pipeline.Unreadable(path: store is InMemoryMentionStore ? "memory" : "store",
                                                         reason: "could not save \(update.mentions.count) mentions to the store: \(error)"))
        }
    }

    private func poll(path: String, into update: inout Update) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if tracked[path] != nil {
                update.notes.append("\(path) disappeared; waiting for it to come back")
                tracked[path] = nil
            } else if !reportedUnreadable.contains(path) {
                reportedUnreadable.insert(path)
                update.unreadable.append(Pipeline.Unreadable(path: path, reason: "\(path): cannot read: no such file"))
            }
            return
        }
        reportedUnreadable.remove(path)
        let inode = UInt64(info.st_ino)
        let size = UInt64(info.st_size)
        let modified = info.st_mtim
        guard var state = tracked[path] else {
            readWhole(path, inode: inode, into: &update)
            return
        }
        if inode != state.inode {
            update.notes.append("\(path) was replaced (rotated); re-reading")
            readWhole(path, inode: inode, into: &update)
            return
        }
        if size < state.offset {
            update.notes.append("\(path) was truncated; re-reading")
            readWhole(path, inode: inode, into: &update)
            return
        }
        let touched = modified.tv_sec != state.modified.tv_sec || modified.tv_nsec != state.modified.tv_nsec
        if touched, !state.fingerprint.isEmpty,
           readBytes(path, from: state.offset - UInt64(state.fingerprint.count), count: UInt64(state.fingerprint.count)) != state.fingerprint {
            update.notes.append("\(path) was rewritten; re-reading")
            readWhole(path, inode: inode, into: &update)
            return
        }
        if state.rereadOnChange {
            if touched || size != state.offset { readWhole(path, inode: inode, into: &update) }
            return
        }
        state.modified = modified
        tracked[path] = state
        guard size > state.offset else { return }
        let available = size - state.offset
        let lineShift = state.linesConsumed - (state.csvHeader.map { lineCount($0) } ?? 0)
        // A step of `appendLimit` bytes, larger when one record does not fit in it (a step
        // that completes no record would be read again for ever).
        var limit = UInt64(appendLimit)
        var chunk = Data(), consumed = 0
        while true {
            let count = min(available, limit)
            guard let read = readBytes(path, from: state.offset, count: count) else { return }
            chunk = read
            // A half-written last record of an append waits: importing it early could store a
            // truncated id or time for good.
            consumed = importComplete(chunk, prefix: state.csvHeader ?? Data(), tailPrefix: state.csvHeader ?? Data(), delimiter: state.delimiter,
                                      importTail: false, path: path, format: state.format, lineShift: lineShift, into: &update)
            if consumed > 0 || count == available { break }
            limit *= 4
        }
        if consumed > 0, UInt64(consumed) < available { update.hasMore = true }
        state.offset += UInt64(consumed)
        state.linesConsumed += lineCount(chunk.prefix(consumed))
        if consumed > 0 { state.fingerprint = Data(chunk.prefix(consumed).suffix(64)) }
        tracked[path] = state
    }

    private func readWhole(_ path: String, inode: UInt64, into update: inout Update) {
        guard let data = FileManager.default.contents(atPath: path) else {
            update.unreadable.append(Pipeline.Unreadable(path: path, reason: "\(path): cannot read"))
            return
        }
        guard !data.isEmpty else {
            // Nothing to detect yet: try again when the file has content.
            return
        }
        let detected: (format: String, encoding: String)
        do {
            detected = try reader.detect(data: data, path: path, format: format)
        } catch {
            update.unreadable.append(Pipeline.Unreadable(path: path, reason: String(describing: error)))
            var state = Tracked(inode: inode, offset: UInt64(data.count), linesConsumed: 0, format: "", csvHeader: nil, rereadOnChange: true)
            var info = stat()
            if stat(path, &info) == 0 { state.modified = info.st_mtim }
            tracked[path] = state
            return
        }
        // JSON documents and non-UTF-8 files cannot be read from an offset: re-read them on change.
        let reread = detected.format == "json" || detected.encoding != "utf-8"
        if reread {
            if let result = try? reader.read(data: data, path: path, format: detected.format) {
                update.mentions += result.mentions
                update.issues += result.issues
            }
            var state = Tracked(inode: inode, offset: UInt64(data.count), linesConsumed: 0, format: detected.format, csvHeader: nil, rereadOnChange: true)
            var info = stat()
            if stat(path, &info) == 0 { state.modified = info.st_mtim }
            tracked[path] = state
            return
        }
        let csvProfile = (reader.registry.importer(named: detected.format) as? CSVImporter)?.profile
        let headerAndDelimiter = csvProfile.flatMap { headerRecord(of: data, profile: $0) }
        let header = headerAndDelimiter?.header
        let delimiter = headerAndDelimiter?.delimiter ?? UInt8(ascii: ",")
        let consumed = importComplete(data, prefix: Data(), tailPrefix: header ?? Data(), delimiter: delimiter, importTail: true,
                                      path: path, format: detected.format, lineShift: 0, into: &update)
        var state = Tracked(
            inode: inode, offset: UInt64(consumed), linesConsumed: lineCount(data.prefix(consumed)),
            format: detected.format, csvHeader: header, rereadOnChange: false
        )
        state.delimiter = delimiter
        state.fingerprint = Data(data.prefix(consumed).suffix(64))
        var info = stat()
        if stat(path, &info) == 0 { state.modified = info.st_mtim }
        tracked[path] = state
    }

    /// Imports the complete records of `chunk` (after `prefix`, a CSV header); returns the bytes consumed.
    /// A last record without its newline is imported too when it parses cleanly, but not consumed,
    /// so it is read again (idempotently) once the writer finishes it.
    private func importComplete(_ chunk: Data, prefix: Data, tailPrefix: Data, delimiter: UInt8, importTail: Bool,
                                path: String, format: String, lineShift: Int, into update: inout Update) -> Int {
        let isCSV = reader.registry.importer(named: format) is CSVImporter
        let complete = RecordBoundary.completeLength(chunk, csvDelimiter: isCSV ? delimiter : nil)
        if complete > 0, let result = try? reader.read(data: prefix + chunk.prefix(complete), path: path, format: format) {
            update.mentions += result.mentions
            update.issues += result.issues.map { issue in
                var moved = issue
                if moved.line > 0 { moved.line += lineShift }
                return moved
            }
        }
        let tail = chunk.dropFirst(complete)
        if importTail, !tail.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }), !(isCSV && tailPrefix.isEmpty),
           let result = try? reader.read(data: tailPrefix + tail, path: path, format: format),
           result.issues.isEmpty {
            update.mentions += result.mentions
        }
        return complete
    }

    private func readBytes(_ path: String, from offset: UInt64, count: UInt64) -> Data? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        try? handle.seek(toOffset: offset)
        return try? handle.read(upToCount: Int(count))
    }

    private func headerRecord(of data: Data, profile: CSVProfile) -> (header: Data, delimiter: UInt8)? {
        // The header is the first complete record after any preamble; re-sniffing it per chunk
        // would be wasteful, so keep the bytes up to and including the header line.
        let decoded = FeedEncoding.normalize(data).data
        let limit = decoded.prefix(64 * 1024)
        return limit.withUnsafeBytes { raw -> (header: Data, delimiter: UInt8)? in
            let bytes = raw.bindMemory(to: UInt8.self)
            let dialect = CSVDialect.sniff(bytes, profile: profile)
            var tokenizer = CSVTokenizer(delimiter: dialect.delimiter)
            var fields: [CSVField] = []
            for _ in 0...dialect.headerRecord {
                guard (try? tokenizer.nextRecord(bytes, into: &fields)) == true else { return nil }
            }
            return (Data(UnsafeBufferPointer(rebasing: bytes[..<tokenizer.position])), dialect.delimiter)
        }
    }

    private func lineCount(_ data: Data) -> Int {
        data.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
}
