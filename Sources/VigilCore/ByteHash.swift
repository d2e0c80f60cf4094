import Foundation

/// A cheap 64-bit hash of UTF-8 bytes, eight at a time, for the engine's own tables, whose keys
/// are looked up for every mention (SipHash, Swift's default, costs several times more). The
/// seed is drawn per process, so positions in the tables cannot be aimed at from a feed
/// without knowing it; it is no keyed cryptographic hash, and a feed crafted against it could at
/// worst slow lookups down, never change a result (numbers follow first appearance, not hashes).
public enum ByteHash {
    public static let seed = UInt64.random(in: 1...UInt64.max)

    /// Canonically equivalent strings ("café" composed or decomposed), which Swift's `==`
    /// holds equal, hash alike: a string with non-ASCII bytes is hashed in its NFC form.
    @inlinable
    public static func mix(_ seed: UInt64, _ string: String) -> UInt64 {
        var string = string
        if let hash = string.withUTF8({ isASCII($0) ? mix(seed, $0) : nil }) { return hash }
        var composed = string.precomposedStringWithCanonicalMapping
        return composed.withUTF8 { mix(seed, $0) }
    }

    @inlinable
    public static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return true }
        var high: UInt64 = 0
        var offset = 0
        while offset + 8 <= bytes.count {
            high |= base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            offset += 8
        }
        while offset < bytes.count {
            high |= UInt64(bytes[offset])
            offset += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    @inlinable
    public static func mix(_ seed: UInt64, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
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

extension MentionID {
    /// The identity's hash for a `NumberTable`: its platform's and native id's bytes.
    @inlinable public var tableHash: UInt64 {
        let h = ByteHash.mix(ByteHash.mix(ByteHash.seed, platform.rawValue), nativeID)
        return h ^ (h >> 29)
    }

    /// The same for a native id kept packed (see `PackedStrings.mix`).
    public static func tableHash(platform: Platform, nativeIDs: PackedStrings, at index: Int) -> UInt64 {
        let h = nativeIDs.mix(ByteHash.mix(ByteHash.seed, platform.rawValue), at: index)
        return h ^ (h >> 29)
    }
}
