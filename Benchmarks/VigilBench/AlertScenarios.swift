import Foundation
import VigilCore

/// Weeks of a brand's mentions at a chosen volume, with a daily and weekly rhythm, four
/// languages, noise (typos, emoji, sarcasm, harmless uses of crisis words), and at most one
/// scenario at a chosen time: what the default rule pack is judged on (`vigil-bench alerts`).
struct AlertScenario {
    enum Kind: String, CaseIterable {
        case calm, burst, slowBurn = "slow-burn", viral, pileup, campaign, outage

        /// How soon a high or critical alert must follow the truth time.
        var allowedDelay: TimeInterval {
            switch self {
            case .calm: return 0
            case .burst, .outage: return 15 * 60
            case .viral, .campaign: return 30 * 60
            case .slowBurn: return 2 * 3600
            case .pileup: return 60 * 60
            }
        }
    }

    struct Truth {
        var kind: Kind
        /// When the scenario starts.
        var onset: Date
        /// When it becomes what the rule must catch (the slow burn crossing twice its usual
        /// share, the viral complaint passing ten times the usual engagement); else the onset.
        var due: Date
    }

    static let weekStart = Date(timeIntervalSince1970: 1_793_577_600)  // Monday 2026-11-02 00:00 UTC
    static let days = 7

    var perDay: Int
    var kind: Kind
    var seed: UInt64

    /// The week's mentions in event-time order, and the truth.
    func generate() -> (mentions: [Mention], truth: Truth) {
        var random = SeededGenerator(seed: seed &* 0x9E37_79B9 &+ UInt64(perDay))
        var mentions: [Mention] = []
        mentions.reserveCapacity(perDay * Self.days + perDay)
        // Calm traffic: a Poisson process whose rate follows the hour of day and the weekday.
        var time = 0.0
        let end = Double(Self.days * 86_400)
        var serial = 0
        while true {
            let rate = Double(perDay) / 86_400 * Self.rhythm(at: time)
            time += -log(max(Double.random(in: 0..<1, using: &random), 1e-12)) / max(rate, 1e-9)
            guard time < end else { break }
            mentions.append(Self.ordinary(at: Self.weekStart.addingTimeInterval(time), serial: serial, random: &random))
            serial += 1
        }
        // The scenario: on Friday (day 4) between 09:00 and 15:00, at a seeded minute.
        let onsetOffset = 4 * 86_400.0 + 9 * 3600 + Double(random.next() % 360) * 60
        let onset = Self.weekStart.addingTimeInterval(onsetOffset)
        var due = onset
        let hourly = Double(perDay) / 24
        switch kind {
        case .calm:
            break
        case .burst:
            // Recall, breach and injury talk in four languages: at least 12 an hour, or a third
            // of the usual hourly volume, for two hours.
            let perHour = max(12, hourly / 3)
            Self.spread(count: Int(perHour * 2), from: onset, over: 7200, into: &mentions, random: &random) { at, i, random in
                Self.crisisMention(at: at, serial: i, random: &random)
            }
        case .outage:
            // "Can't log in", "app down", in any language: at least 10 in 15 minutes, or half the
            // usual volume, for an hour.
            let perQuarter = max(10, hourly / 8)
            Self.spread(count: Int(perQuarter * 4), from: onset, over: 3600, into: &mentions, random: &random) { at, i, random in
                Self.outageMention(at: at, serial: i, random: &random)
            }
        case .pileup:
            // Large accounts complaining at six times their usual rate for three hours (at least 5 an hour).
            let usual = hourly * Self.negativeShare * Self.largeShare
            let perHour = max(5, usual * 6)
            Self.spread(count: Int(perHour * 3), from: onset, over: 3 * 3600, into: &mentions, random: &random) { at, i, random in
                var mention = Self.ordinary(at: at, serial: 5_000_000 + i, random: &random, sentiment: .negative)
                mention.author.followers = 60_000 + Int(random.next() % 900_000)
                mention.author.verified = random.next() % 2 == 0
                return mention
            }
        case .campaign:
            // Many new, low-follower accounts posting near-identical text within half an hour.
            let count = max(10, Int(hourly / 4))
            let base = Self.campaignTexts[Int(random.next() % UInt64(Self.campaignTexts.count))]
            Self.spread(count: count, from: onset, over: 1800, into: &mentions, random: &random) { at, i, random in
                let variation = ["", "!", "!!", " 😡", " #boycott", ".", " 👎"][Int(random.next() % 7)]
                return Mention(id: MentionID(platform: .x, nativeID: "camp\(i)"),
                               author: Author(handle: "user\(random.next() % 100_000_000)", followers: Int(random.next() % 40)),
                               createdAt: at, text: base + variation, kind: .post, language: "en",
                               sentiment: Sentiment(label: .negative, source: .feed(raw: "generated")))
            }
        case .slowBurn:
            // The negative share drifts from its usual fifth up to three fifths over a day: more
            // complaints come in, on top of the usual traffic.
            let total = Double(perDay)
            let extraNegative = total * 0.6 * 1.2  // enough to lift the share as described
            Self.spread(count: Int(extraNegative), from: onset, over: 86_400, into: &mentions, random: &random, ramp: true) { at, i, random in
                Self.ordinary(at: at, serial: 6_000_000 + i, random: &random, sentiment: .negative)
            }
            due = onset.addingTimeInterval(Self.slowBurnCrossing(perDay: perDay, onsetOffset: onsetOffset))
        case .viral:
            // One complaint gathering replies ever faster: it passes ten times the usual
            // engagement of a post (`usualEngagement`) two hours after it is posted.
            let post = Mention(id: MentionID(platform: .x, nativeID: "viral-root"),
                               author: Author(handle: "angry_customer", followers: 800),
                               createdAt: onset, text: "@kettlebird my kettle exploded and your support ignores me. Never again.",
                               kind: .post, language: "en", metrics: Metrics(likes: 3),
                               sentiment: Sentiment(label: .negative, source: .feed(raw: "generated")))
            mentions.append(post)
            let target = Double(Self.usualEngagement * 10)
            // Replies at a rate rising linearly: cumulative n(t) = target (t / 2h)^2, for 4 h.
            let replies = Int(target * 4)
            for i in 0..<replies {
                let t = 7200 * (Double(i + 1) / target).squareRoot()
                mentions.append(Mention(id: MentionID(platform: .x, nativeID: "viral-\(i)"),
                                        author: Author(handle: "replier\(random.next() % 10_000_000)", followers: Int(random.next() % 2000)),
                                        createdAt: onset.addingTimeInterval(t), text: Self.viralReplies[i % Self.viralReplies.count],
                                        kind: .reply, parentID: "viral-root", conversationID: "viral-root", language: "en",
                                        sentiment: Sentiment(label: .negative, source: .feed(raw: "generated"))))
            }
            due = onset.addingTimeInterval(7200)
        }
        mentions.sort { $0.createdAt < $1.createdAt }
        return (mentions, Truth(kind: kind, onset: onset, due: due))
    }

