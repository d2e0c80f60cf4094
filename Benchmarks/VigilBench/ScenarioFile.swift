import Foundation
import VigilCore

/// A generated week as a CSV feed any Vigil command reads, and its truth as `FILE.truth`
/// (`kind`, `onset`, `due`, ISO-8601, one per line).
enum ScenarioFile {
    static func write(_ mentions: [Mention], truth: AlertScenario.Truth, to path: String) throws {
        let iso = ISO8601DateFormatter()
        var out = "id,created_at,platform,author,followers,verified,kind,text,likes,shares,lang,sentiment,parent_id\n"
        for m in mentions {
            let text = "\"" + m.text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            out += [m.id.nativeID, iso.string(from: m.createdAt), m.platform.rawValue, m.author.handle, String(m.author.followers ?? 0),
                    m.author.verified ? "true" : "false", m.kind.rawValue, text, String(m.metrics.likes ?? 0), String(m.metrics.shares ?? 0),
                    m.language ?? "", m.sentiment?.label.rawValue ?? "", m.parentID ?? ""].joined(separator: ",") + "\n"
        }
        try out.write(toFile: path, atomically: true, encoding: .utf8)
        try "kind: \(truth.kind.rawValue)\nonset: \(iso.string(from: truth.onset))\ndue: \(iso.string(from: truth.due))\n"
            .write(toFile: path + ".truth", atomically: true, encoding: .utf8)
    }
}
