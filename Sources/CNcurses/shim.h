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

#endif