    static let negativeShare = 0.2
    static let largeShare = 0.03
    /// A post's likes plus shares are log-normal with this 99th percentile: "the brand's usual"
    /// engagement that a viral complaint passes tenfold.
    static let usualEngagement = 120

    /// Hour-of-day and weekday rhythm, mean 1 over a week: low at night, peaks mid-afternoon,
    /// weekends at 70%.
    static func rhythm(at seconds: Double) -> Double {
        let hour = seconds.truncatingRemainder(dividingBy: 86_400) / 3600
        let day = Int(seconds / 86_400) % 7
        let daily = 0.25 + 1.5 * max(0, sin(Double.pi * (hour - 6) / 17))  // 06:00–23:00
        let weekly = day >= 5 ? 0.7 : 1.12
        return daily * weekly / 1.005
    }

    /// When the slow burn's expected negative share passes twice the usual, after onset: the
    /// extra complaints arrive at a rate growing linearly over the day, on top of traffic that
    /// follows the daily rhythm.
    static func slowBurnCrossing(perDay: Int, onsetOffset: Double) -> TimeInterval {
        let extraTotal = Double(perDay) * 0.72
        var t = 0.0
        while t < 86_400 {
            let base = Double(perDay) / 86_400 * rhythm(at: onsetOffset + t)
            let extra = extraTotal * 2 * t / (86_400 * 86_400)
            if (negativeShare * base + extra) / (base + extra) >= 2 * negativeShare { return t }
            t += 60
        }
        return 86_400
    }

    static func spread(count: Int, from start: Date, over duration: TimeInterval, into mentions: inout [Mention],
                       random: inout SeededGenerator, ramp: Bool = false,
                       make: (Date, Int, inout SeededGenerator) -> Mention) {
        for i in 0..<count {
            let u = Double(random.next() % 1_000_000) / 1_000_000
            // With a ramp, arrivals grow linearly in rate (density ∝ t): t = T √u.
            let offset = ramp ? duration * u.squareRoot() : duration * u
            mentions.append(make(start.addingTimeInterval(offset), i, &random))
        }
    }

    // MARK: - Texts

    static let languages = ["en", "en", "en", "en", "es", "es", "es", "de", "de", "fr"]

