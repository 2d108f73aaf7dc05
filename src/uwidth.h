/* uwidth.h — how many terminal columns UTF-8 text takes, the same in every locale.
 *
 * Plain output (replay, the prompt, a `| tee` log) pads its tables to line up on a terminal,
 * and relrec's output does not depend on the locale (no setlocale, no wcwidth): one table of
 * Unicode facts decides. East Asian Wide and Fullwidth characters (CJK, kana, Hangul
 * syllables, fullwidth forms, most emoji) take 2 columns; combining marks, zero-width
 * joiners and spaces, variation selectors and Hangul's conjoining vowels and finals take 0;
 * anything else 1, and so does a byte that is not UTF-8 (front ends escape those first,
 * textesc.h).
 * Pure functions, thread-safe. The workbench measures with wcwidth instead, since curses
 * draws by the locale's idea of a character (in the C locale a CJK character is one '?'). */
#ifndef RELREC_UWIDTH_H
#define RELREC_UWIDTH_H

#include <stddef.h>

/* 1 when cp is one of Unicode's Default_Ignorable_Code_Point characters: shown as nothing
 * (soft hyphen, zero-width spaces and joiners, direction marks, variation selectors, the
 * Hangul fillers, the combining grapheme joiner, tags, the byte order mark...), assigned or
 * reserved. The one rule for what relrec reads ids without (rows_plain_char), escapes in
 * messages (sniff_printable) and draws as nothing (the workbench). */
int uwidth_ignorable(unsigned long cp);
/* 1 when cp shows as a blank and is no ASCII space or TAB: Unicode's White_Space past ASCII
 * (U+0085, the no-break spaces U+00A0 and U+202F, U+1680, U+2000-U+200A, U+2028, U+2029,
 * U+205F, U+3000) and the letters drawn as blanks (U+2800 the Braille blank, the Hangul
 * fillers). `load small.csv` with one after it looks like the sample's name and reads a
 * look-alike file (t57 F1): what scripts refuse and messages escape with the ignorable ones
 * (textesc.h's TEXTESC_INVISIBLE), and what an error escapes in a field (sniff_printable). */
int uwidth_blank(unsigned long cp);
/* Columns of the code point cp: 0, 1 or 2 (0 for a default-ignorable one, save the two
 * Hangul fillers that East Asian Width makes wide, which terminals draw as two blanks). */
int uwidth_cp(unsigned long cp);
/* Columns of the NUL-terminated UTF-8 text s. */
size_t uwidth_str(const char *s);

#endif
