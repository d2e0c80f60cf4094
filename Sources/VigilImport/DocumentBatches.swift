import Foundation
import VigilCore

/// A platform importer whose records sit in one array of a JSON document (`data`, `items`,
/// `feed`, `statuses`, a listing's `children`…) and are read each on its own, so a large
/// document can be handed to it a batch of records at a time.
protocol DocumentStreamable: Importer {
    /// JSON paths of the arrays whose elements it reads one by one (`$.data`, `$` for a top-level array).
    var streamedArrays: Set<String> { get }
}

extension FacebookCommentsImporter: DocumentStreamable { var streamedArrays: Set<String> { ["$.data", "$"] } }
extension InstagramCommentsImporter: DocumentStreamable { var streamedArrays: Set<String> { ["$.data", "$"] } }
extension ThreadsImporter: DocumentStreamable { var streamedArrays: Set<String> { ["$.data", "$"] } }
extension YouTubeCommentThreadsImporter: DocumentStreamable { var streamedArrays: Set<String> { ["$.items", "$"] } }
extension RedditListingImporter: DocumentStreamable { var streamedArrays: Set<String> { ["$.data.children", "$.json.data.things", "$"] } }
extension MastodonStatusesImporter: DocumentStreamable { var streamedArrays: Set<String> { ["$", "$.statuses", "$.ancestors"] } }
extension BlueskyImporter: DocumentStreamable { var streamedArrays: Set<String> { ["$.feed", "$.posts"] } }
extension TelegramExportImporter: DocumentStreamable { var streamedArrays: Set<String> { ["$.messages"] } }
extension GoogleReviewsImporter: DocumentStreamable { var streamedArrays: Set<String> { ["$.reviews"] } }
extension TrustpilotImporter: DocumentStreamable { var streamedArrays: Set<String> { ["$.reviews", "$"] } }
extension TikTokCommentsImporter: DocumentStreamable { var streamedArrays: Set<String> { ["$.data.comments"] } }
extension XV1StatusesImporter: DocumentStreamable { var streamedArrays: Set<String> { ["$.statuses", "$"] } }
// Not X API v2: its `includes.users`, which every tweet needs, come after `data`.

/// Reads a large platform document in blocks: the start of the document up to its records
/// array is kept, and each batch of records is given to the importer as a small document of the
/// same shape (that start, the batch, the closing brackets). What follows the array (a context's
/// `descendants` after its `ancestors`) is read last in the same way. Memory holds one batch.
enum DocumentBatches {
    static let arrayKeys = ["data", "items", "feed", "posts", "statuses", "children", "things", "json", "comments", "ancestors",
                            "messages", "reviews"]

