/// A first look at a post's bytes that says when the detectors cannot find anything, so most
/// posts (clean ones) skip them: the detectors cost microseconds a post, this a fraction.
///
/// It is conservative by construction: it answers "may flag" whenever one of the detectors'
/// necessary conditions holds. Words are folded as `ModerationText` folds them (lower case,
/// accents off, leetspeak read as letters) and looked up by hash among every word a detector
/// looks for (swear words, insults, the rarest word of each threat and scam phrase, link and
/// contact words, order and street words); disguises the hash cannot follow (letters repeated
/// for emphasis, words spelt out letter by letter) answer "may flag" outright, as do an e-mail's
/// `@`, a long run of digits, a domain's dot and money shouted.
struct ModerationPrefilter: Sendable {
    static let shared = ModerationPrefilter()

    /// Hashes of the folded words whose presence may make a finding.
    private let triggers: Set<UInt64>
    /// Words that matter only with a digit in the post (orders, street names).
    private let withDigit: Set<UInt64>
    /// Top-level domains of bare links, hashed.
    private let topLevels: Set<UInt64>

    init() {
        var words = Set<String>()
        for list in AbuseDetector.profanity.values { words.formUnion(list) }
        words.formUnion(AbuseDetector.insults)
        words.formUnion(AbuseDetector.personInsults)
        // Every word of a phrase is in a post that holds it: the longest is the rarest.
        for threat in AbuseDetector.threats { if let word = threat.max(by: { $0.count < $1.count }) { words.insert(word) } }
        for phrases in SpamDetector.phraseWords.values {
            for phrase in phrases { if let word = phrase.words.max(by: { $0.count < $1.count }) { words.insert(word) } }
        }
        words.formUnion(["http", "https", "www", "whatsapp", "telegram"])
        triggers = Set(words.map { Self.hash(Array($0.utf8)) })
        withDigit = Set((PersonalDataDetector.orderWords.union(PersonalDataDetector.streetWords)).map { Self.hash(Array($0.utf8)) })
        topLevels = Set(SpamDetector.bareTopLevels.map { Self.hash(Array($0.utf8)) })
    }

    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// Whether the detectors might find something in `text` (false: they certainly find nothing).
    func mayFlag(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { mayFlag(bytes: $0) }
    }

    private struct Word {
        var bytes: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var letters = 0
        var leet = false
        var foreign = false
        var run = 0
        /// The longest run of one byte (letters repeated for emphasis: "stuuupid").
        var longestRun = 0
        var last: UInt8 = 0

        static let capacity = 64

        /// False when the word is too long to follow.
        mutating func append(_ byte: UInt8) -> Bool {
            guard count < Self.capacity else { return false }
            withUnsafeMutableBytes(of: &bytes) { $0[count] = byte }
            count += 1
            run = byte == last ? run + 1 : 1
            longestRun = max(longestRun, run)
            last = byte
            return true
        }

