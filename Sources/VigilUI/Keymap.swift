import VigilTerminal

/// Everything a key can do. The raw value is the name used in help and config files.
public enum Action: String, CaseIterable, Sendable {
    case nextPane = "next-pane"
    case previousPane = "previous-pane"
    case focusMentions = "pane-mentions"
    case focusComments = "pane-comments"
    case focusPending = "pane-pending"
    case focusAlerts = "pane-alerts"
    case focusModeration = "pane-moderation"
    case moveDown = "down"
    case moveUp = "up"
    case pageDown = "page-down"
    case pageUp = "page-up"
    case top
    case bottom
    case open
    case back
    case quit
    case quitNow = "quit-now"
    case help
    case acknowledge
    case silence
    case reply
    case markReplied = "mark-replied"
    case dismiss
    case escalate
    case assign
    case undo
    case followUp = "follow-up"
    case snooze
    case tags
    case overrideSentiment = "sentiment"
    case comment
    case commandLine = "command-line"
    case authorHistory = "author-history"
    case filter
    case nextMatch = "next-match"
    case previousMatch = "previous-match"
    case openURL = "open-url"
    case mark
    case markAll = "mark-all"
    case applyToMarked = "apply-to-marked"
    case ops = "ops-screen"
    case approve
    case hide
    case delete
    case warn
    case ban = "ban-author"
}

/// Where a binding applies: the pane grid, or an overlay on top of it.
public enum KeyContext: String, CaseIterable, Sendable {
    case dashboard, detail, help, ops
}

/// A key binding is data: the keys, what they do, where, and the help text.
public struct KeyBinding: Sendable {
    public var action: Action
    public var keys: [Key]
    public var help: String
    public var contexts: Set<KeyContext>
    /// Shown in the footer's short list of hints.
    public var inFooter: Bool

    public init(_ action: Action, _ keys: [Key], _ help: String, contexts: Set<KeyContext> = [.dashboard, .detail, .help], inFooter: Bool = false) {
        self.action = action
        self.keys = keys
        self.help = help
        self.contexts = contexts
        self.inFooter = inFooter
    }
}