    /// nil when the document has no records array where expected (the caller reads it whole).
    static func read(_ blocks: FileBlocks, path: String, importer: any DocumentStreamable, mapper: MentionMapper,
                     session: ImportSession?, batchSize: Int = 512) -> ImportResult? {
        var located: JSONArrayLocator.Location?
        while true {
            do {
                located = try JSONArrayLocator.find(in: blocks.window, wrapperKeys: arrayKeys)
                break
            } catch let failure where failure.atEnd && !blocks.isComplete {
                blocks.advance(keepingFrom: 0)
            } catch {
                return nil
            }
        }
        guard let located, importer.streamedArrays.contains(located.path) else { return nil }
        let head = Data(UnsafeBufferPointer(rebasing: blocks.window[..<located.firstElement]))
        let closers = Data(closingBrackets(for: head))
        var result = ImportResult(path: path, format: importer.name)
        var warnings: [String] = []
        var batch = Data()
        var inBatch = 0
        var index = 0
        func flush() {
            guard inBatch > 0 else { return }
            var document = head
            document.append(batch)
            document.append(UInt8(ascii: "]"))
            document.append(closers)
            absorb(importer.read(document, path: path, mapper: mapper), offset: index - inBatch, arrayPath: located.path,
                   into: &result, warnings: &warnings)
            batch.removeAll(keepingCapacity: true)
            inBatch = 0
            if let session {
                session.identity?.assign(&result.mentions)
                result.delivered += result.mentions.count
                if !session.deliver(&result.mentions, path: path, bytesDone: blocks.windowOffset, bytesTotal: blocks.totalBytes, records: index) {
                    result.stoppedEarly = true
                }
            }
        }
        var position = located.firstElement
        elements: while !result.stoppedEarly {
            let bytes = blocks.window
            while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x0A || bytes[position] == 0x0D
                    || bytes[position] == 0x09 || bytes[position] == UInt8(ascii: ",") { position += 1 }
            if position >= bytes.count {
                if blocks.isComplete {
                    flush()
                    result.issues.append(ImportIssue(file: path, line: 0, reason: "the array at \(located.path) is not closed (the file ends early)"))
                    break
                }
                blocks.advance(keepingFrom: position)
                position = 0
                continue
            }
            if bytes[position] == UInt8(ascii: "]") {
                flush()
                // The rest of the document, with the array emptied: other arrays it holds.
                var rest = Data(UnsafeBufferPointer(rebasing: bytes[position...]))
                while blocks.advance(keepingFrom: blocks.window.count) { rest.append(contentsOf: blocks.window) }
                var document = head
                document.append(rest)
                absorb(importer.read(document, path: path, mapper: mapper), offset: index, arrayPath: located.path,
                       into: &result, warnings: &warnings)
                break
            }
            let end: Int
            do {
                end = try FlatJSONScanner.skipValue(bytes, from: position)
            } catch let failure where failure.atEnd && !blocks.isComplete {
                blocks.advance(keepingFrom: position)
                position = 0
                continue
            } catch {
                flush()
                result.issues.append(ImportIssue(file: path, line: 0, reason: "\(located.path)[\(index)]: invalid JSON: \(error.reason); the records after it are not read"))
                break elements
            }
            if inBatch > 0 { batch.append(UInt8(ascii: ",")) }
            batch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<end]))
            inBatch += 1
            index += 1
            position = end
            if inBatch == batchSize { flush() }
        }
        result.warnings = warnings
        if let session { session.finish(&result, records: index, bytes: blocks.totalBytes) }
        return result
    }

    /// Takes one batch's result: its records, its issues with their paths moved by `offset`
    /// (the batch's `$.data[3]` is the document's `$.data[515]`), its warnings once each.
    private static func absorb(_ part: ImportResult, offset: Int, arrayPath: String, into result: inout ImportResult, warnings: inout [String]) {
        result.mentions += part.mentions
        for var issue in part.issues {
            issue.reason = shifted(issue.reason, by: offset, arrayPath: arrayPath)
            result.issues.append(issue)
        }
        for warning in part.warnings where !warnings.contains(warning) { warnings.append(warning) }
    }

    static func shifted(_ reason: String, by offset: Int, arrayPath: String) -> String {
        let prefix = arrayPath + "["
        guard offset > 0, reason.hasPrefix(prefix) else { return reason }
        let rest = reason.dropFirst(prefix.count)
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard let number = Int(digits) else { return reason }
        return prefix + String(number + offset) + rest.dropFirst(digits.count)
    }

    /// The brackets that close what `head` opened, innermost first, not counting the array's own.
    static func closingBrackets(for head: Data) -> [UInt8] {
        var stack: [UInt8] = []
        var inString = false
        var escaped = false
        for byte in head {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"): stack.append(UInt8(ascii: "}"))
            case UInt8(ascii: "["): stack.append(UInt8(ascii: "]"))
            case UInt8(ascii: "}"), UInt8(ascii: "]"): _ = stack.popLast()
            default: break
            }
        }
        _ = stack.popLast()  // the records array, closed by the caller
        return stack.reversed()
    }
}
