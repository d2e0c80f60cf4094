import Foundation
import VigilCore

/// Reads a feed file with the right importer: named with `--format`, else detected by content.
public struct FeedReader: Sendable {
    public var registry: ImporterRegistry
    public var mapper: MentionMapper

    public init(registry: ImporterRegistry = .standard, mapper: MentionMapper = MentionMapper()) {
        self.registry = registry
        self.mapper = mapper
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
        let data: Data
        if path == "-" {
            // Standard input: read to the end (a pipe or a redirected file).
            let input = FileHandle.standardInput.readDataToEndOfFile()
            return try read(data: input, path: "<stdin>", format: format, session: session)
        }
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw ReadError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        return try read(data: data, path: path, format: format, session: session)
    }

    public func read(data rawData: Data, path: String, format: String? = nil, session: ImportSession? = nil) throws -> ImportResult {
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