/// The one source for key dispatch, the footer hints and the `?` help screen.
public struct Keymap: Sendable {
    public var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    public static let standard = Keymap(bindings: [
        KeyBinding(.nextPane, [.tab], "next pane", contexts: [.dashboard], inFooter: true),
        KeyBinding(.previousPane, [.backTab], "previous pane", contexts: [.dashboard]),
        KeyBinding(.focusMentions, [.character("1")], "go to Mentions", contexts: [.dashboard]),
        KeyBinding(.focusComments, [.character("2")], "go to Comments", contexts: [.dashboard]),
        KeyBinding(.focusPending, [.character("3")], "go to Pending replies", contexts: [.dashboard]),
        KeyBinding(.focusAlerts, [.character("4")], "go to Crisis alerts", contexts: [.dashboard]),
        KeyBinding(.focusModeration, [.character("5")], "the moderation queue (whole screen; 1–4 back to the panes)", contexts: [.dashboard]),
        KeyBinding(.moveDown, [.character("j"), .down], "down", inFooter: true),
        KeyBinding(.moveUp, [.character("k"), .up], "up", inFooter: true),
        KeyBinding(.pageDown, [.pageDown, .control("d")], "page down"),
        KeyBinding(.pageUp, [.pageUp, .control("u")], "page up"),
        KeyBinding(.top, [.character("g"), .home], "first item"),
        KeyBinding(.bottom, [.character("G"), .end], "last item"),
        KeyBinding(.open, [.enter], "open detail", contexts: [.dashboard], inFooter: true),
        KeyBinding(.back, [.character("q"), .escape], "back", contexts: [.detail, .help, .ops], inFooter: true),
        KeyBinding(.quit, [.character("q")], "quit", contexts: [.dashboard], inFooter: true),
        KeyBinding(.quitNow, [.character("Q")], "quit from anywhere", contexts: Set(KeyContext.allCases)),
        KeyBinding(.help, [.character("?")], "help", inFooter: true),
        KeyBinding(.reply, [.character("r")], "reply (saved to the outbox; the item becomes replied)", contexts: [.dashboard, .detail]),
        KeyBinding(.markReplied, [.character("R")], "mark replied", contexts: [.dashboard, .detail], inFooter: true),
        KeyBinding(.dismiss, [.character("d")], "dismiss", contexts: [.dashboard, .detail], inFooter: true),
        KeyBinding(.escalate, [.character("E")], "escalate (asks for a note)", contexts: [.dashboard, .detail]),
        KeyBinding(.assign, [.character("a")], "assign to @person or delegate to a department", contexts: [.dashboard, .detail]),
        KeyBinding(.followUp, [.character("f")], "set a follow-up (2d, 4h)", contexts: [.dashboard, .detail]),
        KeyBinding(.snooze, [.character("z")], "snooze (3h, 1d): out of Pending until then", contexts: [.dashboard, .detail]),
        KeyBinding(.tags, [.character("L")], "edit tags", contexts: [.dashboard, .detail]),
        KeyBinding(.overrideSentiment, [.character("S")], "override the sentiment", contexts: [.dashboard, .detail]),
        KeyBinding(.filter, [.character("/")], "filter the panes (empty clears)", contexts: [.dashboard], inFooter: true),
        KeyBinding(.nextMatch, [.character("n")], "next match (wraps)", contexts: [.dashboard]),
        KeyBinding(.previousMatch, [.character("N")], "previous match (wraps)", contexts: [.dashboard]),
        KeyBinding(.openURL, [.character("o")], "open the original post (xdg-open), else show its URL", contexts: [.dashboard, .detail]),
        KeyBinding(.authorHistory, [.character("H")], "the author's history: all their mentions, sentiment, triage and notes", contexts: [.dashboard, .detail]),
        KeyBinding(.commandLine, [.character(":")], "command line: :q, :assign @who|department, :reply TEMPLATE, :export FILE, :filter …, :help", contexts: [.dashboard, .detail]),
        KeyBinding(.comment, [.character("c")], "add an internal comment", contexts: [.dashboard, .detail]),
        KeyBinding(.mark, [.character("t"), .space], "mark or unmark the item (and go down)", contexts: [.dashboard]),
        KeyBinding(.markAll, [.character("T")], "mark every item in the pane (again: unmark all)", contexts: [.dashboard]),
        KeyBinding(.applyToMarked, [.character(";")], "apply the next action to all marked items", contexts: [.dashboard]),
        KeyBinding(.undo, [.character("u")], "undo the last triage action (repeatable)", contexts: [.dashboard, .detail], inFooter: true),
        KeyBinding(.acknowledge, [.character("A")], "acknowledge alert", contexts: [.dashboard, .detail]),
        KeyBinding(.silence, [.character("s")], "silence alert 1h", contexts: [.dashboard, .detail]),
        KeyBinding(.approve, [.character("y")], "moderation: approve (keep it; out of the queue)", contexts: [.dashboard, .detail]),
        KeyBinding(.hide, [.character("h")], "moderation: hide", contexts: [.dashboard, .detail]),
        KeyBinding(.delete, [.character("X")], "moderation: delete", contexts: [.dashboard, .detail]),
        KeyBinding(.warn, [.character("w")], "moderation: warn the author", contexts: [.dashboard, .detail]),
        KeyBinding(.ban, [.character("B")], "moderation: ban the author (asks for a note)", contexts: [.dashboard, .detail]),
        KeyBinding(.ops, [.character("O")], "ops screen for a wall monitor (O again: back)", contexts: [.dashboard, .ops]),
    ])

    public func action(for key: Key, in context: KeyContext) -> Action? {
        bindings.first { $0.contexts.contains(context) && $0.keys.contains(key) }?.action
    }

    public func bindings(in context: KeyContext) -> [KeyBinding] {
        bindings.filter { $0.contexts.contains(context) }
    }

    /// "j/↓"-style label for a binding's keys.
    public static func label(_ binding: KeyBinding) -> String {
        binding.keys.map(\.label).joined(separator: "/")
    }
}
