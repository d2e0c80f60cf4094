import Testing
@testable import VigilTerminal

@Suite struct TextSanitizerTests {
    /// True when no scalar could be interpreted by a terminal as a control.
    func isInert(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            let v = scalar.value
            return !(v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v))
        }
    }

    @Test func escapeSequencesBecomeVisible() {
        let clear = TextSanitizer.sanitized("Great kettle \u{1B}[2J\u{1B}[H lol")
        #expect(clear == "Great kettle ␛[2J␛[H lol")
        let title = TextSanitizer.sanitized("\u{1B}]0;pwned\u{07}hello")
        #expect(title == "␛]0;pwned␇hello")
        #expect(isInert(clear) && isInert(title))
    }

    @Test func controlsAndBidiBecomePlaceholders() {
        #expect(TextSanitizer.sanitized("a\u{7F}b") == "a␡b")
        #expect(TextSanitizer.sanitized("a\u{08}b") == "a␈b")
        #expect(TextSanitizer.sanitized("\u{9B}31m") == "\u{FFFD}31m")
        #expect(TextSanitizer.sanitized("invoice\u{202E}txt.exe") == "invoice\u{FFFD}txt.exe")
        #expect(TextSanitizer.sanitized("x\u{2066}y\u{2069}") == "x\u{FFFD}y\u{FFFD}")
        #expect(TextSanitizer.sanitized("a\tb\nc\r\nd") == "a b c d")
    }

    @Test func everyScalarRangeStaysInert() {
        var hostile = ""
        for v in 0..<0xA0 { hostile.unicodeScalars.append(Unicode.Scalar(UInt32(v))!) }
        for v in [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F] {
            hostile.unicodeScalars.append(Unicode.Scalar(UInt32(v))!)
        }
        #expect(isInert(TextSanitizer.sanitized(hostile)))
        #expect(isInert(TextSanitizer.sanitized("\u{1B}" + hostile + "\u{301}")))
    }

    @Test func combiningTowersAreCapped() {
        let zalgo = "a" + String(repeating: "\u{301}", count: 30)
        let out = TextSanitizer.sanitized(zalgo)
        #expect(out.unicodeScalars.count == 5)
        #expect(DisplayWidth.of(zalgo) == 1)
    }

    @Test func emojiSequencesCollapseToBase() {
        #expect(TextSanitizer.sanitized("👍🏽") == "👍")
        #expect(TextSanitizer.sanitized("👨‍👩‍👧") == "👨")
        #expect(TextSanitizer.sanitized("❤️") == "❤")
        #expect(TextSanitizer.sanitized("🇪🇸") == "🇪🇸")
    }
}
