import VigilCore

/// How one tool's CSV export names its columns. Adding a tool is one file declaring a profile
/// plus one line in `ImporterRegistry.standard`.
public struct CSVProfile: Sendable {
    public var name: String
    public var summary: String
    /// Normalized header names that identify this export; all must be present. Empty for generic.
    public var signature: [String]
    /// The export's columns for each field, best first (normalized header names). Columns not
    /// listed fall back to the generic aliases.
    public var columns: [CanonicalField: [String]]
    /// Day-first numeric dates; nil to infer from the headers' language and the delimiter.
    public var dayFirst: Bool?
    /// Rows without a native id (news articles) use their URL as identity.
    public var idFromURL: Bool
    /// The platform of every row, for single-platform exports without a platform column.
    public var platform: Platform?
    /// A file in `SampleFeeds/` or the test fixtures showing the format.
    public var example: String

    public init(name: String, summary: String, signature: [String], columns: [CanonicalField: [String]],
                dayFirst: Bool? = nil, idFromURL: Bool = false, platform: Platform? = nil, example: String) {
        self.name = name
        self.summary = summary
        self.signature = signature
        self.columns = columns
        self.dayFirst = dayFirst
        self.idFromURL = idFromURL
        self.platform = platform
        self.example = example
    }

    public static let generic = CSVProfile(
        name: "csv", summary: "Generic CSV with a header row (id, created_at, platform, author, text, …) in any order",
        signature: [], columns: [:], example: "SampleFeeds/mentions.csv"
    )

    /// "Full Text" → "full_text": the form headers are compared in.
    public static func normalize(_ header: String) -> String {
        header.headerKey
    }

    /// Longer cells are not taken for column names.
    static let longestHeader = 64

    public struct Column: Sendable {
        public var field: CanonicalField
        /// Lower is preferred when several columns feed one field.
        public var priority: Int
    }

    /// Which fields each header feeds (one column may feed several), and with what priority.
    public func plan(headers: [String]) -> [[Column]] {
        var byHeader: [String: [Column]] = [:]
        for (field, names) in columns {
            for (rank, name) in names.enumerated() {
                byHeader[name, default: []].append(Column(field: field, priority: rank))
            }
        }
        return headers.map { header in
            // Sniffing tries data rows as headers too; long text is never a column name.
            guard header.utf8.count <= CSVProfile.longestHeader else { return [] }
            let key = CSVProfile.normalize(header)
            if let mapped = byHeader[key] { return mapped }
            // A field the profile names explicitly takes only the profile's columns.
            guard let field = CanonicalField(key: key), columns[field] == nil else { return [] }
            return [Column(field: field, priority: 100)]
        }
    }
}
