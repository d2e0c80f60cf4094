#ifndef VIGIL_SQLITE_SETTINGS_H
#define VIGIL_SQLITE_SETTINGS_H

/// Turns off SQLite's memory statistics (SQLITE_CONFIG_MEMSTATUS), which take one process-wide
/// mutex on every allocation: with an import's writer and the search indexer on two threads,
/// that lock was contended. Must run before SQLite is initialized (before the first
/// connection opens); returns 0 when applied. sqlite3_config is variadic, so Swift cannot call it.
int vigil_sqlite_disable_memory_statistics(void);

#endif
