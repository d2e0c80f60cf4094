import Foundation

/// `--db` values that name a PostgreSQL database rather than a SQLite file.
public enum PostgresURL {
    /// `postgres://…` or `postgresql://…` (libpq's own URL forms).
    public static func isPostgres(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    /// The URL with any password replaced by `***`, for messages and logs.
    public static func redacted(_ url: String) -> String {
        guard let schemeEnd = url.range(of: "://") else { return url }
        let rest = url[schemeEnd.upperBound...]
        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
        var text = url
        if let at = rest[..<authorityEnd].lastIndex(of: "@"), let colon = rest[..<at].firstIndex(of: ":") {
            text = String(url[..<rest.index(after: colon)]) + "***" + String(url[at...])
        }
        // `?password=…` is accepted by libpq too.
        if let range = text.range(of: #"([?&])password=[^&]*"#, options: [.regularExpression, .caseInsensitive]) {
            let separator = text[range].first!
            text.replaceSubrange(range, with: "\(separator)password=***")
        }
        return text
    }

    /// "team on db.example.com": the database and its host, for a status line.
    public static func shortName(_ url: String) -> String {
        guard let components = URLComponents(string: redacted(url)) else { return redacted(url) }
        let database = components.path.split(separator: "/").first.map(String.init) ?? components.user ?? "postgres"
        let host = components.host.flatMap { $0.isEmpty ? nil : $0 }
            ?? components.queryItems?.first { $0.name == "host" }?.value ?? ProcessInfo.processInfo.environment["PGHOST"] ?? "localhost"
        return "\(database) on \(host)"
    }

    /// True when the URL itself carries a password (visible to other users in `ps`).
    public static func carriesPassword(_ url: String) -> Bool { redacted(url) != url }
}
