import Foundation

/// What the detectors found in one post, each finding with the reason shown to the team.
public struct ModerationFindings: Sendable, Equatable {
    public var spamPoints = 0
    public var abuse: AbuseLevel = .none
    public var personalData: [PersonalDataKind] = []
    /// One line per finding ("scam phrase: “dm me”", "phone number 06•••••78").
    public var reasons: [String] = []

    public var spam: Bool { spamPoints >= Moderator.spamThreshold }
    public var hasPersonalData: Bool { !personalData.isEmpty }
    public var isClean: Bool { !spam && abuse == .none && personalData.isEmpty }

    mutating func add(_ spam: [SpamDetector.Finding]) {
        for finding in spam {
            spamPoints += finding.points
            reasons.append("spam: " + finding.reason)
        }
    }
}

/// Runs the spam, abuse and personal-data detectors over a post, offline, in English, Spanish,
/// German and French at once.
public struct Moderator: Sendable {
    /// Spam points that make a post spam (see `SpamDetector`).
    public static let spamThreshold = 2

    private let spam: SpamDetector
    private let abuse = AbuseDetector()
    private let personalData = PersonalDataDetector()
    private let prefilter = ModerationPrefilter.shared

    /// `brandNames` ("Kettlebird") and `officialDomains` ("kettlebird.com"): links to other
    /// domains that borrow a brand name count as phishing.
    public init(brandNames: [String] = [], officialDomains: [String] = []) {
        spam = SpamDetector(brandNames: brandNames.map { $0.lowercased().folding(options: .diacriticInsensitive, locale: nil).replacingOccurrences(of: " ", with: "") },
                            officialDomains: officialDomains.map { $0.lowercased() })
    }

    /// `language`: the post's, when known (some swear words of one language are everyday words
    /// of another).
    /// `profanity: false` when swearing alone does not matter to the caller (no rule asks for
    /// `abuse: profanity` or `none`): posts whose only mark is a swear word are then not read,
    /// and `abuse` is `.none` for them rather than `.profanity`.
    public func inspect(_ text: String, language: String? = nil, profanity: Bool = true) -> ModerationFindings {
        // Most posts are clean, and a look at their bytes shows it.
        switch prefilter.reason(text, language: language, profanity: profanity) {
        case nil:
            return ModerationFindings()
        case .singleLink?:
            // One link and no other mark: spam only if it borrows the brand's name.
            var findings = ModerationFindings()
            findings.add(spam.inspectLink(text))
            return findings
        default:
            return inspectFully(text, language: language)
        }
    }

    /// Whether the detectors need to look at `text` at all (false: they certainly find nothing).
    public func needsLook(_ text: String) -> Bool { prefilter.mayFlag(text) }

    /// Why the prefilter passes `text` on ("word", "long number"…), nil when it does not (for measuring).
    public func lookReason(_ text: String) -> String? { prefilter.reason(text)?.rawValue }

    /// The detectors without the prefilter (which must never change their answer: tested).
    public func inspectFully(_ text: String, language: String? = nil) -> ModerationFindings {
        var findings = ModerationFindings()
        let words = ModerationText(text)
        findings.add(spam.inspect(text, words: words.words, quoted: words.quoted))
        for finding in abuse.inspect(words, language: language) {
            findings.abuse = max(findings.abuse, finding.level)
            findings.reasons.append(finding.reason)
        }
        for finding in personalData.inspect(text, words: words) {
            if !findings.personalData.contains(finding.kind) { findings.personalData.append(finding.kind) }
            findings.reasons.append("personal data: \(finding.kind.rawValue) \(finding.masked)")
        }
        return findings
    }
}
