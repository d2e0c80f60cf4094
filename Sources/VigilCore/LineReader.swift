import Foundation

/// Lines from a file descriptor (standard input), read in large blocks: each line is handed over
/// as bytes without its "\n" (or "\r\n"), valid only during the call. The last line needs no "\n".
public struct LineReader {
    public let descriptor: Int32
    public let blockSize: Int

    public init(descriptor: Int32 = STDIN_FILENO, blockSize: Int = 1 << 16) {
        self.descriptor = descriptor
        self.blockSize = blockSize
    }

    public func forEachLine(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        var buffer = [UInt8](repeating: 0, count: blockSize)
        var start = 0  // where the unfinished line begins
        var end = 0    // bytes held
        func emit(_ raw: UnsafeMutableBufferPointer<UInt8>, _ from: Int, _ to: Int) throws {
            var stop = to
            if stop > from && raw[stop - 1] == 0x0D { stop -= 1 }
            try body(UnsafeBufferPointer(rebasing: raw[from..<stop]))
        }
        while true {
            if end == buffer.count {
                if start > 0 {  // move the unfinished line to the front
                    buffer.withUnsafeMutableBufferPointer { raw in
                        _ = memmove(raw.baseAddress!, raw.baseAddress! + start, end - start)
                    }
                    end -= start
                    start = 0
                } else {  // one line longer than the buffer: grow it
                    buffer += [UInt8](repeating: 0, count: buffer.count)
                }
            }
            let count = buffer.withUnsafeMutableBufferPointer { raw in read(descriptor, raw.baseAddress! + end, raw.count - end) }
            if count < 0 {
                if errno == EINTR { continue }
                break
            }
            if count == 0 { break }
            let scanFrom = end
            end += count
            try buffer.withUnsafeMutableBufferPointer { raw in
                var index = scanFrom
                while index < end {
                    guard let found = memchr(raw.baseAddress! + index, 0x0A, end - index) else { break }
                    let newline = raw.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    try emit(raw, start, newline)
                    start = newline + 1
                    index = start
                }
            }
            if start == end { start = 0; end = 0 }
        }
        if end > start {
            try buffer.withUnsafeMutableBufferPointer { raw in try emit(raw, start, end) }
        }
    }
}
