/// A decoded key press (or a resize), independent of how the backend read it.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)  // ctrl-a … ctrl-z, stored lowercase
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete, insert
    case function(Int)
    case resize
    /// Mouse events (only when the mouse is turned on): a click on a cell, the wheel.
    case click(x: Int, y: Int)
    case wheelUp, wheelDown

    public static let space = Key.character(" ")

    /// Parses a key as written in keymaps and config files: `j`, `G`, `?`, `space`, `enter`,
    /// `esc`, `tab`, `shift-tab`, `up`, `pgdn`, `home`, `ctrl-d`, `f5`.
    public init?(spec: String) {
        let lower = spec.lowercased()
        switch lower {
        case "up": self = .up
        case "down": self = .down
        case "left": self = .left
        case "right": self = .right
        case "pgup", "pageup", "page-up": self = .pageUp
        case "pgdn", "pagedown", "page-down": self = .pageDown
        case "home": self = .home
        case "end": self = .end
        case "enter", "return": self = .enter
        case "esc", "escape": self = .escape
        case "tab": self = .tab
        case "shift-tab", "backtab", "btab": self = .backTab
        case "backspace", "bs": self = .backspace
        case "delete", "del": self = .delete
        case "insert", "ins": self = .insert
        case "space": self = .space
        default:
            if lower.hasPrefix("ctrl-"), lower.count == 6, let letter = lower.last, letter.isLetter {
                self = .control(letter)
            } else if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...24).contains(number) {
                self = .function(number)
            } else if spec.count == 1, let character = spec.first {
                self = .character(character)
            } else {
                return nil
            }
        }
    }

    /// How the key is shown in the footer and help.
    public var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-" + String(c).uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "Bksp"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .function(let n): return "F\(n)"
        case .resize: return "resize"
        case .click: return "click"
        case .wheelUp: return "wheel-up"
        case .wheelDown: return "wheel-down"
        }
    }
}
