import Foundation

/// The workbook's shared strings, which cells name by index. Kept as bytes with offsets, not as
/// `String`s; beyond `memoryLimit` the text moves to an unlinked temporary file that is mapped
/// read-only once complete, so a workbook of a million unique texts holds only their offsets in
/// memory (the mapped text is page cache the system can reclaim).
final class SharedStrings {
    static let memoryLimit = 16 << 20

    private var buffer: [UInt8] = []
    /// Offset of each string's end, counted over the whole text (spilled and in memory).
    private var ends: [Int] = []
    private var spillDescriptor: Int32 = -1
    private var spilled = 0
    private var mapping: UnsafeRawBufferPointer?

    deinit {
        if let mapping { munmap(UnsafeMutableRawPointer(mutating: mapping.baseAddress), mapping.count) }
        if spillDescriptor >= 0 { close(spillDescriptor) }
    }

    /// Appends string `index`'s bytes to `out`; false when there is no such string.
    @discardableResult
    func append(_ index: Int, to out: inout [UInt8]) -> Bool {
        guard index >= 0, index < ends.count else { return false }
        let start = index == 0 ? 0 : ends[index - 1]
        let end = ends[index]
        if let mapping {
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: mapping[start..<end]))
        } else {
            out.append(contentsOf: buffer[(start - spilled)..<(end - spilled)])
        }
        return true
    }

    static func read(from workbook: Workbook, memoryLimit: Int = SharedStrings.memoryLimit) throws -> SharedStrings {
        let strings = SharedStrings()
        guard workbook.archive.contains("xl/sharedStrings.xml") else { return strings }
        var pending: [UInt8] = []
        try workbook.stream("xl/sharedStrings.xml") { chunk in
            pending.append(contentsOf: chunk)
            let consumed = pending.withUnsafeBufferPointer { strings.append(items: $0) }
            pending.removeFirst(consumed)
            if strings.buffer.count > memoryLimit { try strings.spill() }
        }
        try strings.finish()
        return strings
    }

    /// Appends every complete `<si>…</si>`; returns how many bytes were used.
    private func append(items bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0
        var used = 0
        while let (_, afterName) = SheetXML.nextElement(bytes, named: SheetXML.Name.stringItem, from: i) {
            guard let (contentStart, selfClosing) = SheetXML.tagEnd(bytes, from: afterName) else { break }
            if selfClosing {
                ends.append(spilled + buffer.count)
                i = contentStart
                used = i
                continue
            }
            guard let close = SheetXML.nextElement(bytes, named: SheetXML.Name.stringItem, from: contentStart, closing: true),
                  let (end, _) = SheetXML.tagEnd(bytes, from: close.afterName) else { break }
            SheetXML.texts(bytes, in: contentStart..<close.start, into: &buffer)
            ends.append(spilled + buffer.count)
            i = end
            used = end
        }
        return used
    }

    struct SpillFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// Moves the buffered text to the temporary file.
    private func spill() throws {
        if spillDescriptor < 0 {
            var template = Array((NSTemporaryDirectory() + "/vigil-strings-XXXXXX").utf8CString)
            spillDescriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard spillDescriptor >= 0 else { throw SpillFailure(description: "cannot create a temporary file for the shared strings") }
            template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        }
        let written = buffer.withUnsafeBytes { raw -> Int in
            var done = 0
            while done < raw.count {
                let n = write(spillDescriptor, raw.baseAddress! + done, raw.count - done)
                if n <= 0 { return -1 }
                done += n
            }
            return done
        }
        guard written == buffer.count else { throw SpillFailure(description: "cannot write the shared strings to a temporary file (disk full?)") }
        spilled += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    /// Once all strings are read: a spilled text is mapped whole.
    private func finish() throws {
        guard spillDescriptor >= 0 else { return }
        try spill()
        buffer = []
        guard spilled > 0 else { return }
        guard let base = mmap(nil, spilled, PROT_READ, MAP_PRIVATE, spillDescriptor, 0), base != MAP_FAILED else {
            throw SpillFailure(description: "cannot map the shared strings' temporary file")
        }
        mapping = UnsafeRawBufferPointer(start: base, count: spilled)
    }
}
