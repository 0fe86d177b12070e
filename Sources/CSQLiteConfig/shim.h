#ifndef PATNAV_CSQLITECONFIG_SHIM_H
#define PATNAV_CSQLITECONFIG_SHIM_H
#include <sqlite3.h>

/// Turns SQLite's memory statistics off for the process (sqlite3_config is variadic, so Swift cannot call it).
/// With statistics on, every allocation SQLite makes takes a process-wide mutex to update its counters; the
/// workspace writer makes tens of millions. Must run before SQLite is first used; returns SQLITE_OK, or
/// SQLITE_MISUSE when SQLite was already initialized (then nothing changes).
static inline int patnav_sqlite3_disable_memstatus(void) {
  return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

#endif
