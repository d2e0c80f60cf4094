/// FNV-1a over bytes, 32 and 64 bits: the hash of every table built offline (the language
/// guesser's and the sentiment model's, whose `Tools/` scripts compute the same) and of the small
/// word sets looked up while reading text. Its constants live here once; callers that read the
/// bytes anyway run `step` in their own loop.
///
/// Not for tables keyed by what a feed controls where an attacker could aim at collisions:
/// those use `ByteHash` (seeded per process).
public enum FNV1a {
    public static let offset32: UInt32 = 2_166_136_261
    public static let prime32: UInt32 = 16_777_619
    public static let offset64: UInt64 = 0xCBF2_9CE4_8422_2325
    public static let prime64: UInt64 = 0x100_0000_01B3

    @inlinable @inline(__always)
    public static func step(_ hash: UInt32, _ byte: UInt8) -> UInt32 { (hash ^ UInt32(byte)) &* prime32 }

    @inlinable @inline(__always)
    public static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* prime64 }

    @inlinable
    public static func hash32(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var hash = offset32
        for byte in bytes { hash = step(hash, byte) }
        return hash
    }

    @inlinable
    public static func hash64(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = offset64
        for byte in bytes { hash = step(hash, byte) }
        return hash
    }
}
