/* casefold.h — relrec's own case fold, the same in every locale (casefold.c says which
 * scripts and why not towlower): the lists' search on the workbench and the names a command
 * matches ignoring case (filter country france finds France) fold alike. */
#ifndef RELREC_CASEFOLD_H
#define RELREC_CASEFOLD_H

#include <stddef.h>

/* Fold s[0..n) for a search that ignores case (casefold.c says how, and why not towlower) into
 * out, which needs n bytes: a fold is never longer than its text. Returns the fold's length. */
size_t rr_fold(char *restrict out, const char *restrict s, size_t n);

/* Does hay's fold hold needle's fold (as bytes)? "" is in every text. The meaning of a match,
 * the index's reference and its fallback: it needs no memory. */
int rr_contains_ci(const char *hay, const char *needle);

/* Do a and b fold to the same text (France, FRANCE, france; Österreich, österreich)? */
int rr_fold_eq(const char *a, const char *b);

#endif
