import Foundation
import VigilCore
import VigilImport

/// `vigil import --explain FILE`: how Vigil reads a file, without importing it: the format and
/// why, the layout and column mapping, the date order and time zone, how ids are made, and the
/// first records as they would be stored.
enum ImportExplanation {
    static func text(path: String, reader: FeedReader, format: String?, timezone: String) -> String {
        var out = "\(path)\n"
        let head: Data
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            head = try handle.read(upToCount: 64 * 1024) ?? Data()
            try? handle.close()
        } catch {
            return out + "  cannot read: \((error as NSError).localizedDescription)\n"
        }
        let detected = try? reader.detect(data: head, path: path, format: format)
        if let format {
            out += "  format: \(format) (named with --format or the mapping file)\n"
        } else {
            let sample = FeedSample(path: path, head: head)
            let ranked = reader.registry.importers.map { ($0, $0.confidence(sample: sample)) }.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }
            guard let (chosen, score) = ranked.first else { return out + "  format: not recognised (no importer reads it; name one with --format, see `vigil formats`)\n" }
            out += "  format: \(chosen.name): \(chosen.summary)\n"
            let others = ranked.dropFirst().prefix(3).map { "\($0.0.name) \($0.1)" }
            out += "  why: recognised by its content (confidence \(score) of 100\(others.isEmpty ? "" : "; also considered: " + others.joined(separator: ", ")))\n"
        }
        if let encoding = detected?.encoding { out += "  encoding: \(encoding)\n" }
        out += keys(head)
        var first: [Mention] = []
        let session = ImportSession(batchSize: 5, onBatch: { first += $0 }, shouldStop: { first.count >= 5 })
        let result: ImportResult
        do { result = try reader.read(path: path, format: format, session: session) } catch { return out + "  cannot read: \(error)\n" }
        for line in result.explanation { out += "  \(line)\n" }
        out += "  times without a zone: read as \(timezone) (change with --timezone)\n"
        if result.idsFromURL + result.idsFromContent == 0 {
            out += "  ids: the records' own ids\n"
        } else {
            out += "  ids: no id in the records; of the first \(result.importedCount): \(result.idsFromURL) from their URLs (the platform's post or comment id), \(result.idsFromContent) from a hash of platform, author, time and text\n"
        }
        for warning in result.warnings { out += "  warning: \(warning)\n" }
        for issue in result.issues.prefix(5) { out += "  skipped: \(issue)\n" }
        if first.isEmpty { out += "  no records read\n" }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: timezone) ?? TimeZone(identifier: "UTC")!
        for mention in first.prefix(5) {
            let text = mention.text.replacingOccurrences(of: "\n", with: " ")
            out += "  record: \(mention.id) · \(formatter.string(from: mention.createdAt)) · \(mention.author.handle.isEmpty ? "(no author)" : "@" + mention.author.handle) · \(mention.kind.rawValue)"
                + (mention.sentiment.map { " · sentiment \($0.label.rawValue) from the file" } ?? "") + " · \"\(text.prefix(50))\(text.count > 50 ? "…" : "")\"\n"
        }
        return out
    }

    /// For JSON: the top-level keys and the first record's, which decided the format.
    private static func keys(_ head: Data) -> String {
        guard head.first(where: { $0 > 0x20 }) == UInt8(ascii: "{") || head.first(where: { $0 > 0x20 }) == UInt8(ascii: "["),
              let document = try? JSONSerialization.jsonObject(with: head) else { return "" }
        var out = ""
        if let object = document as? [String: Any] {
            out += "  top-level keys: \(object.keys.sorted().joined(separator: ", "))\n"
            if let records = JSONDocumentImporter.wrapperKeys.lazy.compactMap({ object[$0] as? [Any] }).first,
               let record = records.first as? [String: Any] {
                out += "  first record's keys: \(record.keys.sorted().joined(separator: ", "))\n"
            }
        } else if let record = (document as? [Any])?.first as? [String: Any] {
            out += "  first record's keys: \(record.keys.sorted().joined(separator: ", "))\n"
        }
        return out
    }
}
