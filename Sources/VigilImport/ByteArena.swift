/// Scratch memory for one record's decoded values: bump allocation in chunks that never move,
/// so a value handed out stays valid until `reset`. Reset keeps the first chunk for reuse.
/// Used by one import loop at a time; its state skips Swift's runtime exclusivity checks,
/// which cost more than the bump allocation itself on a per-record path.
final class ByteArena {
    private static let chunkSize = 4096
    @exclusivity(unchecked) private var chunks: [UnsafeMutableBufferPointer<UInt8>] = []
    @exclusivity(unchecked) private var used = 0

    func allocate(_ count: Int) -> UnsafeMutableBufferPointer<UInt8> {
        if let last = chunks.last, last.count - used >= count {
            let slice = UnsafeMutableBufferPointer(rebasing: last[used..<(used + count)])
            used += count
            return slice
        }
        let chunk = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(Self.chunkSize, count))
        chunks.append(chunk)
        used = count
        return UnsafeMutableBufferPointer(rebasing: chunk[0..<count])
    }

    func copy(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let target = allocate(bytes.count)
        if let base = bytes.baseAddress, let targetBase = target.baseAddress {
            targetBase.update(from: base, count: bytes.count)
        }
        return UnsafeBufferPointer(target)
    }

    func reset() {
        guard !chunks.isEmpty else { return }
        if chunks.count > 1 {
            for chunk in chunks.dropFirst() { chunk.deallocate() }
            chunks.removeSubrange(1...)
        }
        used = 0
    }

    deinit {
        for chunk in chunks { chunk.deallocate() }
    }
}
