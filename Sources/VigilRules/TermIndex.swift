/// Every word and phrase of every rule, compiled once (immutable, shared without copying): a mention's words are looked up in an
/// open-addressing table of word hashes, so matching costs one probe per word however many
/// terms the rules hold. Phrases match consecutive words; `word*` matches words starting with it.
final class TermIndex: Sendable {
    struct Entry: Sendable {
        /// Folded words of the phrase; for a prefix term, one word.
        var words: [[UInt8]]
        var hashes: [UInt64]
        var isPrefix: Bool
        var language: String?
        var display: String
        /// Text conditions that contain this term.
        var leaves: [Int32]
    }

    /// Open addressing on a word hash; entries sharing a hash are chained through `next`.
    struct Table: Sendable {
        var keys: [UInt64]
        var heads: [Int32]
        var mask: Int

        init(capacityFor count: Int) {
            var capacity = 8
            while capacity < count * 4 { capacity <<= 1 }
            keys = Array(repeating: 0, count: capacity)
            heads = Array(repeating: -1, count: capacity)
            mask = capacity - 1
        }

        mutating func insert(_ entry: Int, key: UInt64, next: inout [Int32]) {
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != key && keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            next[entry] = heads[slot]
            heads[slot] = Int32(entry)
        }

        func head(_ key: UInt64) -> Int32 {
            var slot = Int(truncatingIfNeeded: key) & mask
            while true {
                let existing = keys[slot]
                if existing == key { return heads[slot] }
                if existing == 0 { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }

    let entries: [Entry]
    private let exact: Table
    private let next: [Int32]
    private let prefixes: Table
    private let prefixNext: [Int32]
    private let hasPrefixTerms: Bool
    static let prefixLength = 3

    var isEmpty: Bool { entries.isEmpty }

    init(terms: [(term: Term, leaf: Int32)]) {
        var entries: [Entry] = []
        var byKey: [String: Int] = [:]
        for (term, leaf) in terms {
            var text = term.text.trimmingCharacters(in: .whitespaces)
            let isPrefix = text.hasSuffix("*")
            if isPrefix { text.removeLast() }
            let folded = FoldedText(text)
            let words = folded.tokens.map { Array(folded.bytes[Int($0.start)..<Int($0.end)]) }
            guard !words.isEmpty else { continue }
            let key = "\(term.language ?? "*")|\(isPrefix)|\(words.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " "))"
            if let index = byKey[key] {
                if !entries[index].leaves.contains(leaf) { entries[index].leaves.append(leaf) }
                continue
            }
            byKey[key] = entries.count
            entries.append(Entry(words: words, hashes: folded.tokens.map(\.hash), isPrefix: isPrefix && words.count == 1,
                                 language: term.language, display: term.text, leaves: [leaf]))
        }
        var next = Array(repeating: Int32(-1), count: entries.count)
        var prefixNext = next
        let exactEntries = entries.indices.filter { !entries[$0].isPrefix }
        let prefixEntries = entries.indices.filter { entries[$0].isPrefix }
        var exact = Table(capacityFor: exactEntries.count)
        var prefixes = Table(capacityFor: prefixEntries.count)
        for index in exactEntries { exact.insert(index, key: entries[index].hashes[0], next: &next) }
        for index in prefixEntries {
            prefixes.insert(index, key: FoldedText.hash(entries[index].words[0].prefix(Self.prefixLength)), next: &prefixNext)
        }
        self.entries = entries
        self.exact = exact
        self.next = next
        self.prefixes = prefixes
        self.prefixNext = prefixNext
        hasPrefixTerms = !prefixEntries.isEmpty
    }

    /// Calls `found` with each entry that occurs in `text` and suits its language (nil = unknown:
    /// every language's terms apply). An entry found twice is reported twice.
    func matches(in text: FoldedText, language: String?, _ found: (Int) -> Void) {
        let tokens = text.tokens
        let hasPrefixes = hasPrefixTerms
        text.bytes.withUnsafeBufferPointer { bytes in
            for (position, token) in tokens.enumerated() {
                var candidate = exact.head(token.hash)
                while candidate >= 0 {
                    let entry = entries[Int(candidate)]
                    if suits(entry, language), phrase(entry, at: position, tokens: tokens, bytes: bytes) { found(Int(candidate)) }
                    candidate = next[Int(candidate)]
                }
                guard hasPrefixes, token.end - token.start >= Int32(Self.prefixLength) else { continue }
                let start = Int(token.start)
                var candidatePrefix = prefixes.head(FoldedText.wordHash(bytes.baseAddress! + start, count: Self.prefixLength))
                while candidatePrefix >= 0 {
                    let entry = entries[Int(candidatePrefix)]
                    let word = entry.words[0]
                    if suits(entry, language), Int(token.end) - start >= word.count,
                       word.withUnsafeBufferPointer({ w in (0..<w.count).allSatisfy { bytes[start + $0] == w[$0] } }) {
                        found(Int(candidatePrefix))
                    }
                    candidatePrefix = prefixNext[Int(candidatePrefix)]
                }
            }
        }
    }

    private func suits(_ entry: Entry, _ language: String?) -> Bool {
        guard let required = entry.language, let language else { return true }
        return required == language
    }

    /// The phrase's words equal the text's words from `position` on (bytes compared, not just hashes).
    private func phrase(_ entry: Entry, at position: Int, tokens: ArraySlice<FoldedText.Token>, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard position + entry.words.count <= tokens.count else { return false }
        for (offset, word) in entry.words.enumerated() {
            let token = tokens[position + offset]
            guard token.hash == entry.hashes[offset], Int(token.end - token.start) == word.count else { return false }
            let start = Int(token.start)
            for k in 0..<word.count where bytes[start + k] != word[k] { return false }
        }
        return true
    }
}
