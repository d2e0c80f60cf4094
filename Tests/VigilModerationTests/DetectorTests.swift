import Foundation
import Testing
@testable import VigilModeration

/// The detectors on posts in four languages, and on the hard cases they must leave alone: a
/// complaint is something to answer, not to hide.
@Suite struct DetectorTests {
    let moderator = Moderator(brandNames: ["Kettlebird"], officialDomains: ["kettlebird.com"])

    @Test(arguments: [
        "DM me for a free giveaway, 100 winners!!",
        "Check my profile for the best deals 🔥 https://bit.ly/x1 https://bit.ly/x2",
        "Your Kettlebird account is locked, verify here: https://kettlebird-support.help/login",
        "Gana dinero fácil desde casa, escríbeme al privado",
        "Du hast gewonnen! Fordere deinen Preis: https://gewinn.example/a https://gewinn.example/b",
        "Vous avez gagné un iPhone, réclame ton cadeau ici www.cadeau-gratuit.example",
        "Bitcoin investment opportunity, guaranteed profit 💰💰 t.me/richnow",
    ])
    func spamAndScams(text: String) {
        let found = moderator.inspect(text)
        #expect(found.spam, "\(text): \(found.reasons)")
    }

    /// Hosts that borrow the brand's name with look-alike letters: I or 1 for l, 0 for o, rn
    /// for m, dashes between.
    @Test(arguments: ["https://kett1ebird-care.com/login", "https://www.kettIe-bird.help/verify", "http://kett1e-b1rd.support/x"])
    func lookAlikeHostsBorrowTheBrandsName(link: String) {
        let found = moderator.inspectFully("Your account is locked, log in again here: \(link)")
        #expect(found.reasons.contains { $0.contains("borrows the name") }, "\(link): \(found.reasons)")
        #expect(SpamDetector.unconfused("rnodern k1tt-en", droppingDashes: true) == "modem kltten")
        #expect(SpamDetector.unconfused("rnodern k1tt-en") == "modem kltt-en")
    }

    @Test(arguments: [
        "My kettle broke after two weeks, I want a refund. Order page: https://kettlebird.com/orders",
        "Where can I buy filters? The website says sold out",
        "¿Cuándo vuelve a haber stock del Kettlebird Mini?",
        "Der Deckel ist schon wieder kaputt, sehr enttäuscht",
        "Cryptography is hard, but setting up this kettle should not be",
        "Read the review: https://www.theverge.com/kettlebird-review",
    ])
    func complaintsAndQuestionsAreNotSpam(text: String) {
        #expect(!moderator.inspect(text).spam, "\(text): \(moderator.inspect(text).reasons)")
    }

    @Test(arguments: [
        ("You are an idiot", AbuseLevel.abuse),
        ("you're such a loser lol", .abuse),
        ("u r a m0r0n", .abuse),
        ("Eres un imbécil", .abuse),
        ("Du bist ein Vollidiot", .abuse),
        ("T'es un connard", .abuse),
        ("espèce de débile", .abuse),
        ("you are i d i o t", .abuse),
        ("you are stuuupid", .abuse),
        ("I will kill you", .threat),
        ("Te voy a matar", .threat),
        ("Ich bring dich um", .threat),
        ("Je vais te tuer", .threat),
        ("this shit kettle", .profanity),
        ("Scheiße, schon wieder kaputt", .profanity),
    ])
    func abuseLevels(text: String, level: AbuseLevel) {
        let found = moderator.inspect(text)
        #expect(found.abuse == level, "\(text): \(found.reasons)")
    }

    @Test(arguments: [
        "This kettle is garbage",
        "Your support is useless and slow, I'm furious",
        "Esta tetera es una basura",
        "Der Kundenservice ist unfähig, ich bin wütend",
        "Ce service client est nul",
        "The news says someone called the CEO an idiot",
    ])
    func criticismOfTheProductIsNotAbuse(text: String) {
        let found = moderator.inspect(text)
        #expect(found.abuse < .abuse, "\(text): \(found.reasons)")
    }

