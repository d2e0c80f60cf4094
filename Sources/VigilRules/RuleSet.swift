import Foundation
import VigilCore
@_exported import VigilModeration

/// A parsed rule file: term lists, item rules, window rules, mute intervals and inhibitions.
public struct RuleSet: Sendable {
    public var file: String
    /// Width of one evaluation step: window rules are evaluated on this grid of event time.
    public var resolution: TimeInterval
    public var lists: [String: TermList]
    public var itemRules: [ItemRule]
    public var windowRules: [WindowRule]
    public var mutes: [MuteInterval]
    public var inhibits: [InhibitRule]
    /// The brand's names and domains, for the spam detector's look-alike links (`moderation:`).
    public var moderation = ModerationSettings()

    public init(
        file: String = "", resolution: TimeInterval = 60, lists: [String: TermList] = [:], itemRules: [ItemRule] = [],
        windowRules: [WindowRule] = [], mutes: [MuteInterval] = [], inhibits: [InhibitRule] = []
    ) {
        self.file = file
        self.resolution = resolution
        self.lists = lists
        self.itemRules = itemRules
        self.windowRules = windowRules
        self.mutes = mutes
        self.inhibits = inhibits
    }

    public var ruleCount: Int { itemRules.count + windowRules.count }

    /// The item rules that moderate (house rules).
    public var houseRules: [ItemRule] { itemRules.filter { $0.actions.moderate != nil } }
}

/// `moderation: {brand: [Kettlebird], domains: [kettlebird.com]}` in a rule file.
public struct ModerationSettings: Sendable, Hashable {
    public var brandNames: [String] = []
    public var officialDomains: [String] = []

    public init(brandNames: [String] = [], officialDomains: [String] = []) {
        self.brandNames = brandNames
        self.officialDomains = officialDomains
    }
}

/// Words and phrases per language, reusable across rules as `$name`.
public struct TermList: Sendable, Hashable {
    public var name: String
    /// Language code ("en", "es", …, or "any") → terms.
    public var terms: [String: [String]]

    public init(name: String, terms: [String: [String]]) {
        self.name = name
        self.terms = terms
    }

    public var count: Int { terms.values.reduce(0) { $0 + $1.count } }
}

/// One word or phrase to find in a text. A term from a language's list only matches mentions
/// in that language (or of unknown language), so German "Brand" (fire) never matches English "brand".
public struct Term: Sendable, Hashable {
    public var text: String
    /// nil: any language.
    public var language: String?

    public init(_ text: String, language: String? = nil) {
        self.text = text
        self.language = language
    }
}

/// `>= 10000`, `< -0.5`; a bare number means `>=`.
public struct Comparison: Sendable, Hashable, CustomStringConvertible {
    public enum Operator: String, Sendable, CaseIterable {
        case greaterOrEqual = ">=", lessOrEqual = "<=", notEqual = "!=", greater = ">", less = "<", equal = "=="
    }

    public var op: Operator
    public var value: Double

    public init(_ op: Operator, _ value: Double) {
        self.op = op
        self.value = value
    }

    public func holds(_ x: Double) -> Bool {
        switch op {
        case .greaterOrEqual: return x >= value
        case .lessOrEqual: return x <= value
        case .greater: return x > value
        case .less: return x < value
        case .equal: return x == value
        case .notEqual: return x != value
        }
    }

    public var description: String { "\(op.rawValue) \(value.formatted())" }
}

extension Double {
    /// "10000", "0.5": no trailing ".0" for whole numbers.
    func formatted() -> String {
        if self == rounded(), abs(self) < 1e15 { return String(Int(self)) }
        return String(self)
    }
}

/// Numeric facts of a mention that conditions compare.
public enum NumberField: String, Sendable, CaseIterable {
    case followers, likes, shares, replies, views, reach, engagement, score
}

