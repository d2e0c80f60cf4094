import Foundation

/// How offensive a post is toward people. Criticism of a product is none of these: "this kettle
/// is garbage" is a complaint to answer; "you are garbage" is abuse.
public enum AbuseLevel: Int, Comparable, Sendable, CaseIterable {
    case none, profanity, abuse, threat

    public var name: String { ["none", "profanity", "abuse", "threat"][rawValue] }

    public static func < (a: AbuseLevel, b: AbuseLevel) -> Bool { a.rawValue < b.rawValue }
}

/// Finds swearing (from the LDNOOBW word lists), insults aimed at a person (an insult after
/// "you are", "eres", "du bist", "t'es"… or right after "you"/"du"/"tu"), and threats ("I will
/// kill you", "te voy a matar", "ich bring dich um", "je vais te tuer"), in any of the four
/// languages at once (posts mix them), through `ModerationText`'s folding.
struct AbuseDetector {
    struct Finding: Equatable {
        var level: AbuseLevel
        var reason: String
    }

    /// Swear words per language (folded). Short words and words that are everyday words in
    /// another of the four languages ("con" is "with" in Spanish, "negro" is "black", "bite",
    /// "queue") count only in a post of the list's own language.
    static let profanity: [String: Set<String>] = ProfanityLists.words.mapValues { Set($0.map(ModerationText.fold).filter { $0.count >= 3 }) }
    static let everydayElsewhere: Set<String> = ["con", "cons", "negro", "negra", "bite", "bander", "queue", "chatte", "sucer", "cul", "pute", "paja", "polla",
                                                 "coño", "coger", "concha", "verga", "leche", "mamar", "taint", "hure", "fick", "geil", "titten", "bitte", "negro"].reduce(into: []) { $0.insert(ModerationText.fold($1)) }

    /// Whether `word` is a swear word in a post of `language` (nil: unknown, any of the four).
    static func isProfanity(_ word: String, language: String?) -> Bool {
        isProfanity(word, entry: lexicon[word], language: language)
    }

    /// The same with the word's entry already looked up (letters repeated for emphasis are
    /// looked up again, cut to one and to two).
    static func isProfanity(_ word: String, entry: Entry?, language: String?) -> Bool {
        guard word.utf8.count >= 3 else { return false }
        if matches(entry, language: language) { return true }
        guard let once = ModerationText.squeezed(word, keep: 1) else { return false }
        return matches(lexicon[once], language: language) || ModerationText.squeezed(word, keep: 2).map { matches(lexicon[$0], language: language) } ?? false
    }

    /// English swearing is everywhere; another list counts in its own language, or, when the
    /// language is unknown, for words that are nobody's everyday word.
    private static func matches(_ entry: Entry?, language: String?) -> Bool {
        guard let entry, entry.lists != 0 else { return false }
        let own = language.flatMap { listBits[$0] } ?? 0
        let allowed: UInt8 = language == nil ? 0xFF : (1 | own)
        guard entry.lists & allowed != 0 else { return false }
        // In its own language's list, or not an everyday word anywhere.
        return entry.lists & own != 0 || !entry.roles.contains(.everyday)
    }

    /// Words that insult when aimed at someone (some are fine about things: "garbage").
    static let insults: Set<String> = Set("""
    idiot idiots moron morons stupid dumb loser losers scum trash garbage clown clowns imbecile retard pathetic worthless \
    bitch bastard asshole dickhead jerk fool fools creep pig pigs liar liars ugly fat \
    idiota idiotas imbecil imbeciles estupido estupida estupidos tonto tonta tontos gilipollas subnormal basura payaso \
    cabron cabrona pendejo pendeja mierda cerdo mentiroso mentirosa \
    idiot idioten depp deppen trottel vollidiot arschloch arschlocher wichser penner versager dummkopf schwachkopf \
    abschaum lugner lugnerin missgeburt spast \
    idiot idiote idiots con conne cons connard connasse connards debile debiles abruti abrutie abrutis ordure ordures \
    salaud salope cretin cretine menteur menteuse batard enfoire
    """.split(whereSeparator: { $0.isWhitespace }).map { ModerationText.fold(String($0)) })
        .union(AbuseLexicon.words(AbuseLexicon.aimedInsults)).union(AbuseLexicon.words(AbuseLexicon.secondPersonOnly))