    static func ordinary(at time: Date, serial: Int, random: inout SeededGenerator, sentiment forced: SentimentLabel? = nil) -> Mention {
        let language = languages[Int(random.next() % UInt64(languages.count))]
        let roll = Double(random.next() % 1000) / 1000
        let label = forced ?? (roll < negativeShare ? .negative : roll < 0.5 ? .positive : .neutral)
        let pool: [String]
        switch label {
        case .negative: pool = complaints[language]!
        case .positive: pool = praise[language]!
        default: pool = neutral[language]!
        }
        var text = pool[Int(random.next() % UInt64(pool.count))]
        // Noise: a harmless use of a crisis word in about 1 of 150 mentions, typos, emoji.
        if random.next() % 150 == 0 { text = idioms[language]![Int(random.next() % UInt64(idioms[language]!.count))] }
        if random.next() % 10 == 0 { text = typo(text, random: &random) }
        if random.next() % 6 == 0 { text += [" 😂", " 🙄", " ❤️", " 👍", " 😡", " 🔥"][Int(random.next() % 6)] }
        // A genuine but isolated crisis word (another brand's recall, an old story): 1 in 2,000.
        if random.next() % 2000 == 0 { text = isolatedCrisis[Int(random.next() % UInt64(isolatedCrisis.count))] }
        let large = Double(random.next() % 10_000) / 10_000 < largeShare
        let followers = large ? 50_000 + Int(random.next() % 2_000_000) : Int(exp(Double(random.next() % 1000) / 1000 * 9))
        let kinds: [MentionKind] = [.post, .post, .comment, .reply]
        let kind = kinds[Int(random.next() % 4)]
        let engagement = Int(exp(Double(random.next() % 1000) / 1000 * log(Double(usualEngagement))))
        let platform = [Platform.x, .instagram, .facebook, .reddit, .youtube, .tiktok][Int(random.next() % 6)]
        return Mention(id: MentionID(platform: platform, nativeID: "m\(serial)"),
                       author: Author(handle: "u\(random.next() % UInt64(max(1000, serial / 3 + 1000)))", followers: followers, verified: large && random.next() % 3 == 0),
                       createdAt: time, text: text, kind: kind, language: language,
                       metrics: Metrics(likes: engagement, shares: engagement / 10),
                       sentiment: Sentiment(label: label, source: .feed(raw: "generated")))
    }

    static func crisisMention(at time: Date, serial: Int, random: inout SeededGenerator) -> Mention {
        let language = languages[Int(random.next() % UInt64(languages.count))]
        let pool = crisis[language]!
        return Mention(id: MentionID(platform: .x, nativeID: "crisis\(serial)"),
                       author: Author(handle: "c\(random.next() % 10_000_000)", followers: Int(random.next() % 5000)),
                       createdAt: time, text: pool[Int(random.next() % UInt64(pool.count))], kind: .post, language: language,
                       sentiment: Sentiment(label: .negative, source: .feed(raw: "generated")))
    }

    static func outageMention(at time: Date, serial: Int, random: inout SeededGenerator) -> Mention {
        let language = languages[Int(random.next() % UInt64(languages.count))]
        let pool = outage[language]!
        let roll = random.next() % 3
        return Mention(id: MentionID(platform: .x, nativeID: "outage\(serial)"),
                       author: Author(handle: "o\(random.next() % 10_000_000)", followers: Int(random.next() % 3000)),
                       createdAt: time, text: pool[Int(random.next() % UInt64(pool.count))], kind: .post, language: language,
                       sentiment: Sentiment(label: roll == 0 ? .neutral : .negative, source: .feed(raw: "generated")))
    }

    static func typo(_ text: String, random: inout SeededGenerator) -> String {
        var characters = Array(text)
        guard characters.count > 4 else { return text }
        let i = 1 + Int(random.next() % UInt64(characters.count - 2))
        characters.swapAt(i, i - 1)
        return String(characters)
    }

