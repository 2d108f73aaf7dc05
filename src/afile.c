/* afile.c — write to a temporary file, then rename into place. */
#include "afile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "err.h"

int afile_open(rr_afile *a, const char *path, const char *mode)
{
	memset(a, 0, sizeof *a);
	size_t n = strlen(path);
	a->path = strdup(path);
	a->tmp = malloc(n + 5);
	if (!a->path || !a->tmp) {
		free(a->path);
		free(a->tmp);
		return err_set("out of memory");
	}
	memcpy(a->tmp, path, n);
	memcpy(a->tmp + n, ".tmp", 5);
	a->f = fopen(a->tmp, mode);
	if (!a->f) {
		err_set("cannot write '%s': %s", path, strerror(errno));
		free(a->path);
		free(a->tmp);
		return -1;
	}
	return 0;
}

static void release(rr_afile *a)
{
	free(a->path);
	free(a->tmp);
	memset(a, 0, sizeof *a);
}

void afile_abort(rr_afile *a)
{
	if (a->f)
		fclose(a->f);
	if (a->tmp)
		remove(a->tmp);
	release(a);
}

/* The rename is durable only once the directory entry is on disk too. */
static void sync_dir(const char *path)
{
	char *dir = strdup(path);
	if (!dir)
		return;
	char *slash = strrchr(dir, '/');
	if (slash == dir)
		slash[1] = '\0';
	else if (slash)
		*slash = '\0';
	else
		strcpy(dir, ".");
	int fd = open(dir, O_RDONLY);
	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
	free(dir);
}

int afile_commit(rr_afile *a)
{
	int e = 0;
	if (ferror(a->f) || fflush(a->f) != 0 || fsync(fileno(a->f)) != 0)
		e = errno ? errno : EIO;
	if (fclose(a->f) != 0 && !e)
		e = errno ? errno : EIO;
	a->f = NULL;
	/* tests stop here with SIGKILL to show a save killed midway leaves PATH intact */
	const char *pause = getenv("RELREC_TEST_PAUSE_BEFORE_RENAME");
	if (pause && *pause)
		sleep((unsigned)atoi(pause));
	if (!e && rename(a->tmp, a->path) != 0)
		e = errno;
	if (e) {
		err_set("cannot write '%s': %s", a->path, strerror(e));
		remove(a->tmp);
		release(a);
		return -1;
	}
	sync_dir(a->path);
	release(a);
	return 0;
}
