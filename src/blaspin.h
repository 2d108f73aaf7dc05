/* blaspin.h — one set of BLAS kernels on every machine, so the same file and commands give
 * the same figures.
 *
 * OpenBLAS picks its kernels for the CPU when it is loaded, and kernels for different vector
 * widths sum in different orders: on Online Retail at bins 2 5, training gave test macro-F1
 * 0.7562 with the AVX2 kernels (Haswell, Zen) and 0.7554 with the AVX-512 ones (Cooperlake),
 * and the tie-breaks of tiny data's EASE scores moved whole lists. A journal replayed on
 * another machine, or the README's figures, must not change with the CPU. The AVX2 kernels
 * cost nothing measurable on an AVX-512 CPU (train 2.09 s against 1.90 s, the recommender's
 * fit 1.54 s against 1.66 s). */
#ifndef RELREC_BLASPIN_H
#define RELREC_BLASPIN_H

#include <stddef.h>

/* Call first thing in main, with main's argv. When OPENBLAS_CORETYPE is unset and the CPU has
 * AVX2 and FMA, set it to Haswell, and under an address-space limit with OPENBLAS_NUM_THREADS
 * unset, set that to 1 (blas_reserve); then execute this program again with the same
 * arguments: OpenBLAS has read the variables by the time main runs. Returns (doing nothing) when the
 * variable is set (by the user: their choice wins; or by the first run), on a CPU without
 * those instructions, off x86, under valgrind (set the variable yourself there for the same
 * figures), or when the program cannot be executed again. The run again is given back its
 * name (argv[0]'s last component), which the kernel set to "exe". */
void blas_pin_kernels(char **argv);

/* Under a limit on the address space (ulimit -v) or the data segment (ulimit -d), OpenBLAS
 * cannot be trusted to fail: when
 * the mmap of its 128 MB work buffer fails it retries for ever, at 100 % CPU and deaf to
 * SIGTERM (t13, with one thread or several). So with such a limit: OpenBLAS runs on one
 * thread (one buffer), which takes its buffer now, before data fills the address space, and
 * keeps it. 0 when there is no limit or the buffer was taken; -1 with msg (a sentence) when
 * the limit leaves no room for it. Call once, from main, before any other BLAS work. */
int blas_reserve(char *msg, size_t size);

/* OpenBLAS's thread count set to n (below 1: 1); every change of it goes through here. Under
 * a memory limit (as blas_reserve) it stays 1 whatever n says: each of OpenBLAS's threads maps
 * a work buffer of its own, and one whose buffer fails retries for ever (t54 F1: `set threads
 * 16` then train never ended, and exit waited on those threads). The first time a count over
 * 1 is held at 1, a note (err_note) says so and why, once a process. Returns the count set.
 * Thread-safe. */
int blas_set_threads(int n);

/* Before OpenBLAS's level-3 or LAPACK work on a thread other than main's (the recommender's
 * fit on work_run's helper): OpenBLAS maps another work buffer for that thread, and under a
 * memory limit with no room left for it, retries for ever (t47 F4: EASE's Cholesky spun,
 * deaf to SIGTERM). Under such a limit, checks the room and has this thread take its buffer
 * now; the thread that took one (main's, by blas_reserve) passes at once, as does any
 * thread with no limit. 0, or -1 with err_set (the limit named). Thread-safe. */
int blas_thread_ready(void);

/* The name of the kernels OpenBLAS runs ("Haswell", "Cooperlake", ...): for --version. Static
 * storage, never NULL. */
const char *blas_kernels(void);

#endif
