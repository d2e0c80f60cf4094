import Foundation

/// A post's words as the detectors compare them, whatever disguise they wear: lower case,
/// without accents (`Imbécil` → `imbecil`, `Scheiße` → `scheisse`), leetspeak undone in words
/// that have letters (`1d10t` → `idiot`, `$h1t` → `shit`; a plain number stays a number), and
/// words spelt out letter by letter joined (`i d i o t`, `i.d.i.o.t` → `idiot`). Letters
/// repeated for emphasis are undone where words are looked up (`squeezed`), not here, so that
/// "butt" and "ass" stay themselves. Word lists go through the same folding, so they meet.
/// Read scalar by scalar, without Foundation's folding (a post costs a few microseconds).
struct ModerationText {
    /// The folded words, in order.
    let words: [String]
    /// Whether the text has a digit (numbers, phones, cards, orders and addresses need one).
    let hasDigit: Bool
    /// Whether each word stands between double quotation marks (someone else's words, quoted).
    let quoted: [Bool]

    init(_ text: String) {
        var tokens: [String] = []
        var inQuotes: [Bool] = []
        var current = String.UnicodeScalarView()
        var hasDigit = false
        var quoting = false, openedAt = 0
        func close() {
            // "!" and "|" stand for "i" only inside a word, not at its end ("idiot!").
            while current.count > 1, let last = current.last, last == "!" || last == "|" { current.removeLast() }
            if !current.isEmpty {
                tokens.append(Self.unleet(String(current)))
                inQuotes.append(quoting)
            }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if Self.quotationMarks.contains(value) {
                close()
                quoting.toggle()
                if quoting { openedAt = tokens.count }
                continue
            }
            if value < 0x80 {
                switch value {
                case 0x41...0x5A: current.append(Unicode.Scalar(value | 0x20)!)
                case 0x61...0x7A: current.append(scalar)
                case 0x30...0x39: current.append(scalar); hasDigit = true
                case 0x24, 0x40: current.append(scalar)  // $ @
                case 0x21, 0x7C: if !current.isEmpty { current.append(scalar) } else { close() }  // ! |
                case 0x2E, 0x2A, 0x2D:  // . * - inside a word spelt out ("i.d.i.o.t", "f*ck")
                    if current.count == 1 { tokens.append(String(current)); inQuotes.append(quoting); current = String.UnicodeScalarView() } else { close() }
                default: close()
                }
            } else if let plain = Self.accents[scalar] {
                current.append(contentsOf: plain.unicodeScalars)
            } else if scalar == "€" {
                current.append(scalar)
            } else if scalar.properties.isAlphabetic {
                if scalar.properties.changesWhenLowercased { current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars) } else { current.append(scalar) }
            } else {
                close()
            }
        }
        close()
        // A mark never closed quotes nothing (a stray ", or 12" for inches).
        if quoting { for k in openedAt..<inQuotes.count { inQuotes[k] = false } }
        (words, quoted) = Self.joinSpelledOut(tokens, inQuotes)
        self.hasDigit = hasDigit
    }

    /// " “ ” „ « »: marks that open or close a quotation (not apostrophes, which are in words).
    static let quotationMarks: Set<UInt32> = [0x22, 0x201C, 0x201D, 0x201E, 0xAB, 0xBB]

    /// Folds one word of a word list the way posts are folded.
    static func fold(_ word: String) -> String {
        ModerationText(word).words.joined()
    }

    static let leet: [Unicode.Scalar: Unicode.Scalar] = ["0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "|": "i", "€": "e"]

    /// The ASCII leet characters, and 0xE2 (the first byte of "€"), by byte.
    static let leetBytes: [Bool] = (0..<256).map { byte in "013457@$!|".utf8.contains(UInt8(byte)) || byte == 0xE2 }

    /// Leetspeak read as letters when the word has letters too.
    static func unleet(_ word: String) -> String {
        // Most words have no leet character at all: known from their bytes.
        guard word.utf8.contains(where: { leetBytes[Int($0)] }) else { return word }
        guard word.unicodeScalars.contains(where: { $0.properties.isAlphabetic }),
              word.unicodeScalars.contains(where: { leet[$0] != nil }) else { return word }
        return String(String.UnicodeScalarView(word.unicodeScalars.map { leet[$0] ?? $0 }))
    }

    /// The word with letters repeated three times or more cut to `keep` ("stuuupid" → "stupid"
    /// with 1, "fuuuuck" → "fuuck" with 2), nil when it has no such run.
    static func squeezed(_ word: String, keep: Int) -> String? {
        // Most words have no such run: found without building anything.
        var previous: Unicode.Scalar?
        var run = 0
        var longest = 0
        for scalar in word.unicodeScalars {
            run = scalar == previous ? run + 1 : 1
            previous = scalar
            longest = max(longest, run)
        }
        guard longest >= 3 else { return nil }
        var out = String.UnicodeScalarView()
        previous = nil
        run = 0
        for scalar in word.unicodeScalars {
            run = scalar == previous ? run + 1 : 1
            previous = scalar
            if run <= keep { out.append(scalar) }
        }
        return String(out)
    }

    /// Four or more one-letter words in a row are one word spelt out ("u r a" stays three words).
    static func joinSpelledOut(_ words: [String], _ quoted: [Bool]) -> (words: [String], quoted: [Bool]) {
        var joined: [String] = [], joinedQuoted: [Bool] = []
        var run: [String] = [], runQuoted = false
        func flush() {
            if run.count >= 4 {
                joined.append(run.joined())
                joinedQuoted.append(runQuoted)
            } else {
                joined.append(contentsOf: run)
                joinedQuoted.append(contentsOf: repeatElement(runQuoted, count: run.count))
            }
            run = []
        }
        for (word, isQuoted) in zip(words, quoted) {
            if word.unicodeScalars.count == 1 && word.unicodeScalars.first!.properties.isAlphabetic {
                if run.isEmpty { runQuoted = isQuoted }
                run.append(word)
            } else {
                flush()
                joined.append(word)
                joinedQuoted.append(isQuoted)
            }
        }
        flush()
        return (joined, joinedQuoted)
    }

    /// Accented Latin letters, small and capital, to plain ones.
    static let accents: [Unicode.Scalar: String] = {
        var map: [Unicode.Scalar: String] = [:]
        let pairs = ["àáâãäåā": "a", "çćč": "c", "èéêëēėę": "e", "ìíîïī": "i", "ñń": "n", "òóôõöøō": "o", "ùúûüū": "u", "ýÿ": "y", "ß": "ss", "œ": "oe", "æ": "ae", "šś": "s", "žźż": "z", "ł": "l", "đ": "d"]
        for (letters, plain) in pairs {
            for letter in letters.unicodeScalars {
                map[letter] = plain
                let capital = String(letter).uppercased().unicodeScalars
                if capital.count == 1, let single = capital.first, single != letter { map[single] = plain }
            }
        }
        return map
    }()
}
