/* blaspin.c — pin OpenBLAS's kernels (blaspin.h says why). */
#include "blaspin.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif
#include <stdatomic.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cblas.h>

#include "err.h"

#define PIN_VAR "OPENBLAS_CORETYPE"
#define PIN_CORE "Haswell"   /* AVX2 + FMA: what OpenBLAS runs on Haswell and Zen CPUs */

static int cpu_has_avx2_fma(void)
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
	__builtin_cpu_init();
	return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
#else
	return 0;
#endif
}

/* Under valgrind (its preload library in LD_PRELOAD) /proc/self/exe is valgrind's tool, not
 * this program: running it again would end the session ("You cannot run ... directly"). */
static int under_valgrind(void)
{
	const char *pre = getenv("LD_PRELOAD");
	return pre && strstr(pre, "vgpreload") != NULL;
}

/* A limit on memory that OpenBLAS's mmap of its buffer meets: the address space (ulimit -v)
 * or, since Linux 4.7, the data segment (ulimit -d), which counts private writable mappings
 * and which batch schedulers and containers set instead (t18: train spun for ever under
 * -d 100000, and a failed load's exit under -d 20000 waited for ever on OpenBLAS's thread).
 * The tighter finite one into *lim with its option ("-v", "-d"); 0 when there is none. */
static int mem_limit(rlim_t *lim, const char **opt)
{
	static const struct { int res; const char *opt; } kinds[] = {
		{RLIMIT_AS, "-v"}, {RLIMIT_DATA, "-d"}};
	int got = 0;
	for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
		struct rlimit rl;
		if (getrlimit(kinds[k].res, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY)
			continue;
		if (!got || rl.rlim_cur < *lim) {
			*lim = rl.rlim_cur;
			*opt = kinds[k].opt;
		}
		got = 1;
	}
	return got;
}

static int limited_as(void)
{
	rlim_t lim;
	const char *opt;
	return mem_limit(&lim, &opt);
}

/* Run again through /proc/self/exe, the process takes the link's name, "exe", as its name
 * (comm: what ps and top show and pgrep -x, pidof, killall and pkill -x match), and a running
 * relrec could not be found by its name (t30 F9). The name it was started by is argv[0]'s
 * last component, as the kernel would have taken from the path; the kernel cuts it to 15
 * bytes. A program really named exe keeps it. */
static void restore_name(const char *argv0)
{
#ifdef __linux__
	char comm[17] = "";
	if (prctl(PR_GET_NAME, comm, 0, 0, 0) != 0 || strcmp(comm, "exe") != 0)
		return;
	const char *base = strrchr(argv0, '/');
	base = base ? base + 1 : argv0;
	if (*base && strcmp(base, "exe") != 0)
		prctl(PR_SET_NAME, base, 0, 0, 0);
#else
	(void)argv0;
#endif
}

void blas_pin_kernels(char **argv)
{
	if (!argv || !argv[0] || under_valgrind())
		return;
	restore_name(argv[0]);
	int core = !getenv(PIN_VAR) && cpu_has_avx2_fma();
	/* under a memory limit OpenBLAS runs one thread from its start: its other threads' stacks
	 * and buffers would take the room, and a thread whose buffer fails spins for ever */
	int one = limited_as() && !getenv("OPENBLAS_NUM_THREADS");
	if ((!core && !one) || (core && setenv(PIN_VAR, PIN_CORE, 1) != 0) ||
	    (one && setenv("OPENBLAS_NUM_THREADS", "1", 1) != 0))
		return;
	execv("/proc/self/exe", argv);
	/* no /proc, say: go on with the kernels OpenBLAS chose */
}

const char *blas_kernels(void)
{
	const char *name = openblas_get_corename();
	return name && *name ? name : "unknown";
}

/* OpenBLAS's work buffer on x86-64 (BUFFER_SIZE, 32 << 22 bytes), and room for the rest of
 * the first call's own needs beside it */
#define BLAS_BUFFER ((size_t)128 << 20)
#define BLAS_ROOM (BLAS_BUFFER + ((size_t)16 << 20))

/* OpenBLAS maps a work buffer for each thread that calls it: this thread has taken its own
 * (blas_reserve on the main thread, blas_thread_ready on another) */
static _Thread_local int buffer_taken;

/* Under the limit lim (ulimit opt): a probe of the room for the buffer, then the buffer taken
 * by this thread. 0, or -1 with msg. */
static int buffer_take(rlim_t lim, const char *opt, char *msg, size_t size)
{
	/* a probe of the room first: with none, OpenBLAS's own mmap would spin. Writable, as the
	 * data limit counts only such mappings; not reserved, so nothing is committed */
	void *p = mmap(NULL, BLAS_ROOM, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (p == MAP_FAILED) {
		snprintf(msg, size, "the memory limit (ulimit %s %llu KB) leaves no room for OpenBLAS's "
			 "%zu MB work buffer: raise it (OpenBLAS would retry for ever, not fail)",
			 opt, (unsigned long long)(lim / 1024), BLAS_BUFFER >> 20);
		return -1;
	}
	munmap(p, BLAS_ROOM);
	/* a product large enough to take the buffer (small ones may go without it) */
	enum { N = 256 };
	float *a = calloc((size_t)3 * N * N, sizeof *a);
	if (!a) {
		snprintf(msg, size, "out of memory under the memory limit (ulimit %s %llu KB)", opt,
			 (unsigned long long)(lim / 1024));
		return -1;
	}
	cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, N, N, N, 1.0f, a, N, a + N * N, N,
		    0.0f, a + 2 * N * N, N);
	free(a);
	buffer_taken = 1;
	return 0;
}

int blas_reserve(char *msg, size_t size)
{
	rlim_t lim;
	const char *opt;
	if (!mem_limit(&lim, &opt))
		return 0;
	blas_set_threads(1);
	return buffer_take(lim, opt, msg, size);
}

int blas_set_threads(int n)
{
	static atomic_int noted;
	rlim_t lim;
	const char *opt;
	if (n < 1)
		n = 1;
	if (n > 1 && mem_limit(&lim, &opt)) {
		if (!atomic_exchange(&noted, 1))
			err_note("threads %d is held at 1 for OpenBLAS under the memory limit (ulimit %s "
				 "%llu KB): each of its threads takes a %zu MB work buffer of its own, and "
				 "one that cannot have it retries for ever", n, opt,
				 (unsigned long long)(lim / 1024), BLAS_BUFFER >> 20);
		n = 1;
	}
	openblas_set_num_threads(n);
	return n;
}

int blas_thread_ready(void)
{
	rlim_t lim;
	const char *opt;
	char msg[300];
	if (buffer_taken || !mem_limit(&lim, &opt))
		return 0;
	if (buffer_take(lim, opt, msg, sizeof msg) != 0)
		return err_set("%s", msg);
	return 0;
}
