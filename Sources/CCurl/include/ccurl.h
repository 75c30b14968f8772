#ifndef CHART_CCURL_H
#define CHART_CCURL_H

#include <stddef.h>

/// The outcome of one GET. `body` and `reason` are malloc'd; free them with ccurl_response_free.
typedef struct {
    long status;            /* HTTP status code of the final response, 0 if none arrived */
    char *reason;           /* the reason phrase of the final status line ("Not Found"), may be NULL */
    unsigned char *body;
    size_t length;
    char error[256];        /* set when the call returns non-zero */
} ccurl_response;

/// Whether libcurl could be loaded (it is opened on first use, never at program start).
int ccurl_available(void);

/// GETs `url` through libcurl, following redirects; returns 0 when a response arrived
/// (whatever its status), non-zero with `error` set when none did or the body exceeds `max_bytes`.
int ccurl_get(const char *url, const char *user_agent, size_t max_bytes, ccurl_response *response);

void ccurl_response_free(ccurl_response *response);

#endif
