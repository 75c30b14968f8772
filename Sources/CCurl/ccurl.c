// Loads libcurl with dlopen the first time an https:// repository is read. Linking it (directly
// or through FoundationNetworking) would make every run of `chart` load libcurl and its TLS,
// Kerberos and LDAP libraries at start-up, which costs more than rendering a small chart.
// curl_easy_setopt is variadic; calling it from C through a correctly typed pointer is
// well defined, which is why this lives in C rather than in Swift.

#include "ccurl.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// libcurl's ABI constants (curl/curl.h; stable since libcurl 7).
enum {
    OPT_WRITEDATA = 10001,
    OPT_URL = 10002,
    OPT_ERRORBUFFER = 10010,
    OPT_USERAGENT = 10018,
    OPT_HEADERDATA = 10029,
    OPT_WRITEFUNCTION = 20011,
    OPT_HEADERFUNCTION = 20079,
    OPT_FOLLOWLOCATION = 52,
    OPT_MAXREDIRS = 68,
    OPT_NOSIGNAL = 99,
    OPT_CONNECTTIMEOUT = 78,
    INFO_RESPONSE_CODE = 0x200002,
    GLOBAL_DEFAULT = 3,
};

typedef void CURL;
typedef size_t (*write_fn)(char *, size_t, size_t, void *);

static struct {
    void *handle;
    int (*global_init)(long);
    CURL *(*easy_init)(void);
    int (*easy_setopt)(CURL *, int, ...);
    int (*easy_perform)(CURL *);
    int (*easy_getinfo)(CURL *, int, ...);
    void (*easy_cleanup)(CURL *);
    const char *(*easy_strerror)(int);
} curl;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;

static void load(void) {
    const char *names[] = {"libcurl.so.4", "libcurl-gnutls.so.4", "libcurl.so", "libcurl.4.dylib", NULL};
    for (int i = 0; names[i] && !curl.handle; i++) {
        curl.handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    }
    if (!curl.handle) return;
    curl.global_init = (int (*)(long))dlsym(curl.handle, "curl_global_init");
    curl.easy_init = (CURL * (*)(void)) dlsym(curl.handle, "curl_easy_init");
    curl.easy_setopt = (int (*)(CURL *, int, ...))dlsym(curl.handle, "curl_easy_setopt");
    curl.easy_perform = (int (*)(CURL *))dlsym(curl.handle, "curl_easy_perform");
    curl.easy_getinfo = (int (*)(CURL *, int, ...))dlsym(curl.handle, "curl_easy_getinfo");
    curl.easy_cleanup = (void (*)(CURL *))dlsym(curl.handle, "curl_easy_cleanup");
    curl.easy_strerror = (const char *(*)(int))dlsym(curl.handle, "curl_easy_strerror");
    if (!curl.global_init || !curl.easy_init || !curl.easy_setopt || !curl.easy_perform || !curl.easy_getinfo ||
        !curl.easy_cleanup || !curl.easy_strerror || curl.global_init(GLOBAL_DEFAULT) != 0) {
        dlclose(curl.handle);
        curl.handle = NULL;
    }
}

int ccurl_available(void) {
    pthread_once(&load_once, load);
    return curl.handle != NULL;
}

typedef struct {
    ccurl_response *response;
    size_t capacity;
    size_t max_bytes;
    int too_large;
} sink;

static size_t on_body(char *data, size_t size, size_t count, void *context) {
    sink *s = context;
    size_t n = size * count;
    ccurl_response *r = s->response;
    if (r->length + n > s->max_bytes) {
        s->too_large = 1;
        return 0;
    }
    if (r->length + n > s->capacity) {
        size_t capacity = s->capacity ? s->capacity : 64 * 1024;
        while (capacity < r->length + n) capacity *= 2;
        unsigned char *grown = realloc(r->body, capacity);
        if (!grown) return 0;
        r->body = grown;
        s->capacity = capacity;
    }
    memcpy(r->body + r->length, data, n);
    r->length += n;
    return n;
}

// Keeps the reason phrase of the last status line: after a redirect, the final response's.
static size_t on_header(char *data, size_t size, size_t count, void *context) {
    sink *s = context;
    size_t n = size * count;
    if (n > 5 && memcmp(data, "HTTP/", 5) == 0) {
        const char *end = data + n;
        const char *p = memchr(data, ' ', n);                    // after the version
        if (p) p = memchr(p + 1, ' ', (size_t)(end - p - 1));    // after the code
        free(s->response->reason);
        s->response->reason = NULL;
        if (p) {
            p++;
            const char *stop = p;
            while (stop < end && *stop != '\r' && *stop != '\n') stop++;
            s->response->reason = strndup(p, (size_t)(stop - p));
        }
        // A new response starts: drop the body of the one before (a redirect's).
        s->response->length = 0;
    }
    return n;
}

int ccurl_get(const char *url, const char *user_agent, size_t max_bytes, ccurl_response *response) {
    memset(response, 0, sizeof *response);
    if (!ccurl_available()) {
        snprintf(response->error, sizeof response->error, "libcurl is not installed (needed for https:// repositories)");
        return -1;
    }
    CURL *easy = curl.easy_init();
    if (!easy) {
        snprintf(response->error, sizeof response->error, "libcurl could not start a transfer");
        return -1;
    }
    sink s = {response, 0, max_bytes, 0};
    char message[256] = {0};
    curl.easy_setopt(easy, OPT_URL, url);
    curl.easy_setopt(easy, OPT_USERAGENT, user_agent);
    curl.easy_setopt(easy, OPT_NOSIGNAL, 1L);
    curl.easy_setopt(easy, OPT_FOLLOWLOCATION, 1L);
    curl.easy_setopt(easy, OPT_MAXREDIRS, 10L);  // Go's http.Client stops after 10 redirects
    curl.easy_setopt(easy, OPT_CONNECTTIMEOUT, 30L);
    curl.easy_setopt(easy, OPT_ERRORBUFFER, message);
    curl.easy_setopt(easy, OPT_WRITEFUNCTION, (write_fn)on_body);
    curl.easy_setopt(easy, OPT_WRITEDATA, (void *)&s);
    curl.easy_setopt(easy, OPT_HEADERFUNCTION, (write_fn)on_header);
    curl.easy_setopt(easy, OPT_HEADERDATA, (void *)&s);
    int code = curl.easy_perform(easy);
    curl.easy_getinfo(easy, INFO_RESPONSE_CODE, &response->status);
    curl.easy_cleanup(easy);
    if (s.too_large) {
        snprintf(response->error, sizeof response->error, "response larger than %zu bytes", max_bytes);
        return -1;
    }
    if (code != 0) {
        snprintf(response->error, sizeof response->error, "%s", message[0] ? message : curl.easy_strerror(code));
        return -1;
    }
    return 0;
}

void ccurl_response_free(ccurl_response *response) {
    free(response->body);
    free(response->reason);
    response->body = NULL;
    response->reason = NULL;
}