    static let complaints: [String: [String]] = [
        "en": ["@kettlebird my kettle stopped working after two weeks", "Still waiting for my refund @kettlebird, third email",
               "The lid of the Aria leaks every time. Not happy.", "Oh great, another kettle that clicks off after 10 seconds. Love that for me.",
               "@kettlebird support never answers, why?", "Worst customer service ever, nobody replies", "The handle got loose after a month"],
        "es": ["@kettlebird mi hervidor dejó de funcionar a las dos semanas", "Sigo esperando el reembolso, @kettlebird",
               "La tapa gotea siempre. Qué decepción.", "Nadie contesta en atención al cliente 😤"],
        "de": ["@kettlebird mein Wasserkocher ist nach zwei Wochen kaputt", "Warte immer noch auf meine Erstattung",
               "Der Deckel tropft ständig. Enttäuschend.", "Der Kundenservice antwortet einfach nicht"],
        "fr": ["@kettlebird ma bouilloire ne marche plus après deux semaines", "J'attends toujours mon remboursement",
               "Le couvercle fuit à chaque fois. Déçu.", "Le service client ne répond jamais"],
    ]
    static let praise: [String: [String]] = [
        "en": ["Love my new Kettlebird Aria, so quiet!", "@kettlebird fast delivery, thanks!", "Best kettle I've owned, honestly",
               "The gooseneck is perfect for pour-over ☕", "Support sorted my issue in 5 minutes, great job @kettlebird"],
        "es": ["Me encanta mi nueva Kettlebird, súper silenciosa", "Entrega rapidísima, gracias @kettlebird", "El mejor hervidor que he tenido"],
        "de": ["Ich liebe meinen neuen Kettlebird, so leise!", "Schnelle Lieferung, danke @kettlebird", "Bester Wasserkocher bisher"],
        "fr": ["J'adore ma nouvelle Kettlebird, si silencieuse !", "Livraison rapide, merci @kettlebird", "La meilleure bouilloire que j'ai eue"],
    ]
    static let neutral: [String: [String]] = [
        "en": ["Does the Kettlebird Mini come in black?", "Kettlebird Aria vs Mini, which one?", "Just ordered a Kettlebird kettle",
               "What's the wattage of the Aria?", "Kettlebird sale starts Friday apparently"],
        "es": ["¿La Kettlebird Mini viene en negro?", "¿Cuál es mejor, Aria o Mini?", "Acabo de pedir una Kettlebird"],
        "de": ["Gibt es den Kettlebird Mini in Schwarz?", "Aria oder Mini, was ist besser?", "Gerade einen Kettlebird bestellt"],
        "fr": ["La Kettlebird Mini existe en noir ?", "Aria ou Mini, laquelle choisir ?", "Je viens de commander une Kettlebird"],
    ]
    /// Crisis words meaning nothing of the kind.
    static let idioms: [String: [String]] = [
        "en": ["This playlist is fire 🔥 while my Kettlebird boils", "The auto shut-off is a killer feature", "I can't recall the last time I had bad tea",
               "Burned through two seasons of a show this weekend, tea from the Kettlebird all along", "My new kettle is the bomb", "This deal is insane, prices on fire"],
        "es": ["Esta canción es fuego 🔥", "La Kettlebird es la bomba", "Estoy quemado del trabajo, menos mal que hay té"],
        "de": ["Der neue Kettlebird ist der Hammer", "Bin total verbrannt nach der Woche, Tee hilft", "Das Angebot ist Feuer 🔥"],
        "fr": ["C'est le feu cette bouilloire 🔥", "Je suis brûlé de fatigue, vive le thé", "Cette promo est une bombe"],
    ]
    static let isolatedCrisis = ["Remember when that other brand had a kettle recall? Glad mine's a Kettlebird",
                                 "Old news but a hair dryer exploded at my friend's place",
                                 "Got a phishing email pretending to be a shop, be careful"]
    static let crisis: [String: [String]] = [
        "en": ["@kettlebird is there a recall? My Aria caught fire this morning", "Kettlebird kettle exploded, my son is in hospital",
               "Heard about the Kettlebird data breach? My card was charged", "Kettlebird recall announced, stop using the Aria now",
               "My Kettlebird overheated and melted the base, fire hazard"],
        "es": ["¿Hay una retirada de la Kettlebird? Se incendió la mía", "Mi hervidor Kettlebird explotó, estoy en el hospital",
               "Filtración de datos en Kettlebird, me cobraron dos veces"],
        "de": ["Gibt es einen Rückruf? Mein Kettlebird hat Feuer gefangen", "Kettlebird Wasserkocher explodiert, Krankenhaus",
               "Datenleck bei Kettlebird, meine Karte wurde belastet"],
        "fr": ["Rappel produit Kettlebird ? La mienne a pris feu", "Ma bouilloire Kettlebird a explosé, je suis à l'hôpital",
               "Fuite de données chez Kettlebird, ma carte a été débitée"],
    ]
    static let outage: [String: [String]] = [
        "en": ["@kettlebird app down? Can't log in to register my kettle", "Kettlebird app not working, login fails", "Is the Kettlebird site down for everyone?",
               "can't log in to kettlebird, error 500"],
        "es": ["¿La app de Kettlebird está caída? No puedo iniciar sesión", "La web de Kettlebird no funciona"],
        "de": ["Kettlebird App geht nicht, kann mich nicht anmelden", "Ist die Kettlebird Seite down? Störung?"],
        "fr": ["L'appli Kettlebird est en panne ? Impossible de me connecter", "Le site Kettlebird ne marche pas"],
    ]
    static let campaignTexts = ["Kettlebird kettles are made with child labour. Boycott Kettlebird now",
                                "Don't buy Kettlebird, they steal designs. Spread the word",
                                "Kettlebird is a scam company, avoid at all costs"]
    static let viralReplies = ["This is awful, hope you're ok", "Same thing happened to me!", "@kettlebird answer this person",
                               "Wow, never buying Kettlebird", "Sharing this so they respond", "Unacceptable"]
}
