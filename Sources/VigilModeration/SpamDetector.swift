import Foundation

/// Finds spam and scams by their marks, each worth points, a post with 2 or more being spam:
/// several links (1 each after the first), scam phrases (`strongPhrases`: "check my profile",
/// giveaways, easy money, in the four languages: 2; `weakPhrases` that customers use too, "DM
/// me", "link in bio", "bitcoin": 1; at most 2 from phrases), a link to a domain that
/// borrows the brand's name without being the brand's (phishing: 2), contact bait (a WhatsApp or
/// Telegram handle: 1), shouting money ("$$$", "€€€": 1). Copies of one text from many accounts
/// are the rules' `campaign` (group by text); this looks at one post.
struct SpamDetector {
    struct Finding: Equatable {
        var points: Int
        var reason: String
    }

    /// The brand's names (folded) and its own domains, for look-alike links.
    var brandNames: [String] = []
    var officialDomains: [String] = []

    /// Scam phrases, worth 2 points: spam by themselves.
    static let strongPhrases: [String] = """
    check my profile|check my bio|visit my profile|follow for follow|free giveaway|giveaway winner|you have won a|you have won an|you ve won a|you ve won an|you have been selected|claim your prize|claim your reward|airdrop|guaranteed profit|double your money|earn money from home|make money online|passive income|investment opportunity|onlyfans
    mira mi perfil|revisa mi perfil|sorteo gratis|has ganado un|has ganado una|reclama tu premio|gana dinero|dinero facil|dinero fácil|ingresos pasivos|inversion garantizada|inversión garantizada
    schau auf mein profil|gewinnspiel gewonnen|du hast gewonnen|fordere deinen preis|geld verdienen|schnelles geld|passives einkommen|garantierter gewinn
    regarde mon profil|vous avez gagné un|vous avez gagné une|tu as gagné un|tu as gagné une|réclame ton cadeau|gagnez de l'argent|gagner de l'argent|argent facile|revenu passif|profit garanti
    """.split(whereSeparator: { $0 == "|" || $0 == "\n" }).map { $0.lowercased() }

    /// Phrases that customers and brands use too ("please DM me", "link in bio", a joke about
    /// bitcoin), worth 1 point: spam only with another mark.
    static let weakPhrases: [String] = """
    dm me|dm us|message me|inbox me|link in bio|link in my bio|click the link|click here|follow me back|crypto|bitcoin|btc|ethereum|nft drop|forex|whatsapp me|telegram me|promo code
    escribeme al privado|escríbeme al privado|enlace en mi perfil|criptomonedas|escribeme por whatsapp
    schreib mir privat|link in der bio|kryptowährung|krypto
    écris-moi en privé|ecris moi en prive|contactez-moi en privé|lien dans ma bio|cryptomonnaie|crypto-monnaie
    """.split(whereSeparator: { $0 == "|" || $0 == "\n" }).map { $0.lowercased() }

    /// The phrases as folded words, by their first word, with their points.
    static let phraseWords: [String: [(words: [String], text: String, points: Int)]] = Dictionary(
        grouping: (strongPhrases.map { ($0, 2) } + weakPhrases.map { ($0, 1) }).map { (ModerationText($0.0).words, $0.0, $0.1) }.filter { !$0.0.isEmpty },
        by: { $0.0[0] })

    func inspect(_ text: String, words: [String]) -> [Finding] {
        var findings: [Finding] = []
        // Links, contact bait and money signs need the text itself; most posts have none.
        let bytes = text.utf8
        let mayLink = bytes.contains(UInt8(ascii: "/")) || bytes.contains(UInt8(ascii: "."))
        let lower = mayLink || bytes.contains(UInt8(ascii: "$")) || bytes.contains(UInt8(ascii: "+")) || bytes.contains(0xE2) || bytes.contains(0xF0) ? Self.asciiLowercased(text) : ""
        let links = mayLink ? Self.links(in: lower) : []
        if links.count >= 2 { findings.append(Finding(points: links.count - 1, reason: "\(links.count) links")) }
        // Each phrase once; at most 2 points from phrases.
        var phrasePoints = 0, seen: Set<String> = []
        phrases: for (index, word) in words.enumerated() {
            for phrase in Self.phraseWords[word] ?? [] where index + phrase.words.count <= words.count
                && Array(words[index..<(index + phrase.words.count)]) == phrase.words && seen.insert(phrase.text).inserted {
                let points = min(phrase.points, 2 - phrasePoints)
                phrasePoints += points
                findings.append(Finding(points: points, reason: "scam phrase: “\(phrase.text)”"))
                if phrasePoints >= 2 { break phrases }
            }
        }
        if mayLink { findings += lookAlike(links: links, lower: lower) }
        if Self.has(lower, "wa.me/") || Self.has(lower, "t.me/") || (words.contains("whatsapp") || words.contains("telegram")) && Self.has(lower, "+") {
            findings.append(Finding(points: 1, reason: "contact bait (WhatsApp/Telegram)"))
        }
        if Self.has(lower, "$$$") || Self.has(lower, "€€€") || Self.has(lower, "💰💰") {
            findings.append(Finding(points: 1, reason: "money shouted"))
        }
        return findings
    }

