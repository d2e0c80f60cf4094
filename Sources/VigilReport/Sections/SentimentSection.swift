import Foundation
import VigilCore

/// How people felt, over time and by platform and language, and what they talked about more
/// than before.
enum SentimentSection {
    static func make(_ context: ReportContext) -> ReportSection {
        let input = context.input
        let title = context.t("Sentiment")
        guard !input.current.isEmpty else {
            return .empty(id: "sentiment", title: title, note: context.t("No mentions in this period."))
        }
        var section = ReportSection(id: "sentiment", title: title)
        let now = Mix(input.current, context), before = Mix(input.previous, context)
        section.facts = [
            context.shareFact("Positive", now.share(.positive), before.total > 0 ? before.share(.positive) : nil),
            context.shareFact("Negative", now.share(.negative), before.total > 0 ? before.share(.negative) : nil),
            ReportFact(label: context.t("Net sentiment (positive minus negative, points)"), value: .decimal(now.net * 100),
                       change: nil, compared: false),
        ]
        if context.compare && before.total > 0 {
            section.facts.append(ReportFact(label: context.t("Net sentiment, previous period"), value: .decimal(before.net * 100)))
        }

        var positive = [Double](repeating: 0, count: context.bucketStarts.count), negative = positive, totals = positive
        var cursor = BucketCursor(starts: context.bucketStarts)
        for mention in input.current {
            guard let bucket = cursor.bucket(of: mention.createdAt) else { continue }
            totals[bucket] += 1
            switch context.sentiment(mention) {
            case .positive: positive[bucket] += 1
            case .negative: negative[bucket] += 1
            default: break
            }
        }
        func shares(_ counts: [Double]) -> [Double] { zip(counts, totals).map { $1 > 0 ? $0 / $1 : 0 } }
        section.charts.append(ReportChart(id: "sentiment-over-time", title: context.t("Positive and negative share over time"), kind: .lines,
                                          unit: context.t("share of mentions"), labels: context.bucketLabels,
                                          series: [ReportSeries(name: context.t("Negative"), values: shares(negative)),
                                                   ReportSeries(name: context.t("Positive"), values: shares(positive))], isShare: true))

        let columns = [context.t("Mentions"), context.t("Positive"), context.t("Neutral"), context.t("Negative"), context.t("Net")]
        func rows<Key: Hashable>(_ groups: [Key: Mix], name: (Key) -> String) -> [[ReportValue]] {
            groups.sorted { $0.value.total != $1.value.total ? $0.value.total > $1.value.total : name($0.key) < name($1.key) }.map { key, mix in
                [.text(name(key)), .count(mix.total), .share(mix.share(.positive)), .share(mix.share(.neutral)), .share(mix.share(.negative)), .decimal(mix.net * 100)]
            }
        }
        var byPlatform: [Platform: Mix] = [:], byLanguage: [String?: Mix] = [:]
        for mention in input.current {
            let label = context.sentiment(mention)
            byPlatform[mention.platform, default: Mix()].add(label)
            byLanguage[mention.effectiveLanguage, default: Mix()].add(label)
        }
        section.tables.append(ReportTable(id: "sentiment-by-platform", caption: context.t("Sentiment by platform"),
                                          columns: [context.t("Platform")] + columns, rows: rows(byPlatform, name: ReportContext.platformName)))
        section.tables.append(ReportTable(id: "sentiment-by-language", caption: context.t("Sentiment by language"),
                                          columns: [context.t("Language")] + columns, rows: rows(byLanguage, name: { context.languageName($0) })))

        let classes = TopicTerms.countByClass(input.current) { context.sentiment($0) }
        var previousClasses: [[UInt64: TopicTerms.Entry]]?
        for (label, id, caption) in [(SentimentLabel.negative, "rising-negative-topics", "Most negative topics"),
                                     (.positive, "rising-positive-topics", "Most positive topics")] {
            let wanted = TopicTerms.classIndex(label)
            // Against the previous period when it had enough of these mentions; else against this
            // period's other mentions (what sets these apart), so a brand's own name never leads.
            let againstPrevious = before.count(label) >= TopicTerms.enoughForBaseline
            let baseline: [UInt64: TopicTerms.Entry]
            let ratio: Double
            if againstPrevious {
                if previousClasses == nil { previousClasses = TopicTerms.countByClass(input.previous) { context.sentiment($0) } }
                baseline = previousClasses![wanted]
                ratio = context.period.end.timeIntervalSince(context.period.start) / context.previousPeriod.end.timeIntervalSince(context.previousPeriod.start)
            } else {
                baseline = TopicTerms.merged(classes.indices.filter { $0 != wanted }.map { classes[$0] })
                ratio = Double(now.count(label)) / Double(max(now.total - now.count(label), 1))
            }
            let rising = TopicTerms.rising(now: classes[wanted], before: baseline, lengthRatio: ratio)
            guard !rising.isEmpty else { continue }
            let explanation = againstPrevious ? "terms that rose most against the previous period" : "terms most over-represented against the other mentions"
            section.tables.append(ReportTable(id: id, caption: context.t(caption) + ": " + context.t(explanation),
                                              columns: [context.t("Term"), context.t("Mentions"), context.t(againstPrevious ? "Previous period" : "Other mentions"),
                                                        context.t(againstPrevious ? "Change" : "Expected")],
                                              rows: rising.map { term in
                                                  [.text(term.term), .count(term.count), .count(term.previous),
                                                   againstPrevious ? .change(ReportContext.change(Double(term.count), Double(term.previous))) : .decimal(Double(term.previous) * ratio)]
                                              }))
        }
        return section
    }

    /// Positive, neutral and negative counts of a set of mentions.
    struct Mix {
        var positive = 0, neutral = 0, negative = 0, total = 0

        init() {}

        init(_ mentions: [Mention], _ context: ReportContext) {
            for mention in mentions { add(context.sentiment(mention)) }
        }

        mutating func add(_ label: SentimentLabel) {
            switch label {
            case .positive: positive += 1
            case .neutral: neutral += 1
            case .negative: negative += 1
            case .unknown: break
            }
            total += 1
        }

        func count(_ label: SentimentLabel) -> Int {
            switch label {
            case .positive: positive
            case .neutral: neutral
            case .negative: negative
            case .unknown: total - positive - neutral - negative
            }
        }

        func share(_ label: SentimentLabel) -> Double {
            total == 0 ? 0 : Double(count(label)) / Double(total)
        }

        /// Positive share minus negative share (-1...1).
        var net: Double { share(.positive) - share(.negative) }
    }
}
