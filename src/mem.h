/* mem.h — memory hints for the few very large arrays (row store, pair table). */
#ifndef RELREC_MEM_H
#define RELREC_MEM_H

#include <stddef.h>

/* Ask for transparent huge pages over the 2 MiB-aligned interior of [p, p+n): first touching
 * hundreds of MB in 4 KiB pages costs more in page faults than the work itself (measured: 11%
 * of a 10 M-row load). A hint only: harmless where unsupported or for small blocks. */
void mem_hint_huge(void *p, size_t n);

/* Hand memory the allocator keeps after frees back to the system (glibc's malloc_trim; a no-op
 * elsewhere). Blocks below glibc's mmap threshold, which rises to 32 MiB after big frees, stay
 * in the heap when freed: after a session's caches go, hundreds of MB stay resident and count
 * in the next load's peak. */
void mem_release(void);

/* The process's resident memory now and its peak so far, in MB (Linux's VmRSS and VmHWM in
 * /proc/self/status). 0, or -1 where they cannot be read. */
int mem_resident(double *rss_mb, double *peak_mb);

/* Room in the growable array *p of *cap elements of size bytes for element n: doubled, from
 * first, when full. 0, or -1 when out of memory (*p and *cap as they were). */
int mem_room(void **p, size_t *cap, size_t n, size_t size, size_t first);

#endif
