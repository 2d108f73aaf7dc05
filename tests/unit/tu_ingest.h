/* tu_ingest.h — the ingest tests' loader: a CSV text read through a temporary file, failing
 * the test with ingest's message when it is refused (header-only, static). */
#ifndef RELREC_TU_INGEST_H
#define RELREC_TU_INGEST_H

#include "testutil.h"

#include "err.h"
#include "ingest.h"
#include "rows.h"

static inline rr_rows *tu_load_opts(const char *text, const rr_ingest_opts *o)
{
	char *p = tu_write_temp_str(text);
	rr_rows *r = ingest_read(p, o, NULL);
	tu_remove(p);
	if (!r)
		fail_msg("%s", err_msg());
	return r;
}

static inline rr_rows *tu_load_csv(const char *text)
{
	return tu_load_opts(text, NULL);
}

#endif