/// A condition over one mention.
public indirect enum Condition: Sendable, Hashable {
    case always
    case all([Condition])
    case any([Condition])
    case not(Condition)
    /// Any of these words or phrases, on word boundaries, case- and accent-insensitive.
    case text([Term])
    case hashtag([String])
    /// @mentions of these handles in the text.
    case mentions([String])
    case author([String])
    case sentiment(Set<SentimentLabel>)
    case number(NumberField, Comparison)
    case verified(Bool)
    case question(Bool)
    case platform(Set<String>)
    case language(Set<String>)
    case kind(Set<MentionKind>)
    /// The spam detector's verdict (`spam: true`).
    case spam(Bool)
    /// Abuse at least this level (`abuse: profanity|abuse|threat`); `.none`: no abuse at all.
    case abuse(AbuseLevel)
    /// Personal data of any of these kinds (all kinds when the set is empty); `false`: none.
    case personalData(Set<PersonalDataKind>, present: Bool)
}

public struct ItemActions: Sendable, Hashable {
    public var escalate = false
    public var needsReply = false
    public var priority: Priority?
    public var tags: [String] = []
    public var assignee: String?
    public var department: String?
    /// A house rule's action (`moderate: hold`) and the reason shown to the team.
    public var moderate: ModerationAction?
    public var reason = ""

    public init(escalate: Bool = false, needsReply: Bool = false, priority: Priority? = nil, tags: [String] = [],
                assignee: String? = nil, department: String? = nil, moderate: ModerationAction? = nil, reason: String = "") {
        self.moderate = moderate
        self.reason = reason
        self.escalate = escalate
        self.needsReply = needsReply
        self.priority = priority
        self.tags = tags
        self.assignee = assignee
        self.department = department
    }
}

/// A rule over one mention (`match:`) and what to do with matching ones.
public struct ItemRule: Sendable, Hashable {
    public var id: String
    public var description: String
    public var condition: Condition
    public var actions: ItemActions
    public var line: Int

    public init(id: String, description: String = "", condition: Condition, actions: ItemActions, line: Int = 0) {
        self.id = id
        self.description = description
        self.condition = condition
        self.actions = actions
        self.line = line
    }
}

/// What a window rule groups mentions by; each group is counted and alerted on separately.
public enum GroupKey: String, Sendable, CaseIterable {
    case author, platform, conversation, language, kind, tag
    /// Near-identical text (`TextFingerprint`): copies of one message from many accounts.
    case text
}

public enum WindowKind: Sendable, Hashable {
    /// At least `min` matching mentions in the window.
    case count(min: Int)
    /// Matching volume far above its own recent past.
    case spike(SpikeParameters)
    /// The share of `where` among `of` is high and well above its baseline share.
    case share(ShareParameters)
    /// One item gathering engagement fast: its reported engagement plus replies to it, in the window.
    case velocity(VelocityParameters)

    public var name: String {
        switch self {
        case .count: return "count"
        case .spike: return "spike"
        case .share: return "share"
        case .velocity: return "velocity"
        }
    }
}

public struct SpikeParameters: Sendable, Hashable {
    public var minCount = 10
    public var minRatio = 3.0
    public var minZ = 3.0
    public var baseline: TimeInterval = 24 * 3600
    public var warmup: TimeInterval = 24 * 3600
    /// Compare with the same window at the same time of day on each of the past days of the
    /// baseline (a brand's daily rhythm), not with the window-sized slots just before.
    public var sameHours = false

    public init() {}
}

public struct VelocityParameters: Sendable, Hashable {
    /// Engagement an item must gather in the window, whatever the brand's usual.
    public var min: Int
    /// Above 0: also at least this many times the brand's usual engagement of an item (the
    /// 99th percentile of its items' own engagement over `baseline`, see `EngagementBaseline`).
    public var minRatio = 0.0
    public var baseline: TimeInterval = 7 * 86_400

    public init(min: Int) {
        self.min = min
    }
}

public struct ShareParameters: Sendable, Hashable {
    public var of: Condition = .always
    public var minShare = 0.4
    public var minRatio = 2.0
    /// How far the window's count stands above what the baseline share predicts, in binomial
    /// standard deviations: keeps chance fluctuations of small windows from firing.
    public var minZ = 3.0
    public var minTotal = 20
    public var baseline: TimeInterval = 24 * 3600
    public var warmup: TimeInterval = 24 * 3600

    public init() {}
}

