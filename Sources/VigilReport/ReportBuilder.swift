import Foundation
import VigilCore
import VigilRules
import VigilStore

/// Makes the report document from its input: every section, each one saying so when it has
/// nothing to show.
public enum ReportBuilder {
    /// Reads the input from `store` and builds the report, replaying the rules for its incidents
    /// on another thread while the other sections are made.
    public static func make(from store: MentionStore, request: ReportRequest, rules: RuleSet?) throws -> ReportDocument {
        let (input, history) = try ReportInput.read(from: store, request: request)
        guard let rules, !input.current.isEmpty else { return build(input) }
        nonisolated(unsafe) var alerts: [Alert] = []
        let done = DispatchSemaphore(value: 0)
        let reader = input
        Thread.detachNewThread {
            alerts = reader.alerts(from: rules, history: history)
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
        var subtitle = context.words.periodText(request.period) + " · " + request.period.zoneName
        if let filter = request.filterText, !filter.isEmpty { subtitle += " · " + context.t("filter") + ": " + filter }
        if request.compare { subtitle += " · " + context.t("compared with") + " " + context.words.periodText(request.period.previous) }
        // The sections are independent: made two at a time.
        let makers: [(String, @Sendable (ReportContext) -> ReportSection)] = [
            ("sentiment", SentimentSection.make), ("volume", VolumeSection.make), ("response", ResponseSection.make),
            ("delegation", DelegationSection.make), ("people", PeopleSection.make), ("moderation", ModerationSection.make),
        ]
        nonisolated(unsafe) var made = [ReportSection?](repeating: nil, count: makers.count)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: makers.count) { index in
            var timing = PhaseTiming()
            let section = makers[index].1(context)
            timing.lap(makers[index].0)
            lock.withLock { made[index] = section }
        }
        var sections = [made[1]!, made[0]!, made[2]!, made[3]!, made[4]!, made[5]!]
        var timing = PhaseTiming()
        let raised = alerts?() ?? input.alerts
        timing.lap("waiting for the rules")
        sections.insert(IncidentSection.make(context, alerts: raised), at: 4)
        return ReportDocument(title: title, subtitle: subtitle, language: request.language, period: request.period, generatedAt: request.now,
                              mentionCount: input.current.count, sections: sections)
    }
}
