import Foundation
import VigilCore
import VigilImport
#if canImport(Glibc)
import Glibc
#endif

/// Follows a pipe (the dashboard's `-`): reads what is there without waiting, and imports each
/// complete record: JSON Lines, or CSV whose first line is the header (a quoted field may span
/// lines; the record waits until its quotes balance). A half-written last line waits.
public final class StreamFollower {
    public let name: String
    private let fd: Int32
    private let reader: FeedReader
    private let format: String?
    private var pending = Data()
    private var header: Data?
    private var lineNumber = 0
    public private(set) var closed = false

    /// `fd` is switched to non-blocking reads.
    public init(fd: Int32, name: String = "<stdin>", reader: FeedReader, format: String? = nil) {
        self.fd = fd
        self.name = name
        self.reader = reader
        self.format = format
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
    }

    /// What arrived since the last call (at most `limit` bytes read, so a flood cannot freeze the screen).
    public func poll(limit: Int = 4 << 20) -> (mentions: [Mention], issues: [ImportIssue]) {
        guard !closed else { return ([], []) }
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        var total = 0
        while total < limit {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                pending.append(contentsOf: buffer[0..<count])
                total += count
            } else {
                if count == 0 { closed = true }  // the writer is done
                break  // EAGAIN: nothing more for now
            }
        }
        return importCompleteLines()
    }

    private func importCompleteLines() -> (mentions: [Mention], issues: [ImportIssue]) {
        var mentions: [Mention] = []
        var issues: [ImportIssue] = []
        var records = Data()
        var recordStart = pending.startIndex
        var quotes = 0
        var index = pending.startIndex
        while index < pending.endIndex {
            let byte = pending[index]
            if byte == UInt8(ascii: "\"") { quotes += 1 }
            if byte == UInt8(ascii: "\n") {
                let line = pending[recordStart...index]
                lineNumber += 1
                if lineNumber == 1, header == nil, format != "jsonl", line.first != UInt8(ascii: "{") {
                    header = Data(line)
                    recordStart = pending.index(after: index)
                    quotes = 0
                } else if header == nil || quotes % 2 == 0 {
                    records.append(line)
                    recordStart = pending.index(after: index)
                    quotes = 0
                }
            }
            index = pending.index(after: index)
        }
        pending = Data(pending[recordStart...])
        guard !records.isEmpty else { return ([], []) }
        let chunk = (header ?? Data()) + records
        if let result = try? reader.read(data: chunk, path: name, format: format ?? (header == nil ? "jsonl" : "csv")) {
            mentions = result.mentions
            issues = result.issues
        }
        return (mentions, issues)
    }
}
