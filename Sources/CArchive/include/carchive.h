#ifndef CHART_CARCHIVE_H
#define CHART_CARCHIVE_H

// libarchive's own declarations; the functions behind them are defined in loader.c, which
// opens libarchive with dlopen the first time an archive is read or written.
#include <archive.h>
#include <archive_entry.h>

/// 1 when libarchive could be opened (at most one attempt is made), else 0.
/// Call before any archive_* function: those abort if the library is missing.
int carchive_load(void);

/// Why carchive_load failed (dlerror's text), or an empty string.
const char *carchive_load_error(void);

#endif
