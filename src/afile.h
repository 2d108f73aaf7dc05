/* afile.h — crash-safe file writes: everything goes to PATH.tmp, which is flushed, fsynced
 * and renamed over PATH only when complete (and the directory fsynced), so a crash or a
 * SIGKILL at any moment leaves either the previous PATH or the new one, never half of one.
 * Used by model files, exports and the synthetic generator. */
#ifndef RELREC_AFILE_H
#define RELREC_AFILE_H

#include <stdio.h>

typedef struct rr_afile {
	FILE *f;      /* write here (the temporary file) */
	char *path;   /* final path (owned) */
	char *tmp;    /* PATH.tmp (owned) */
} rr_afile;

/* Open PATH.tmp for writing ("w" or "wb"). 0, or -1 with err_set. */
int afile_open(rr_afile *a, const char *path, const char *mode);
/* Finish: flush, fsync, close, rename over PATH, fsync the directory. On any failure the
 * temporary file is removed and PATH is untouched. 0, or -1 with err_set. Always releases a. */
int afile_commit(rr_afile *a);
/* Give up: close and remove the temporary file; PATH is untouched. Releases a. */
void afile_abort(rr_afile *a);

#endif
