import CVigilZlib
import Foundation

/// Reads the parts of a zip archive (an .xlsx workbook) held in memory (a mapped file): the
/// central directory, checked against the file, and each part inflated with zlib in chunks.
/// Written for untrusted files: every offset and size is checked before it is used, and a
/// damaged or truncated part is an error, never a loop (ZIPFoundation's reader spun forever
/// on a truncated deflate stream, found by FuzzXLSX).
struct ZipArchive {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    struct Entry {
        var method: Int
        /// Bytes stored in the file (compressed, or the part itself when stored as is).
        var compressedSize: Int
        var dataStart: Int
    }

    let data: Data
    private(set) var entries: [String: Entry] = [:]

    init(data: Data) throws(Failure) {
        self.data = data
        let parsed: Result<[(String, Entry)], Failure> = data.withUnsafeBytes { raw in
            Self.directory(raw.bindMemory(to: UInt8.self))
        }
        switch parsed {
        case .success(let list):
            for (name, entry) in list where entries[name] == nil { entries[name] = entry }
        case .failure(let failure):
            throw failure
        }
    }

    func contains(_ name: String) -> Bool { entries[name] != nil }

    /// A small part whole.
    func read(_ name: String) throws(Failure) -> Data {
        var out = Data()
        try stream(name, chunkSize: 64 * 1024) { out.append($0) }
        return out
    }

    /// A part's bytes, uncompressed, to `consume` in chunks of at most `chunkSize`.
    func stream(_ name: String, chunkSize: Int, _ consume: (UnsafeBufferPointer<UInt8>) throws -> Void) throws(Failure) {
        guard let entry = entries[name] else { throw Failure(description: "the workbook has no part \(name)") }
        let result: Failure? = data.withUnsafeBytes { raw -> Failure? in
            let all = raw.bindMemory(to: UInt8.self)
            let stored = UnsafeBufferPointer(rebasing: all[entry.dataStart..<(entry.dataStart + entry.compressedSize)])
            do {
                switch entry.method {
                case 0:
                    var at = 0
                    while at < stored.count {
                        let end = min(stored.count, at + chunkSize)
                        try consume(UnsafeBufferPointer(rebasing: stored[at..<end]))
                        at = end
                    }
                case 8:
                    try Self.inflate(stored, chunkSize: chunkSize, name: name, consume)
                default:
                    return Failure(description: "the workbook's part \(name) uses compression method \(entry.method), which Vigil does not read")
                }
            } catch let failure as Failure {
                return failure
            } catch {
                return Failure(description: "\(error)")
            }
            return nil
        }
        if let result { throw result }
    }

    private static func inflate(_ input: UnsafeBufferPointer<UInt8>, chunkSize: Int, name: String,
                                _ consume: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure(description: "cannot start zlib")
        }
        defer { inflateEnd(&stream) }
        let output = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: chunkSize)
        defer { output.deallocate() }
        stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
        stream.avail_in = UInt32(input.count)
        while true {
            stream.next_out = output.baseAddress
            stream.avail_out = UInt32(chunkSize)
            let status = CVigilZlib.inflate(&stream, Z_NO_FLUSH)
            let produced = chunkSize - Int(stream.avail_out)
            if produced > 0 { try consume(UnsafeBufferPointer(rebasing: output[..<produced])) }
            if status == Z_STREAM_END { return }
            guard status == Z_OK else {
                // Z_BUF_ERROR here means the input ran out before the stream's end: truncated.
                throw Failure(description: "the workbook's part \(name) is damaged (its compressed data is \(status == Z_BUF_ERROR ? "cut short" : "invalid"))")
            }
            if produced == 0 && stream.avail_in == 0 {
                throw Failure(description: "the workbook's part \(name) is damaged (its compressed data is cut short)")
            }
        }
    }

    /// The central directory's entries, each checked to lie inside the file.
    private static func directory(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<[(String, Entry)], Failure> {
        let size = bytes.count
        func u16(_ at: Int) -> Int? { at >= 0 && at + 2 <= size ? Int(bytes[at]) | Int(bytes[at + 1]) << 8 : nil }
        func u32(_ at: Int) -> Int? {
            guard at >= 0, at + 4 <= size else { return nil }
            return Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
        }
        func u64(_ at: Int) -> Int? {
            guard let low = u32(at), let high = u32(at + 4), high < 1 << 30 else { return nil }
            return low | high << 32
        }
        let damaged = Failure(description: "not a readable .xlsx workbook (its zip directory is damaged)")
        var end = size - 22
        let lowest = max(0, size - 22 - 65_535)
        while end >= lowest, u32(end) != 0x0605_4B50 { end -= 1 }
        guard end >= lowest, var count = u16(end + 10), var directory = u32(end + 16) else {
            return .failure(Failure(description: "not a readable .xlsx workbook (the zip is truncated or damaged: no end of central directory)"))
        }
        if count == 0xFFFF || directory == 0xFFFF_FFFF {
            // ZIP64: the locator just before the end record points at the ZIP64 end record.
            guard u32(end - 20) == 0x0706_4B50, let record = u64(end - 12), u32(record) == 0x0606_4B50,
                  let count64 = u64(record + 32), let directory64 = u64(record + 48) else { return .failure(damaged) }
            count = count64
            directory = directory64
        }
        var entries: [(String, Entry)] = []
        var at = directory
        for _ in 0..<min(count, 1_000_000) {
            guard u32(at) == 0x0201_4B50, let method = u16(at + 10), var compressed = u32(at + 20), var uncompressed = u32(at + 24),
                  let nameLength = u16(at + 28), let extraLength = u16(at + 30), let commentLength = u16(at + 32),
                  var local = u32(at + 42), at + 46 + nameLength + extraLength <= size else { return .failure(damaged) }
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(at + 46)..<(at + 46 + nameLength)]), as: UTF8.self)
            // ZIP64 sizes and offset, in that order, for the fields set to 0xFFFFFFFF.
            if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF {
                var extra = at + 46 + nameLength
                let extraEnd = extra + extraLength
                var found = false
                while extra + 4 <= extraEnd, let id = u16(extra), let length = u16(extra + 2) {
                    if id == 1 {
                        var field = extra + 4
                        if uncompressed == 0xFFFF_FFFF { guard let v = u64(field) else { return .failure(damaged) }; uncompressed = v; field += 8 }
                        if compressed == 0xFFFF_FFFF { guard let v = u64(field) else { return .failure(damaged) }; compressed = v; field += 8 }
                        if local == 0xFFFF_FFFF { guard let v = u64(field) else { return .failure(damaged) }; local = v }
                        found = true
                        break
                    }
                    extra += 4 + length
                }
                guard found else { return .failure(damaged) }
            }
            guard u32(local) == 0x0403_4B50, let localNameLength = u16(local + 26), let localExtraLength = u16(local + 28) else {
                return .failure(damaged)
            }
            let start = local + 30 + localNameLength + localExtraLength
            let stored = method == 0 ? uncompressed : compressed
            guard start <= size, stored <= size - start else {
                return .failure(Failure(description: "the workbook is damaged: its part \(name) claims more bytes than the file holds"))
            }
            entries.append((name, Entry(method: method, compressedSize: stored, dataStart: start)))
            at += 46 + nameLength + extraLength + commentLength
        }
        return .success(entries)
    }
}
