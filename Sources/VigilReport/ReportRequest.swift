import Foundation
import VigilCore

/// What a person asks for: which period, for whom, in which language, compared or not.
public struct ReportRequest: Sendable {
    public var period: ReportPeriod
    /// Only what was handed to this department (case aside).
    public var department: String?
    public var language: ReportLanguage
    /// Deltas against the previous period.
    public var compare: Bool
    public var businessHours: BusinessHours
    /// When the report is made: what "overdue" and "still open" are measured against.
    public var now: Date
    /// Only mentions this accepts (the dashboard's current filter); nil for all.
    public var filter: (@Sendable (Mention, Triage?) -> Bool)?
    /// Words the filter stands for, shown under the title.
    public var filterText: String?
    public var title: String?

    public init(period: ReportPeriod, department: String? = nil, language: ReportLanguage = .en, compare: Bool = false,
                businessHours: BusinessHours? = nil, now: Date = Date(), filter: (@Sendable (Mention, Triage?) -> Bool)? = nil,
                filterText: String? = nil, title: String? = nil) {
        self.period = period
        self.department = department
        self.language = language
        self.compare = compare
        self.businessHours = businessHours ?? .officeHours(timeZone: period.timeZone)
        self.now = now
        self.filter = filter
        self.filterText = filterText
        self.title = title
    }
}
