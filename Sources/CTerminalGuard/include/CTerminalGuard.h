#ifndef VIGIL_TERMINAL_GUARD_H
#define VIGIL_TERMINAL_GUARD_H
#include <signal.h>

/// Saves the terminal's current termios and installs handlers:
/// SIGINT/SIGTERM/SIGHUP only set a flag (the main loop polls it);
/// fatal signals write the restore bytes, reset termios, and re-raise.
/// Call before initscr() so ncurses keeps our handlers.
void vigil_guard_install(void);

/// After initscr(): precompute the bytes that put the terminal back
/// (sgr0, cnorm, rmkx, rmcup, mouse tracking off) from terminfo.
void vigil_guard_capture_restore_sequence(void);

/// Which stop signal arrived (0 if none).
int vigil_guard_stop_signal(void);

/// Restores the previous handlers (after endwin on a normal exit).
void vigil_guard_uninstall(void);

/// Write the restore bytes and reset termios now (used by tests and exit paths).
void vigil_guard_restore_now(void);

/// 1 when the terminal named by $TERM can run a full-screen program (it can address the
/// cursor); 0 for `dumb`, hardcopy or unknown terminals.
int vigil_terminal_is_full_screen_capable(int fd);

#endif
