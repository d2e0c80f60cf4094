import Foundation
import VigilCore

/// Reads a feed file with the right importer: named with `--format`, else detected by content.
public struct FeedReader: Sendable {
    public var registry: ImporterRegistry
    public var mapper: MentionMapper

    /// Files at least this large are read in blocks by importers that can (CSV, JSON Lines),
    /// so memory does not grow with the file; smaller ones are read whole.
    public var blockReadingThreshold: Int
    /// Block size for block reading.
    public var blockSize: Int

    public init(registry: ImporterRegistry = .standard, mapper: MentionMapper = MentionMapper(),
                blockReadingThreshold: Int = 8 << 20, blockSize: Int = 1 << 20) {
        self.registry = registry
        self.mapper = mapper
        self.blockReadingThreshold = blockReadingThreshold
        self.blockSize = blockSize
    }

    public enum ReadError: Error, CustomStringConvertible {
        case unreadable(path: String, reason: String)
        case unknownFormat(path: String)
        case noSuchImporter(String)

        public var description: String {
            switch self {
            case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
            case .unknownFormat(let path): return "\(path): format not recognized (use --format)"
            case .noSuchImporter(let name): return "no importer named '\(name)'"
            }
        }
    }

    public func read(path: String, format: String? = nil, session: ImportSession? = nil) throws -> ImportResult {
        let identity = IdentityAssigner()
        session?.identity = identity
        var result = try readWithoutIdentity(path: path, format: format, session: session)
        identity.assign(&result.mentions)
        identity.record(in: &result)
        result.noteNothingRead(registry: registry)
        return result
    }

    private func readWithoutIdentity(path: String, format: String?, session: ImportSession?) throws -> ImportResult {
        let data: Data
        if path == "-" {
            // Standard input: read to the end (a pipe or a redirected file).
            let input = FileHandle.standardInput.readDataToEndOfFile()
            return try readData(input, path: "<stdin>", format: format, session: session)
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = attributes?[.size] as? Int
        if let size, size >= blockReadingThreshold, let result = try readInBlocks(path: path, format: format, session: session) {
            return result
        }
        // An empty regular file is not read (pipes report a size of 0 too): Foundation leaks a
        // page reading one (found by fuzzing), and a dashboard looks at new, still-empty export
        // files again and again.
        if size == 0, attributes?[.type] as? FileAttributeType == .typeRegular, FileManager.default.isReadableFile(atPath: path) {
            return try readData(Data(), path: path, format: format, session: session)
        }
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw ReadError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        return try readData(data, path: path, format: format, session: session)
    }

    /// The block path: nil when it does not apply (UTF-16 or non-UTF-8 text, a format that needs
    /// the whole document), and the caller reads the file whole instead.
    private func readInBlocks(path: String, format: String?, session: ImportSession?) throws -> ImportResult? {
        let blocks: FileBlocks
        do {
            blocks = try FileBlocks(path: path, blockSize: blockSize)
            guard UTF8Validation.looksLikeUTF8(try FileBlocks(path: path, blockSize: blockSize)) else { return nil }
        } catch FileBlocks.OpenError.cannotOpen(let reason) {
            throw ReadError.unreadable(path: path, reason: reason)
        }
        blocks.ensure(64 * 1024)
        let head = blocks.window
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { blocks.advance(keepingFrom: 3) }
        let sample = FeedSample(path: path, head: Data(UnsafeBufferPointer(rebasing: blocks.window.prefix(64 * 1024))))
        let chosen: (any Importer)?
        if let format {
            guard let named = registry.importer(named: format) else { throw ReadError.noSuchImporter(format) }
            chosen = named
        } else {
            chosen = registry.detect(sample)
        }
        if let platform = chosen as? any DocumentStreamable {
            // A platform's large document, a batch of records at a time; whole if its records are not where expected.
            guard var result = DocumentBatches.read(blocks, path: path, importer: platform, mapper: mapper, session: session) else { return nil }
            if let failure = blocks.failure { result.issues.append(ImportIssue(file: path, line: 0, reason: "read stopped early: \(failure)")) }
            return result
        }
        guard let importer = chosen as? any BlockReadingImporter else { return nil }
        var result = importer.read(blocks, path: path, mapper: mapper, session: session)
        if let failure = blocks.failure {
            result.issues.append(ImportIssue(file: path, line: 0, reason: "read stopped early: \(failure)"))
        }
        return result
    }

    /// The format and encoding `read(data:)` would use for this file, from a sample of its
    /// start, without importing anything. Throws as `read` would for an unknown format.
    public func detect(data rawData: Data, path: String, format: String? = nil) throws -> (format: String, encoding: String) {
        // The sample ends on a character boundary, so UTF-8 is not mistaken for another encoding.
        if rawData.starts(with: XLSXImporter.zipMagic) { return (format ?? "xlsx", "zip") }
        var length = min(rawData.count, 64 * 1024)
        while length < rawData.count, length > 0, rawData[rawData.startIndex + length] & 0xC0 == 0x80 { length -= 1 }
        let decoded = FeedEncoding.normalize(rawData.prefix(length))
        if let format {
            guard registry.importer(named: format) != nil else { throw ReadError.noSuchImporter(format) }
            return (format, decoded.encoding)
        }
        if decoded.data.isEmpty { return ("empty", decoded.encoding) }
        guard let detected = registry.detect(FeedSample(path: path, head: decoded.data)) else { throw ReadError.unknownFormat(path: path) }
        return (detected.name, decoded.encoding)
    }

    public func read(data rawData: Data, path: String, format: String? = nil, session: ImportSession? = nil) throws -> ImportResult {
        let identity = IdentityAssigner()
        session?.identity = identity
        var result = try readData(rawData, path: path, format: format, session: session)
        identity.assign(&result.mentions)
        identity.record(in: &result)
        result.noteNothingRead(registry: registry)
        return result
    }

    private func readData(_ rawData: Data, path: String, format: String?, session: ImportSession?) throws -> ImportResult {
        // A workbook is a zip archive, not text: no encoding to normalise.
        if rawData.starts(with: XLSXImporter.zipMagic), format == nil || registry.importer(named: format!) is XLSXImporter {
            guard let workbook = format.flatMap(registry.importer(named:)) ?? registry.detect(FeedSample(path: path, head: rawData.prefix(64))) else {
                throw ReadError.unknownFormat(path: path)
            }
            var result = session.map { workbook.read(rawData, path: path, mapper: mapper, session: $0) } ?? workbook.read(rawData, path: path, mapper: mapper)
            result.encoding = "zip"
            return result
        }
        let decoded = FeedEncoding.normalize(rawData)
        let data = decoded.data
        let importer: any Importer
        if let format {
            guard let named = registry.importer(named: format) else { throw ReadError.noSuchImporter(format) }
            importer = named
        } else {
            if data.isEmpty { return ImportResult(path: path, format: "empty") }
            let sample = FeedSample(path: path, head: data.prefix(64 * 1024))
            guard let detected = registry.detect(sample) else { throw ReadError.unknownFormat(path: path) }
            importer = detected
        }
        var result = session.map { importer.read(data, path: path, mapper: mapper, session: $0) } ?? importer.read(data, path: path, mapper: mapper)
        result.encoding = decoded.encoding
        if let warning = decoded.warning { result.warnings.insert(warning, at: 0) }
        return result
    }
}
