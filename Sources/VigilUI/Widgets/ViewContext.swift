import Foundation
import VigilCore

/// What every view needs besides the state: how to draw and in which time zone.
public struct ViewContext: Sendable {
    public var theme: Theme
    public var glyphs: Glyphs
    public var keymap: Keymap
    public var timeZone: TimeZone
    /// Lines explaining an analyzer-given sentiment, shown in the detail view (nil: not shown).
    public var explainSentiment: (@Sendable (Mention) -> [String])?
    /// What the moderation detectors find in a post ("spam: scam phrase “dm me”"), shown in the
    /// detail view (nil: not shown).
    public var explainModeration: (@Sendable (Mention) -> [String])?

    public init(theme: Theme = .dark, glyphs: Glyphs = .unicode, keymap: Keymap = .standard, timeZone: TimeZone = .current,
                explainSentiment: (@Sendable (Mention) -> [String])? = nil) {
        self.theme = theme
        self.glyphs = glyphs
        self.keymap = keymap
        self.timeZone = timeZone
        self.explainSentiment = explainSentiment
    }
}
