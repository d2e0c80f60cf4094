import Foundation
import VigilCore

/// A JSON document holding records: a top-level array, or an object wrapping the array in
/// `data`, `items`, `statuses`, `children`, `results`, `posts`, `comments` or `mentions`
/// (possibly nested: `{"response": {"data": {"items": […]}}}` is not, `{"data": {"items": […]}}` is).
/// Records use the generic field names.
///
/// Read as a stream: the wrapper is walked byte by byte up to the array, then each element is
/// read on its own, so a document of any size is read in blocks with flat memory, at about the
/// speed of the same records as JSON Lines.
public struct JSONDocumentImporter: BlockReadingImporter {
    public let name = "json"
    public let summary = "JSON array of records, or an object wrapping one (data/items/statuses/children/results/posts/comments/mentions)"
    public let example = "SampleFeeds/formats/generic.json"

    public static let wrapperKeys = ["data", "items", "statuses", "children", "results", "posts", "comments", "mentions"]

    public init() {}

    public func confidence(sample: FeedSample) -> Int {
        guard let first = sample.firstSignificantByte else { return 0 }
        if first == UInt8(ascii: "[") { return 50 }
        // An object spanning more than one line is a document, not JSON Lines.
        if first == UInt8(ascii: "{") { return sample.pathExtension == "json" ? 50 : 45 }
        return 0
    }

    public func read(_ data: Data, path: String, mapper: MentionMapper, session: ImportSession?) -> ImportResult {
        WholeBuffer.reading(data) { read(&$0, path: path, mapper: mapper, session: session) }
    }

    func read(_ blocks: FileBlocks, path: String, mapper: MentionMapper, session: ImportSession?) -> ImportResult {
        var source = blocks
        return read(&source, path: path, mapper: mapper, session: session)
    }

    private func read<Source: RecordSource>(_ source: inout Source, path: String, mapper: MentionMapper, session: ImportSession?) -> ImportResult {
        var result = ImportResult(path: path, format: name)
        // Up to the records array (a wrapper's other members are skipped, however large).
        var located: JSONArrayLocator.Location?
        while true {
            do {
                located = try JSONArrayLocator.find(in: source.window, wrapperKeys: Self.wrapperKeys)
                break
            } catch let failure where failure.atEnd && !source.isComplete {
                source.advance(keepingFrom: 0)
            } catch {
                result.issues.append(ImportIssue(file: path, line: 0, reason: "invalid JSON document: \(error.reason) at byte \(source.windowOffset + error.column)"))
                session?.finish(&result, records: 0, bytes: source.totalBytes)
                return result
            }
        }
        guard let located else {
            result.issues.append(ImportIssue(file: path, line: 0, reason: "no array of records found (expected a top-level array or one of \(Self.wrapperKeys.joined(separator: "/")))"))
            session?.finish(&result, records: 0, bytes: source.totalBytes)
            return result
        }
        var mapper = mapper
        let record = FieldRecord()
        let arena = ByteArena()
        var fields = RecentValues<CanonicalField?>()
        var position = located.firstElement
        var index = 0
        var records = 0
        elements: while true {
            let bytes = source.window
            while position < bytes.count, Self.isBlankOrComma(bytes[position]) { position += 1 }
            if position >= bytes.count {
                if source.isComplete {
                    result.issues.append(ImportIssue(file: path, line: 0, reason: "the array at \(located.path) is not closed (the file ends early)"))
                    break
                }
                source.advance(keepingFrom: position)
                position = 0
                continue
            }
            if bytes[position] == UInt8(ascii: "]") { break }
            let start = position
            let location = "\(located.path)[\(index)]"
            record.removeAll()
            arena.reset()
            let end: Int
            do {
                end = try FlatJSONScanner.scanPrefix(UnsafeBufferPointer(rebasing: bytes[start...]), arena: arena) { key, value in
                    guard let field = fields.value(for: key, parse: CanonicalField.init(header:)) else { return }
                    switch value {
                    case .string(let text), .number(let text): record.point(field, at: text)
                    case .bool(let flag): record.set(field, flag ? "true" : "false")
                    case .null, .nested: break
                    }
                }
            } catch let failure where failure.atEnd && !source.isComplete {
                source.advance(keepingFrom: start)
                position = 0
                continue
            } catch let failure where failure.reason == "expected a JSON object" {
                // A string or number among the records: reported, and the rest still read.
                result.issues.append(ImportIssue(file: path, line: 0, reason: "\(location): expected an object"))
                index += 1
                do {
                    position = try FlatJSONScanner.skipValue(bytes, from: start)
                } catch let failure where failure.atEnd && !source.isComplete {
                    index -= 1
                    result.issues.removeLast()
                    source.advance(keepingFrom: start)
                    position = 0
                } catch {
                    result.issues.append(ImportIssue(file: path, line: 0, reason: "\(location): invalid JSON: \(error.reason); the records after it are not read"))
                    break elements
                }
                continue elements
            } catch {
                result.issues.append(ImportIssue(file: path, line: 0, reason: "\(location): invalid JSON: \(error.reason) at byte \(source.windowOffset + start + error.column); the records after it are not read"))
                break
            }
            position = start + end
            index += 1
            records += 1
            do {
                result.mentions.append(try mapper.mention(from: record))
            } catch {
                result.issues.append(ImportIssue(file: path, line: 0, reason: "\(location): \(error)",
                                                 raw: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)))
            }
            if let session, !session.handOver(&result, records: records, bytesDone: source.windowOffset + position, bytesTotal: source.totalBytes) { break }
        }
        session?.finish(&result, records: records, bytes: max(source.totalBytes, source.windowOffset + source.window.count))
        return result
    }

    @inline(__always) private static func isBlankOrComma(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == UInt8(ascii: ",")
    }
}

