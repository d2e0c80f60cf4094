import Testing
@testable import VigilRules

struct TextFoldingTests {
    @Test func foldsCaseAndAccents() {
        #expect(TextFolding.tokens(of: "RÜCKRUF Rückruf rückruf") == ["ruckruf", "ruckruf", "ruckruf"])
        #expect(TextFolding.tokens(of: "¿Filtración de DATOS?") == ["filtracion", "de", "datos"])
        #expect(TextFolding.tokens(of: "Brûlure, œuvre, Straße") == ["brulure", "oeuvre", "strasse"])
    }

    @Test func separatesOnPunctuationAndApostrophes() {
        #expect(TextFolding.tokens(of: "l'appli—plantée… «vraiment»") == ["l", "appli", "plantee", "vraiment"])
        #expect(TextFolding.tokens(of: "don’t x-ray") == ["don", "t", "x", "ray"])
    }

    @Test func emojiAndSymbolsAreWordsOfTheirOwn() {
        #expect(TextFolding.tokens(of: "fire🔥🔥 ok⚠️") == ["fire", "🔥", "🔥", "ok", "⚠"])
    }

    @Test func marksHashtagsMentionsAndQuestions() {
        let text = FoldedText("@Kettlebird.bsky.social why? #BoycottKettlebird ¿qué")
        #expect(text.tokens.map(\.sigil) == [0x40, 0, 0x23, 0])
        #expect(text.word(0) == "kettlebird.bsky.social")
        #expect(text.word(2) == "boycottkettlebird")
        #expect(text.hasQuestion)
        #expect(!FoldedText("no question here.").hasQuestion)
        #expect(FoldedText("¿Dónde").hasQuestion)
    }

    @Test func hostileBytesDoNotBreakFolding() {
        let text = FoldedText("\u{1B}[2Jrecall\u{0}\u{7F} \u{202E}now")
        #expect(text.tokens.indices.map(text.word) == ["2jrecall", "now"])
    }
}

struct TermMatchingTests {
    func rules(_ terms: String, lists: String = "") throws -> RuleSet {
        try RuleFixtures.rules("""
        \(lists)
        rules:
          - id: r
            match: {text: \(terms)}
            actions: {escalate: true}
        """)
    }

    @Test func wordsMatchOnWordBoundariesOnly() throws {
        let set = try rules("[recall]")
        #expect(RuleFixtures.matchedRules(set, RuleFixtures.mention("1", text: "RECALL now!")) == ["r"])
        #expect(RuleFixtures.matchedRules(set, RuleFixtures.mention("2", text: "#recall")) == ["r"])
        #expect(RuleFixtures.matchedRules(set, RuleFixtures.mention("3", text: "I can't recalling that")).isEmpty)
        #expect(RuleFixtures.matchedRules(set, RuleFixtures.mention("4", text: "unrecalled")).isEmpty)
    }

    @Test func phrasesMatchConsecutiveWords() throws {
        let set = try rules("[data breach, fuite de données]")
        #expect(RuleFixtures.matchedRules(set, RuleFixtures.mention("1", text: "a DATA-breach at the app")) == ["r"])
        #expect(RuleFixtures.matchedRules(set, RuleFixtures.mention("2", text: "Fuite de donnees chez eux", language: "fr")) == ["r"])
        #expect(RuleFixtures.matchedRules(set, RuleFixtures.mention("3", text: "data about a breach")).isEmpty)
        #expect(RuleFixtures.matchedRules(set, RuleFixtures.mention("4", text: "data")).isEmpty)
    }

    @Test func prefixTermsMatchWordStarts() throws {
        let set = try rules("[rückruf*]")
        #expect(RuleFixtures.matchedRules(set, RuleFixtures.mention("1", text: "Rückrufaktion jetzt", language: "de")) == ["r"])
        #expect(RuleFixtures.matchedRules(set, RuleFixtures.mention("2", text: "kein ruck", language: "de")).isEmpty)
    }

    @Test func languageListsOnlyMatchTheirLanguageOrUnknown() throws {
        let set = try rules("[$fire]", lists: "lists:\n  fire: {de: [brand], en: [fire]}")
        #expect(RuleFixtures.matchedRules(set, RuleFixtures.mention("1", text: "Brand im Werk", language: "de")) == ["r"])
        #expect(RuleFixtures.matchedRules(set, RuleFixtures.mention("2", text: "love this brand", language: "en")).isEmpty)
        #expect(RuleFixtures.matchedRules(set, RuleFixtures.mention("3", text: "brand", language: nil)) == ["r"])
        #expect(RuleFixtures.matchedRules(set, RuleFixtures.mention("4", text: "fire!", language: "en")) == ["r"])
    }

    @Test func emojiTermsMatch() throws {
        let set = try rules("[\"🔥\"]")
        #expect(RuleFixtures.matchedRules(set, RuleFixtures.mention("1", text: "kitchen🔥")) == ["r"])
    }
}
