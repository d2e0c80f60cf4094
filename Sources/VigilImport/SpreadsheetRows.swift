import Foundation

/// What spreadsheets add to a table of mentions that is not a mention.
enum SpreadsheetRows {
    /// Words a totals or summary row starts with, in en/es/de/fr.
    static let totalsWords: Set<String> = [
        "total", "totals", "grand total", "sum", "totales", "total general", "suma", "gesamt", "summe",
        "gesamtsumme", "insgesamt", "totaux", "total général", "total general", "somme",
    ]

    /// A row whose first non-empty cell is a totals word ("Total;;;12.345;;").
    static func isTotals(_ row: String) -> Bool {
        let cells = row.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\t" || $0 == "|" })
        guard let first = cells.lazy.map({ $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"'\r\n:")) }).first(where: { !$0.isEmpty })
        else { return false }
        return totalsWords.contains(first.lowercased())
    }

    /// An Excel serial date (days since 1899-12-30, time as the fraction): what a spreadsheet
    /// writes for a date cell formatted as a number. Only the years 1954–2119 are taken, so a
    /// count is never read as a date.
    static func excelSerialDate(_ bytes: UnsafeBufferPointer<UInt8>, offsetSeconds: Int) -> Date? {
        guard bytes.count >= 5, bytes.count <= 20 else { return nil }
        var days = 0
        var i = 0
        while i < bytes.count, i < 6, bytes[i] >= 48, bytes[i] <= 57 {
            days = days * 10 + Int(bytes[i] - 48)
            i += 1
        }
        guard i == 5, (20_000...80_000).contains(days) else { return nil }
        var fraction = 0.0
        if i < bytes.count {
            guard bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: ","), i + 1 < bytes.count else { return nil }
            i += 1
            var scale = 0.1
            while i < bytes.count, i < 20, bytes[i] >= 48, bytes[i] <= 57 {
                fraction += Double(bytes[i] - 48) * scale
                scale /= 10
                i += 1
            }
            guard i == bytes.count else { return nil }
        }
        // Rounded to the second: a serial's fraction carries float noise (0.999999 of a second).
        let seconds = ((Double(days) + fraction) * 86_400).rounded()
        return Date(timeIntervalSince1970: seconds - 25_569 * 86_400 - Double(offsetSeconds))
    }
}
