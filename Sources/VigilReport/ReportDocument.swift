import Foundation

/// A report as data: sections of key figures, charts and tables, in the report's language but
/// not yet in any format. The HTML, Markdown and CSV renderers draw the same document, so the
/// three always agree.
public struct ReportDocument: Sendable {
    public var title: String
    /// The period in words ("16–22 November 2026, Europe/Madrid").
    public var subtitle: String
    public var language: ReportLanguage
    public var period: ReportPeriod
    public var generatedAt: Date
    /// How many mentions the period has (after a department or filter): none is an empty report.
    public var mentionCount: Int
    public var sections: [ReportSection]
}

public struct ReportSection: Sendable {
    /// Stable, for anchors and CSV file names: "volume", "response".
    public var id: String
    public var title: String
    /// Why the section has nothing to show, when it has nothing.
    public var emptyNote: String?
    public var facts: [ReportFact] = []
    public var charts: [ReportChart] = []
    public var tables: [ReportTable] = []

    public init(id: String, title: String, emptyNote: String? = nil) {
        self.id = id
        self.title = title
        self.emptyNote = emptyNote
    }
}

/// One headline number, with its change against the previous period when compared.
public struct ReportFact: Sendable {
    public var label: String
    public var value: ReportValue
    /// Relative change against the previous period (0.25 = +25 %); nil when not compared or
    /// the previous period had none.
    public var change: Double?
    public var compared: Bool

    public init(label: String, value: ReportValue, change: Double? = nil, compared: Bool = false) {
        self.label = label
        self.value = value
        self.change = change
        self.compared = compared
    }
}

/// A cell: kept typed, so CSV gets plain numbers and HTML and Markdown the locale's.
public enum ReportValue: Sendable, Equatable {
    case text(String)
    case count(Int)
    /// A share, 0...1.
    case share(Double)
    /// A length of time in seconds; nil for "never" or "no data".
    case duration(Double?)
    case time(Date)
    case decimal(Double)
    /// Relative change (0.25 = +25 %), nil when there is nothing to compare with.
    case change(Double?)
    /// Post text or a name with a link to it.
    case link(String, url: String?)
}

public struct ReportTable: Sendable {
    public var id: String
    public var caption: String
    public var columns: [String]
    public var rows: [[ReportValue]]

    public init(id: String, caption: String, columns: [String], rows: [[ReportValue]]) {
        self.id = id
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }
}

/// A chart, drawn by each renderer in its own way (SVG in HTML, sparklines in Markdown).
public struct ReportChart: Sendable {
    public enum Kind: Sendable { case lines, bars }

    public var id: String
    public var title: String
    public var kind: Kind
    /// What the values count ("mentions", "% negative").
    public var unit: String
    /// Line charts: one label per point (time buckets). Bar charts: one label per bar.
    public var labels: [String]
    public var series: [ReportSeries]
    /// Values are shares (0...1), shown as percentages.
    public var isShare: Bool

    public init(id: String, title: String, kind: Kind, unit: String, labels: [String], series: [ReportSeries], isShare: Bool = false) {
        self.id = id
        self.title = title
        self.kind = kind
        self.unit = unit
        self.labels = labels
        self.series = series
        self.isShare = isShare
    }
}

public struct ReportSeries: Sendable {
    public var name: String
    public var values: [Double]

    public init(name: String, values: [Double]) {
        self.name = name
        self.values = values
    }
}

extension ReportSection {
    /// A section with nothing to show: its title and one line saying why.
    static func empty(id: String, title: String, note: String) -> ReportSection {
        ReportSection(id: id, title: title, emptyNote: note)
    }
}
