import Foundation

/// The start of a feed, searched as bytes when importers judge whether it is theirs: every
/// import asks every importer, and Foundation's string search cost ~40M instructions a file.
struct SampleText {
    let bytes: [UInt8]

    var string: String { String(decoding: bytes, as: UTF8.self) }

    func contains(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        guard pattern.count <= bytes.count else { return false }
        return bytes.withUnsafeBufferPointer { haystack in
            pattern.withUnsafeBufferPointer { pattern in
                var start = 0
                let last = haystack.count - pattern.count
                while start <= last {
                    guard let found = memchr(haystack.baseAddress! + start, Int32(first), last - start + 1) else { return false }
                    let offset = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - haystack.baseAddress!
                    if memcmp(haystack.baseAddress! + offset, pattern.baseAddress!, pattern.count) == 0 { return true }
                    start = offset + 1
                }
                return false
            }
        }
    }
}