    @Test(arguments: [
        ("Voy con mi hermana a comprar otro", "es"),
        ("Tengo el modelo negro y el blanco", "es"),
        ("But the lid is loose", "en"),
        ("as soon as possible please", "en"),
        ("I got the Kettlebird Mini, but the base wobbles", nil),
        ("Café con leche, perfecto", nil),
    ] as [(String, String?)])
    func everydayWordsAreNotProfanity(text: String, language: String?) {
        let found = moderator.inspect(text, language: language)
        #expect(found.abuse == .none, "\(text): \(found.reasons)")
    }

    @Test func aSwearWordOfThePostsOwnLanguage() {
        #expect(moderator.inspect("Quelle bite ce service", language: "fr").abuse == .profanity)
        #expect(moderator.inspect("Fuuuuck, broken again").abuse == .profanity)
    }

    @Test(arguments: [
        ("write me at ana.garcia@example.com please", PersonalDataKind.email),
        ("call me on +34 612 345 678", .phone),
        ("mi móvil es 612 34 56 78", .phone),
        ("ruf an: 0170 1234567", .phone),
        ("appelez le 06 12 34 56 78", .phone),
        ("my number is (415) 555-0132", .phone),
        ("card 4111 1111 1111 1111 was charged twice", .card),
        ("IBAN DE89 3704 0044 0532 0130 00 for the refund", .iban),
        ("my order #A12345678 never arrived", .order),
        ("pedido 40392817 sin entregar", .order),
        ("Bestellnummer: 302-4432123 fehlt", .order),
        ("deliver to 221B Baker Street please", .address),
        ("je suis au 12 rue de la Paix", .address),
        ("vivo en Calle Mayor 5", .address),
        ("Lieferung an Hauptstraße 12", .address),
    ])
    func personalData(text: String, kind: PersonalDataKind) {
        let found = moderator.inspect(text)
        #expect(found.personalData.contains(kind), "\(text): \(found.reasons)")
    }

    @Test(arguments: [
        "Bought it on 12.05.2026 for 89,99 €",
        "It boils 1.7 litres in 90 seconds, 2200 W",
        "Version 3.14.159 fixed it",
        "Tracking says 3 days",
        "order arrived today, thanks!",
        "see you at 10:30 on 24/12/2026",
    ])
    func numbersThatAreNotPersonalData(text: String) {
        let found = moderator.inspect(text)
        #expect(found.personalData.isEmpty, "\(text): \(found.reasons)")
    }

    @Test func contactBait() {
        let found = moderator.inspect("write me on whatsapp +34612345678 for the deal")
        #expect(found.reasons.contains { $0.contains("contact bait") }, "\(found.reasons)")
    }

    @Test func reasonsNeverRepeatThePersonalData() {
        let found = moderator.inspect("call +34 612 345 678 or mail ana.garcia@example.com")
        #expect(found.personalData == [.email, .phone] || found.personalData == [.phone, .email])
        #expect(!found.reasons.joined().contains("612 345") && !found.reasons.joined().contains("garcia@example"))
    }

    @Test func disguisesAreSeenThrough() {
        #expect(ModerationText("1d10t").words == ["idiot"])
        #expect(ModerationText.squeezed("stuuuupid", keep: 1) == "stupid")
        #expect(ModerationText.squeezed("butt", keep: 1) == nil)  // double letters are spelling, not emphasis
        #expect(ModerationText("Scheiße").words == ["scheisse"])
        #expect(ModerationText("i.d.i.o.t").words == ["idiot"])
        #expect(ModerationText("I D I O T!").words == ["idiot"])
        #expect(ModerationText("Imbécil").words == ["imbecil"])
        #expect(ModerationText("order 12345").words == ["order", "12345"])
    }

    @Test func aPlusAfterALetterDoesNotHang() {
        _ = moderator.inspect("C+1 and a+34 612 345 678 and x+")
        #expect(Moderator().inspect("a+1").personalData.isEmpty)
    }
}
