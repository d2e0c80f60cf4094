#ifndef VIGIL_CNCURSES_SHIM_H
#define VIGIL_CNCURSES_SHIM_H
// SwiftPM drops pkg-config's -D flags, so the wide API is enabled here.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Macros and globals Swift cannot import directly.
static const attr_t vigil_A_NORMAL = A_NORMAL;
static const attr_t vigil_A_BOLD = A_BOLD;
static const attr_t vigil_A_REVERSE = A_REVERSE;
static const attr_t vigil_A_UNDERLINE = A_UNDERLINE;
static const attr_t vigil_A_DIM = A_DIM;
static const int vigil_KEY_CODE_YES = KEY_CODE_YES;
static const int vigil_ERR = ERR;

static inline WINDOW *vigil_stdscr(void) { return stdscr; }
static inline int vigil_lines(void) { return LINES; }
static inline int vigil_cols(void) { return COLS; }
static inline int vigil_colors(void) { return COLORS; }
static inline int vigil_color_pairs(void) { return COLOR_PAIRS; }
extern int wcwidth(wchar_t c);

// Mouse: clicks select, the wheel scrolls (only when the user turns it on).
static const int vigil_KEY_MOUSE = KEY_MOUSE;
static inline void vigil_mouse_enable(void) {
    mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    mouseinterval(0);
}
/// 1 click, 2 wheel up, 3 wheel down, 0 anything else; the cell in x and y.
static inline int vigil_mouse_event(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *x = event.x;
    *y = event.y;
    if (event.bstate & BUTTON4_PRESSED) return 2;
    if (event.bstate & BUTTON5_PRESSED) return 3;
    if (event.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) return 1;
    return 0;
}

#endif
