#include "CTerminalGuard.h"

#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

static struct termios saved_termios;
static int have_saved_termios = 0;
static char restore_bytes[512];
static size_t restore_length = 0;
static volatile sig_atomic_t stop_signal = 0;

static const int stop_signals[] = {SIGINT, SIGTERM, SIGHUP};
static const int fatal_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static struct sigaction previous_stop[COUNT(stop_signals)];
static struct sigaction previous_fatal[COUNT(fatal_signals)];
static int installed = 0;

/// The capability's bytes without terminfo padding (`$<2>`, `$<5*/>`): tputs turns those into
/// delays, and written raw (vt100's sgr0 and rmcup carry them) they show as text on exit.
static void append_capability(const char *name) {
    char *value = tigetstr((char *)name);
    if (value == NULL || value == (char *)-1) return;
    for (const char *p = value; *p != '\0'; p++) {
        if (p[0] == '$' && p[1] == '<') {
            const char *end = strchr(p, '>');
            if (end != NULL) {
                p = end;
                continue;
            }
        }
        if (restore_length + 1 >= sizeof(restore_bytes)) return;
        restore_bytes[restore_length++] = *p;
    }
}

static void append_literal(const char *text) {
    size_t n = strlen(text);
    if (restore_length + n >= sizeof(restore_bytes)) return;
    memcpy(restore_bytes + restore_length, text, n);
    restore_length += n;
}

void vigil_guard_capture_restore_sequence(void) {
    restore_length = 0;
    append_literal("\033[?1000l\033[?1002l\033[?1006l");  // mouse tracking off
    append_capability("sgr0");
    append_capability("cnorm");
    append_capability("rmkx");
    append_capability("rmcup");
}

void vigil_guard_restore_now(void) {
    if (restore_length > 0) {
        ssize_t ignored = write(STDOUT_FILENO, restore_bytes, restore_length);
        (void)ignored;
    }
    if (have_saved_termios) tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios);
}

static void on_stop_signal(int signo) { stop_signal = signo; }

static volatile sig_atomic_t handling_fatal = 0;

/// Dies by the default action for `signo` (not blocked in the handler: SA_NODEFER).
static void die_by_default(int signo) {
    struct sigaction fallback;
    memset(&fallback, 0, sizeof(fallback));
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    sigaction(signo, &fallback, NULL);
    raise(signo);
}

/// Restores the terminal, lets the previous handler (Swift's backtracer) report, then dies
/// by the default action. Calling the previous handler directly, rather than re-raising to it,
/// matters for signals sent with kill(): a handler that returns would let the process go on.
static void on_fatal_signal(int signo, siginfo_t *info, void *context) {
    if (handling_fatal) {  // a fault inside this handler or the previous one: die at once
        die_by_default(signo);
        return;
    }
    handling_fatal = 1;
    vigil_guard_restore_now();
    for (size_t i = 0; i < COUNT(fatal_signals); i++) {
        if (fatal_signals[i] != signo) continue;
        struct sigaction previous = previous_fatal[i];
        if (previous.sa_flags & SA_SIGINFO) {
            if (previous.sa_sigaction != NULL) previous.sa_sigaction(signo, info, context);
        } else if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN && previous.sa_handler != NULL) {
            previous.sa_handler(signo);
        }
        break;
    }
    die_by_default(signo);
}

void vigil_guard_install(void) {
    if (installed) return;
    if (tcgetattr(STDIN_FILENO, &saved_termios) == 0) have_saved_termios = 1;
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    sigemptyset(&action.sa_mask);
    action.sa_handler = on_stop_signal;
    for (size_t i = 0; i < COUNT(stop_signals); i++) sigaction(stop_signals[i], &action, &previous_stop[i]);
    action.sa_sigaction = on_fatal_signal;
    // As Swift's own handler is installed: the backtracer reads memory from inside it and
    // survives bad addresses by catching SIGSEGV/SIGBUS, which must not be blocked meanwhile.
    action.sa_flags = SA_SIGINFO | SA_NODEFER | SA_ONSTACK;
    for (size_t i = 0; i < COUNT(fatal_signals); i++) sigaction(fatal_signals[i], &action, &previous_fatal[i]);
    installed = 1;
}

void vigil_guard_uninstall(void) {
    if (!installed) return;
    for (size_t i = 0; i < COUNT(stop_signals); i++) sigaction(stop_signals[i], &previous_stop[i], NULL);
    for (size_t i = 0; i < COUNT(fatal_signals); i++) sigaction(fatal_signals[i], &previous_fatal[i], NULL);
    installed = 0;
}

int vigil_guard_stop_signal(void) { return stop_signal; }

int vigil_terminal_is_full_screen_capable(int fd) {
    int error = 0;
    TERMINAL *previous = cur_term;
    if (setupterm(NULL, fd, &error) != OK) return 0;
    char *cup = tigetstr("cup");
    int hardcopy = tigetflag("hc");
    int screen_rows = tigetnum("lines");
    int usable = cup != NULL && cup != (char *)-1 && hardcopy <= 0 && screen_rows != 0;
    TERMINAL *probed = cur_term;
    set_curterm(previous);
    if (probed != previous) del_curterm(probed);
    return usable;
}