/// Finds the records array of a JSON document without reading the rest: the top-level array,
/// or the first wrapper key (in document order) whose value is an array, or an object holding one.
enum JSONArrayLocator {
    struct Location {
        /// Just after the array's `[`.
        var firstElement: Int
        /// JSON path of the array, for messages (`$.data`).
        var path: String
    }

    static func find(in bytes: UnsafeBufferPointer<UInt8>, wrapperKeys: [String]) throws(FlatJSONScanner.Failure) -> Location? {
        var i = skipBlanks(bytes, 0)
        guard i < bytes.count else { throw FlatJSONScanner.Failure(column: i + 1, reason: "empty document", atEnd: true) }
        if bytes[i] == UInt8(ascii: "[") { return Location(firstElement: i + 1, path: "$") }
        guard bytes[i] == UInt8(ascii: "{") else { throw FlatJSONScanner.Failure(column: i + 1, reason: "expected an array or an object") }
        i += 1
        return try findInObject(bytes, &i, path: "$", wrapperKeys: wrapperKeys)
    }

    /// With `i` just inside an object: the array under a wrapper key, or nil with `i` after the object.
    private static func findInObject(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int, path: String,
                                     wrapperKeys: [String]) throws(FlatJSONScanner.Failure) -> Location? {
        let arena = ByteArena()
        while true {
            i = skipBlanks(bytes, i)
            guard i < bytes.count else { throw FlatJSONScanner.Failure(column: i + 1, reason: "unexpected end", atEnd: true) }
            switch bytes[i] {
            case UInt8(ascii: "}"):
                i += 1
                return nil
            case UInt8(ascii: ","):
                i += 1
                continue
            case UInt8(ascii: "\""):
                break
            default:
                throw FlatJSONScanner.Failure(column: i + 1, reason: "expected a member name")
            }
            let (keyBytes, afterKey) = try FlatJSONScanner.readString(bytes, from: i, arena: arena)
            let key = String(decoding: keyBytes, as: UTF8.self)
            i = skipBlanks(bytes, afterKey)
            guard i < bytes.count else { throw FlatJSONScanner.Failure(column: i + 1, reason: "unexpected end", atEnd: true) }
            guard bytes[i] == UInt8(ascii: ":") else { throw FlatJSONScanner.Failure(column: i + 1, reason: "expected ':'") }
            i = skipBlanks(bytes, i + 1)
            guard i < bytes.count else { throw FlatJSONScanner.Failure(column: i + 1, reason: "unexpected end", atEnd: true) }
            if wrapperKeys.contains(key) {
                if bytes[i] == UInt8(ascii: "[") { return Location(firstElement: i + 1, path: "\(path).\(key)") }
                if bytes[i] == UInt8(ascii: "{") {
                    i += 1
                    if let found = try findInObject(bytes, &i, path: "\(path).\(key)", wrapperKeys: wrapperKeys) { return found }
                    continue
                }
            }
            i = try FlatJSONScanner.skipValue(bytes, from: i)
        }
    }

    private static func skipBlanks(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        var i = start
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        return i
    }
}
