/// A cheap 64-bit hash of UTF-8 bytes, eight at a time: for the engine's own tables, whose
/// keys come from feeds once and are looked up for every mention (SipHash, Swift's seeded
/// default, costs several times more and its resistance to chosen keys buys nothing in a
/// table private to one process run).
enum ByteHash {
    static let seed: UInt64 = 0x9E37_79B9_7F4A_7C15

    static func mix(_ seed: UInt64, _ string: String) -> UInt64 {
        var string = string
        return string.withUTF8 { mix(seed, $0) }
    }

    static func mix(_ seed: UInt64, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = seed ^ UInt64(bytes.count)
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return h &* 0xFF51_AFD7_ED55_8CCD }
        var offset = 0
        while offset + 8 <= bytes.count {
            h = (h ^ base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return h ^ (h >> 32)
    }
}
