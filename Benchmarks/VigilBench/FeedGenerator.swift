import Foundation
import VigilCore

/// Deterministic synthetic feeds: multilingual texts with emoji, quoted CSV fields containing
/// commas, doubled quotes and newlines. The same seed and size always give the same bytes.
struct FeedGenerator {
    var seed: UInt64 = 0x5EED_F00D

    private static let platforms = ["x", "instagram", "facebook", "reddit", "youtube", "mastodon", "bluesky", "forum"]
    private static let kinds = ["post", "comment", "reply", "review", "message"]
    private static let languages = ["en", "en", "en", "es", "de", "fr"]
    private static let sentiments = ["", "", "", "positive", "negative", "neutral", "Negativo", "positif"]
    private static let fragments: [String: [String]] = [
        "en": ["Love my new Kettlebird", "the lid broke again", "how do I descale it?", "shipping took forever",
               "best kettle I ever owned ☕", "customer service never answered 😡", "app keeps logging me out",
               "\"smart\" kettle, they said", "boils in 90 seconds, wow", "refund please, order #4821"],
        "es": ["Me encanta mi hervidor", "la tapa se rompió", "¿dónde compro filtros?", "el envío tardó muchísimo",
               "¡qué maravilla! 😍", "nadie responde en atención al cliente"],
        "de": ["Der Wasserkocher ist super", "Deckel schon wieder kaputt", "Wie verbinde ich die App?",
               "Lieferung dauert ewig", "nicht gut, leider 👎", "Rückerstattung bitte"],
        "fr": ["J'adore ma bouilloire", "le couvercle est cassé", "Comment régler la température ?",
               "livraison très lente", "pas terrible 😕", "service client injoignable"],
    ]

    private mutating func next() -> UInt64 {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return seed >> 33
    }

    private mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }

    struct Row {
        var id: String, createdAt: String, platform: String, author: String, followers: Int
        var text: String, likes: Int, shares: Int, replies: Int, lang: String, url: String, sentiment: String, kind: String
    }

    /// Real texts to draw from instead of the fragments, by language (`realTexts()`).
    var pool: [String: [String]]?

    mutating func row(_ index: Int) -> Row {
        let lang = pick(Self.languages)
        var text: String
        if let pool, let texts = pool[lang], !texts.isEmpty {
            text = pick(texts)
            if next() % 3 == 0 { text += " " + pick(texts) }
        } else {
            let pieces = Self.fragments[lang]!
            text = pick(pieces)
            let extra = next() % 4
            for _ in 0..<extra { text += pick([", ", " — ", "! ", " "]) + pick(pieces) }
        }
        if next() % 10 == 0 { text += "\nsecond line, still the same post" }
        if next() % 7 == 0 { text += " #kettlebird @kettlebird 👍🏽🇪🇸" }
        let platform = pick(Self.platforms)
        let epoch = 1_795_000_000 + index * 3
        let iso = Self.iso8601(epoch)
        let author = "user_\(next() % 50_000)"
        return Row(
            id: "\(platform.prefix(1))\(index)", createdAt: iso, platform: platform, author: author,
            followers: Int(next() % 200_000), text: text, likes: Int(next() % 500), shares: Int(next() % 100),
            replies: Int(next() % 50), lang: lang, url: "https://example.com/\(platform)/\(index)",
            sentiment: pick(Self.sentiments), kind: pick(Self.kinds)
        )
    }

    /// UTC ISO-8601 without Foundation's formatter (it dominates generation time otherwise).
    static func iso8601(_ epoch: Int) -> String {
        let c = CivilDate(secondsSince1970: epoch)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year, c.month, c.day, c.hour, c.minute, c.second)
    }

    /// Real posts and sentences from the tests' data, by language: the 4,200 Hutto (2014) tweets
    /// (English) and the labelled posts and held-out sentences (Spanish, German, French).
    static func realTexts(testsDirectory: String) -> [String: [String]] {
        func lines(_ path: String) -> [Substring] {
            ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        }
        var pool: [String: [String]] = [:]
        for line in lines(testsDirectory + "/Reference/hutto2014_tweets_groundtruth.tsv") {
            let parts = line.split(separator: "\t", maxSplits: 2)
            if parts.count == 3 { pool["en", default: []].append(String(parts[2])) }
        }
        for language in ["es", "de", "fr"] {
            for line in lines(testsDirectory + "/Labelled/\(language)_labelled.tsv") {
                if let text = line.split(separator: "\t", maxSplits: 1).last { pool[language, default: []].append(String(text)) }
            }
        }
        for line in lines(testsDirectory + "/Language/short_texts.tsv") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            if parts.count == 2, ["es", "de", "fr"].contains(String(parts[0])) { pool[String(parts[0]), default: []].append(String(parts[1])) }
        }
        return pool
    }

    static let csvHeader = "id,created_at,platform,author,followers,text,likes,shares,replies,lang,url,sentiment,kind\n"

    static func csvField(_ value: String) -> String {
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }

    /// Writes `rows` rows to `path` in `format` ("csv", "jsonl", or "json": the same records as
    /// one document; "plain-csv" is the columns most
    /// exports have, `id,created_at,author,followers,platform,text`, and "plain-csv-lang" adds
    /// `lang`); returns the byte count.
    @discardableResult
    mutating func write(rows: Int, format: String, to path: String) throws -> Int {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else { throw CocoaError(.fileWriteUnknown) }
        defer { try? handle.close() }
        let plain = format.hasPrefix("plain-csv"), withLanguage = format == "plain-csv-lang"
        let document = format == "json"  // the JSON Lines records as one {"meta", "data": […]} document
        var buffer = format == "csv" ? Self.csvHeader : plain ? "id,created_at,author,followers,platform,text\(withLanguage ? ",lang" : "")\n"
            : document ? "{\"meta\": {\"generator\": \"vigil-bench\", \"count\": \(rows)},\n \"data\": [\n" : ""
        var total = 0
        for index in 0..<rows {
            let r = row(index)
            if plain {
                buffer += [r.id, r.createdAt, r.author, String(r.followers), r.platform, Self.csvField(r.text)].joined(separator: ",")
                buffer += withLanguage ? ",\(r.lang)\n" : "\n"
            } else if format == "csv" {
                buffer += [r.id, r.createdAt, r.platform, r.author, String(r.followers), Self.csvField(r.text), String(r.likes),
                           String(r.shares), String(r.replies), r.lang, r.url, r.sentiment, r.kind].joined(separator: ",") + "\n"
            } else {
                if document && index > 0 { buffer += "," }
                buffer += "{\"id\":\(JSONText.quoted(r.id)),\"created_at\":\"\(r.createdAt)\",\"platform\":\"\(r.platform)\",\"author\":\"\(r.author)\",\"followers\":\(r.followers),\"text\":\(JSONText.quoted(r.text)),\"likes\":\(r.likes),\"shares\":\(r.shares),\"replies\":\(r.replies),\"lang\":\"\(r.lang)\",\"url\":\"\(r.url)\",\"sentiment\":\"\(r.sentiment)\",\"kind\":\"\(r.kind)\"}\n"
            }
            if index % 4096 == 4095 {
                let data = Data(buffer.utf8)
                total += data.count
                handle.write(data)
                buffer = ""
            }
        }
        if document { buffer += " ],\n \"paging\": {\"next\": null}\n}\n" }
        let data = Data(buffer.utf8)
        total += data.count
        handle.write(data)
        return total
    }
}
