/// One word of a text as VADER sees it (Python's `str.split()`, edge punctuation stripped),
/// described by what the rules need: no `String` per token on the scoring path. Sixteen bytes,
/// so a text's tokens fit in a small stack buffer.
struct Token {
    /// The word's bytes in the prepared text.
    var start: Int32
    var end: Int32
    /// Entry in the analyzer's `WordTable` for the lowercase word; -1 when it has none.
    var id: Int32
    private var flags: UInt8

    init(start: Int, end: Int, id: Int32, isUpper: Bool, isNegation: Bool, endsClause: Bool, isElision: Bool,
         isContrast: Bool, inMultiWord: Bool) {
        self.start = Int32(start)
        self.end = Int32(end)
        self.id = id
        flags = (isUpper ? 1 : 0) | (isNegation ? 2 : 0) | (endsClause ? 4 : 0) | (isElision ? 8 : 0)
            | (isContrast ? 16 : 0) | (inMultiWord ? 32 : 0)
    }

    var isUpper: Bool { flags & 1 != 0 }
    var isNegation: Bool { flags & 2 != 0 }
    /// The raw token ended with clause punctuation (only computed when the rules bound negation by clauses).
    var endsClause: Bool { flags & 4 != 0 }
    /// Part of a word split at an elision ("L’" and "arnaque" of "L’arnaque"): read with
    /// straight apostrophes, as the split word was.
    var isElision: Bool { flags & 8 != 0 }
    var isContrast: Bool { flags & 16 != 0 }
    /// Part of some multi-word special case or booster ("kiss of death").
    var inMultiWord: Bool { flags & 32 != 0 }
}