    /// Insults that only fit a person: after "is", "sind", "es", "est" or "these" they are aimed at
    /// someone ("your agent is an idiot", "ces connards"), where "garbage" may be the product.
    static let personInsults: Set<String> = Set("""
    idiot idiots moron morons imbecile retard bitch bastard asshole dickhead jerk clown clowns liar liars loser losers \
    idiota idiotas imbecil imbeciles gilipollas subnormal payaso payasos cabron cabrona pendejo pendeja mentiroso mentirosa \
    idioten depp deppen trottel vollidiot arschloch arschlocher wichser penner versager dummkopf schwachkopf lugner missgeburt spast \
    idiote connard connasse connards debile abruti abrutie abrutis salaud salope cretin cretine menteur menteuse batard enfoire
    """.split(whereSeparator: { $0.isWhitespace }).map { ModerationText.fold(String($0)) })
        .union(AbuseLexicon.words(AbuseLexicon.aimedInsults))
    /// Insults that are abuse wherever they stand ("@ana shut up, moron"), unless quoted
    /// ("customers called staff “idiots”") or said of oneself ("I'm such a moron").
    static let standaloneInsults: Set<String> = Set(AbuseLexicon.words(AbuseLexicon.standaloneInsults))
    /// Adjectives that make the insult noun after them aimed ("dumme Kuh").
    static let adjectives: Set<String> = Set(AbuseLexicon.words(AbuseLexicon.insultingAdjectives))
    /// Standalone insults by the languages whose list has them: one counts in a post of its own
    /// language or of none known ("retard" is French for "delay").
    static let standaloneLanguages: [String: Set<String>] = {
        var languages: [String: Set<String>] = [:]
        for (language, list) in AbuseLexicon.standaloneInsults {
            for word in list.split(whereSeparator: { $0.isWhitespace }) { languages[String(word), default: []].insert(language) }
        }
        return languages
    }()
    static let reporting: Set<String> = Set(AbuseLexicon.reporting.split(whereSeparator: { $0.isWhitespace }).map(String.init))
    /// "is", "was", "these"… before a person insult; a first person before them ("I am an
    /// idiot") is self-mockery, not abuse.
    static let pointers: Set<String> = Set("""
    is was are were these those such es era son eran estos esos estas esas ist war sind waren diese dieser est etait sont etaient ces
    """.split(whereSeparator: { $0.isWhitespace }).map { ModerationText.fold(String($0)) })
    static let firstPerson: Set<String> = ["i", "im", "am", "we", "yo", "soy", "somos", "estoy", "sido", "fui", "puedo", "senti", "siento", "ich", "bin", "wir",
                                           "je", "j", "suis", "jsuis", "chuis", "nous", "sommes"]

    /// Words that aim what follows at a person: "you are", "you're a", "eres un", "du bist ein",
    /// "t'es un", "vous êtes des"… (after folding; articles are skipped).
    static let aimers: Set<String> = Set("""
    you youre u ur ure yall eres sois sos usted ustedes du bist seid ihr sie sind tu t tes vous espece sale
    """.split(separator: " ").map { ModerationText.fold(String($0)) })
    static let fillers: Set<String> = Set("""
    are a an such the total complete fucking real so are ein eine einer so total voll un una unos unas pedazo de des une un vraie vrai gros grosse bande
    re r m es etes bist sind estas eres are
    """.split(whereSeparator: { $0.isWhitespace }).map { ModerationText.fold(String($0)) })
        .union(AbuseLexicon.words(AbuseLexicon.adjectives))

