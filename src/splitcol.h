/* splitcol.h — one column that a join of exports split in two (ingest's, not a public API).
 * PowerQuery's Append and pandas.concat match columns by name, so a column renamed between
 * two exports (CustomerID in January's, Customer ID after a till's upgrade) comes out as two:
 * the first part's rows fill the one, the later parts' rows the other (t90 F1, F2, F5: the
 * rows of the column not read were dropped as of no customer, read as quantity 1, or
 * rejected for their price, date, item or invoice).
 *
 * A map gives such a role its columns in order (--map user='CustomerID|Customer ID',
 * sniff_also): each row's value is read from the first not blank, and the rows each gave are
 * said. Beside each role's column read alone, the unused columns of a known name of that role
 * (csvsniff's alias table) are watched row by row: one that is filled where the role's column
 * is blank and blank where it is filled (or the same), on no row filled with another value,
 * is that column split in two (an id's values of one kind: numbers, codes or words); the load is read again with the map that reads both (splitcol_map), or, when it cannot
 * be (a pipe), a warning names that map. Columns that overlap with unlike values are never
 * read as one: where they are mostly filled on other rows, a warning names both and the rows.
 * Columns filled on the same rows (a Quantity beside an ordered Qty, a list Price beside a
 * Unit Price) say nothing. Blank is empty, a null word or what a join writes for a missing
 * value (sniff_missing: NA, NaN, None). */
#ifndef RELREC_SPLITCOL_H
#define RELREC_SPLITCOL_H

#include <stddef.h>
#include <stdint.h>

#include "csvsniff.h"

#define SPLIT_SHOWN 48   /* bytes of a column's name as shown, and as a map's COL */
#define SPLIT_VALUE 24   /* bytes of an unlike value kept for the warning */

/* A column beside a role's own: one a map gives (read), or an unused one watched. */
typedef struct split_side {
	int field;
	size_t only_own, only_this; /* rows: the role's column filled and this blank; the reverse */
	size_t same, unlike;        /* rows both filled: alike (as text or as numbers), or not */
	size_t took;                /* a map's: rows whose value came from this column */
	uint64_t this_line;         /* the first of only_this */
	uint64_t unlike_line;       /* the first of unlike, and its two values: */
	char unlike_value[2][SPLIT_VALUE];
	unsigned kinds[2][3];       /* an id's values where only one of the two is filled: the
	                               own's [0] and this one's [1], as numbers, codes (no blank),
	                               words (with blanks): a name beside a number is no split */
	char shown[SPLIT_SHOWN];    /* its name as shown, and as a map's COL */
	char map_col[SPLIT_SHOWN];
} split_side;

typedef struct splitcol {
	int on;                          /* a role has a side */
	int own_field[RR_COL_N];         /* each role's column read, or -1 */
	int mapped[RR_COL_N];            /* 1: the sides are a map's, read; 0: watched */
	int asked[RR_COL_N];             /* the user's own map gives the role */
	int n[RR_COL_N];                 /* its sides */
	split_side side[RR_COL_N][SNIFF_ALSO_MAX];
	size_t own_took[RR_COL_N];       /* a map's: rows read from the role's own column */
	char shown[RR_COL_N][SPLIT_SHOWN];   /* the role's column as shown, and as a map's COL */
	char map_col[RR_COL_N][SPLIT_SHOWN];
} splitcol;

/* At the first row, before any is read: the header's n names, each role's column (col), a
 * map's further ones (also, or NULL), the roles the user's own map gives (bit c: asked), and
 * fields no role may be watched beside (used[f]: read by a role, or by a fallback). */
void splitcol_start(splitcol *s, const char *const *names, int n, const int col[RR_COL_N],
		    const sniff_also *also, unsigned asked, const char *used);

/* Is field f a map's further column of a role (read, so not unused)? */
int splitcol_reads(const splitcol *s, int f);

/* One row of nf fields (field f at base + off[f], len[f] bytes) on its line: the sides
 * watched counted, and a map's read: a blank own field's off and len set to the first side
 * filled (off and len are the caller's copies). */
void splitcol_row(splitcol *s, const char *base, size_t *off, size_t *len, int nf,
		  uint64_t line);

/* After the last row: the map that reads each role with the sides that are its column split
 * in two ("user=7|11,price=6|10": by number from 1), into map ("" when none). Never a role
 * the user's own map gives: a warning names the map instead. */
void splitcol_map(const splitcol *s, char *map, size_t size);

/* A --strict load stopped by its first rejected row: the map of the roles whose sides are
 * their column split in two on the rows read so far (a row rejected for its blank invoice
 * has it in the other), as a sentence for the error into text ("" when none). */
void splitcol_strict(const splitcol *s, char *text, size_t size);

/* What the rows showed, for the load's summary: each line ("note: ..." or "warning: ...")
 * after a '\n' onto text[0..size). reread: the load is read again with splitcol_map's map,
 * which says the rest then. */
void splitcol_describe(const splitcol *s, int reread, char *text, size_t size);

#endif
