import Foundation
import VigilCore

/// The figures the ops screen shows, read from the state without scanning the mentions.
public struct OpsSnapshot: Sendable {
    public struct PlatformCount: Sendable, Equatable {
        public var platform: Platform
        public var lastHour: Int
        public var lastDay: Int
    }

    /// The time the figures are for: now, or the newest mention's time when the data is a
    /// replay of exports older than a day (else every counter would read zero).
    public var asOf: Date
    public var isReplay: Bool
    public var lastHour: Int
    public var negativeLastHour: Int
    public var lastDay: Int
    public var negativeLastDay: Int
    /// Mentions in the same hour a week earlier, when the history reaches back that far.
    public var sameHourLastWeek: Int?
    /// The change against last week, over the last twelve complete 5-minute buckets of both
    /// (the current bucket is still filling, last week's is not).
    public var weekOnWeekChange: Double?
    public var pending: Int
    public var overdue: Int
    public var oldestPendingAge: TimeInterval?
    /// Items in the moderation queue (held for review and the like).
    public var heldForReview: Int
    /// Items hidden or deleted in the last 24 hours, by the team or by house rules.
    public var hiddenToday: Int
    public var platforms: [PlatformCount]
    /// Firing and acknowledged alerts, most severe first, then newest.
    public var alerts: [Alert]
    /// The critical alert that turns the header into a CRISIS banner until someone acknowledges it.
    public var crisis: Alert?

    /// The team's hides and deletions since `since`, and those of house rules no one overruled.
    static func hiddenCount(_ state: AppState, since: Date) -> Int {
        let removing: Set<ModerationAction> = [.hide, .delete, .ban]
        var count = state.feed.moderationDecisions.values.filter { $0.at >= since && removing.contains($0.action) }.count
        for index in state.feed.moderationQueue {
            let row = state.feed.row(at: index)
            if row.createdAt >= since, row.traits.contains(.removedByRule) { count += 1 }
        }
        return count
    }

    public var negativeShare: Double? { lastHour > 0 ? Double(negativeLastHour) / Double(lastHour) : nil }

    public init(state: AppState) {
        let volume = state.feed.volume
        // The newest and oldest mention, from the timeline (exact even after edits moved times).
        let latest = state.feed.timeline.first.map { state.feed.row(at: $0).createdAt }
        let earliest = state.feed.timeline.last.map { state.feed.row(at: $0).createdAt }
        if let latest, latest < state.now.addingTimeInterval(-86_400) {
            asOf = latest
            isReplay = true
        } else {
            asOf = state.now
            isReplay = false
        }
        // Bucket-aligned windows: "the last hour" is the twelve 5-minute buckets up to now.
        let end = asOf.addingTimeInterval(Double(VolumeHistory.bucketSeconds))
        let hour = volume.sum(from: end.addingTimeInterval(-3600), to: end)
        let day = volume.sum(from: end.addingTimeInterval(-86_400), to: end)
        lastHour = Int(hour.total)
        negativeLastHour = Int(hour.negative)
        lastDay = Int(day.total)
        negativeLastDay = Int(day.negative)
        let weekAgo = end.addingTimeInterval(-7 * 86_400)
        if let earliest, earliest <= weekAgo.addingTimeInterval(-3600) {
            sameHourLastWeek = Int(volume.sum(from: weekAgo.addingTimeInterval(-3600), to: weekAgo).total)
            let bucket = Double(VolumeHistory.bucketSeconds)
            let now = Double(volume.sum(from: end.addingTimeInterval(-3600 - bucket), to: end.addingTimeInterval(-bucket)).total)
            let then = Double(volume.sum(from: weekAgo.addingTimeInterval(-3600 - bucket), to: weekAgo.addingTimeInterval(-bucket)).total)
            weekOnWeekChange = then > 0 ? (now - then) / then : nil
        } else {
            sameHourLastWeek = nil
            weekOnWeekChange = nil
        }
        pending = state.feed.pendingTotal
        overdue = state.feed.overdueCountAll(at: state.now)
        let reference = asOf
        heldForReview = state.feed.moderationQueue.count
        hiddenToday = Self.hiddenCount(state, since: asOf.addingTimeInterval(-86_400))
        oldestPendingAge = state.feed.oldestPendingAt.map { max(0, reference.timeIntervalSince($0)) }
        let hourByPlatform = hour.byPlatform, dayByPlatform = day.byPlatform
        let counts = volume.platforms.enumerated().map { slot, platform in
            PlatformCount(platform: platform, lastHour: slot < hourByPlatform.count ? Int(hourByPlatform[slot]) : 0,
                          lastDay: slot < dayByPlatform.count ? Int(dayByPlatform[slot]) : 0)
        }
        platforms = counts.filter { $0.lastDay > 0 }
            .sorted { ($0.lastDay, $0.lastHour, $1.platform.rawValue) > ($1.lastDay, $1.lastHour, $0.platform.rawValue) }
        alerts = state.alerts
            .filter { ($0.state == .firing || $0.state == .acknowledged) && !$0.isHidden }
            .sorted { ($0.severity, $0.startedAt) > ($1.severity, $1.startedAt) }
        // A critical alert keeps the banner until someone acknowledges it, even once it has
        // resolved (for a day: a crisis that burned out unseen still needs a look).
        let since = asOf.addingTimeInterval(-86_400)
        crisis = state.alerts
            .filter { $0.severity == .critical && $0.acknowledgement == nil && !$0.isHidden
                && ($0.state == .firing || ($0.state == .resolved && ($0.endedAt ?? .distantPast) >= since)) }
            .max { ($0.state == .firing ? 1 : 0, $0.startedAt) < ($1.state == .firing ? 1 : 0, $1.startedAt) }
    }
}
