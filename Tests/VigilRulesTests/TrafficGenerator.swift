import Foundation
import VigilCore
import VigilRules

/// Synthetic, seeded weeks of brand traffic for testing rules: ordinary days (a quarter
/// negative, a few large accounts complaining, busy afternoons, quiet nights, the odd
/// harmless "burned my toast") and, optionally, a sudden multilingual crisis burst.
struct TrafficGenerator {
    var random: SeededGenerator
    /// Monday 2026-11-16 00:00Z.
    static let start = Date(timeIntervalSince1970: 1_795_219_200)

    init(seed: UInt64) {
        random = SeededGenerator(seed: seed)
    }

    static let languages = ["en", "en", "en", "en", "es", "es", "de", "de", "fr", "fr"]
    static let platforms: [Platform] = [.x, .x, .x, .instagram, .facebook, .reddit, .youtube, .mastodon, .bluesky, .forum]

    static let calm: [String: [SentimentLabel: [String]]] = [
        "en": [.negative: ["The Kettlebird app keeps logging me out, so annoying", "Delivery took two weeks, not impressed @kettlebird",
                           "Lid squeaks every morning. Disappointed.", "Support never answered my email, third week now",
                           "Descaling light stays on, useless"],
               .positive: ["Love my Kettlebird, perfect tea every time", "Great customer service today, thanks!",
                           "Best gift I got this year ☕"],
               .neutral: ["Does the Kettlebird Mini work with Alexa?", "Unboxing my new kettle", "Which filter fits the Kettlebird One?"]],
        "es": [.negative: ["La app de Kettlebird se cierra sola, qué pesadez", "El envío tardó dos semanas, fatal"],
               .positive: ["Me encanta mi Kettlebird, té perfecto", "Muy buen servicio al cliente"],
               .neutral: ["¿La Kettlebird Mini funciona con Alexa?", "Acabo de recibir mi hervidor"]],
        "de": [.negative: ["Die Kettlebird App stürzt ständig ab, nervig", "Lieferung hat zwei Wochen gedauert, enttäuscht"],
               .positive: ["Ich liebe meinen Kettlebird, perfekter Tee", "Super Kundenservice heute"],
               .neutral: ["Funktioniert der Kettlebird Mini mit Alexa?", "Neuer Wasserkocher ausgepackt"]],
        "fr": [.negative: ["L'appli Kettlebird plante tout le temps, pénible", "Livraison en deux semaines, déçue"],
               .positive: ["J'adore ma Kettlebird, thé parfait", "Service client au top aujourd'hui"],
               .neutral: ["La Kettlebird Mini marche avec Alexa ?", "Déballage de ma nouvelle bouilloire"]],
    ]

    static let crisis: [String: [String]] = [
        "en": ["Kettlebird One lid caught fire in my kitchen. Issue a recall NOW", "Data breach at Kettlebird, my email leaked",
               "Boycott Kettlebird until they explain", "Thinking about a lawsuit, my kid got burned by the lid"],
        "es": ["Exijo la retirada de la Kettlebird One, la tapa se quemó", "Filtración de datos en la app de Kettlebird", "Boicot a Kettlebird ya"],
        "de": ["Rückruf jetzt! Der Deckel fängt Feuer", "Datenleck bei Kettlebird, meine Adresse ist raus", "Boykott Kettlebird"],
        "fr": ["Rappel immédiat svp, le couvercle prend feu", "Fuite de données chez Kettlebird", "Boycott de Kettlebird"],
    ]

    mutating func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
    mutating func uniform(_ range: ClosedRange<Double>) -> Double { Double.random(in: range, using: &random) }

    mutating func label() -> SentimentLabel {
        let x = uniform(0...1)
        return x < 0.25 ? .negative : (x < 0.6 ? .positive : .neutral)
    }

