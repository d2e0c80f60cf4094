/// Up to 16 bytes as two integers and a length: a key for small tables of short values
/// (a column's few distinct values, recently seen words) compared without a string or a copy.
/// Packed with overlapping loads; with the length beside them, the words still tell every
/// value apart.
public struct ShortBytesKey: Equatable, Sendable {
    public var head: UInt64
    public var tail: UInt64
    public var count: Int

    public static let capacity = 16
    /// The key of no bytes.
    public static let empty = ShortBytesKey(head: 0, tail: 0, count: 0)

    init(head: UInt64, tail: UInt64, count: Int) {
        self.head = head
        self.tail = tail
        self.count = count
    }

    /// Nil when `bytes` is longer than `capacity`.
    @inlinable @inline(__always)
    public init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        guard n <= Self.capacity else { return nil }
        let raw = UnsafeRawBufferPointer(bytes)
        count = n
        switch n {
        case 8...:
            head = raw.loadUnaligned(as: UInt64.self)
            tail = raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
        case 4...:
            head = UInt64(raw.loadUnaligned(as: UInt32.self)) | UInt64(raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)) << 32
            tail = 0
        case 1...:
            head = UInt64(bytes[0]) | UInt64(bytes[n / 2]) << 8 | UInt64(bytes[n - 1]) << 16
            tail = 0
        default:
            head = 0
            tail = 0
        }
    }
}
