import Testing
@testable import VigilSentiment

@Suite struct PunctuationTests {
    @Test func asciiPunctuationIsPythonsStringPunctuation() {
        let python = Set(##"!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"##.utf8)
        for byte in 0...255 {
            #expect(VADERAnalyzer.isASCIIPunctuation(UInt8(byte)) == python.contains(UInt8(byte)), "byte \(byte)")
        }
    }
}
