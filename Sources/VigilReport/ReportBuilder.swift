import Foundation
import VigilCore
import VigilRules
import VigilStore

/// Makes the report document from its input: every section, each one saying so when it has
/// nothing to show.
public enum ReportBuilder {
    /// Reads the input from `store` and builds the report, replaying the rules for its incidents
    /// on another thread while the other sections are made.
    public static func make(from store: MentionStore, request: ReportRequest, rules: RulesEngine?) throws -> ReportDocument {
        let (input, history) = try ReportInput.read(from: store, request: request)
        guard let rules, !input.current.isEmpty else { return build(input) }
        nonisolated(unsafe) var alerts: [Alert] = []
        let done = DispatchSemaphore(value: 0)
        let reader = input
        nonisolated(unsafe) let engine = rules  // used by that thread alone until `done`
        Thread.detachNewThread {
            alerts = reader.alerts(from: engine, history: history)
            done.signal()
        }
        return build(input) {
            done.wait()
            return alerts
        }
    }

    /// `alerts`: for the incidents, asked for last (when they are still being worked out);
    /// without it, the input's own.
    public static func build(_ input: ReportInput, alerts: (() -> [Alert])? = nil) -> ReportDocument {
        var contextTiming = PhaseTiming()
        let context = ReportContext(input)
        contextTiming.lap("context")
        let request = input.request
        var title = request.title ?? context.t("Social media report")
        if let department = request.department { title += " · " + department }
        var subtitle = context.words.periodText(request.period) + " · " + request.period.timeZone.identifier
        if let filter = request.filterText, !filter.isEmpty { subtitle += " · " + context.t("filter") + ": " + filter }
        if request.compare { subtitle += " · " + context.t("compared with") + " " + context.words.periodText(request.period.previous) }
        var timing = PhaseTiming()
        func timed(_ name: String, _ make: (ReportContext) -> ReportSection) -> ReportSection {
            let section = make(context)
            timing.lap(name)
            return section
        }
        var sections = [timed("volume", VolumeSection.make), timed("sentiment", SentimentSection.make), timed("response", ResponseSection.make),
                        timed("delegation", DelegationSection.make), timed("people", PeopleSection.make)]
        let raised = alerts?() ?? input.alerts
        sections.insert(timed("incidents") { IncidentSection.make($0, alerts: raised) }, at: 4)
        return ReportDocument(title: title, subtitle: subtitle, language: request.language, period: request.period, generatedAt: request.now,
                              mentionCount: input.current.count, sections: sections)
    }
}