    /// Mentions per hour: quiet nights, busy afternoons, a little lower at the weekend, ±30% a day.
    mutating func rate(day: Int, hour: Int, dayFactor: Double) -> Int {
        let base: Double = switch hour {
        case 0..<6: 3
        case 6..<10: 8
        case 10..<18: 18
        default: 11
        }
        let weekend = day >= 5 ? 0.7 : 1
        return Int((base * weekend * dayFactor * uniform(0.8...1.2)).rounded())
    }

    mutating func mention(_ id: String, at time: Date, language: String, text: String, label: SentimentLabel,
                          followers: Int? = nil, verified: Bool = false, engagement: Int? = nil) -> Mention {
        let kinds: [MentionKind] = [.post, .post, .post, .comment, .comment, .reply, .review, .message]
        let kind = pick(kinds)
        let audience = followers ?? Int(exp(uniform(2...8)))
        let likes = engagement ?? (uniform(0...1) < 0.02 ? Int(uniform(300...1500)) : Int(uniform(0...40)))
        return Mention(id: MentionID(platform: pick(Self.platforms), nativeID: id),
                       author: Author(handle: "user\(random.next() % 4000)", followers: audience, verified: verified),
                       createdAt: time, text: text, kind: kind, language: language,
                       metrics: Metrics(likes: likes, shares: likes / 10, replies: likes / 20),
                       sentiment: Sentiment(label: label, source: .feed(raw: label.rawValue)))
    }

    /// Seven calm days; with `burstAt` (minutes after the start), a crisis burst then.
    mutating func week(burstAt: Double? = nil) -> [Mention] {
        var mentions: [Mention] = []
        for day in 0..<7 {
            let dayFactor = uniform(0.7...1.3)
            for hour in 0..<24 {
                for n in 0..<rate(day: day, hour: hour, dayFactor: dayFactor) {
                    let time = Self.start.addingTimeInterval(Double(day * 86400 + hour * 3600) + uniform(0...3599))
                    let language = pick(Self.languages)
                    let label = label()
                    let text = pick(Self.calm[language]![label]!)
                    mentions.append(mention("d\(day)h\(hour)n\(n)", at: time, language: language, text: text, label: label))
                }
            }
            // A couple of harmless uses of crisis words a day.
            for (n, (text, label)) in [("I burned my toast again lol, the kettle is fine", SentimentLabel.neutral),
                                       ("this kettle is fire 🔥", .positive)].enumerated() {
                let time = Self.start.addingTimeInterval(Double(day * 86400) + uniform(0...86399))
                mentions.append(mention("harmless\(day)-\(n)", at: time, language: "en", text: text, label: label))
            }
            // Now and then a large account complains, on its own.
            if day % 2 == 0 {
                let time = Self.start.addingTimeInterval(Double(day * 86400) + uniform(30_000...70_000))
                mentions.append(mention("big\(day)", at: time, language: "en", text: "Honestly @kettlebird, the app update broke my schedule. Not great.",
                                        label: .negative, followers: Int(uniform(60_000...400_000)), verified: true, engagement: Int(uniform(200...1500))))
            }
        }
        if let burstAt { mentions += burst(at: Self.start.addingTimeInterval(burstAt * 60)) }
        return mentions
    }

    /// 100 crisis mentions over two hours, slow at first: about one every 90 s for the first quarter hour.
    mutating func burst(at onset: Date) -> [Mention] {
        var mentions: [Mention] = []
        var t = 0.0
        for n in 0..<100 {
            t += n < 10 ? uniform(60...120) : uniform(20...80)
            let language = pick(["en", "en", "es", "de", "fr"])
            let large = n % 9 == 4
            mentions.append(mention("crisis\(n)", at: onset.addingTimeInterval(t), language: language, text: pick(Self.crisis[language]!),
                                    label: .negative, followers: large ? Int(uniform(100_000...2_000_000)) : nil, verified: large,
                                    engagement: large ? Int(uniform(1000...8000)) : nil))
        }
        return mentions
    }
}
