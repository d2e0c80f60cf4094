/// Every word and phrase of every rule, compiled once: a mention's words are looked up in an
/// open-addressing table of word hashes, so matching costs one probe per word however many
/// terms the rules hold. Phrases match consecutive words; `word*` matches words starting with it.
struct TermIndex: Sendable {
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

    private(set) var entries: [Entry] = []
    private var keys: [UInt64] = []
    private var heads: [Int32] = []
    /// Entries sharing a first-word hash, chained.
    private var next: [Int32] = []
    private var mask = 0
    private var prefixKeys: [UInt64] = []
    private var prefixHeads: [Int32] = []
    private var prefixNext: [Int32] = []
    private var prefixMask = 0
    private var hasPrefixTerms = false
    static let prefixLength = 3

    var isEmpty: Bool { entries.isEmpty }

    init(terms: [(term: Term, leaf: Int32)]) {
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
        next = Array(repeating: -1, count: entries.count)
        prefixNext = Array(repeating: -1, count: entries.count)
        let exact = entries.indices.filter { !entries[$0].isPrefix }
        let prefixed = entries.indices.filter { entries[$0].isPrefix }
        (keys, heads, mask) = Self.table(capacityFor: exact.count)
        (prefixKeys, prefixHeads, prefixMask) = Self.table(capacityFor: prefixed.count)
        for index in exact { insert(index, key: entries[index].hashes[0], prefix: false) }
        hasPrefixTerms = !prefixed.isEmpty
        for index in prefixed {
            let word = entries[index].words[0]
            insert(index, key: FoldedText.hash(word.prefix(Self.prefixLength)), prefix: true)
        }
    }

    private static func table(capacityFor count: Int) -> ([UInt64], [Int32], Int) {
        var capacity = 8
        while capacity < count * 4 { capacity <<= 1 }
        return (Array(repeating: 0, count: capacity), Array(repeating: -1, count: capacity), capacity - 1)
    }

    private mutating func insert(_ entry: Int, key: UInt64, prefix: Bool) {
        var slot = Int(truncatingIfNeeded: key) & (prefix ? prefixMask : mask)
        while true {
            let existing = prefix ? prefixKeys[slot] : keys[slot]
            if existing == key || existing == 0 { break }
            slot = (slot + 1) & (prefix ? prefixMask : mask)
        }
        if prefix {
            prefixKeys[slot] = key
            prefixNext[entry] = prefixHeads[slot]
            prefixHeads[slot] = Int32(entry)
        } else {
            keys[slot] = key
            next[entry] = heads[slot]
            heads[slot] = Int32(entry)
        }
    }

    private func head(_ key: UInt64) -> Int32 {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let existing = keys[slot]
            if existing == key { return heads[slot] }
            if existing == 0 { return -1 }
            slot = (slot + 1) & mask
        }
    }

    private func prefixHead(_ key: UInt64) -> Int32 {
        var slot = Int(truncatingIfNeeded: key) & prefixMask
        while true {
            let existing = prefixKeys[slot]
            if existing == key { return prefixHeads[slot] }
            if existing == 0 { return -1 }
            slot = (slot + 1) & prefixMask
        }
    }

    /// Calls `found` with each entry that occurs in `text` and suits its language (nil = unknown:
    /// every language's terms apply). An entry found twice is reported twice.
    func matches(in text: FoldedText, language: String?, _ found: (Int) -> Void) {
        let tokens = text.tokens
        let hasPrefixes = hasPrefixTerms
        text.bytes.withUnsafeBufferPointer { bytes in
            for (position, token) in tokens.enumerated() {
                var candidate = head(token.hash)
                while candidate >= 0 {
                    let entry = entries[Int(candidate)]
                    if suits(entry, language), phrase(entry, at: position, tokens: tokens, bytes: bytes) { found(Int(candidate)) }
                    candidate = next[Int(candidate)]
                }
                guard hasPrefixes, token.end - token.start >= Int32(Self.prefixLength) else { continue }
                let start = Int(token.start)
                var candidatePrefix = prefixHead(FoldedText.hash(UnsafeBufferPointer(rebasing: bytes[start..<start + Self.prefixLength])))
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
