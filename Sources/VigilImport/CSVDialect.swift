import Foundation
import VigilCore

/// How a CSV export is laid out: its delimiter and which row is the header (listening tools
/// such as Brandwatch put report metadata lines above it).
public struct CSVDialect: Equatable, Sendable {
    public var delimiter: UInt8
    /// 0-based index of the header record; records before it are preamble.
    public var headerRecord: Int

    public static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|")]

    /// Sniffs the dialect from the start of a file (already UTF-8).
    public static func sniff(_ sample: UnsafeBufferPointer<UInt8>, maxRecords: Int = 30, profile: CSVProfile = .generic) -> CSVDialect {
        var best = CSVDialect(delimiter: UInt8(ascii: ","), headerRecord: 0)
        var bestScore = -1
        for delimiter in candidates {
            var tokenizer = CSVTokenizer(delimiter: delimiter)
            var fields: [CSVField] = []
            var rows: [[String]] = []
            while rows.count < maxRecords, (try? tokenizer.nextRecord(sample, into: &fields)) == true {
                rows.append(fields.map { CSVTokenizer.string($0, in: sample) })
            }
            guard let header = headerIndex(rows, profile: profile) else { continue }
            // Score: known header fields, then how many following rows have the header's width.
            let width = rows[header].count
            let known = profile.plan(headers: rows[header]).filter { !$0.isEmpty }.count
            let consistent = rows.dropFirst(header + 1).filter { $0.count == width }.count
            let score = known * 1000 + consistent * 10 + width
            if score > bestScore {
                bestScore = score
                best = CSVDialect(delimiter: delimiter, headerRecord: header)
            }
        }
        return best
    }

    /// The first row naming at least two known fields, one of them an id, a date or the text.
    static func headerIndex(_ rows: [[String]], profile: CSVProfile) -> Int? {
        rows.firstIndex { row in
            let fields = Set(profile.plan(headers: row).flatMap { $0.map(\.field) })
            return fields.count >= 2 && !fields.isDisjoint(with: [.id, .createdAt, .text])
        }
    }
}

extension CSVDialect {
    /// Spanish, German or French column names mean a European export: dates are day-first.
    static func headersSuggestDayFirst(_ headers: [String]) -> Bool {
        let european: Set<String> = ["fecha", "datum", "date_de_publication", "autor", "auteur", "texto", "contenu", "inhalt",
                                     "seguidores", "abonnés", "sentimiento", "stimmung", "plataforma", "plattform", "plateforme"]
        return headers.contains { european.contains($0.headerKey) }
    }
}
