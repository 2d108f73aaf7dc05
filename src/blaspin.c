/* blaspin.c — pin OpenBLAS's kernels (blaspin.h says why). */
#include "blaspin.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cblas.h>

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

void blas_pin_kernels(char **argv)
{
	if (getenv(PIN_VAR) || !argv || !argv[0] || !cpu_has_avx2_fma() || under_valgrind())
		return;
	if (setenv(PIN_VAR, PIN_CORE, 1) != 0)
		return;
	execv("/proc/self/exe", argv);
	/* no /proc, say: go on with the kernels OpenBLAS chose */
}

const char *blas_kernels(void)
{
	const char *name = openblas_get_corename();
	return name && *name ? name : "unknown";
}
