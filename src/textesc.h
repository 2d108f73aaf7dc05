/* textesc.h — text made safe for a terminal. Data (descriptions, stock codes, customer ids
 * from a CSV or a model file) and arguments reach the screen in tables, messages and the
 * workbench; a control character among them would be obeyed by the terminal (ESC starts
 * sequences that retitle the window, clear the screen or remap keys; BEL rings; CR overwrites
 * the line). Every front end that prints passes text through here; exports to files do not
 * (a CSV file is data, not a terminal).
 *
 * The notation is C's, so it reads the same in a bug report as in the source:
 *   \a \b \t \v \f \r \e   BEL BS TAB VT FF CR ESC (and \n, unless newlines are kept)
 *   \xHH                   any other C0 control byte, DEL, and a byte that is not UTF-8
 *   \u0080 ... \u009f      the C1 controls (CSI is U+009B), which some terminals obey too
 *   \u202e and the like    the bidirectional overrides, embeddings, isolates and marks
 *                          (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C), which
 *                          reorder the rest of a line on a terminal that implements bidi
 *   \ufeff and the like    with TEXTESC_INVISIBLE, what prints as nothing, or as a blank
 *                          that is no ASCII space (\u00a0, \u202f, \u3000, \u2800)
 * A backslash itself is left as it is: the result is for reading, not for parsing back.
 * Pure functions, no locale: UTF-8 is decoded here, byte by byte (utf8proc's tables, through
 * uwidth.h, say what is default-ignorable). Thread-safe. */
#ifndef RELREC_TEXTESC_H
#define RELREC_TEXTESC_H

#include <stddef.h>

enum {
	TEXTESC_KEEP_NL = 1,     /* multi-line text: a '\n' stays a line break */
	TEXTESC_INVISIBLE = 2    /* the default-ignorable characters too (uwidth_ignorable: a
	                          * byte order mark, zero-width ones, soft hyphen...) and those
	                          * that show as a blank but are none (uwidth_blank: \u00a0,
	                          * \u3000, \u2800...), for a
	                          * message, where one inside a quoted word explains nothing as
	                          * nothing (t47 F10: "unknown command 'show'" with a BOM before
	                          * it); not for data, whose emoji sequences join with U+200D */
};

/* Length of the well-formed UTF-8 sequence at s[0..n) (n >= 1; no overlongs, no surrogates,
 * nothing past U+10FFFF) and its code point, or 0 when s[0] does not start one. */
size_t textesc_utf8(const unsigned char *s, size_t n, unsigned long *cp);
/* 1 when cp is a bidirectional formatting character (U+202A-U+202E, U+2066-U+2069, U+200E,
 * U+200F, U+061C), which textesc_char escapes. */
int textesc_bidi(unsigned long cp);
/* The character that starts s[0..n) (n >= 1): returns 0 when it may be shown as it is, its
 * bytes in *len; else the length of its escape, written to esc (NUL-terminated, at most 6
 * characters), *len the bytes it stands for (1 for a byte that is not UTF-8). */
size_t textesc_char(const char *s, size_t n, unsigned flags, char esc[8], size_t *len);
/* textesc_char's answer for what a terminal obeys rather than shows, or shows as nothing:
 * the characters a line of a script may not hold (lines_next) and the command language's
 * double quotes write escaped (rr_dq_put), one rule for both so that a journal replays.
 * textesc_char's with TEXTESC_INVISIBLE (t54 F3: `load small.csv` with a zero-width space
 * after it showed as the sample and loaded a look-alike file; t57 F1: so did one with a
 * no-break space, U+2007 or U+3000, which show as a blank; emoji's U+200D joiner and
 * U+FE0F selector included: ids are read without them, and \u200d writes one), but TAB and
 * a byte that is not UTF-8 from 0xA0 up (some 8-bit file's letter, shown as such) return 0;
 * one from 0x80 to 0x9F does not (t54 F9: 0x9B is CSI to a terminal in an 8-bit mode). */
size_t textesc_obeyed(const char *s, size_t n, char esc[8], size_t *len);
/* 1 when cp shows as a blank but is no ASCII space (uwidth_blank from U+00A0 up, and not
 * default-ignorable): a no-break space, U+2007, U+3000, the Braille blank. */
int textesc_blank(unsigned long cp);
/* The offset of the first character of the line s[0..n) that textesc_obeyed refuses, n when
 * none; its escape into esc and its bytes into *len, as textesc_obeyed's. A comment line
 * (its first byte past the blanks and the command mark, textesc_line_mark, is '#') may
 * hold blanks that are no space (textesc_blank) after its '#': it is never run, and French typography puts a no-break
 * space before ':' ("# Remarque : ..."); zero-width, bidirectional and C1 characters, which
 * can hide or reorder what a terminal shows, stay refused there too, and a line whose first
 * such blank comes before the '#' is no comment. The rule of a script's lines (lines_next)
 * and of the history's (the prompt). */
size_t textesc_line_refused(const char *s, size_t n, char esc[8], size_t *len);
/* The bytes before the command of line s[0..n): its blanks, the prompt's command mark ':'
 * (the workbench's command line opens with it; scripts and the journal may hold it) and the
 * blanks after it. The one rule of the mark: cmd_line_start drops these, and a '#' after
 * them is a comment's to textesc_line_refused as to the command layer (t62 F14: ": # a
 * comment" with a no-break space was refused, "# the same" accepted). */
size_t textesc_line_mark(const char *s, size_t n);
/* 1 when s has anything textesc_char would escape. */
int textesc_needed(const char *s, unsigned flags);
/* s with every such character escaped: malloc'd (caller frees), or NULL when out of memory. */
char *textesc_dup(const char *s, unsigned flags);

#endif
