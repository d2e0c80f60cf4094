import CNcurses
import Testing
@testable import VigilTerminal

@Suite struct KeyDecoderTests {
    func keyCode(_ code: Int32) -> Key? {
        KeyDecoder.decode(status: vigil_KEY_CODE_YES, code: UInt32(bitPattern: code))
    }

    func character(_ code: UInt32) -> Key? {
        KeyDecoder.decode(status: 0, code: code)
    }

    @Test func specialKeys() {
        #expect(keyCode(KEY_UP) == .up)
        #expect(keyCode(KEY_DOWN) == .down)
        #expect(keyCode(KEY_LEFT) == .left)
        #expect(keyCode(KEY_RIGHT) == .right)
        #expect(keyCode(KEY_PPAGE) == .pageUp)
        #expect(keyCode(KEY_NPAGE) == .pageDown)
        #expect(keyCode(KEY_HOME) == .home)
        #expect(keyCode(KEY_END) == .end)
        #expect(keyCode(KEY_ENTER) == .enter)
        #expect(keyCode(KEY_BTAB) == .backTab)
        #expect(keyCode(KEY_RESIZE) == .resize)
        #expect(keyCode(KEY_F0 + 5) == .function(5))
        #expect(keyCode(KEY_BACKSPACE) == .backspace)
    }

    @Test func controlCharacters() {
        #expect(character(9) == .tab)
        #expect(character(10) == .enter)
        #expect(character(13) == .enter)
        #expect(character(27) == .escape)
        #expect(character(127) == .backspace)
        #expect(character(1) == .control("a"))
        #expect(character(4) == .control("d"))
        #expect(character(21) == .control("u"))
    }

    @Test func anyUnicodeCharacter() {
        #expect(character(UInt32(UInt8(ascii: "j"))) == .character("j"))
        #expect(character(UInt32(UInt8(ascii: "G"))) == .character("G"))
        #expect(character(0xE9) == .character("é"))
        #expect(character(0x65E5) == .character("日"))
        #expect(character(0x1F44D) == .character("👍"))
        #expect(character(0xD800) == nil)  // a lone surrogate is not a character
    }

    @Test func keySpecsRoundTrip() {
        #expect(Key(spec: "ctrl-d") == .control("d"))
        #expect(Key(spec: "shift-tab") == .backTab)
        #expect(Key(spec: "pgdn") == .pageDown)
        #expect(Key(spec: "space") == .space)
        #expect(Key(spec: "G") == .character("G"))
        #expect(Key(spec: "f12") == .function(12))
        #expect(Key(spec: "nonsense") == nil)
        #expect(Key.control("d").label == "Ctrl-D")
    }
}
