/* textfold.h — relrec's one case fold of UTF-8 text, the same in every locale (textfold.c
 * says which scripts and why not towlower): the lists' search (ui/listfind.c) finds "café" in
 * "CAFÉ MUG" by it, and a header's names are compared by it (csvsniff.c), so SİPARİŞ
 * STATÜSÜ, QUANTITÉ and STÜCK are the names their small letters are (t35 F4).
 * Pure functions, thread-safe. */
#ifndef RELREC_TEXTFOLD_H
#define RELREC_TEXTFOLD_H

#include <stddef.h>

/* Fold s[0..n) into out, which needs n bytes: a fold is never longer than its text. Returns
 * the fold's length. */
size_t textfold(char *restrict out, const char *restrict s, size_t n);

/* The unit at s[0..n) (n >= 1): a code point with the combining marks after it when they
 * compose into one code point (NFC: e + U+0301 is é, Hangul's jamo a syllable), or one byte
 * that is not UTF-8 (kept as it is). Its fold goes to f (at most as many bytes as the unit's,
 * which *used gets); returns the fold's length. */
int textfold_unit(const unsigned char *s, size_t n, unsigned char f[4], int *used);

/* The bytes of s[0..n) whose fold is pat[0..pl)'s fold (KARGO ÜCRETİ, one byte longer, for
 * Kargo ücreti), or 0 when s does not start so (and for an empty pat). */
size_t textfold_prefix(const char *s, size_t n, const char *pat, size_t pl);

/* 1 when s[0..n) folds to pat[0..pl) whole. Not textfold_prefix(...) == n: its 0 is also "no
 * match", and an empty s then equalled any pat (t69 F1, F2: a blank status was the first
 * cancelled one, a blank country every country). */
int textfold_same(const char *s, size_t n, const char *pat, size_t pl);

/* s[0..n) in Unicode's canonical composition, NFC (libutf8proc; never NFKC: ﬁ and fi stay
 * two): e + U+0301 is é, か + U+3099 is が, Hangul's jamo a syllable, O + U+0323 + U+0301 is
 * Ọ + U+0301 (a letter NFC keeps with a mark), marks in canonical order, U+212B ANGSTROM
 * SIGN is Å (t60 F2: only a letter and marks composing into one code point were). Text that
 * is ASCII or NFC already is returned as it is without a copy. Text with a byte that is not
 * UTF-8, or whose NFC would be longer (U+0F73), has each letter and the marks after it
 * composed when they make one code point in no more bytes, the rest as written. Into out,
 * which needs n bytes and may be s itself (the text only shrinks or keeps its length).
 * Returns the length; *units gets how many code points NFC took, at least 1 when anything
 * changed (0: out holds s as it was). macOS
 * writes names decomposed, Windows composed: one customer typed either way is one id (the
 * loader's ids and the ids people type go through this, rows_plain_id). */
size_t textfold_compose(char *out, const char *s, size_t n, size_t *units);
/* 1 when s[0..n) is nothing but combining marks (Unicode's Mn, Mc, Me: U+0301 alone), no
 * letter to draw them on: an id so written shows as blank (t60 F4). */
int textfold_marks_only(const char *s, size_t n);

/* textfold, then each Latin letter without its marks (ü u, é e, ệ e, ø o, đ d, ł l) and a
 * combining mark no letter composed with dropped, into out (n bytes; never longer): the fold
 * of a name typed on a keyboard without its accents, where Jürgen Müller is JURGEN MULLER
 * (t73 F15: the two stores' warning took them for two people). Not a search's fold: Greek,
 * Cyrillic and other scripts are as textfold leaves them. Returns the length. */
size_t textfold_bare(char *restrict out, const char *restrict s, size_t n);

/* Do a and b fold to the same text (France, FRANCE, france; Österreich, ÖSTERREICH)? */
int textfold_eq(const char *a, const char *b);

#endif
