// Opens libarchive on first use instead of linking it. Through libxml2 and its compressors,
// libarchive brings ten shared libraries, ICU among them, whose loading cost about 1.5 ms
// and 2 MiB on every run of `chart`, while most runs (rendering a chart folder) read no
// archive. Each archive_* function the Swift code calls is defined here and forwards to
// the library's own definition, found with dlsym once.

#include "carchive.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

// The functions used, as (return type, name, parameters, arguments).
#define CARCHIVE_FUNCTIONS(X) \
    X(struct archive *, archive_read_new, (void), ()) \
    X(int, archive_read_free, (struct archive *a), (a)) \
    X(int, archive_read_support_filter_gzip, (struct archive *a), (a)) \
    X(int, archive_read_support_format_tar, (struct archive *a), (a)) \
    X(int, archive_read_open_memory, (struct archive *a, const void *buf, size_t size), (a, buf, size)) \
    X(int, archive_read_next_header, (struct archive *a, struct archive_entry **entry), (a, entry)) \
    X(la_ssize_t, archive_read_data, (struct archive *a, void *buf, size_t size), (a, buf, size)) \
    X(const char *, archive_error_string, (struct archive *a), (a)) \
    X(struct archive *, archive_write_new, (void), ()) \
    X(int, archive_write_free, (struct archive *a), (a)) \
    X(int, archive_write_close, (struct archive *a), (a)) \
    X(int, archive_write_add_filter_gzip, (struct archive *a), (a)) \
    X(int, archive_write_set_filter_option, (struct archive *a, const char *m, const char *o, const char *v), (a, m, o, v)) \
    X(int, archive_write_set_format_ustar, (struct archive *a), (a)) \
    X(int, archive_write_set_format_pax_restricted, (struct archive *a), (a)) \
    X(int, archive_write_open_filename, (struct archive *a, const char *file), (a, file)) \
    X(int, archive_write_open_memory, (struct archive *a, void *buf, size_t size, size_t *used), (a, buf, size, used)) \
    X(int, archive_write_header, (struct archive *a, struct archive_entry *entry), (a, entry)) \
    X(la_ssize_t, archive_write_data, (struct archive *a, const void *buf, size_t size), (a, buf, size)) \
    X(struct archive_entry *, archive_entry_new, (void), ()) \
    X(void, archive_entry_free, (struct archive_entry *e), (e)) \
    X(struct archive_entry *, archive_entry_clear, (struct archive_entry *e), (e)) \
    X(const char *, archive_entry_pathname, (struct archive_entry *e), (e)) \
    X(const char *, archive_entry_hardlink, (struct archive_entry *e), (e)) \
    X(__LA_MODE_T, archive_entry_filetype, (struct archive_entry *e), (e)) \
    X(la_int64_t, archive_entry_size, (struct archive_entry *e), (e)) \
    X(time_t, archive_entry_mtime, (struct archive_entry *e), (e)) \
    X(__LA_MODE_T, archive_entry_perm, (struct archive_entry *e), (e)) \
    X(la_int64_t, archive_entry_uid, (struct archive_entry *e), (e)) \
    X(la_int64_t, archive_entry_gid, (struct archive_entry *e), (e)) \
    X(const char *, archive_entry_uname, (struct archive_entry *e), (e)) \
    X(const char *, archive_entry_gname, (struct archive_entry *e), (e)) \
    X(void, archive_entry_set_pathname, (struct archive_entry *e, const char *p), (e, p)) \
    X(void, archive_entry_set_hardlink, (struct archive_entry *e, const char *p), (e, p)) \
    X(void, archive_entry_set_symlink, (struct archive_entry *e, const char *p), (e, p)) \
    X(void, archive_entry_set_filetype, (struct archive_entry *e, unsigned int t), (e, t)) \
    X(void, archive_entry_set_perm, (struct archive_entry *e, __LA_MODE_T m), (e, m)) \
    X(void, archive_entry_set_size, (struct archive_entry *e, la_int64_t s), (e, s)) \
    X(void, archive_entry_set_uid, (struct archive_entry *e, la_int64_t u), (e, u)) \
    X(void, archive_entry_set_gid, (struct archive_entry *e, la_int64_t g), (e, g)) \
    X(void, archive_entry_set_mtime, (struct archive_entry *e, time_t t, long ns), (e, t, ns))

#define CARCHIVE_POINTER(ret, name, params, args) ret (*name) params;
static struct {
    CARCHIVE_FUNCTIONS(CARCHIVE_POINTER)
} library;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int loaded;
static char load_error[512];

static void load(void) {
    const char *names[] = {"libarchive.so.13", "libarchive.so", "libarchive.13.dylib", "libarchive.dylib", NULL};
    void *handle = NULL;
    for (int i = 0; names[i] && !handle; i++) handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        snprintf(load_error, sizeof load_error, "cannot load libarchive: %s", dlerror());
        return;
    }
#define CARCHIVE_RESOLVE(ret, name, params, args) \
    if (!(library.name = (ret (*) params)dlsym(handle, #name))) { \
        snprintf(load_error, sizeof load_error, "libarchive lacks %s", #name); \
        return; \
    }
    CARCHIVE_FUNCTIONS(CARCHIVE_RESOLVE)
    loaded = 1;
}

int carchive_load(void) {
    pthread_once(&once, load);
    return loaded;
}

const char *carchive_load_error(void) {
    carchive_load();
    return load_error;
}

static void require_library(void) {
    if (!carchive_load()) {
        fprintf(stderr, "chart: %s\n", load_error);
        abort();
    }
}

#define CARCHIVE_FORWARD(ret, name, params, args) \
    ret name params { \
        require_library(); \
        return library.name args; \
    }
CARCHIVE_FUNCTIONS(CARCHIVE_FORWARD)
