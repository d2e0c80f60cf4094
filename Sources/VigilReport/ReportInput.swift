import Foundation
import VigilCore
import VigilRules
import VigilStore

/// Everything a report is made from, read from a store through its protocols (so a server
/// store serves reports as SQLite does): the period's mentions and the previous period's, the
/// team's work on them, and the crisis alerts the rules raise over them.
public struct ReportInput: Sendable {
    public var request: ReportRequest
    /// This period's mentions (after the department or filter), oldest first.
    public var current: [Mention]
    /// The previous period's, the same way.
    public var previous: [Mention]
    public var triage: [MentionID: Triage]
    /// The audit log entries about mentions (acknowledgements left out), oldest first.
    public var audit: [AuditEntry]
    public var replies: [Reply]
    public var acknowledgements: [String: Acknowledgement]
    /// Alerts that started in the period, as the rules raise them over the stored mentions.
    public var alerts: [Alert]
    /// Open items whose follow-up date passed before `request.now`, oldest due first (whenever
    /// they were posted).
    public var overdue: [TrackedItem] = []
    /// Items handed to a department, by department (as written first), whenever they were posted.
    public var handedOver: [String: [HandedOver]] = [:]
    /// The whole of a mention (`current` may hold summaries: see `mentionSummaries`), for the
    /// few a report lists with their links.
    public var details: @Sendable (Mention) -> Mention = { $0 }
    /// The period's mentions before the department or filter, which the rules count (nil when
    /// there is neither).
    var unfilteredCurrent: [Mention]?

    public init(request: ReportRequest, current: [Mention], previous: [Mention], triage: [MentionID: Triage] = [:],
                audit: [AuditEntry] = [], replies: [Reply] = [], acknowledgements: [String: Acknowledgement] = [:], alerts: [Alert] = []) {
        self.request = request
        self.current = current
        self.previous = previous
        self.triage = triage
        self.audit = audit
        self.replies = replies
        self.acknowledgements = acknowledgements
        self.alerts = alerts
    }

    /// Days of history the rules see before the period, for their baselines.
    static let ruleWarmUp: TimeInterval = 7 * 86_400

    /// Reads the input for `request` from `store`; with `rules`, replays the stored mentions
    /// through them (from a week before the period) for the period's alerts.
    public static func load(from store: MentionStore, request: ReportRequest, rules: RuleSet?) throws -> ReportInput {
        var (input, history) = try read(from: store, request: request)
        if let rules { input.alerts = input.alerts(from: rules, history: history) }
        return input
    }

    /// The input without alerts, and the mentions the rules need before the period's own (from
    /// a week before it), oldest first.
    public static func read(from store: MentionStore, request: ReportRequest) throws -> (ReportInput, history: [Mention]) {
        let period = request.period
        let previousPeriod = period.previous
        let earliest = min(previousPeriod.start, period.start.addingTimeInterval(-ruleWarmUp))
        var timing = PhaseTiming()
        // Two reads rather than one split, so a million mentions are not copied.
        let before = try store.mentionSummaries(from: earliest, to: period.start)
        var current = try store.mentionSummaries(from: period.start, to: period.end)
        timing.lap("mentions")
        let triage = try store.triageStates()
        let keep = selection(request, triage: triage)
        var previous = earliest == previousPeriod.start ? before : Array(before[before.partitioningIndex { $0.createdAt >= previousPeriod.start }...])
        let unfiltered = keep == nil ? nil : current  // what the rules count
        if let keep {
            current.removeAll { !keep($0, triage[$0.id]) }
            previous.removeAll { !keep($0, triage[$0.id]) }
        }
        let audit = try store.auditLog().filter { $0.mention.platform.rawValue != AuditEntry.alertPlatform }
        var input = ReportInput(request: request, current: current, previous: previous, triage: triage, audit: audit,
                                replies: try store.replies(), acknowledgements: try store.acknowledgements())
        timing.lap("triage, audit, replies")
        input.track(store: store, keep: keep)
        nonisolated(unsafe) let reader = store  // read from one thread at a time
        input.details = { reader.mention($0.id) ?? $0 }
        timing.lap("delegated and overdue")
        input.unfilteredCurrent = unfiltered
        return (input, before)
    }

