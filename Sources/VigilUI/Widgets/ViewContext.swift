import Foundation

/// What every view needs besides the state: how to draw and in which time zone.
public struct ViewContext: Sendable {
    public var theme: Theme
    public var glyphs: Glyphs
    public var keymap: Keymap
    public var timeZone: TimeZone

    public init(theme: Theme = .dark, glyphs: Glyphs = .unicode, keymap: Keymap = .standard, timeZone: TimeZone = .current) {
        self.theme = theme
        self.glyphs = glyphs
        self.keymap = keymap
        self.timeZone = timeZone
    }
}