        func withBytes<T>(_ body: (UnsafeRawBufferPointer) -> T) -> T {
            withUnsafeBytes(of: bytes) { body(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        }
    }

    // swiftlint:disable:next cyclomatic_complexity
    func mayFlag(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var word = Word()
        var singleLetters = 0
        var hasDigit = false
        var needsDigit = false
        var digitRun = 0, separatorRun = 0
        var dollars = 0
        var i = 0
        let n = bytes.count

        /// Ends the current word; true when it may be flagged.
        func close() -> Bool {
            defer { word = Word() }
            // "!" and "|" at a word's end are punctuation ("idiot!").
            while word.count > 1, word.last == UInt8(ascii: "!") || word.last == UInt8(ascii: "|") {
                word.count -= 1
                word.last = word.count > 0 ? word.withBytes { $0[word.count - 1] } : 0
            }
            guard word.count > 0 else { return false }
            if word.letters == 1 && word.count == 1 { singleLetters += 1; if singleLetters >= 4 { return true } } else { singleLetters = 0 }
            // Numbers are never looked up; a foreign letter makes a word no list has (all are Latin).
            if word.foreign || word.letters == 0 { return false }
            if word.longestRun >= 3 { return true }  // emphasis undone at lookup: follow it there
            var folded = word
            if word.leet && word.letters > 0 {
                // Leetspeak read as letters, as `ModerationText.unleet` does.
                for index in 0..<folded.count {
                    let byte = folded.withBytes { $0[index] }
                    let plain: UInt8
                    switch byte {
                    case UInt8(ascii: "0"): plain = UInt8(ascii: "o")
                    case UInt8(ascii: "1"), UInt8(ascii: "!"), UInt8(ascii: "|"): plain = UInt8(ascii: "i")
                    case UInt8(ascii: "3"), 0x80: plain = UInt8(ascii: "e")  // 0x80 stands for "€"
                    case UInt8(ascii: "4"), UInt8(ascii: "@"): plain = UInt8(ascii: "a")
                    case UInt8(ascii: "5"), UInt8(ascii: "$"): plain = UInt8(ascii: "s")
                    case UInt8(ascii: "7"): plain = UInt8(ascii: "t")
                    default: plain = byte
                    }
                    withUnsafeMutableBytes(of: &folded.bytes) { $0[index] = plain }
                }
            } else if word.withBytes({ $0.contains(0x80) }) {
                return true  // "€" in a word without letters: not a word any list has, but be sure
            }
            let hash = folded.withBytes { Self.hash($0) }
            if triggers.contains(hash) { return true }
            if withDigit.contains(hash) { needsDigit = true }
            // German street names end in -straße, -weg…: "Hauptstraße 12".
            if folded.count > 5 {
                let suffixes: [[UInt8]] = [Array("strasse".utf8), Array("str".utf8), Array("weg".utf8), Array("gasse".utf8), Array("allee".utf8),
                                           Array("platz".utf8), Array("ring".utf8), Array("damm".utf8)]
                if folded.withBytes({ b in suffixes.contains { s in b.count > s.count + 2 && b.suffix(s.count).elementsEqual(s) } }) { needsDigit = true }
            }
            return false
        }

        while i < n {
            let byte = bytes[i]
            if byte < 0x80 {
                i += 1
                var isSeparator = false
                switch byte {
                case 0x41...0x5A, 0x61...0x7A:
                    if !word.append(byte | 0x20) { return true }
                    word.letters += 1
                    separatorRun = 3
                case 0x30...0x39:
                    hasDigit = true
                    if !word.append(byte) { return true }
                    word.leet = word.leet || byte == 0x30 || byte == 0x31 || byte == 0x33 || byte == 0x34 || byte == 0x35 || byte == 0x37
                    if separatorRun <= 2 { digitRun += 1 } else { digitRun = 1 }
                    separatorRun = 0
                    if digitRun >= 8 { return true }  // a phone, card or account number
                case UInt8(ascii: "$"):
                    separatorRun = 3
                    dollars += 1
                    if dollars >= 3 { return true }
                    if !word.append(byte) { return true }
                    word.leet = true
                case UInt8(ascii: "@"):
                    // After a letter or digit: an e-mail address. At a word's start: a handle.
                    if word.count > 0 { return true }
                    separatorRun = 3
                    _ = word.append(byte)
                    word.leet = true
                case UInt8(ascii: "!"), UInt8(ascii: "|"):
                    if word.count > 0 { if !word.append(byte) { return true }; word.leet = true } else { isSeparator = true }
                case UInt8(ascii: "."):
                    // A domain: "kettlebird-help.xyz", "bit.ly/…".
                    if word.count > 0, i < n, (bytes[i] | 0x20) >= 0x61, (bytes[i] | 0x20) <= 0x7A {
                        var end = i
                        while end < n, (bytes[end] | 0x20) >= 0x61, (bytes[end] | 0x20) <= 0x7A, end - i < 12 { end += 1 }
                        var lowered: [UInt8] = []
                        for b in bytes[i..<end] { lowered.append(b | 0x20) }
                        if topLevels.contains(Self.hash(lowered)) || (end < n && bytes[end] == UInt8(ascii: "/")) { return true }
                    }
                    isSeparator = true
                default:
                    isSeparator = true
                }
                if isSeparator {
                    if close() { return true }
                    let digitSeparator = byte == 0x20 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "(")
                        || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "+")
                    if digitSeparator { separatorRun += 1 } else { separatorRun = 3 }
                }
                if byte != UInt8(ascii: "$") { dollars = 0 }
                continue
            }
            // A multi-byte scalar.
            var scalar: UInt32
            var length: Int
            if byte >= 0xF0 { scalar = UInt32(byte & 0x07); length = 4 } else if byte >= 0xE0 { scalar = UInt32(byte & 0x0F); length = 3 } else { scalar = UInt32(byte & 0x1F); length = 2 }
            guard i + length <= n else { return true }
            for k in 1..<length { scalar = scalar << 6 | UInt32(bytes[i + k] & 0x3F) }
            // Money shouted with emoji: 💰💰.
            if scalar == 0x1F4B0, i + 8 <= n, bytes[i + 4] == 0xF0, bytes[i + 5] == 0x9F, bytes[i + 6] == 0x92, bytes[i + 7] == 0xB0 { return true }
            i += length
            separatorRun = 3
            dollars = 0
            if scalar == 0x20AC {  // "€": a leet "e" inside a word; three in a row is money shouted
                if i + 6 <= n, bytes[i] == 0xE2, bytes[i + 1] == 0x82, bytes[i + 2] == 0xAC, bytes[i + 3] == 0xE2, bytes[i + 4] == 0x82, bytes[i + 5] == 0xAC { return true }
                if !word.append(0x80) { return true }
                word.leet = true
                continue
            }
            if let plain = Self.plain(scalar) {
                for b in plain { if !word.append(b) { return true } }
                word.letters += 1
                continue
            }
            if let s = Unicode.Scalar(scalar), s.properties.isAlphabetic {
                word.foreign = true
                word.letters += 1
                _ = word.append(0xFF)
                continue
            }
            if close() { return true }
        }
        if close() { return true }
        return needsDigit && hasDigit
    }

    /// The plain letters of an accented Latin letter (`ModerationText.accents`), nil otherwise.
    static func plain(_ scalar: UInt32) -> [UInt8]? {
        guard scalar >= 0xC0, scalar < 0x180 else { return nil }
        return plainLetters[Int(scalar - 0xC0)]
    }

    private static let plainLetters: [[UInt8]?] = (0xC0..<0x180).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)), let plain = ModerationText.accents[scalar] else { return nil }
        return Array(plain.utf8)
    }
}
