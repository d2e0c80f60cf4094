import VigilCore

/// A first look at a post's bytes that says when the detectors cannot find anything, so most
/// posts (clean ones) skip them: the detectors cost tens of microseconds a post, this well
/// under one.
///
/// It is conservative by construction: it answers "may flag" whenever one of the detectors'
/// necessary conditions holds. Words are folded as `ModerationText` folds them (lower case,
/// accents off, leetspeak read as letters, letters repeated for emphasis cut to one or two)
/// and looked up by hash among every word a detector looks for (swear words, insults, the
/// rarest word of each threat and scam phrase, link and contact words); an order or street
/// word counts only near a number. Words spelt out letter by letter, an e-mail's `@`, a long
/// run of digits, a domain's dot and money shouted answer "may flag" outright.
final class ModerationPrefilter: Sendable {
    static let shared = ModerationPrefilter()

    /// Why a post was passed on (for measuring the prefilter).
    enum Reason: String, Sendable {
        case word = "swear word", link = "two links or a contact word",
             /// One link and nothing else: only a look-alike of the brand's domain can make it spam.
             singleLink = "one link", insult = "insult after you/is", phrase = "words of a scam or threat phrase", nearNumber = "order or street word near a number", spelledOut = "word spelt out", email = "e-mail",
             digits = "long number", money = "money shouted", domain = "domain", tooLong = "word too long"
    }

    /// Hashes of the swear words (profanity: looked for only when it is asked for).
    private let swearWords: HashSet
    /// Words that start a link ("http", "https", "www") and contact words ("whatsapp").
    private let linkWords: HashSet
    private let contactWords: HashSet
    /// Swear words of one language that are everyday words in another ("con", "bitte"): they
    /// count only in a post of their own language.
    private let ownLanguageOnly: [String: HashSet]
    /// Insults count after a word that aims them ("you are", "eres", "ces"…), within five words.
    private let insults: HashSet
    private let aimers: HashSet
    /// Insults that count wherever they stand.
    private let standaloneInsults: HashSet
    /// Words of violence, and the words that announce it (see `ThreatPattern`).
    private let violence: HashSet
    private let intent: HashSet
    /// Phrases (scams, threats) by their two rarest words: both must be in the post. Bit k of
    /// `first`/`second` is phrase k's first or second word (up to 1,024 phrases).
    private let phraseWords: [UInt64: (first: PhraseBits, second: PhraseBits)]
    /// The same words' hashes, for a quick "no" (most words are in no phrase).
    private let phraseWordSet: HashSet
    /// Words that matter only near a number (orders, street names).
    private let nearNumber: HashSet
    /// Top-level domains of bare links, hashed.
    private let topLevels: HashSet

    init() {
        func hashed(_ words: some Sequence<String>) -> [UInt64] { words.map { Self.hash(Array($0.utf8)) } }
        var words = Set<String>()
        var ownLanguage: [String: [String]] = [:]
        for (language, list) in AbuseDetector.profanity {
            for word in list {
                if AbuseDetector.everydayElsewhere.contains(word) { ownLanguage[language, default: []].append(word) } else { words.insert(word) }
            }
        }
        swearWords = HashSet(hashed(words))
        linkWords = HashSet(hashed(["http", "https", "www"]))
        contactWords = HashSet(hashed(["whatsapp", "telegram"]))
        ownLanguageOnly = ownLanguage.mapValues { HashSet(hashed($0)) }
        insults = HashSet(hashed(AbuseDetector.insults.union(AbuseDetector.personInsults)))
        standaloneInsults = HashSet(hashed(AbuseDetector.standaloneInsults))
        violence = HashSet(hashed(ThreatPattern.violence))
        intent = HashSet(hashed(ThreatPattern.intent))
        aimers = HashSet(hashed(AbuseDetector.aimers.union(AbuseDetector.pointers)))
        // Every word of a phrase is in a post that holds it: its two rarest are looked for.
        let phrases = AbuseDetector.threats + SpamDetector.phraseWords.values.flatMap { $0.map(\.words) }
        var table: [UInt64: (first: PhraseBits, second: PhraseBits)] = [:]
        for (index, phrase) in phrases.enumerated() {
            let ranked = phrase.sorted { a, b in
                let commonA = Self.commonWords.contains(a), commonB = Self.commonWords.contains(b)
                return commonA != commonB ? !commonA : a.count > b.count
            }
            precondition(index < PhraseBits.capacity, "more than \(PhraseBits.capacity) phrases: widen PhraseBits")
            var bit = PhraseBits()
            bit.set(index)
            let first = Self.hash(Array(ranked[0].utf8)), second = Self.hash(Array((ranked.count > 1 ? ranked[1] : ranked[0]).utf8))
            let none = PhraseBits()
            var entry = table[first] ?? (none, none)
            entry.first |= bit
            table[first] = entry
            entry = table[second] ?? (none, none)
            entry.second |= bit
            table[second] = entry
        }
        phraseWords = table
        phraseWordSet = HashSet(Array(table.keys))
        nearNumber = HashSet(PersonalDataDetector.orderWords.union(PersonalDataDetector.streetWords).map { Self.hash(Array($0.utf8)) })
        topLevels = HashSet(SpamDetector.bareTopLevels.map { Self.hash(Array($0.utf8)) })
    }