    /// Links, domains and money signs are ASCII: their case is folded by bytes (Unicode
    /// lower-casing of the whole post cost as much as the rest of the spam detector).
    static func asciiLowercased(_ text: String) -> String {
        String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// Top-level domains seen in bare links ("kettlebird-help.xyz"): "e.g." and "3.5l" are not links.
    static let bareTopLevels: Set<String> = ["com", "net", "org", "io", "co", "xyz", "info", "shop", "store", "site", "online", "top",
                                             "app", "de", "es", "fr", "uk", "eu", "me", "ly", "biz", "support", "help", "live", "click", "link", "ru", "cn"]

    /// Hosts written without http:// or www. (checked for look-alikes, not counted as links).
    static func bareDomains(in lower: String) -> [String] {
        lower.utf8.split(whereSeparator: { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }).compactMap { word -> String? in
            // Only a word with a dot before a letter can be one (most words are read no further).
            guard word.indices.contains(where: { $0 != word.startIndex && word[$0] == UInt8(ascii: ".") && word.index(after: $0) < word.endIndex
                && (0x61...0x7A).contains(word[word.index(after: $0)]) }) else { return nil }
            let text = String(decoding: word, as: UTF8.self)
            guard !text.hasPrefix("http"), !text.hasPrefix("www."), !text.contains("@") else { return nil }
            let host = host(of: text)
            guard let dot = host.lastIndex(of: "."), host.first?.isLetter == true,
                  bareTopLevels.contains(String(host[host.index(after: dot)...])) else { return nil }
            return host
        }
    }

    /// A post whose only mark is one link: the look-alike and contact-bait checks alone (what
    /// `inspect` finds in it, as the prefilter guarantees).
    func inspectLink(_ text: String) -> [Finding] {
        let lower = Self.asciiLowercased(text)
        var findings = lookAlike(links: Self.links(in: lower), lower: lower)
        if Self.has(lower, "wa.me/") || Self.has(lower, "t.me/") { findings.append(Finding(points: 1, reason: "contact bait (WhatsApp/Telegram)")) }
        return findings
    }

    /// A link or bare domain that borrows a brand name without being an official domain (a
    /// brand name is needed to look like one).
    private func lookAlike(links: [String], lower: String) -> [Finding] {
        guard !brandNames.isEmpty else { return [] }
        // A host can only borrow a name the post has somewhere (dashes aside): most have none.
        let compact = String(decoding: lower.utf8.filter { $0 != UInt8(ascii: "-") }, as: UTF8.self)
        guard brandNames.contains(where: { !$0.isEmpty && Self.has(compact, $0) }) else { return [] }
        for host in links.map(Self.host) + Self.bareDomains(in: lower) {
            let official = officialDomains.contains { host == $0 || host.hasSuffix("." + $0) }
            if !official, let name = brandNames.first(where: { !$0.isEmpty && host.replacingOccurrences(of: "-", with: "").contains($0) }) {
                return [Finding(points: 2, reason: "link to \(host), which borrows the name “\(name)” (not an official domain)")]
            }
        }
        return []
    }

    static func links(in lower: String) -> [String] {
        // Split on ASCII white space by bytes (Character.isWhitespace cost a tenth of the time).
        lower.utf8.split(whereSeparator: { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }).compactMap { word -> String? in
            // Every link form starts with "h", "w", "b", "t" or "w" and has a "/" or "." in it.
            guard let first = word.first, first == UInt8(ascii: "h") || first == UInt8(ascii: "w") || first == UInt8(ascii: "b") || first == UInt8(ascii: "t"),
                  word.contains(UInt8(ascii: "/")) || word.contains(UInt8(ascii: ".")) else { return nil }
            let text = String(decoding: word, as: UTF8.self)
            let isLink = text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("www.") || text.hasPrefix("bit.ly/") || text.hasPrefix("t.me/") || text.hasPrefix("wa.me/")
            return isLink ? text : nil
        }
    }

    /// Whether `text` holds `needle`, compared by bytes (Foundation's `contains` folds
    /// characters and took a quarter of the time).
    static func has(_ text: String, _ needle: String) -> Bool {
        let haystack = Array(text.utf8), pattern = Array(needle.utf8)
        guard !pattern.isEmpty, haystack.count >= pattern.count else { return false }
        for start in 0...(haystack.count - pattern.count) where haystack[start] == pattern[0] {
            if haystack[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
        }
        return false
    }

    static func host(of link: String) -> String {
        var rest = Substring(link)
        for prefix in ["https://", "http://"] where rest.hasPrefix(prefix) { rest = rest.dropFirst(prefix.count) }
        if rest.hasPrefix("www.") { rest = rest.dropFirst(4) }
        // Without what surrounds it ("(kettlebird-help.xyz)," → the host): a host is letters, digits, dots and dashes.
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }.unicodeScalars
        let kept = host.drop { !$0.properties.isAlphabetic && !("0"..."9").contains($0) }
        return String(String.UnicodeScalarView(kept.reversed().drop { !$0.properties.isAlphabetic && !("0"..."9").contains($0) }.reversed()))
    }
}
