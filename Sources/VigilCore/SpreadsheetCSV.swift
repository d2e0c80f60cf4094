/// One field of a CSV file for spreadsheets: quoted when needed, and a text that a spreadsheet
/// would run as a formula (starting with = + - @, unless it is a number) prefixed with `'`.
public enum SpreadsheetCSV {
    public static func escape(_ value: String) -> String {
        var value = value
        if let first = value.first, "=+-@".contains(first), Double(value) == nil { value = "'" + value }
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }
}
