import Foundation

/// The `/` filter language: free words and `"exact phrases"` (case- and accent-insensitive),
/// `-word` to exclude, and fields: `sentiment:neg`, `platform:x`, `lang:es`, `kind:review`,
/// `followers:>10000`, `status:pending`, `tag:refund`, `author:@name`, `since:2h`.
/// All terms must hold.
public struct MentionFilter: Sendable, Equatable {
    /// Only `not` is boxed: a boxed term is retained and released each time a scan reads it,
    /// and scans over a million mentions run on every core at once.
    public enum Term: Sendable, Equatable {
        case text(String, negated: Bool)
        /// `-field:value`: items the field test does not match.
        indirect case not(Term)
        case sentiment(SentimentLabel)
        case platform(String)
        case language(String)
        case kind(MentionKind)
        case followers(op: String, value: Int)
        /// A triage status, or "pending" (in Pending replies).
        case status(String)
        case tag(String)
        case author(String)
        case since(Date)
    }

    public var terms: [Term]
    /// As typed, for the status bar.
    public var source: String
    /// Whether the mention passes the words and phrases (required ones present, `-word`s absent),
    /// by scanning its text: what a full-text index's answer does not cover (new arrivals).
    public func matchesText(_ m: Mention) -> Bool {
        for term in terms {
            if case .text(let words, let negated) = term, Self.contains(text: m.text, author: m.author.handle, words) == negated { return false }
        }
        return true
    }

    /// Whether the filter has words or phrases (required or excluded) for an index to answer.
    public var hasText: Bool { !requiredText.isEmpty || !excludedText.isEmpty }

    public static func contains(text: String, author: String, _ words: String) -> Bool {
        text.range(of: words, options: [.caseInsensitive, .diacriticInsensitive]) != nil
            || author.range(of: words, options: [.caseInsensitive]) != nil
    }

