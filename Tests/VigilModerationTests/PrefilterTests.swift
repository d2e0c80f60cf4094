import Foundation
import Testing
@testable import VigilModeration

/// The prefilter may only ever skip posts the detectors find nothing in.
@Suite struct PrefilterTests {
    let moderator = Moderator(brandNames: ["Kettlebird"], officialDomains: ["kettlebird.com"])
    let prefilter = ModerationPrefilter.shared

    /// Lines of the real exports and the samples: posts, ids, URLs, e-mails, numbers, emoji.
    static let corpus: [String] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var lines: [String] = []
        for folder in ["Tests/Fixtures/real", "SampleFeeds"] {
            let base = root.appendingPathComponent(folder)
            for case let url as URL in FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) ?? FileManager.default.enumerator(atPath: "/")! {
                guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
                for line in text.split(separator: "\n") where !line.isEmpty {
                    // Long JSON lines in pieces of a post's size.
                    var rest = Substring(line)
                    while !rest.isEmpty {
                        lines.append(String(rest.prefix(280)))
                        rest = rest.dropFirst(280)
                    }
                }
            }
        }
        return lines
    }()

    /// Disguises the detectors see through, applied to a text.
    static func disguised(_ text: String, _ seed: Int) -> String {
        switch seed % 6 {
        case 0: return text.replacingOccurrences(of: "i", with: "1").replacingOccurrences(of: "o", with: "0")
        case 1: return text.replacingOccurrences(of: "a", with: "aaa")
        case 2: return text.uppercased()
        case 3: return text.map { String($0) }.joined(separator: " ")
        case 4: return text.replacingOccurrences(of: "e", with: "é").replacingOccurrences(of: "s", with: "$")
        default: return text.replacingOccurrences(of: " ", with: ".")
        }
    }

    static let known = [
        "DM me for a free giveaway", "you are an idiot", "you idiot", "your agent is a moron", "ces connards", "I will kill you",
        "te voy a matar", "ich bring dich um", "je vais te tuer", "call me on +34 612 345 678", "jana.k@example.de", "4111 1111 1111 1111",
        "DE89 3704 0044 0532 0130 00", "order #A12345", "221B Baker Street", "12 rue de la Paix", "Calle Mayor 5", "Hauptstraße 12",
        "fuck this", "scheiße", "mierda", "putain", "verify at kettlebird-help.xyz", "https://a.example https://b.example", "$$$ fast",
        "€€€ gratis", "💰💰 now", "whatsapp me +44 7700 900123", "shit", "sh1t", "i d i o t", "@ss", "Gilipollas!",
        "you are stuuupid", "t'es un con", "you have won", "GB29 NWBK 6016 1331 9268 19", "eres un 1d10ta", "du bist ein Vollidiot!!",
    ]

    @Test func skipsOnlyWhatTheDetectorsFindNothingIn() {
        var skipped = 0, wrong: [String] = []
        var texts = Self.corpus + Self.known
        for (index, text) in (Self.known + Self.corpus.prefix(3_000)).enumerated() { texts.append(Self.disguised(text, index)) }
        let filter = prefilter
        for (index, text) in texts.enumerated() {
            // Some swear words count only in a post of their own language.
            let language = [nil, "en", "es", "de", "fr"][index % 5]
            guard !filter.mayFlag(text, language: language) else { continue }
            skipped += 1
            let found = moderator.inspectFully(text, language: language)
            if !found.isClean { wrong.append("\(text) [\(language ?? "?")] → \(found.reasons)") }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
        // Without swearing asked about: only profanity may be skipped.
        var wrongWithoutProfanity: [String] = []
        for (index, text) in texts.enumerated() {
            let language = [nil, "en", "es", "de", "fr"][index % 5]
            guard !filter.mayFlag(text, language: language, profanity: false) else { continue }
            let found = moderator.inspectFully(text, language: language)
            if found.spam || found.abuse >= .abuse || found.hasPersonalData { wrongWithoutProfanity.append("\(text) → \(found.reasons)") }
        }
        #expect(wrongWithoutProfanity.isEmpty, "\(wrongWithoutProfanity.prefix(10))")
        // It is worth having: most lines of real exports are skipped.
        #expect(Double(skipped) / Double(texts.count) > 0.5, "skipped \(skipped) of \(texts.count)")
    }

    @Test func knownFindingsAreNeverSkipped() {
        let skipped = Self.known.filter { !prefilter.mayFlag($0) }
        #expect(skipped.isEmpty, "\(skipped)")
        let clean = ["Lovely kettle, the tea tastes great ☕ #morning @kettlebird", "Der Deckel ist kaputt, 2 Wochen alt. Sehr enttäuscht 😡",
                     "¿Cuándo vuelve a haber stock? Lo quiero para el 12/05"]
        let looked = clean.filter { prefilter.mayFlag($0) }
        #expect(looked.isEmpty, "\(looked)")
    }

    @Test func everyWordLookedForIsLatin() {
        var words = Set<String>()
        for list in AbuseDetector.profanity.values { words.formUnion(list) }
        words.formUnion(AbuseDetector.insults)
        words.formUnion(AbuseDetector.personInsults)
        // The prefilter takes a word with another alphabet's letter for one no list has.
        #expect(words.filter { !$0.unicodeScalars.allSatisfy(\.isASCII) }.isEmpty)
    }

    /// What a post is found to be is the same with the first look and without it (a post with
    /// one link and no other mark is only checked for look-alike links).
    @Test func theFirstLookNeverChangesAVerdict() {
        var texts = Self.corpus + Self.known + ["verify your account at https://kettlebird-help.xyz/login", "new video https://youtu.be/x1 😍",
                                                 "join https://t.me/richnow", "see https://x.com/ana/status/1234567890123456789"]
        for (index, text) in (Self.known + Self.corpus.prefix(2_000)).enumerated() { texts.append(Self.disguised(text, index)) }
        var different: [String] = []
        for (index, text) in texts.enumerated() {
            let language = [nil, "en", "es", "de", "fr"][index % 5]
            let quick = moderator.inspect(text, language: language), full = moderator.inspectFully(text, language: language)
            if quick.spam != full.spam || quick.abuse != full.abuse || quick.personalData != full.personalData { different.append(text) }
        }
        #expect(different.isEmpty, "\(different.prefix(10))")
        #expect(moderator.inspect("verify your account at https://kettlebird-help.xyz/login").spam)
    }
}
