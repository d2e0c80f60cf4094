import Testing
@testable import VigilSentiment

@Suite struct LanguageGuessTests {
    @Test(arguments: [
        ("My kettle is broken and the app is useless", "en"),
        ("¿Dónde compro filtros para la Kettlebird Mini?", "es"),
        ("La tapa se rompió y nadie responde", "es"),
        ("Der Deckel ist kaputt und die App geht nicht", "de"),
        ("Wie verbinde ich die App mit dem Wasserkocher?", "de"),
        ("Le couvercle est cassé et le service client ne répond pas", "fr"),
        ("Comment régler la température sur la bouilloire ?", "fr"),
    ])
    func guessesTheLanguage(text: String, language: String) {
        #expect(LanguageGuess.guess(text) == language)
    }

    @Test(arguments: ["😍😍", "Kettlebird!!!", "ok", ""])
    func tooLittleToGoOnIsNil(text: String) {
        #expect(LanguageGuess.guess(text) == nil)
    }

    @Test func feedLanguageCodesAreNormalized() {
        #expect(SentimentEngine.code("ES") == "es")
        #expect(SentimentEngine.code("es-MX") == "es")
        #expect(SentimentEngine.code("Deutsch") == "de")
        #expect(SentimentEngine.code("ja") == nil)
        #expect(SentimentEngine.code("esperanto") == nil)
    }
}
