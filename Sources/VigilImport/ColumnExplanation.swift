/// The lines `vigil import --explain` shows for a table (CSV or a worksheet): its layout, the date
/// order chosen and why, and which field each column feeds.
enum ColumnExplanation {
    static func layout(delimiter: UInt8, headerLine: Int, preamble: Int) -> [String] {
        let name: String
        switch delimiter {
        case UInt8(ascii: ","): name = "',' (comma)"
        case UInt8(ascii: ";"): name = "';' (semicolon)"
        case UInt8(ascii: "\t"): name = "tab"
        default: name = "'\(Character(Unicode.Scalar(delimiter)))'"
        }
        return ["delimiter \(name), header on line \(headerLine)" + (preamble > 0 ? " (\(preamble) preamble line(s) above it skipped)" : "")]
    }

    static func dateOrder(dayFirst: Bool, profileSays: Bool?, europeanHeaders: Bool, semicolon: Bool) -> String {
        let order = dayFirst ? "day first (03/04/2026 is 3 April)" : "month first (03/04/2026 is March 4)"
        let why: String
        if profileSays != nil { why = "this export's layout" }
        else if europeanHeaders { why = "Spanish, German or French column names" }
        else if semicolon { why = "';' delimiter, as European spreadsheets save" }
        else { why = "the default; a day above 12 decides on its own" }
        return "numeric dates: \(order), from \(why)"
    }

    static func columns(headers: [String], plan: [[CSVProfile.Column]]) -> [String] {
        var lines: [String] = []
        var ignored: [String] = []
        for (header, targets) in zip(headers, plan) {
            let name = header.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { continue }
            if targets.isEmpty {
                ignored.append(name)
            } else {
                let fields = targets.sorted { $0.priority < $1.priority }.map(\.field.rawValue)
                lines.append("column \(name) → \(fields.joined(separator: ", "))")
            }
        }
        if !ignored.isEmpty { lines.append("columns not used: \(ignored.joined(separator: ", "))") }
        return lines
    }
}

import Foundation