    /// Threats, as folded word sequences ("i will kill you" and its kind).
    static let threats: [[String]] = """
    kill you|i will kill|gonna kill|going to kill you|hurt you|find where you live|know where you live|you will pay for|you are dead|youre dead|burn your house
    te voy a matar|voy a matarte|te mato|se donde vives|te vas a enterar|las vas a pagar|estas muerto
    bring dich um|bringe dich um|ich tote dich|weiss wo du wohnst|du bist tot|mach dich fertig|wirst du bereuen
    vais te tuer|je te tue|vais te buter|sais ou tu habites|tu vas me le payer|tu vas le payer|t es mort|tes mort|vais te retrouver
    """.split(whereSeparator: { $0 == "|" || $0 == "\n" }).map { $0.split(separator: " ").map { ModerationText.fold(String($0)) } }
        + Set(AbuseLexicon.threats.values.flatMap { $0.split(separator: "\n") }.map { $0.trimmingCharacters(in: .whitespaces) }).sorted()
            .map { $0.split(separator: " ").map { ModerationText.fold(String($0)) } }.filter { !$0.isEmpty }

    /// What the word lists say about a word: one lookup per word, however many lists.
    struct Entry {
        struct Roles: OptionSet {
            let rawValue: UInt16
            static let insult = Roles(rawValue: 1), personInsult = Roles(rawValue: 2), aimer = Roles(rawValue: 4), pointer = Roles(rawValue: 8)
            static let filler = Roles(rawValue: 16), firstPerson = Roles(rawValue: 32), threatStart = Roles(rawValue: 64), everyday = Roles(rawValue: 128)
            static let standalone = Roles(rawValue: 256), violence = Roles(rawValue: 512)
        }
        var roles: Roles = []
        /// The swear-word lists that have it (`listBits`).
        var lists: UInt8 = 0
    }

    static let listBits: [String: UInt8] = ["en": 1, "es": 2, "de": 4, "fr": 8]

    static let lexicon: [String: Entry] = {
        var lexicon: [String: Entry] = [:]
        func mark(_ words: some Sequence<String>, _ role: Entry.Roles) { for word in words { lexicon[word, default: Entry()].roles.insert(role) } }
        mark(insults, .insult)
        mark(personInsults, .personInsult)
        mark(aimers, .aimer)
        mark(pointers, .pointer)
        mark(fillers, .filler)
        mark(firstPerson, .firstPerson)
        mark(threats.map { $0[0] }, .threatStart)
        mark(everydayElsewhere, .everyday)
        mark(standaloneInsults, .standalone)
        mark(ThreatPattern.violence, .violence)
        for (list, words) in profanity {
            for word in words { lexicon[word, default: Entry()].lists |= listBits[list] ?? 0 }
        }
        return lexicon
    }()

