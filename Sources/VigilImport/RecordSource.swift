import Foundation

/// The bytes a record-by-record importer reads: a whole buffer in memory, or a file read
/// block by block so that memory stays flat however large the file is. Importers parse records
/// from `window`; when a record runs past its end they call `advance(keepingFrom:)` with the
/// record's start and parse it again from the new window.
protocol RecordSource {
    /// The bytes in hand. Valid until the next `advance`.
    var window: UnsafeBufferPointer<UInt8> { get }
    /// Offset of `window[0]` in the whole input (for progress).
    var windowOffset: Int { get }
    /// The window ends where the input ends.
    var isComplete: Bool { get }
    /// Size of the whole input as far as known (for progress).
    var totalBytes: Int { get }
    /// Drops the window's bytes before `offset` and reads more after what is kept, growing the
    /// buffer when nothing could be dropped. Returns false (and is complete) at the end of input.
    @discardableResult
    mutating func advance(keepingFrom offset: Int) -> Bool
}

/// A whole input already in memory: one window, nothing more to read.
struct WholeBuffer: RecordSource {
    let window: UnsafeBufferPointer<UInt8>
    var windowOffset: Int { 0 }
    var isComplete: Bool { true }
    var totalBytes: Int { window.count }
    @discardableResult
    mutating func advance(keepingFrom offset: Int) -> Bool { false }

    /// `data` as a source, after a UTF-8 byte-order mark if it starts with one.
    static func reading<Result>(_ data: Data, _ body: (inout WholeBuffer) -> Result) -> Result {
        data.withUnsafeBytes { raw in
            var bytes = raw.bindMemory(to: UInt8.self)
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = UnsafeBufferPointer(rebasing: bytes[3...]) }
            var source = WholeBuffer(window: bytes)
            return body(&source)
        }
    }
}

/// A file read in blocks into one reusable buffer (1 MiB unless told otherwise).
final class FileBlocks: RecordSource {
    enum OpenError: Error { case cannotOpen(String) }

    // Read for every record by one import loop: no runtime exclusivity checks.
    private let descriptor: Int32
    @exclusivity(unchecked) private var buffer: UnsafeMutableBufferPointer<UInt8>
    @exclusivity(unchecked) private var filled = 0
    @exclusivity(unchecked) private(set) var windowOffset = 0
    @exclusivity(unchecked) private(set) var isComplete = false
    let totalBytes: Int
    /// Why reading stopped before the end of the file, if it did.
    @exclusivity(unchecked) private(set) var failure: String?

    init(path: String, blockSize: Int = 1 << 20) throws {
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw OpenError.cannotOpen(String(cString: strerror(errno))) }
        var status = stat()
        totalBytes = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
        buffer = .allocate(capacity: max(16, blockSize))
        _ = advance(keepingFrom: 0)
    }

    deinit {
        buffer.deallocate()
        close(descriptor)
    }

    var window: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: buffer[0..<filled]) }

    @discardableResult
    func advance(keepingFrom offset: Int) -> Bool {
        // Dropping works at the end too (a byte-order mark in a file that fits in one block).
        let kept = filled - offset
        if offset > 0, kept > 0, let base = buffer.baseAddress {
            base.update(from: base + offset, count: kept)
        }
        filled = kept
        windowOffset += offset
        guard !isComplete else { return false }
        if filled == buffer.count {
            let larger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: buffer.count * 2)
            if let from = buffer.baseAddress { larger.baseAddress!.update(from: from, count: filled) }
            buffer.deallocate()
            buffer = larger
        }
        let before = filled
        while filled < buffer.count {
            let count = read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 {
                if count < 0 { failure = String(cString: strerror(errno)) }
                isComplete = true
                break
            }
            filled += count
        }
        return filled > before
    }

    /// Makes the window hold at least `count` bytes, or the whole rest of the input.
    func ensure(_ count: Int) {
        while filled < count && !isComplete { advance(keepingFrom: 0) }
    }
}
