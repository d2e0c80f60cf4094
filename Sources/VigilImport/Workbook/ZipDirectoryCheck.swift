import Foundation

/// Checks a zip's central directory against the file before ZIPFoundation reads a part:
/// ZIPFoundation reads until a part has the size its directory entry claims, and never ends
/// when the file is shorter (found by FuzzXLSX). Returns the names of parts whose stored bytes
/// would lie outside the file; nil when the directory itself cannot be read.
enum ZipDirectoryCheck {
    static func partsOutsideTheFile(_ data: Data) -> [String]? {
        data.withUnsafeBytes { raw -> [String]? in
            let bytes = raw.bindMemory(to: UInt8.self)
            let size = bytes.count
            func u16(_ at: Int) -> Int? { at >= 0 && at + 2 <= size ? Int(bytes[at]) | Int(bytes[at + 1]) << 8 : nil }
            func u32(_ at: Int) -> Int? {
                guard at >= 0, at + 4 <= size else { return nil }
                return Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
            }
            // The end-of-central-directory record, searched from the end.
            var end = size - 22
            while end >= 0, u32(end) != 0x0605_4B50 { end -= 1 }
            guard end >= 0, let count = u16(end + 10), let directory = u32(end + 16) else { return nil }
            if directory == 0xFFFF_FFFF || count == 0xFFFF { return [] }  // ZIP64: sizes are elsewhere; not checked
            var outside: [String] = []
            var at = directory
            for _ in 0..<count {
                guard u32(at) == 0x0201_4B50, let method = u16(at + 10), let compressed = u32(at + 20), let uncompressed = u32(at + 24),
                      let nameLength = u16(at + 28), let extraLength = u16(at + 30), let commentLength = u16(at + 32),
                      let local = u32(at + 42), at + 46 + nameLength <= size else { return nil }
                let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(at + 46)..<(at + 46 + nameLength)]), as: UTF8.self)
                let stored = method == 0 ? uncompressed : compressed
                if compressed != 0xFFFF_FFFF && uncompressed != 0xFFFF_FFFF && local != 0xFFFF_FFFF {
                    if let localNameLength = u16(local + 26), let localExtraLength = u16(local + 28) {
                        if local + 30 + localNameLength + localExtraLength + stored > size { outside.append(name) }
                    } else {
                        outside.append(name)
                    }
                }
                at += 46 + nameLength + extraLength + commentLength
            }
            return outside
        }
    }
}
