import Foundation
import VigilCore

/// Terms (words and hashtags) that rose most in one period against the one before: how a
/// report finds "what people complained about this week" without a topic model. Words are read
/// from the UTF-8 bytes, folded to lower case, and counted once per mention; common words of
/// the four languages, numbers, links and @handles do not count.
enum TopicTerms {
    /// How many mentions of a kind the previous period needs to serve as the baseline.
    static let enoughForBaseline = 30

    struct Rising: Equatable {
        var term: String
        var count: Int
        var previous: Int
    }

    /// At most `limit` terms, most risen first: scored by how far this period's count stands
    /// above what the previous period's rate predicts, in units of its square root (so 40
    /// against 10 ranks above 4 against 1). A term must be in at least `minimum` mentions.
    static func rising(now: [UInt64: Entry], before: [UInt64: Entry], lengthRatio: Double, limit: Int = 10, minimum: Int = 3) -> [Rising] {
        var scored: [(Rising, Double)] = []
        for (key, entry) in now where entry.count >= minimum {
            let was = before[key]?.count ?? 0
            let expected = Double(was) * lengthRatio
            let score = (Double(entry.count) - expected) / (expected + 1).squareRoot()
            guard Double(entry.count) > expected * 1.2 else { continue }
            scored.append((Rising(term: entry.spelling, count: entry.count, previous: was), score))
        }
        scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.term < $1.0.term }
        return scored.prefix(limit).map(\.0)
    }

    struct Entry {
        var count: Int
        var spelling: String
        var lastSeen: Int
    }

    /// Which of the three counts a sentiment goes to: negative, positive, the rest.
    static func classIndex(_ label: SentimentLabel) -> Int {
        switch label {
        case .negative: 0
        case .positive: 1
        case .neutral, .unknown: 2
        }
    }

    /// Mentions per term for negative, positive and other mentions (see `classIndex`), reading
    /// each text once.
    static func countByClass(_ mentions: [Mention], sentiment: (Mention) -> SentimentLabel) -> [[UInt64: Entry]] {
        var classes: [[UInt64: Entry]] = [[:], [:], [:]]
        var word: [UInt8] = []
        word.reserveCapacity(64)
        for (index, mention) in mentions.enumerated() {
            count(mention, index: index, into: &classes[classIndex(sentiment(mention))], word: &word)
        }
        return classes
    }

    /// Counts summed over several tables.
    static func merged(_ tables: [[UInt64: Entry]]) -> [UInt64: Entry] {
        var sum = tables.first ?? [:]
        for table in tables.dropFirst() {
            for (key, entry) in table {
                sum[key, default: Entry(count: 0, spelling: entry.spelling, lastSeen: -1)].count += entry.count
            }
        }
        return sum
    }

    /// Adds one mention's terms (each once) to `counts`; `index` tells mentions apart.
    static func count(_ mention: Mention, index: Int, into counts: inout [UInt64: Entry], word: inout [UInt8]) {
        do {
            var text = mention.text
            text.withUTF8 { bytes in
                var position = 0
                while position < bytes.count {
                    let start = position
                    let first = bytes[position]
                    // A link or a handle: skip to the next space.
                    if first == UInt8(ascii: "@") || (first == UInt8(ascii: "h") && hasPrefix(bytes, position, "http")) {
                        while position < bytes.count && bytes[position] > 0x20 { position += 1 }
                        continue
                    }
                    let hashtag = first == UInt8(ascii: "#")
                    if hashtag { position += 1 }
                    word.removeAll(keepingCapacity: true)
                    if hashtag { word.append(first) }
                    var letters = 0
                    var digitsOnly = true
                    while position < bytes.count {
                        let byte = bytes[position]
                        // An emoji or other 4-byte character, a stray continuation byte, or the
                        // punctuation and symbols of U+2000–U+2FFF (… “ ” ☕ ★) end a word.
                        if byte >= 0xF0 || (byte >= 0x80 && byte < 0xC0) || byte == 0xE2 { break }
                        if byte < 0x80 {
                            let isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
                            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
                            guard isLetter || isDigit || (hashtag && byte == UInt8(ascii: "_")) else { break }
                            if isLetter { digitsOnly = false }
                            word.append(isLetter ? byte | 0x20 : byte)
                            letters += 1
                            position += 1
                        } else {
                            // Two- and three-byte letters (accents, ß); Latin-1 capitals folded to small.
                            let length = byte >= 0xE0 ? 3 : 2
                            guard position + length <= bytes.count else { position = bytes.count; break }
                            if length == 2 && byte == 0xC3 && (0x80...0x9E).contains(bytes[position + 1]) && bytes[position + 1] != 0x97 {
                                word.append(0xC3)
                                word.append(bytes[position + 1] + 0x20)
                            } else if length == 2 && byte == 0xC2 {
                                break  // ¿ ¡ « » and other Latin-1 punctuation
                            } else {
                                for offset in 0..<length { word.append(bytes[position + offset]) }
                            }
                            digitsOnly = false
                            letters += 1
                            position += length
                        }
                    }
                    if position == start {
                        // Not a word's first character: skip it whole, so the next word starts in step.
                        position += first < 0x80 ? 1 : first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1
                        continue
                    }
                    if hashtag ? letters >= 2 : (letters >= 4 && !digitsOnly && !Stopwords.contains(word)) {
                        let key = hash(word)
                        if let slot = counts.index(forKey: key) {
                            if counts.values[slot].lastSeen != index {
                                counts.values[slot].count += 1
                                counts.values[slot].lastSeen = index
                            }
                        } else {
                            counts[key] = Entry(count: 1, spelling: String(decoding: word, as: UTF8.self), lastSeen: index)
                        }
                    }
                }
            }
        }
    }

    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int, _ prefix: StaticString) -> Bool {
        guard at + prefix.utf8CodeUnitCount <= bytes.count else { return false }
        for offset in 0..<prefix.utf8CodeUnitCount where bytes[at + offset] != prefix.utf8Start[offset] { return false }
        return true
    }

    /// FNV-1a, 64 bits: collisions among a period's few hundred thousand terms are vanishingly rare.
    static func hash(_ bytes: [UInt8]) -> UInt64 { FNV1a.hash64(bytes) }
}