    func inspect(_ text: ModerationText, language: String?) -> [Finding] {
        var findings: [Finding] = []
        let words = text.words
        let entries = words.map { Self.lexicon[$0] }
        func has(_ index: Int, _ role: Entry.Roles) -> Bool { entries[index]?.roles.contains(role) ?? false }
        // Said of oneself ("I'm such a moron", "call me an idiot") or someone else's words
        // reported ("someone called the CEO an idiot") is no abuse.
        func saidOfOneselfOrReported(_ index: Int) -> Bool {
            (max(0, index - 5)..<index).contains { has($0, .firstPerson) } || (max(0, index - 8)..<index).contains { Self.reporting.contains(words[$0]) }
        }
        if entries.contains(where: { $0?.roles.contains(.threatStart) ?? false }) {
            let present = Set(words)
            for threat in Self.threats where present.contains(threat[0]) && contains(words, threat) {
                findings.append(Finding(level: .threat, reason: "threat: “\(threat.joined(separator: " "))”"))
            }
        }
        if !findings.contains(where: { $0.level == .threat }), entries.contains(where: { $0?.roles.contains(.violence) ?? false }),
           let stretch = ThreatPattern.find(words) {
            findings.append(Finding(level: .threat, reason: "threat: “\(stretch)”"))
        }
        for index in words.indices where has(index, .aimer) && !(Self.notAimerIn[language ?? ""]?.contains(words[index]) ?? false) {
            // The insult within the next few words, skipping "are", "a", "such a", "total"…
            var next = index + 1
            while next < words.count && next <= index + 4 && has(next, .filler) { next += 1 }
            if next < words.count && !text.quoted[next] && (has(next, .insult) || Self.isInsult(words[next], known: false))
                && !(Self.notInsultIn[language ?? ""]?.contains(words[next]) ?? false) {
                findings.append(Finding(level: .abuse, reason: "insult aimed at a person: “\(words[index...next].joined(separator: " "))”"))
            }
        }
        if findings.allSatisfy({ $0.level < .abuse }) {
            for index in words.indices where index > 0 && has(index, .personInsult) && !text.quoted[index] {
                var back = index - 1
                while back > 0 && back >= index - 4 && has(back, .filler) && !has(back, .pointer) { back -= 1 }
                guard has(back, .pointer), back == 0 || !has(back - 1, .firstPerson) else { continue }
                findings.append(Finding(level: .abuse, reason: "insult aimed at a person: “\(words[back...index].joined(separator: " "))”"))
                break
            }
        }
        if findings.allSatisfy({ $0.level < .abuse }) {
            // An insulting adjective right before an insult noun is aimed by itself ("dumme Kuh",
            // "grosse vache", "stupid cow").
            for index in words.indices.dropFirst() where has(index, .personInsult) && Self.adjectives.contains(words[index - 1])
                && !text.quoted[index] && !saidOfOneselfOrReported(index) && (index + 1 == words.count || words[index + 1] != "s") {
                findings.append(Finding(level: .abuse, reason: "insult: “\(words[index - 1]) \(words[index])”"))
                break
            }
        }
        if findings.allSatisfy({ $0.level < .abuse }) {
            for index in words.indices where has(index, .standalone) && !text.quoted[index] {
                guard language.map({ Self.standaloneLanguages[words[index]]?.contains($0) ?? true }) ?? true,
                      !(Self.notInsultIn[language ?? ""]?.contains(words[index]) ?? false), !saidOfOneselfOrReported(index) else { continue }
                findings.append(Finding(level: .abuse, reason: "insult: “\(words[index])”"))
                break
            }
        }
        for (index, word) in words.enumerated() where Self.isProfanity(word, entry: entries[index], language: language) {
            findings.append(Finding(level: .profanity, reason: "profanity: “\(word)”"))
        }
        return findings
    }

    /// Words that aim or insult in one language and are everyday words in another: French
    /// "du retard" is "some delay", Spanish "con" is "with".
    static let notAimerIn: [String: Set<String>] = ["fr": ["du", "sie"], "es": ["du", "sie", "tu"], "en": ["du", "tu", "sie"]]
    static let notInsultIn: [String: Set<String>] = ["fr": ["retard", "retards"], "es": ["con", "cons"], "de": ["con", "cons"], "en": ["con", "cons"]]

    /// `known: false`: the word itself was looked up already; only its emphasis-cut forms are.
    static func isInsult(_ word: String, known: Bool = true) -> Bool {
        if known && insults.contains(word) { return true }
        guard let once = ModerationText.squeezed(word, keep: 1) else { return false }
        return insults.contains(once) || ModerationText.squeezed(word, keep: 2).map(insults.contains) ?? false
    }

    private func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, words.count >= phrase.count else { return false }
        for start in 0...(words.count - phrase.count) where words[start] == phrase[0] && words[start..<(start + phrase.count)].elementsEqual(phrase) { return true }
        return false
    }
}
