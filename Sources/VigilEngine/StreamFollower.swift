import Foundation
import VigilCore
import VigilImport
#if canImport(Glibc)
import Glibc
#endif

/// Follows a pipe (the dashboard's `-`, `vigil watch -`): reads what is there without waiting,
/// and imports each complete record (`RecordBoundary`): JSON Lines, or CSV whose first line is
/// the header (a quoted field may span lines). A half-written last record waits.
public final class StreamFollower {
    public let name: String
    private let fd: Int32
    private let reader: FeedReader
    private let format: String?
    private var pending = Data()
    private var header: Data?
    private var delimiter = UInt8(ascii: ",")
    private var formatDecided = false
    /// Lines already imported (the header included), to give issues their line in the stream.
    private var linesConsumed = 0
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
        // The writer is done: a last record without its newline is complete now.
        if closed, pending.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }), pending.last != 0x0A {
            pending.append(0x0A)
        }
        return importCompleteLines()
    }

    private func importCompleteLines() -> (mentions: [Mention], issues: [ImportIssue]) {
        if !formatDecided {
            // The first line says what the stream is: a JSON object, else a CSV header.
            guard let newline = pending.firstIndex(of: 0x0A) else { return ([], []) }
            let firstByte = pending[pending.startIndex..<newline].first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }
            if format != "jsonl" && firstByte != UInt8(ascii: "{") {
                let line = Data(pending[pending.startIndex...newline])
                header = line
                delimiter = line.withUnsafeBytes { CSVDialect.sniff($0.bindMemory(to: UInt8.self)).delimiter }
                pending = Data(pending[pending.index(after: newline)...])
                linesConsumed = 1
            }
            formatDecided = true
        }
        let complete = RecordBoundary.completeLength(pending, csvDelimiter: header == nil ? nil : delimiter)
        guard complete > 0 else { return ([], []) }
        let records = pending.prefix(complete)
        pending = Data(pending.dropFirst(complete))
        let shift = linesConsumed - (header == nil ? 0 : 1)
        linesConsumed += records.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        guard let result = try? reader.read(data: (header ?? Data()) + records, path: name, format: format ?? (header == nil ? "jsonl" : "csv")) else {
            return ([], [])
        }
        return (result.mentions, result.issues.map { issue in
            var moved = issue
            if moved.line > 0 { moved.line += shift }
            return moved
        })
    }
}
