import Foundation

/// Makes the report document from its input: every section, each one saying so when it has
/// nothing to show.
public enum ReportBuilder {
    public static func build(_ input: ReportInput) -> ReportDocument {
        let context = ReportContext(input)
        let request = input.request
        var title = request.title ?? context.t("Social media report")
        if let department = request.department { title += " · " + department }
        var subtitle = context.words.periodText(request.period) + " · " + request.period.timeZone.identifier
        if let filter = request.filterText, !filter.isEmpty { subtitle += " · " + context.t("filter") + ": " + filter }
        if request.compare { subtitle += " · " + context.t("compared with") + " " + context.words.periodText(request.period.previous) }
        return ReportDocument(title: title, subtitle: subtitle, language: request.language, period: request.period, generatedAt: request.now,
                              sections: [VolumeSection.make(context), SentimentSection.make(context), ResponseSection.make(context),
                                         DelegationSection.make(context), IncidentSection.make(context), PeopleSection.make(context)])
    }
}
