import CNcurses
import CTerminalGuard
#if canImport(Glibc)
import Glibc
#endif

/// The real terminal, through ncursesw. The only code in Vigil that talks to ncurses.
@MainActor
public final class NcursesBackend: Backend {
    public let colorDepth: ColorDepth
    private var pairs: [ColorPairKey: Int16] = [:]
    private var nextPair: Int32 = 1
    private let maxPairs: Int32
    private var active = true
    private var scratch: [wchar_t] = []

    private struct ColorPairKey: Hashable {
        var foreground: Int32
        var background: Int32
    }

    /// Why the terminal cannot show a full-screen program (TERM=dumb, unknown or hardcopy
    /// terminals), or nil when it can. Asked before anything changes the terminal.
    nonisolated public static func unsuitableTerminal(environment: [String: String]) -> String? {
        let term = environment["TERM"] ?? ""
        guard term.isEmpty || vigil_terminal_is_full_screen_capable(STDOUT_FILENO) == 0 else { return nil }
        let name = term.isEmpty ? "no TERM is set" : "TERM=\(term) cannot move the cursor"
        return "this terminal cannot show the full-screen dashboard (\(name)). Run it in a terminal such as "
            + "xterm-256color, or use the headless commands: vigil import, vigil check, vigil export, vigil watch, vigil sentiment"
    }

    /// Sets the locale, installs the signal guard, and enters curses mode.
    public init(environment: [String: String]) {
        TerminalLocale.configure()
        vigil_guard_install()
        _ = initscr()
        vigil_guard_capture_restore_sequence()
        cbreak()
        noecho()
        nonl()
        let screen = vigil_stdscr()
        keypad(screen, true)
        intrflush(screen, false)
        set_escdelay(25)
        curs_set(0)
        if has_colors() {
            start_color()
            use_default_colors()
        }
        colorDepth = has_colors()
            ? ColorDepth.detect(environment: environment, terminalColors: Int(vigil_colors()))
            : .none
        maxPairs = Int32(min(Int(vigil_color_pairs()), Int(Int16.max)))
    }

    public var size: Size { Size(width: Int(getmaxx(vigil_stdscr())), height: Int(getmaxy(vigil_stdscr()))) }

    public func clear() {
        wclear(vigil_stdscr())
    }

    public func apply(_ updates: [CellUpdate]) {
        let screen = vigil_stdscr()
        var currentStyle: Style?
        for update in updates {
            if update.cell.style != currentStyle {
                setStyle(update.cell.style, on: screen)
                currentStyle = update.cell.style
            }
            scratch.removeAll(keepingCapacity: true)
            for scalar in update.cell.symbol.unicodeScalars { scratch.append(wchar_t(bitPattern: scalar.value)) }
            if scratch.isEmpty { scratch.append(32) }
            _ = mvwaddnwstr(screen, Int32(update.y), Int32(update.x), scratch, Int32(scratch.count))
        }
    }

    /// Reports clicks and the wheel as keys (off unless the user turns it on).
    public func enableMouse() {
        vigil_mouse_enable()
    }

    /// The terminal bell (or a visible flash where the terminal has no bell).
    public func bell() {
        _ = beep()
    }

    public func flush() {
        wnoutrefresh(vigil_stdscr())
        doupdate()
    }

    public func readKey(timeoutMilliseconds: Int) -> Key? {
        let screen = vigil_stdscr()
        wtimeout(screen, Int32(timeoutMilliseconds))
        var code: wint_t = 0
        let status = wget_wch(screen, &code)
        if status == vigil_ERR { return nil }
        if status == vigil_KEY_CODE_YES, Int32(bitPattern: UInt32(code)) == vigil_KEY_MOUSE {
            var x: Int32 = 0, y: Int32 = 0
            switch vigil_mouse_event(&x, &y) {
            case 1: return .click(x: Int(x), y: Int(y))
            case 2: return .wheelUp
            case 3: return .wheelDown
            default: return nil
            }
        }
        return KeyDecoder.decode(status: status, code: UInt32(code))
    }

    /// Which stop signal (SIGINT, SIGTERM, SIGHUP) asked us to leave, if any.
    public var stopSignal: Int32 { vigil_guard_stop_signal() }

    /// Leaves curses mode and restores the terminal. Safe to call more than once.
    /// Leaves curses mode for `body` (an editor on the real terminal), then comes back; the
    /// caller redraws the whole screen afterwards.
    public func runOutside(_ body: () -> Void) {
        def_prog_mode()
        endwin()
        body()
        reset_prog_mode()
        refresh()
    }

    public func shutdown() {
        guard active else { return }
        active = false
        endwin()
        vigil_guard_restore_now()
        vigil_guard_uninstall()
    }

    private func setStyle(_ style: Style, on screen: UnsafeMutablePointer<WINDOW>?) {
        var attributes = vigil_A_NORMAL
        if style.attributes.contains(.bold) { attributes |= vigil_A_BOLD }
        if style.attributes.contains(.dim) { attributes |= vigil_A_DIM }
        if style.attributes.contains(.underline) { attributes |= vigil_A_UNDERLINE }
        if style.attributes.contains(.reverse) { attributes |= vigil_A_REVERSE }
        let pair = colorDepth == .none ? 0 : pairNumber(style)
        _ = wattr_set(screen, attributes, pair, nil)
    }

    private func pairNumber(_ style: Style) -> Int16 {
        let key = ColorPairKey(foreground: colorNumber(style.foreground), background: colorNumber(style.background))
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let pair = pairs[key] { return pair }
        guard nextPair < maxPairs else { return 0 }
        let pair = Int16(nextPair)
        nextPair += 1
        _ = init_extended_pair(Int32(pair), key.foreground, key.background)
        pairs[key] = pair
        return pair
    }

    private func colorNumber(_ color: Color) -> Int32 {
        // Truecolor needs terminfo support for direct colour; the 256 palette is close enough.
        let depth = colorDepth == .trueColor ? ColorDepth.palette256 : colorDepth
        switch color.degraded(to: depth) {
        case .default, .rgb: return -1
        case .ansi(let n): return Int32(n)
        case .indexed(let n): return Int32(n)
        }
    }
}

public enum TerminalLocale {
    /// Use the user's locale; if it is not UTF-8, use C.UTF-8 for character handling,
    /// or every non-ASCII character would be drawn blank. Returns whether UTF-8 is in effect.
    @discardableResult
    public static func configure() -> Bool {
        _ = setlocale(LC_ALL, "")
        if DisplayWidth.currentCodesetIsUTF8() { return true }
        _ = setlocale(LC_CTYPE, "C.UTF-8")
        return DisplayWidth.currentCodesetIsUTF8()
    }
}