    /// Words too common to stand for a phrase ("you", "will", "have", "de"…).
    static let commonWords: Set<String> = Set("""
    you your i me my we us it is are be have has will going to the a an of in on at for with where know find live house \
    yo tu te me mi de la el en a y que se donde vas voy ich du dich mir mein wo der die das und ein bist wirst mach \
    je tu te moi mon de la le les et ou vais sais habites
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init))

    static let offset = FNV1a.offset64
    @inline(__always) static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 { FNV1a.step(hash, byte) }
    static func hash(_ bytes: some Collection<UInt8>) -> UInt64 { FNV1a.hash64(bytes) }

    /// Whether the detectors might find something in `text` (false: they certainly find nothing).
    /// `profanity: false`: swearing alone does not matter (the rules ask only about abuse aimed
    /// at people, threats, spam and personal data), so a swear word is no reason to look.
    func mayFlag(_ text: String, language: String? = nil, profanity: Bool = true) -> Bool {
        reason(text, language: language, profanity: profanity) != nil
    }

    func reason(_ text: String, language: String? = nil, profanity: Bool = true) -> Reason? {
        var text = text
        let own = profanity ? language.flatMap { ownLanguageOnly[$0] } : nil
        return text.withUTF8 { scan($0, ownLanguage: own, profanity: profanity) }
    }

    /// One word as it is read: its hashes folded three ways (as written, letters repeated three
    /// times or more cut to one, and to two: `squeezed`), each for the plain and the leetspeak
    /// reading (`unleet`, used when the word has letters and a leet character).
    private struct Word {
        var plain = Folded(), leet = Folded()
        var count = 0
        var letters = 0
        var hasLeet = false
        var hasDigit = false
        var foreign = false
        /// Trailing "!" and "|": punctuation at a word's end, leet inside it.
        var pendingBangs = 0
        /// The last folded bytes (for German street suffixes), newest in the low byte.
        var tail: UInt64 = 0

        mutating func add(_ byte: UInt8, leetAs mapped: UInt8) {
            plain.add(byte)
            leet.add(mapped)
            count += 1
            tail = tail << 8 | UInt64(mapped)
        }

        mutating func flushBangs() {
            while pendingBangs > 0 {
                add(UInt8(ascii: "!"), leetAs: UInt8(ascii: "i"))
                hasLeet = true
                pendingBangs -= 1
            }
        }
    }

    private struct Folded {
        var whole = ModerationPrefilter.offset, one = ModerationPrefilter.offset, two = ModerationPrefilter.offset
        var last: UInt8 = 0
        var run = 0

        mutating func add(_ byte: UInt8) {
            run = byte == last ? run + 1 : 1
            last = byte
            whole = ModerationPrefilter.step(whole, byte)
            if run <= 1 { one = ModerationPrefilter.step(one, byte) }
            if run <= 2 { two = ModerationPrefilter.step(two, byte) }
        }
    }

    private static let suffixes: [(value: UInt64, length: Int)] = ["strasse", "str", "weg", "gasse", "allee", "platz", "ring", "damm"].map { suffix in
        (suffix.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }, suffix.utf8.count)
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, ownLanguage: HashSet?, profanity: Bool) -> Reason? {
        var word = Word()
        var wordIndex = 0
        var lastAimer = -100, lastIntent = -100
        var seenFirst = PhraseBits(), seenSecond = PhraseBits()
        var lastDigitWord = -100, lastNearNumberWord = -100
        var singleLetters = 0
        var digitRun = 0, separatorRun = 3
        var dollars = 0
        /// Inside a link (from "http"/"www" to the next space): its dots and digits are the link's.
        var inURL = false, links = 0
        /// A digit right after a letter or one of `#/:.,$` starts a token the phone scan skips
        /// whole ("status/1234567890", "abc123").
        var skippingToken = false
        var previous: UInt8 = 0x20
        var i = 0
        let n = bytes.count

        /// Ends the current word: the reason to look at the post, if it gives one.
        func close() -> Reason? {
            defer { word = Word() }
            guard word.count > 0 else { return nil }
            wordIndex += 1
            if word.letters == 1 && word.count == 1 {
                singleLetters += 1
                if singleLetters >= 4 { return .spelledOut }
            } else {
                singleLetters = 0
            }
            if word.hasDigit {
                lastDigitWord = wordIndex
                if wordIndex - lastNearNumberWord <= 6 { return .nearNumber }
            }
            // Numbers are never looked up; a foreign letter makes a word no list has (all are Latin).
            guard !word.foreign, word.letters > 0 else { return nil }
            let folded = word.hasLeet ? word.leet : word.plain
            if contactWords.contains(folded.whole) { return .link }
            if linkWords.contains(folded.whole) && !inURL {
                links += 1
                inURL = true
                if links >= 2 { return .link }
            }
            if profanity, swearWords.contains(folded.whole) || swearWords.contains(folded.one) || swearWords.contains(folded.two) { return .word }
            if let own = ownLanguage, own.contains(folded.whole) || own.contains(folded.one) || own.contains(folded.two) { return .word }
            if wordIndex - lastAimer <= 5, insults.contains(folded.whole) || insults.contains(folded.one) || insults.contains(folded.two) { return .insult }
            if standaloneInsults.contains(folded.whole) { return .insult }
            // A word of violence matters only after someone announcing it (see `ThreatPattern`).
            if intent.contains(folded.whole) { lastIntent = wordIndex }
            if wordIndex - lastIntent <= 6, violence.contains(folded.whole) { return .phrase }
            if aimers.contains(folded.whole) { lastAimer = wordIndex }
            if phraseWordSet.contains(folded.whole), let bits = phraseWords[folded.whole] {
                seenFirst |= bits.first
                seenSecond |= bits.second
                if seenFirst.overlaps(seenSecond) { return .phrase }
            }
            var near = nearNumber.contains(folded.whole)
            if !near && word.count > 5 {
                // German street names end in -straße, -weg…: "Hauptstraße 12".
                for suffix in Self.suffixes where word.count > suffix.length + 2 {
                    let mask: UInt64 = suffix.length >= 8 ? .max : (1 << UInt64(suffix.length * 8)) - 1
                    if word.tail & mask == suffix.value { near = true; break }
                }
            }
            if near {
                lastNearNumberWord = wordIndex
                if wordIndex - lastDigitWord <= 6 { return .nearNumber }
            }
            return nil
        }

        while i < n {
            let byte = bytes[i]
            if byte < 0x80 {
                i += 1
                switch byte {
                case 0x41...0x5A, 0x61...0x7A:
                    previous = byte
                    word.flushBangs()
                    let lower = byte | 0x20
                    word.add(lower, leetAs: lower)
                    word.letters += 1
                    separatorRun = 3
                    dollars = 0
                    continue
                case 0x30...0x39:
                    if !skippingToken && separatorRun > 2 {
                        let p = previous | 0x20
                        skippingToken = (p >= 0x61 && p <= 0x7A) || previous == UInt8(ascii: "#") || previous == UInt8(ascii: "/") || previous == UInt8(ascii: ":")
                            || previous == UInt8(ascii: ".") || previous == UInt8(ascii: ",") || previous == UInt8(ascii: "$")
                    }
                    previous = byte
                    word.flushBangs()
                    let mapped: UInt8
                    switch byte {
                    case UInt8(ascii: "0"): mapped = UInt8(ascii: "o")
                    case UInt8(ascii: "1"): mapped = UInt8(ascii: "i")
                    case UInt8(ascii: "3"): mapped = UInt8(ascii: "e")
                    case UInt8(ascii: "4"): mapped = UInt8(ascii: "a")
                    case UInt8(ascii: "5"): mapped = UInt8(ascii: "s")
                    case UInt8(ascii: "7"): mapped = UInt8(ascii: "t")
                    default: mapped = byte
                    }
                    if mapped != byte { word.hasLeet = true }
                    word.add(byte, leetAs: mapped)
                    word.hasDigit = true
                    dollars = 0
                    if skippingToken { continue }
                    if separatorRun <= 2 { digitRun += 1 } else { digitRun = 1 }
                    separatorRun = 0
                    if digitRun >= 8 { return .digits }  // a phone, card or account number
                    continue
                case UInt8(ascii: "$"):
                    previous = byte
                    skippingToken = false
                    dollars += 1
                    if dollars >= 3 { return .money }
                    word.flushBangs()
                    word.add(byte, leetAs: UInt8(ascii: "s"))
                    word.hasLeet = true
                    separatorRun = 3
                    continue
                case UInt8(ascii: "@"):
                    // After a letter or digit: an e-mail address. At a word's start: a handle.
                    if word.count > 0 { return .email }
                    previous = byte
                    skippingToken = false
                    word.add(byte, leetAs: UInt8(ascii: "a"))
                    word.hasLeet = true
                    separatorRun = 3
                    dollars = 0
                    continue
                case UInt8(ascii: "!"), UInt8(ascii: "|"):
                    dollars = 0
                    previous = byte
                    skippingToken = false
                    if word.count > 0 {
                        // Held until a letter follows ("sh!t"); dropped at the word's end ("idiot!").
                        word.pendingBangs += 1
                        separatorRun = 3
                        continue
                    }
                case UInt8(ascii: "."):
                    // A domain: "kettlebird-help.xyz", "bit.ly/…" (not the dots of a link's own host).
                    if !inURL, word.count > 0, i < n, (bytes[i] | 0x20) >= 0x61, (bytes[i] | 0x20) <= 0x7A {
                        var end = i, hash = Self.offset
                        while end < n, (bytes[end] | 0x20) >= 0x61, (bytes[end] | 0x20) <= 0x7A, end - i < 12 {
                            hash = Self.step(hash, bytes[end] | 0x20)
                            end += 1
                        }
                        if topLevels.contains(hash) || (end < n && bytes[end] == UInt8(ascii: "/")) { return .domain }
                    }
                default:
                    break
                }
                // A separator.
                previous = byte
                if !(byte >= 0x30 && byte <= 0x39) { skippingToken = false }
                if let reason = close() { return reason }
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { inURL = false }
                if byte != UInt8(ascii: "$") { dollars = 0 }
                let digitSeparator = byte == 0x20 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "(")
                    || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "+")
                separatorRun = digitSeparator ? separatorRun + 1 : 3
                continue
            }
            // A multi-byte scalar.
            var scalar: UInt32
            let length: Int
            if byte >= 0xF0 { scalar = UInt32(byte & 0x07); length = 4 } else if byte >= 0xE0 { scalar = UInt32(byte & 0x0F); length = 3 } else { scalar = UInt32(byte & 0x1F); length = 2 }
            guard i + length <= n else { return .tooLong }
            for k in 1..<length { scalar = scalar << 6 | UInt32(bytes[i + k] & 0x3F) }
            // Money shouted with emoji: 💰💰.
            if scalar == 0x1F4B0, i + 8 <= n, bytes[i + 4] == 0xF0, bytes[i + 5] == 0x9F, bytes[i + 6] == 0x92, bytes[i + 7] == 0xB0 { return .money }
            i += length
            separatorRun = 3
            dollars = 0
            // What the phone scan sees before a digit: a letter, "€" or "£" (skip), or else a break.
            previous = scalar == 0x20AC || scalar == 0xA3 ? UInt8(ascii: "$") : 0x20
            if scalar == 0x20AC {  // "€": a leet "e" inside a word; three in a row is money shouted
                skippingToken = false
                if i + 6 <= n, bytes[i] == 0xE2, bytes[i + 1] == 0x82, bytes[i + 2] == 0xAC, bytes[i + 3] == 0xE2, bytes[i + 4] == 0x82, bytes[i + 5] == 0xAC { return .money }
                word.flushBangs()
                word.plain.add(0xE2); word.plain.add(0x82); word.plain.add(0xAC)
                word.leet.add(UInt8(ascii: "e"))
                word.count += 1
                word.hasLeet = true
                continue
            }
            if scalar >= 0xC0, scalar < 0x180, let plain = Self.plainLetters[Int(scalar - 0xC0)] {
                previous = UInt8(ascii: "a")
                word.flushBangs()
                for b in plain { word.add(b, leetAs: b) }
                word.letters += 1
                continue
            }
            if let s = Unicode.Scalar(scalar), s.properties.isAlphabetic {
                previous = UInt8(ascii: "a")
                word.flushBangs()
                word.foreign = true
                word.letters += 1
                word.count += 1
                continue
            }
            skippingToken = false
            if let reason = close() { return reason }
        }
        if let reason = close() { return reason }
        return links == 1 ? .singleLink : nil
    }

    /// The plain letters of accented Latin letters from U+00C0 (`ModerationText.accents`).
    private static let plainLetters: [[UInt8]?] = (0xC0..<0x180).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)), let plain = ModerationText.accents[scalar] else { return nil }
        return Array(plain.utf8)
    }
}