/// A rule over a window of event time that raises alerts.
public struct WindowRule: Sendable, Hashable {
    public var id: String
    public var title: String
    public var severity: Severity
    public var kind: WindowKind
    public var window: TimeInterval
    public var filter: Condition
    public var groupBy: GroupKey?
    /// How long the condition must hold before the alert fires.
    public var forDuration: TimeInterval = 0
    /// How long it keeps firing after the condition stops holding.
    public var keepFiringFor: TimeInterval = 0
    /// Alerts with the same dedup key that overlap in time are one alert. Placeholders: {rule}, {key}.
    public var dedup = "{rule}{key}"
    /// Re-notify every interval of event time while firing; 0 = once.
    public var realert: TimeInterval = 0
    /// Placeholders: {count} {window} {ratio} {baseline} {share} {z} {total} {key} {terms} {rule}.
    public var summary: String
    public var line: Int

    public init(id: String, title: String = "", severity: Severity, kind: WindowKind, window: TimeInterval, filter: Condition = .always,
                groupBy: GroupKey? = nil, summary: String = "", line: Int = 0) {
        self.id = id
        self.title = title
        self.severity = severity
        self.kind = kind
        self.window = window
        self.filter = filter
        self.groupBy = groupBy
        self.summary = summary
        self.line = line
    }
}

/// Quiet hours: alerts that fire inside are kept but marked muted and not notified.
public struct MuteInterval: Sendable, Hashable {
    public var name: String
    /// Minutes after local midnight; `end` < `start` wraps past midnight.
    public var startMinute: Int
    public var endMinute: Int
    /// 1 = Sunday … 7 = Saturday (Calendar's numbering); empty = every day.
    public var weekdays: Set<Int>
    public var timeZone: TimeZone {
        didSet { calendar = Self.calendar(in: timeZone) }
    }
    /// Only alerts at or below this severity; nil = all.
    public var maxSeverity: Severity?
    /// Only these rules; empty = all.
    public var rules: Set<String>

    /// Built once per zone: a Calendar per check would dominate evaluation.
    private var calendar: Calendar

    private static func calendar(in zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    public init(name: String, startMinute: Int, endMinute: Int, weekdays: Set<Int> = [], timeZone: TimeZone = TimeZone(identifier: "UTC")!,
                maxSeverity: Severity? = nil, rules: Set<String> = []) {
        self.name = name
        self.startMinute = startMinute
        self.endMinute = endMinute
        self.weekdays = weekdays
        self.timeZone = timeZone
        calendar = Self.calendar(in: timeZone)
        self.maxSeverity = maxSeverity
        self.rules = rules
    }

    public func contains(_ date: Date) -> Bool {
        let parts = calendar.dateComponents([.weekday, .hour, .minute], from: date)
        let minute = (parts.hour ?? 0) * 60 + (parts.minute ?? 0)
        let inTime = startMinute <= endMinute ? (minute >= startMinute && minute < endMinute) : (minute >= startMinute || minute < endMinute)
        guard inTime else { return false }
        guard !weekdays.isEmpty else { return true }
        // A wrapped interval's early-morning part belongs to the previous day's evening.
        var day = parts.weekday ?? 1
        if startMinute > endMinute, minute < endMinute { day = day == 1 ? 7 : day - 1 }
        return weekdays.contains(day)
    }

    public func applies(to severity: Severity, rule: String) -> Bool {
        if let maxSeverity, severity > maxSeverity { return false }
        return rules.isEmpty || rules.contains(rule)
    }
}

/// While an alert at `source` severity (or above) is active, alerts of lower severity with the
/// same key are inhibited.
public struct InhibitRule: Sendable, Hashable {
    public var source: Severity
    /// Severities hidden; default every one below `source`.
    public var targets: Set<Severity>
    /// Compare alert keys (true) or hide regardless of key (false).
    public var equalKey: Bool

    public init(source: Severity, targets: Set<Severity>? = nil, equalKey: Bool = true) {
        self.source = source
        self.targets = targets ?? Set(Severity.allCases.filter { $0 < source })
        self.equalKey = equalKey
    }
}
