/* mem.c — see mem.h. */
#include "mem.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

void mem_hint_huge(void *p, size_t n)
{
#ifdef MADV_HUGEPAGE
	const uintptr_t huge = (uintptr_t)2 << 20;
	if (!p || n < 2 * huge)
		return;
	uintptr_t lo = ((uintptr_t)p + huge - 1) & ~(huge - 1);
	uintptr_t hi = ((uintptr_t)p + n) & ~(huge - 1);
	if (hi > lo)
		madvise((void *)lo, hi - lo, MADV_HUGEPAGE);
#else
	(void)p;
	(void)n;
#endif
}

void mem_release(void)
{
#ifdef __GLIBC__
	malloc_trim(0);
#endif
}

int mem_resident(double *rss_mb, double *peak_mb)
{
	FILE *f = fopen("/proc/self/status", "r");
	if (!f)
		return -1;
	char line[256];
	double rss = -1, peak = -1;
	while (fgets(line, sizeof line, f))
		if (strncmp(line, "VmRSS:", 6) == 0)
			rss = atof(line + 6) / 1024;
		else if (strncmp(line, "VmHWM:", 6) == 0)
			peak = atof(line + 6) / 1024;
	fclose(f);
	if (rss < 0 || peak < 0)
		return -1;
	*rss_mb = rss;
	*peak_mb = peak;
	return 0;
}

int mem_room(void **p, size_t *cap, size_t n, size_t size, size_t first)
{
	if (n < *cap)
		return 0;
	size_t want = *cap ? 2 * *cap : first;
	void *q = want > n && want <= SIZE_MAX / size ? realloc(*p, want * size) : NULL;
	if (!q)
		return -1;
	*p = q;
	*cap = want;
	return 0;
}