/// Common words of English, Spanish, German and French (four letters and more; shorter words
/// never count as terms), which say nothing about a topic.
enum Stopwords {
    static func contains(_ word: [UInt8]) -> Bool { set.contains(TopicTerms.hash(word)) }

    static let set: Set<UInt64> = Set(words.split(separator: " ").map { TopicTerms.hash(Array($0.utf8)) })

    static let words = """
    this that with have from they your what when will would there their them then than been were just like only also \
    into more some very much such here about after again because before being could does doing each other over same \
    should still these those through under until while which whom why who whose yours ours mine itself make made \
    know think want need really thanks thank please today tomorrow yesterday going even well back good great still \
    para pero como esta este esto estos estas está todo todos toda todas muy más mucho mucha hace hacer tiene tengo \
    tienen cuando donde porque desde hasta sobre entre también ahora gracias aunque algo nada solo sólo siempre nunca \
    otra otro otros vuestro nuestro ellos ellas usted ustedes será eres somos fueron había hemos puede pueden quiero \
    nicht aber auch eine einen einem einer eines sind habe haben hatte noch schon mein meine meinen dein deine sein \
    seine ihre ihren wird werden wurde kann können muss müssen sehr mehr immer wieder heute jetzt doch dann denn weil \
    wenn oder über nach beim gibt danke bitte euch eure unser unsere dies diese dieser diesem alle alles etwas nichts \
    pour dans avec mais plus sont tout tous toute toutes cette cela nous vous leur leurs très même fait faire avoir \
    suis sommes êtes était avait quand comme aussi encore toujours jamais rien merci depuis sans sous votre notre \
    elle elles ceux celle quoi donc alors après avant chez peut peuvent veux voulez entre comment \
    didn doesn wasn isn aren haven hasn shouldn couldn wouldn weren
    """
}