    /// The alerts that started in the period (with a department or filter, those about its
    /// mentions), from the rules replayed over `history`.
    public func alerts(from rules: RuleSet, history: [Mention]) -> [Alert] {
        var timing = PhaseTiming()
        let rules = RulesEngine(rules: rules.forIncidents)
        rules.ingest(history)
        rules.ingest(unfilteredCurrent ?? current)
        timing.lap("rules (on the other core)")
        let period = request.period
        // As they stood at the period's end (an alert that ended later is still running then).
        var alerts = rules.alerts(asOf: min(period.end, request.now)).filter { period.contains($0.startedAt) }
        if request.department != nil || request.filter != nil {
            let kept = Set(current.lazy.map(\.id))
            alerts = alerts.filter { $0.examples.contains(where: kept.contains) }
        }
        return alerts
    }

    /// How many open items of one department a report lists by name, and how many overdue ones.
    static let listedOpen = 10, listedOverdue = 50

    /// Finds the delegated and overdue items (reading the texts of only those a report lists).
    mutating func track(store: MentionReading, keep: ((Mention, Triage?) -> Bool)?) {
        let period = request.period
        var delegatedAt: [MentionID: Date] = [:]
        for entry in audit where entry.action == "delegated" { delegatedAt[entry.mention] = entry.at }
        var byDepartment: [String: [HandedOver]] = [:]
        var names: [String: String] = [:]
        var overdueStates: [(MentionID, Triage)] = []
        for (id, state) in triage {
            if state.status.isOpen, let due = state.followUp, due < request.now { overdueStates.append((id, state)) }
            guard let department = state.department else { continue }
            let key = department.lowercased()
            let name = names[key] ?? department
            names[key] = name
            byDepartment[name, default: []].append(HandedOver(id: id, triage: state, at: delegatedAt[id] ?? state.updatedAt ?? period.start))
        }
        func mention(_ id: MentionID) -> Mention? { store.mention(id) }
        func kept(_ id: MentionID, _ state: Triage) -> Mention? {
            guard let mention = mention(id) else { return nil }
            return keep?(mention, state) ?? true ? mention : nil
        }
        // Oldest open first; their texts are read for the ones listed.
        for (name, items) in byDepartment {
            var sorted = items.sorted { $0.at != $1.at ? $0.at < $1.at : $0.id.description < $1.id.description }
            var listed = 0
            for index in sorted.indices where sorted[index].triage.status.isOpen && listed < Self.listedOpen {
                sorted[index].mention = mention(sorted[index].id)
                listed += 1
            }
            byDepartment[name] = sorted
        }
        if let department = request.department?.lowercased() {
            byDepartment = byDepartment.filter { $0.key.lowercased() == department }
        }
        handedOver = byDepartment
        overdueStates.sort { $0.1.followUp! != $1.1.followUp! ? $0.1.followUp! < $1.1.followUp! : $0.0.description < $1.0.description }
        overdue = overdueStates.lazy.compactMap { id, state in kept(id, state).map { TrackedItem(mention: $0, triage: state) } }.prefix(Self.listedOverdue).map { $0 }
    }
}

/// An item with the team's state of it.
public struct TrackedItem: Sendable {
    public var mention: Mention
    public var triage: Triage
}

/// An item handed to a department: when, and its state now (its mention read only when listed).
public struct HandedOver: Sendable {
    public var id: MentionID
    public var triage: Triage
    public var at: Date
    public var mention: Mention?
}

extension Array where Element == Mention {
    /// The first position whose mention passes `isAfter` (the list is ordered so that all that
    /// pass come last).
    func partitioningIndex(_ isAfter: (Mention) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if isAfter(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

extension ReportInput {
    /// The department and filter as one test, nil when everything counts.
    static func selection(_ request: ReportRequest, triage: [MentionID: Triage]) -> ((Mention, Triage?) -> Bool)? {
        let department = request.department?.lowercased()
        let filter = request.filter
        if department == nil && filter == nil { return nil }
        return { mention, state in
            if let department, state?.department?.lowercased() != department { return false }
            if let filter, !filter(mention, state) { return false }
            return true
        }
    }
}

extension RuleSet {
    /// What a report's incidents need of the rules: the high and critical window rules (the
    /// mentions keep the item rules' flags from when they were stored). Only when every rule
    /// dedups on its own: a shared dedup key could make one incident of a low and a high rule.
    var forIncidents: RuleSet {
        guard windowRules.allSatisfy({ $0.dedup.contains("{rule}") }) else { return self }
        var reduced = self
        reduced.itemRules = []
        reduced.windowRules = windowRules.filter { $0.severity >= .high }
        return reduced
    }
}