    /// Whether a full-text index can answer these words: they have a letter or digit (emoji and
    /// punctuation are not indexed, and are looked for in the text itself). Marks do not count:
    /// "❤️" is a symbol and an emoji-style selector.
    public static func isIndexable(_ words: String) -> Bool {
        words.unicodeScalars.contains {
            switch $0.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber: true
            default: false
            }
        }
    }

    /// The words and phrases that must be present (what a full-text index can answer).
    public var requiredText: [String] {
        terms.compactMap { if case .text(let words, false) = $0 { return words } else { return nil } }
    }

    /// The `-word`s and `-"phrases"` that must be absent.
    public var excludedText: [String] {
        terms.compactMap { if case .text(let words, true) = $0 { return words } else { return nil } }
    }

    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public static let fields = ["sentiment", "platform", "lang", "kind", "followers", "status", "tag", "author", "since"]

    /// Parses a filter; `now` anchors `since:`.
    public init(parsing text: String, now: Date) throws {
        source = text
        terms = []
        for word in Self.words(text) {
            if word.quoted { terms.append(.text(word.text, negated: word.negated)); continue }
            guard let colon = word.text.firstIndex(of: ":") else {
                terms.append(.text(word.text, negated: word.negated))
                continue
            }
            let field = word.text[..<colon].lowercased()
            let value = String(word.text[word.text.index(after: colon)...])
            guard Self.fields.contains(field) else {
                throw ParseError(message: "unknown field '\(field):' (known: \(Self.fields.map { $0 + ":" }.joined(separator: " ")))")
            }
            guard !value.isEmpty else { throw ParseError(message: "\(field): needs a value") }
            let term = try Self.term(field, value, now: now)
            terms.append(word.negated ? .not(term) : term)
        }
    }

    private static func term(_ field: String, _ value: String, now: Date) throws -> Term {
        switch field {
        case "sentiment":
            let short: [String: SentimentLabel] = ["neg": .negative, "pos": .positive, "neu": .neutral]
            guard let label = short[value.lowercased()] ?? SentimentLabel(feedValue: value) else {
                throw ParseError(message: "sentiment: expected pos, neu or neg, got '\(value)'")
            }
            return .sentiment(label)
        case "platform": return .platform(Platform(feedValue: value).rawValue)
        case "lang": return .language(value.lowercased())
        case "kind":
            guard let kind = MentionKind(feedValue: value) else { throw ParseError(message: "kind: expected post, comment, reply, review or message, got '\(value)'") }
            return .kind(kind)
        case "followers":
            var op = "="
            var rest = Substring(value)
            for candidate in [">=", "<=", ">", "<", "="] where rest.hasPrefix(candidate) {
                op = candidate
                rest = rest.dropFirst(candidate.count)
                break
            }
            guard let number = Self.count(String(rest)) else { throw ParseError(message: "followers: expected a number such as >10000 or >10k, got '\(value)'") }
            return .followers(op: op, value: number)
        case "status":
            let name = value.lowercased().replacingOccurrences(of: "-", with: "_")
            guard name == "pending" || TriageStatus(rawValue: name) != nil else {
                throw ParseError(message: "status: expected pending or \(TriageStatus.allCases.map(\.rawValue).joined(separator: ", ")), got '\(value)'")
            }
            return .status(name)
        case "tag": return .tag(value.lowercased())
        case "author": return .author((value.hasPrefix("@") ? String(value.dropFirst()) : value).lowercased())
        default:  // since
            let units: [Character: TimeInterval] = ["m": 60, "h": 3600, "d": 86_400, "w": 604_800]
            guard let unit = value.last.flatMap({ units[$0] }), let amount = Int(value.dropLast()), amount > 0 else {
                throw ParseError(message: "since: expected a duration such as 30m, 2h, 7d, got '\(value)'")
            }
            return .since(now.addingTimeInterval(-Double(amount) * unit))
        }
    }

    private static func count(_ text: String) -> Int? {
        let lower = text.lowercased()
        if let value = Int(lower) { return value }
        let scale: [Character: Double] = ["k": 1_000, "m": 1_000_000]
        guard let unit = lower.last.flatMap({ scale[$0] }), let number = Double(lower.dropLast()),
              number.isFinite, abs(number * unit) < 1e15 else { return nil }
        return Int(number * unit)
    }

    /// Splits on spaces, keeping `"quoted phrases"` whole; a leading `-` negates.
    private static func words(_ text: String) -> [(text: String, quoted: Bool, negated: Bool)] {
        var result: [(String, Bool, Bool)] = []
        var current = ""
        var quoted = false, inQuotes = false, negated = false
        func flush() {
            if !current.isEmpty || quoted { result.append((current, quoted, negated)) }
            current = ""
            quoted = false
            negated = false
        }
        for character in text {
            if character == "\"" {
                if inQuotes { inQuotes = false; flush() } else { inQuotes = true; quoted = true }
            } else if character == " " && !inQuotes {
                flush()
            } else if character == "-" && current.isEmpty && !inQuotes && !quoted {
                negated = true
            } else {
                current.append(character)
            }
        }
        flush()
        return result.filter { !$0.0.isEmpty }
    }

    /// Whether a mention passes; `triage` is the team's state, `pending` whether it waits in
    /// Pending replies, `found` what a full-text index answered for it (when one answered the
    /// filter's words and phrases: then they are not scanned for). (A dashboard's compact rows
    /// are matched by VigilUI's `matches(_:names:…)`, which must agree with this.)
    public func matches(_ m: Mention, triage: Triage?, pending: Bool, found: Bool? = nil) -> Bool {
        if found == false { return false }
        for term in terms where !holds(term, m, triage: triage, pending: pending, indexed: found != nil) { return false }
        return true
    }

    private func holds(_ term: Term, _ m: Mention, triage: Triage?, pending: Bool, indexed: Bool) -> Bool {
        switch term {
        case .not(let inner): return !holds(inner, m, triage: triage, pending: pending, indexed: indexed)
        case .text where indexed: return true
        case .text(let words, let negated): return Self.contains(text: m.text, author: m.author.handle, words) != negated
        case .sentiment(let label): return (triage?.sentimentOverride ?? m.sentimentLabel) == label
        case .platform(let name): return m.platform.rawValue == name
        case .language(let code): return m.effectiveLanguage.map { !$0.isEmpty && $0 == code } ?? false
        case .kind(let kind): return m.kind == kind
        case .followers(let op, let value):
            // As a dashboard's rows hold them: 0 to Int32.max.
            guard let followers = m.author.followers.map({ Int(Int32(clamping: max($0, 0))) }) else { return false }
            return Self.compare(followers, op, value)
        case .status(let name):
            if name == "pending" { return pending }
            return (triage?.status ?? .new).rawValue == name
        case .tag(let tag): return (triage?.tags ?? []).contains(tag) || (m.flags?.tags ?? []).contains(tag)
        case .author(let handle): return m.author.handle.lowercased() == handle
        case .since(let cutoff): return m.createdAt >= cutoff
        }
    }

    /// `followers:` comparisons (">", ">=", "<", "<=", else equality).
    public static func compare(_ followers: Int, _ op: String, _ value: Int) -> Bool {
        switch op {
        case ">": return followers > value
        case ">=": return followers >= value
        case "<": return followers < value
        case "<=": return followers <= value
        default: return followers == value
        }
    }
}