extension VADERAnalyzer {
    /// Splits `bytes` (the prepared text) into tokens, with the same boundaries, punctuation
    /// stripping, clause ends and French elision splits as the String-based reference steps
    /// (`tokens`, `clauseEnds`, elision splitting) it replaced. Returns the count written.
    func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: UnsafeMutableBufferPointer<Token>) -> Int {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { scratch in
            if let wordMemo, let count = wordMemo.withTableIfAvailable({ tokenize(bytes, into: tokens, scratch: scratch, memo: $0) }) {
                return count
            }
            return tokenize(bytes, into: tokens, scratch: scratch, memo: nil)
        }
    }

    private func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: UnsafeMutableBufferPointer<Token>,
                          scratch: UnsafeMutableBufferPointer<UInt8>, memo: WordMemo.Table?) -> Int {
        var count = 0
        // Swift and Python disagree on U+001C…U+001F; where they occur, clause ends come from
        // the String-based reference (which then gives up, as before).
        var referenceEnds: [Bool]?
        if rules.clauseBoundedNegation, bytes.contains(where: { $0 >= 0x1C && $0 <= 0x1F }) {
            var rawCount = 0
            Self.forEachRawToken(bytes) { _, _ in rawCount += 1 }
            referenceEnds = Self.clauseEnds(Self.stripWhitespace(String(decoding: bytes, as: UTF8.self)), count: rawCount)
        }
        var rawIndex = 0
        Self.forEachRawToken(bytes) { s, e in
            var endsClause = false
            if rules.clauseBoundedNegation {
                endsClause = referenceEnds.map { rawIndex < $0.count && $0[rawIndex] } ?? Self.endsWithClausePunctuation(bytes, s, e)
            }
            rawIndex += 1
            guard count < tokens.count else { return }  // cannot happen (see the capacity); memory safety first
            let (a, b) = stripPunctuationIfWord(bytes, s, e)
            if !rules.elisions.isEmpty, count + 1 < tokens.count, let split = elisionSplit(bytes, a, b) {
                tokens[count] = token(bytes, a, split, endsClause: false, elision: true, scratch: scratch, memo: nil)
                tokens[count + 1] = token(bytes, split, b, endsClause: endsClause, elision: true, scratch: scratch, memo: nil)
                count += 2
            } else {
                tokens[count] = token(bytes, a, b, endsClause: endsClause, elision: false, scratch: scratch, memo: memo)
                count += 1
            }
        }
        return count
    }

    /// The word without leading and trailing ASCII punctuation, unless that leaves two or fewer
    /// code points (then it was probably an emoticon such as ":)" and is kept whole).
    private func stripPunctuationIfWord(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> (Int, Int) {
        var a = s, b = e
        while a < b && Self.isASCIIPunctuation(bytes[a]) { a += 1 }
        while b > a && Self.isASCIIPunctuation(bytes[b - 1]) { b -= 1 }
        if a == s && b == e { return (s, e) }  // nothing stripped: the same either way
        var codePoints = 0
        for k in a..<b where bytes[k] & 0xC0 != 0x80 {
            codePoints += 1
            if codePoints > 2 { return (a, b) }
        }
        return (s, e)
    }

    private static func endsWithClausePunctuation(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        guard e > s else { return false }
        switch bytes[e - 1] {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"): return true
        case 0xA6: return e - s >= 3 && bytes[e - 3] == 0xE2 && bytes[e - 2] == 0x80  // …
        default: return false
        }
    }

    /// Where "l'arnaque" splits (also with a typographic apostrophe), if it does: an elision
    /// (ASCII letters and an apostrophe, any case) followed by at least two more code points.
    private func elisionSplit(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Int? {
        for elision in rules.elisions {
            var k = a
            var matched = true
            for letter in elision.utf8 {
                if letter == 0x27 {
                    if k < b && bytes[k] == 0x27 {
                        k += 1
                    } else if k + 2 < b && bytes[k] == 0xE2 && bytes[k + 1] == 0x80 && bytes[k + 2] == 0x99 {
                        k += 3
                    } else {
                        matched = false
                    }
                } else if k < b && (bytes[k] | 0x20) == letter {
                    k += 1
                } else {
                    matched = false
                }
                if !matched { break }
            }
            guard matched else { continue }
            var codePoints = 0
            for j in k..<b where bytes[j] & 0xC0 != 0x80 {
                codePoints += 1
                if codePoints == 2 { return k }
            }
        }
        return nil
    }

    /// `memo` only for words not split at an elision (those are read with straight apostrophes).
    private func token(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int, endsClause: Bool, elision: Bool,
                       scratch: UnsafeMutableBufferPointer<UInt8>, memo: WordMemo.Table?) -> Token {
        let word = UnsafeBufferPointer(rebasing: bytes[a..<b])
        let facts: WordMemo.Facts
        if let memo, let remembered = memo.facts(of: word) {
            facts = remembered
        } else {
            facts = wordFacts(word, elision: elision, scratch: scratch)
            memo?.remember(facts, of: word)
        }
        return Token(start: a, end: b, id: facts.id, isUpper: facts.isUpper, isNegation: facts.isNegation, endsClause: endsClause,
                     isElision: elision, isContrast: facts.isContrast, inMultiWord: facts.inMultiWord)
    }

    private func wordFacts(_ word: UnsafeBufferPointer<UInt8>, elision: Bool, scratch: UnsafeMutableBufferPointer<UInt8>) -> WordMemo.Facts {
        var id: Int32 = -1
        var isUpper = false
        var containsNT = false
        if let facts = elision ? Self.latinFactsStraightened(word, table: table, scratch: scratch) : Self.latinFacts(word, table: table, scratch: scratch) {
            (id, isUpper, containsNT) = facts
        } else {
            var text = String(decoding: word, as: UTF8.self)
            if elision { text = text.replacingOccurrences(of: "’", with: "'") }
            let lower = text.lowercased()
            id = table.id(lower)
            isUpper = Self.isUpper(text)
            containsNT = TokenFacts.containsNT(lower)
        }
        let entry = id >= 0 ? table.entries[Int(id)] : WordTable.Entry()
        return WordMemo.Facts(id: id, isUpper: isUpper, isNegation: entry.isNegation || containsNT,
                              isContrast: entry.isContrast, inMultiWord: entry.inMultiWord)
    }

    /// Lookup id, `isupper()` and whether the lowercase word contains "n't", straight from the
    /// bytes for words in ASCII and Latin-1 letters (English, Spanish, German, most French);
    /// nil for anything else, which goes through `String.lowercased()` and scalar properties.
    /// Same answers as that path: À–Þ (not ×) lowercase by +0x20 and are upper case; ß and
    /// à–ÿ (not ÷) are lower case; the few Latin-1 symbols allowed have no case.
    static func latinFacts(_ word: UnsafeBufferPointer<UInt8>, table: WordTable) -> (Int32, Bool, Bool)? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { latinFacts(word, table: table, scratch: $0) }
    }

    /// `latinFacts` of the word with typographic apostrophes read as straight ones (elisions).
    static func latinFactsStraightened(_ word: UnsafeBufferPointer<UInt8>, table: WordTable, scratch: UnsafeMutableBufferPointer<UInt8>) -> (Int32, Bool, Bool)? {
        guard word.count <= 64 else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { straight in
            var n = 0, k = 0
            while k < word.count {
                if word[k] == 0xE2 && k + 2 < word.count && word[k + 1] == 0x80 && word[k + 2] == 0x99 {
                    straight[n] = 0x27
                    k += 3
                } else {
                    straight[n] = word[k]
                    k += 1
                }
                n += 1
            }
            return latinFacts(UnsafeBufferPointer(rebasing: straight[0..<n]), table: table, scratch: scratch)
        }
    }

    /// The same, lowercasing into `lower` (at least 64 bytes; longer words take the String path).
    static func latinFacts(_ word: UnsafeBufferPointer<UInt8>, table: WordTable, scratch lower: UnsafeMutableBufferPointer<UInt8>) -> (Int32, Bool, Bool)? {
        guard word.count <= min(64, lower.count) else { return nil }
        do {
            var cased = false
            var lowercase = false
            var containsNT = false
            var a: UInt8 = 0, b: UInt8 = 0
            var hash = WordTable.hashSeed
            var k = 0
            while k < word.count {
                var byte = word[k]
                if byte < 0x80 {
                    if byte >= 0x41 && byte <= 0x5A {
                        cased = true
                        byte |= 0x20
                    } else if byte >= 0x61 && byte <= 0x7A {
                        lowercase = true
                    }
                    lower[k] = byte
                    hash = (hash ^ UInt64(byte)) &* WordTable.hashPrime
                    if a == UInt8(ascii: "n") && b == UInt8(ascii: "'") && byte == UInt8(ascii: "t") { containsNT = true }
                    a = b
                    b = byte
                    k += 1
                    continue
                }
                guard k + 1 < word.count else { return nil }
                var second = word[k + 1]
                if let width = Self.uncasedSymbolWidth(word, at: k) {
                    // Emoji and their modifiers: no case, the same in lower case.
                    for j in k..<(k + width) {
                        lower[j] = word[j]
                        hash = (hash ^ UInt64(word[j])) &* WordTable.hashPrime
                    }
                    a = word[k + width - 2]
                    b = word[k + width - 1]
                    k += width
                    continue
                }
                switch (byte, second) {
                case (0xC3, 0x80...0x9E) where second != 0x97:
                    cased = true
                    second += 0x20
                case (0xC3, 0x9F...0xBF) where second != 0xB7:
                    lowercase = true
                case (0xC5, 0x92):  // Œ
                    cased = true
                    second = 0x93
                case (0xC5, 0x93):  // œ
                    lowercase = true
                case (0xC3, 0x97), (0xC3, 0xB7), (0xC2, 0xA1), (0xC2, 0xBF), (0xC2, 0xAB), (0xC2, 0xBB), (0xC2, 0xB0), (0xC2, 0xA3), (0xC2, 0xA7):
                    break
                default:
                    return nil
                }
                lower[k] = byte
                lower[k + 1] = second
                hash = (hash ^ UInt64(byte)) &* WordTable.hashPrime
                hash = (hash ^ UInt64(second)) &* WordTable.hashPrime
                a = byte
                b = second
                k += 2
            }
            let id = table.id(UnsafeBufferPointer(rebasing: lower[0..<word.count]), hash: WordTable.fold(hash))
            return (id, cased && !lowercase, containsNT)
        }
    }

    /// The length of the scalar at `k` when it is one with no case that lowercases to itself:
    /// pictographs U+1F300–U+1FFFF, flags, U+2600–U+27BF, general punctuation (dashes, curly
    /// quotes, …, zero-width joiners), €, variation selectors; nil otherwise.
    @inline(__always)
    static func uncasedSymbolWidth(_ word: UnsafeBufferPointer<UInt8>, at k: Int) -> Int? {
        let lead = word[k]
        if lead == 0xF0, k + 3 < word.count, word[k + 1] == 0x9F,
           word[k + 2] >= 0x8C || (word[k + 2] == 0x87 && word[k + 3] >= 0xA6) {
            return 4  // U+1F300 and up, regional indicators (not the squared capital letters, which are cased)
        }
        guard lead == 0xE2 || lead == 0xEF, k + 2 < word.count else { return nil }
        let second = word[k + 1], third = word[k + 2]
        if lead == 0xE2 && second == 0x80 { return 3 }  // U+2000–U+203F: dashes, quotes, …
        if lead == 0xE2 && second == 0x82 && third == 0xAC { return 3 }  // €
        if lead == 0xE2 && second >= 0x98 && second <= 0x9E { return 3 }  // U+2600–U+27BF
        if lead == 0xEF && second == 0xB8 && third >= 0x80 && third <= 0x8F { return 3 }  // U+FE00–U+FE0F
        return nil
    }

    /// The token as text (for explanations).
    static func word(_ token: Token, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.end)]), as: UTF8.self)
        return token.isElision ? text.replacingOccurrences(of: "’", with: "'") : text
    }
}
