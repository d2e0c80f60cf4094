import Foundation

/// Bytes for standard output, gathered in a buffer and written in large blocks, with numbers
/// formatted without Foundation's `String(format:)` (which costs more per line than scoring it).
public struct OutputBuffer {
    public private(set) var bytes: [UInt8] = []
    public let descriptor: Int32
    public let blockSize: Int

    public init(descriptor: Int32 = STDOUT_FILENO, blockSize: Int = 1 << 16) {
        self.descriptor = descriptor
        self.blockSize = blockSize
        bytes.reserveCapacity(blockSize + 4096)
    }

    @inline(__always) public mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    @inline(__always) public mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    public mutating func append(bytes more: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: more)
    }

    /// `value` with exactly `decimals` digits after the point, rounded half away from zero, as
    /// `%.Nf` prints values that are already rounded to N digits (VADER's scores are).
    public mutating func append(fixed value: Double, decimals: Int) {
        guard value.isFinite else { return append(value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf")) }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return append(String(value)) }
        var integer = UInt64(scaled)
        if value < 0 && integer != 0 { bytes.append(0x2D) }  // "-"
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { digits in
            var count = 0
            repeat {
                digits[count] = UInt8(integer % 10) + 0x30
                integer /= 10
                count += 1
            } while integer > 0 || count <= decimals
            for index in stride(from: count - 1, through: 0, by: -1) {
                bytes.append(digits[index])
                if index == decimals && decimals > 0 { bytes.append(0x2E) }  // "."
            }
        }
    }

    /// Writes what is gathered once it fills a block.
    @inline(__always) public mutating func flushIfFull() {
        if bytes.count >= blockSize { flush() }
    }

    public mutating func flush() {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return  // a closed pipe (`| head`): nothing more to say
                }
                offset += written
            }
        }
        bytes.removeAll(keepingCapacity: true)
    }
}
