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
    var brandNames: [String] = [] {
        didSet { unconfusedNames = brandNames.map { Self.unconfused($0) } }
    }
    var officialDomains: [String] = []
    /// The names with look-alike letters made the same (`unconfused`), made once.
    private var unconfusedNames: [String] = []

    init(brandNames: [String] = [], officialDomains: [String] = []) {
        self.brandNames = brandNames
        self.officialDomains = officialDomains
        unconfusedNames = brandNames.map { Self.unconfused($0) }
    }

    /// Scam phrases, worth 2 points: spam by themselves.
    static let strongPhrases: [String] = """
    check my profile|check my bio|visit my profile|follow for follow|free giveaway|giveaway winner|you have won a|you have won an|you ve won a|you ve won an|you have been selected|claim your prize|claim your reward|airdrop|guaranteed profit|double your money|earn money from home|make money online|passive income|investment opportunity|onlyfans
    mira mi perfil|revisa mi perfil|sorteo gratis|has ganado un|has ganado una|reclama tu premio|gana dinero|dinero facil|dinero fácil|ingresos pasivos|inversion garantizada|inversión garantizada
    schau auf mein profil|gewinnspiel gewonnen|du hast gewonnen|fordere deinen preis|geld verdienen|schnelles geld|passives einkommen|garantierter gewinn
    regarde mon profil|vous avez gagné un|vous avez gagné une|tu as gagné un|tu as gagné une|réclame ton cadeau|gagnez de l'argent|gagner de l'argent|argent facile|revenu passif|profit garanti
    follow me for|follow back|followback|f4f|l4l|s4s|shoutout for shoutout|check out my page|check out my channel|check out my profile|subscribe to my channel|sub to my channel|been selected to win|claim now|claim it now|first 50 commenters|free followers|buy followers|instagram likes|send your whatsapp|your whatsapp number|email and password|your password|card you paid with|your card details|working from your sofa|work from your sofa|no skills needed|dm for collab|dm for a collab|brand ambassador
    sigueme y te sigo|te sigo de vuelta|seguidores gratis|comprar seguidores|suscribete a mi canal|pasate por mi perfil|has sido seleccionado|has sido seleccionada|reclama ahora|tu numero de whatsapp|tu contraseña|datos de tu tarjeta|sin experiencia
    folge mir|folgt mir|abonniere meinen kanal|abonniert meinen kanal|kostenlose follower|follower kaufen|du wurdest ausgewählt|sie wurden ausgewählt|jetzt einlösen|deine whatsapp nummer|ihr passwort|dein passwort|deine kartendaten|ihre kartendaten|ohne vorkenntnisse
    abonnez vous a ma chaine|abonne toi a ma chaine|followers gratuits|acheter des followers|vous avez été sélectionné|tu as été sélectionné|réclamez votre|votre numéro whatsapp|votre mot de passe|ton mot de passe|vos coordonnées bancaires|sans expérience
    """.split(whereSeparator: { $0 == "|" || $0 == "\n" }).map { $0.lowercased() }

    /// Phrases that customers and brands use too ("please DM me", "link in bio", a joke about
    /// bitcoin), worth 1 point: spam only with another mark.
    static let weakPhrases: [String] = """
    dm me|dm us|message me|inbox me|link in bio|link in my bio|click the link|click here|follow me back|crypto|bitcoin|btc|ethereum|nft drop|forex|whatsapp me|telegram me|promo code
    escribeme al privado|escríbeme al privado|enlace en mi perfil|criptomonedas|escribeme por whatsapp
    schreib mir privat|link in der bio|kryptowährung|krypto
    écris-moi en privé|ecris moi en prive|contactez-moi en privé|lien dans ma bio|cryptomonnaie|crypto-monnaie
    off this week|free delivery|free shipping|best prices|best price|book now|order now|shop now|buy now|limited offer|only today|instant delivery|compare now|free audit|hmu|collab|dm for|check out my|follow me|subscribe|your order number and|work from home|day working from
    envio gratis|envío gratis|solo hoy|compra ya|reserva ya|mejor precio|mejores precios|sígueme|sigueme|colaboración|colaboracion|visita mi|desde casa|al día desde
    kostenloser versand|gratis versand|nur heute|jetzt kaufen|jetzt bestellen|bester preis|beste preise|kooperation|schau mal auf|von zu hause|am tag von
    livraison gratuite|aujourd'hui seulement|achetez maintenant|commandez maintenant|meilleur prix|meilleurs prix|collab|abonnez-vous|suivez-moi|depuis chez vous|par jour depuis
    my channel|my page|my profile|my store|my shop|my story|link in my profile|limited places|places limited|first lesson free|free trial|best deals
    mi canal|mi perfil|mi tienda|link en la bio|enlace en la bio|síganme|siganme|suscríbanse|suscribanse|reserva en|compara en|los mejores precios|entrega inmediata|al mes garantizado|escribime|escríbenos|por dm
    mein profil|meinen kanal|meine seite|meinem insta|link im profil|schreib mir|per pn|dm mir|pro woche|pro stunde|markenbotschafter
    mon profil|ma page|ma chaîne|ma chaine|ma story|ma bio|lien dans ma bio|abonne-toi|abonnez vous|code promo|places limitées|par mois|écrivez-moi|ecrivez-moi|écris-moi|ajoutez-moi
    """.split(whereSeparator: { $0 == "|" || $0 == "\n" }).map { $0.lowercased() }

    /// The phrases as folded words, by their first word, with their points.
    static let phraseWords: [String: [(words: [String], text: String, points: Int)]] = {
        // One entry per folded phrase ("envío gratis" and "envio gratis" are one), the strong first.
        var seen = Set<[String]>()
        let phrases = (strongPhrases.map { ($0, 2) } + weakPhrases.map { ($0, 1) }).map { (ModerationText($0.0).words, $0.0, $0.1) }
            .filter { !$0.0.isEmpty && seen.insert($0.0).inserted }
        return Dictionary(grouping: phrases, by: { $0.0[0] })
    }()

    /// `quoted`: which words stand in quotation marks (a news item quoting a scam is no scam).
    func inspect(_ text: String, words: [String], quoted: [Bool] = []) -> [Finding] {
        var findings: [Finding] = []
        // Links, contact bait and money signs need the text itself; most posts have none.
        let bytes = text.utf8
        let mayLink = bytes.contains(UInt8(ascii: "/")) || bytes.contains(UInt8(ascii: "."))
        let lower = mayLink || bytes.contains(UInt8(ascii: "$")) || bytes.contains(UInt8(ascii: "+")) || bytes.contains(0xE2) || bytes.contains(0xF0) ? Self.asciiLowercased(text) : ""
        let links = mayLink ? Self.links(in: lower) : []
        if links.count >= 2 { findings.append(Finding(points: links.count - 1, reason: "\(links.count) links")) }
        // Each phrase once; at most 2 points from phrases.
        var phrasePoints = 0, seen: Set<String> = []
        phrases: for (index, word) in words.enumerated() where !(quoted.indices.contains(index) && quoted[index]) {
            for phrase in Self.phraseWords[word] ?? [] where index + phrase.words.count <= words.count
                && words[index..<(index + phrase.words.count)].elementsEqual(phrase.words) && seen.insert(phrase.text).inserted {
                let points = min(phrase.points, 2 - phrasePoints)
                phrasePoints += points
                findings.append(Finding(points: points, reason: "scam phrase: “\(phrase.text)”"))
                if phrasePoints >= 2 { break phrases }
            }
        }
        if mayLink {
            let alike = lookAlike(links: links, lower: lower)
            findings += alike
            // A link elsewhere than the brand's, in a post that already reads like an ad.
            if alike.isEmpty, phrasePoints == 1, let host = (links.map(Self.host) + Self.bareDomains(in: lower)).first(where: { host in
                !officialDomains.contains { host == $0 || host.hasSuffix("." + $0) } }) {
                findings.append(Finding(points: 1, reason: "link to \(host) in a post that reads like an ad"))
            }
        }
        if Self.has(lower, "wa.me/") || Self.has(lower, "t.me/") || (words.contains("whatsapp") || words.contains("telegram")) && Self.has(lower, "+") {
            findings.append(Finding(points: 1, reason: "contact bait (WhatsApp/Telegram)"))
        }
        if mayLink, let short = Self.shorteners.first(where: { Self.has(lower, $0) }) {
            findings.append(Finding(points: 1, reason: "a link that hides where it goes (\(short))"))
        }
        if Self.has(lower, "$$$") || Self.has(lower, "€€€") || Self.has(lower, "💰💰") {
            findings.append(Finding(points: 1, reason: "money shouted"))
        }
        return findings
    }

    /// Link shorteners and link pages, which hide where a link goes.
    static let shorteners = ["bit.ly/", "cutt.ly/", "tinyurl.com/", "linktr.ee/", "discord.gg/", "t.co/", "goo.gl/", "shorturl.at/", "rb.gy/", "is.gd/"]

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
            guard !text.hasPrefix("http"), !text.hasPrefix("www."), !text.utf8.contains(UInt8(ascii: "@")) else { return nil }
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
        let compact = Self.unconfused(lower, droppingDashes: true)
        let names = unconfusedNames
        guard names.contains(where: { !$0.isEmpty && Self.has(compact, $0) }) else { return [] }
        for host in links.map(Self.host) + Self.bareDomains(in: lower) {
            let official = officialDomains.contains { host == $0 || host.hasSuffix("." + $0) }
            let unconfusedHost = Self.unconfused(host, droppingDashes: true)
            if !official, let index = names.firstIndex(where: { !$0.isEmpty && Self.has(unconfusedHost, $0) }) {
                let name = brandNames[index]
                return [Finding(points: 2, reason: "link to \(host), which borrows the name “\(name)” (not an official domain)")]
            }
        }
        return []
    }

    /// Letters a look-alike swaps for one another ("kettIebird", "kett1ebird", "rn" for "m"),
    /// made the same on both sides of the comparison; `droppingDashes`: "kettle-bird" too. One
    /// pass over the bytes (Foundation's `replacingOccurrences` was a twentieth of an import).
    static func unconfused(_ lower: String, droppingDashes: Bool = false) -> String {
        let utf8 = lower.utf8
        guard utf8.contains(where: { $0 == UInt8(ascii: "i") || $0 == UInt8(ascii: "1") || $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: "r")
                                     || droppingDashes && $0 == UInt8(ascii: "-") }) else { return lower }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "i"), UInt8(ascii: "1"): out.append(UInt8(ascii: "l"))
            case UInt8(ascii: "0"): out.append(UInt8(ascii: "o"))
            case UInt8(ascii: "-") where droppingDashes: continue
            case UInt8(ascii: "n") where out.last == UInt8(ascii: "r"): out[out.count - 1] = UInt8(ascii: "m")
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
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
        !needle.isEmpty && ByteSearch.contains(text, needle)
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
