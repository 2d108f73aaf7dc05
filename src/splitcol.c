/* splitcol.c — one column that a join of exports split in two: see splitcol.h. */
#include "splitcol.h"

#include <stdio.h>
#include <string.h>

#include "ingest.h"

/* Each role as the notes name it. */
static const char *const role_noun[RR_COL_N] = {
	[RR_COL_INVOICE] = "invoice", [RR_COL_ITEM] = "item", [RR_COL_DESC] = "description",
	[RR_COL_QTY] = "quantity", [RR_COL_DATE] = "date", [RR_COL_PRICE] = "price",
	[RR_COL_USER] = "customer", [RR_COL_COUNTRY] = "country", [RR_COL_AMOUNT] = "line total",
	[RR_COL_TIME] = "time", [RR_COL_EVENT] = "event", [RR_COL_STATUS] = "status"};

/* The split's tale, in the notes: why two columns of one role are one. */
#define SPLIT_WHY "one column that a join of exports split in two (PowerQuery's Append, " \
		  "pandas.concat and R's bind_rows match columns by name, so a column renamed " \
		  "between exports becomes two)"

/* The roles whose values are ids: a side's must be of the own column's kind. */
static int id_role(int c)
{
	return c == RR_COL_USER || c == RR_COL_ITEM || c == RR_COL_INVOICE;
}

static void trim(const char **s, size_t *n)
{
	while (*n && ((*s)[0] == ' ' || (*s)[0] == '\t')) {
		(*s)++;
		(*n)--;
	}
	while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t'))
		(*n)--;
}

/* Is s[0..n) no value (sniff_missing)? */
static int blank(const char *s, size_t n)
{
	return !n || sniff_missing(s, n);
}

/* 0 a number (digits, a sign, a decimal mark), 1 a code (no blank), 2 words. */
static int value_kind(const char *s, size_t n)
{
	size_t k = 0, digits = 0;
	k += k < n && (s[k] == '-' || s[k] == '+');
	for (; k < n && ((s[k] >= '0' && s[k] <= '9') || s[k] == '.' || s[k] == ','); k++)
		digits += s[k] >= '0' && s[k] <= '9';
	if (k == n && digits)
		return 0;
	return memchr(s, ' ', n) ? 2 : 1;
}

/* Are a and b one value: the same text, or the same number (12346 and 12346.0)? */
static int alike(const char *a, size_t an, const char *b, size_t bn)
{
	double x, y;
	if (an == bn && memcmp(a, b, an) == 0)
		return 1;
	return ingest_parse_num(a, an, &x) == 0 && ingest_parse_num(b, bn, &y) == 0 && x == y;
}

/* Column f as shown and as a map's COL (its name, or its number when the name holds a '|'
 * or reads back as none: sniff_map_col's, without the quotes the hint puts round the whole). */
static void side_names(const char *const *names, int n, int f, char *shown, char *map_col)
{
	if (names[f][0])
		sniff_printable(shown, SPLIT_SHOWN, names[f], strlen(names[f]), 40);
	else
		snprintf(shown, SPLIT_SHOWN, "column %d", f + 1);
	sniff_map_col(names, n, f, map_col, SPLIT_SHOWN);
	size_t l = strlen(map_col);
	if (l >= 2 && map_col[0] == '\'' && map_col[l - 1] == '\'') {
		memmove(map_col, map_col + 1, l - 2);
		map_col[l - 2] = '\0';
	}
	if (strchr(names[f], '|') || strchr(map_col, '|'))
		snprintf(map_col, SPLIT_SHOWN, "%d", f + 1);
}

static void side_init(split_side *d, const char *const *names, int n, int f)
{
	memset(d, 0, sizeof *d);
	d->field = f;
	side_names(names, n, f, d->shown, d->map_col);
}

void splitcol_start(splitcol *s, const char *const *names, int n, const int col[RR_COL_N],
		    const sniff_also *also, unsigned asked, const char *used)
{
	memset(s, 0, sizeof *s);
	for (int c = 0; c < RR_COL_N; c++) {
		int p = col[c];
		s->own_field[c] = p;
		s->asked[c] = (asked >> c) & 1;
		if (p < 0 || p >= n)
			continue;
		side_names(names, n, p, s->shown[c], s->map_col[c]);
		s->mapped[c] = also && also->n[c] > 0;
		for (int k = 0; s->mapped[c] && k < also->n[c]; k++)
			side_init(&s->side[c][s->n[c]++], names, n, also->col[c][k]);
		/* watched: an unused column of a known name of the role, a role's own name or one
		 * of the level of the column read (Customer Name is no rival for Customer ID) */
		int level = sniff_name_level(names[p]);
		for (int f = 0; !s->mapped[c] && f < n && s->n[c] < SNIFF_ALSO_MAX; f++)
			if (!used[f] && !splitcol_reads(s, f) && sniff_name_role(names[f]) == c &&
			    (sniff_name_level(names[f]) == 0 || sniff_name_level(names[f]) == level))
				side_init(&s->side[c][s->n[c]++], names, n, f);
		s->on |= s->n[c] > 0;
	}
}

int splitcol_reads(const splitcol *s, int f)
{
	for (int c = 0; s->on && c < RR_COL_N; c++)
		for (int k = 0; s->mapped[c] && k < s->n[c]; k++)
			if (s->side[c][k].field == f)
				return 1;
	return 0;
}

/* One row's own value (o, on) and side d's field: counted. */
static void side_count(split_side *d, int c, const char *o, size_t on, const char *v,
		       size_t vn, uint64_t line)
{
	int ob = blank(o, on), vb = blank(v, vn);
	if (ob && vb)
		return;
	if (!ob && !vb) {
		if (alike(o, on, v, vn)) {
			d->same++;
		} else if (!d->unlike++) {
			d->unlike_line = line;
			sniff_printable(d->unlike_value[0], SPLIT_VALUE, o, on, 16);
			sniff_printable(d->unlike_value[1], SPLIT_VALUE, v, vn, 16);
		}
		return;
	}
	if (vb)
		d->only_own++;
	else if (!d->only_this++)
		d->this_line = line;
	if (id_role(c))
		d->kinds[!vb][vb ? value_kind(o, on) : value_kind(v, vn)]++;
}

void splitcol_row(splitcol *s, const char *base, size_t *off, size_t *len, int nf,
		  uint64_t line)
{
	for (int c = 0; c < RR_COL_N; c++) {
		int p = s->own_field[c], from = -1;
		if (!s->n[c] || p >= nf)
			continue;
		const char *o = base + off[p];
		size_t on = len[p];
		trim(&o, &on);
		for (int k = 0; k < s->n[c]; k++) {
			split_side *d = &s->side[c][k];
			if (d->field >= nf)
				continue;
			const char *v = base + off[d->field];
			size_t vn = len[d->field];
			trim(&v, &vn);
			side_count(d, c, o, on, v, vn, line);
			if (from < 0 && s->mapped[c] && blank(o, on) && !blank(v, vn))
				from = k;
		}
		if (!s->mapped[c])
			continue;
		if (from < 0) {
			s->own_took[c] += !blank(o, on);
			continue;
		}
		s->side[c][from].took++;
		off[p] = off[s->side[c][from].field];
		len[p] = len[s->side[c][from].field];
	}
}

static int most(const unsigned k[3])
{
	return k[0] >= k[1] && k[0] >= k[2] ? 0 : k[1] >= k[2] ? 1 : 2;
}

/* Is watched side d of role c the role's column split in two: each filled on rows where the
 * other is blank, never unlike it where both are (a Qty Ordered filled where the shipped
 * Quantity is blank, and on every other row too, is another count); an id of the same kind
 * (a guest's name where a member's number is blank is no split)? */
static int side_merges(const split_side *d, int c)
{
	if (!d->only_this || !d->only_own || d->unlike)
		return 0;
	return !id_role(c) || most(d->kinds[0]) == most(d->kinds[1]);
}

/* Is it such a column but for rows where both are filled and differ, fewer than the rows
 * where one alone is: said, never read as one. */
static int side_clashes(const split_side *d)
{
	return d->only_this && d->only_own && d->unlike &&
	       d->same + d->unlike < d->only_own + d->only_this;
}

/* Role c's sides that merge, as a map's COL ("'CustomerID|Customer ID'", by_number: "7|11")
 * into buf; their count. */
static int merge_col(const splitcol *s, int c, int by_number, char *buf, size_t size)
{
	int k = 0;
	size_t o = by_number ? (size_t)snprintf(buf, size, "%d", s->own_field[c] + 1)
			     : (size_t)snprintf(buf, size, "'%s", s->map_col[c]);
	for (int j = 0; j < s->n[c]; j++) {
		const split_side *d = &s->side[c][j];
		if ((!s->mapped[c] && !side_merges(d, c)) || o >= size)
			continue;
		k++;
		o += by_number ? (size_t)snprintf(buf + o, size - o, "|%d", d->field + 1)
			       : (size_t)snprintf(buf + o, size - o, "|%s", d->map_col);
	}
	if (!by_number && o < size)
		snprintf(buf + o, size - o, "'");
	return k;
}

/* The roles watched whose sides merge (the user's own asked too, by_name), as a map of
 * them (by_name: as the user types it, else by number) into map; "" when none. */
static void merge_map(const splitcol *s, int by_name, char *map, size_t size)
{
	size_t o = 0;
	char col[160];
	map[0] = '\0';
	for (int c = 0; s->on && c < RR_COL_N && o < size; c++)
		if (!s->mapped[c] && (by_name || !s->asked[c]) &&
		    merge_col(s, c, !by_name, col, sizeof col))
			o += (size_t)snprintf(map + o, size - o, "%s%s=%s", o ? "," : "",
					      ingest_col_name((enum rr_col)c), col);
	if (o >= size)   /* cut: no map at all, rather than a wrong one */
		map[0] = '\0';
}

void splitcol_map(const splitcol *s, char *map, size_t size)
{
	merge_map(s, 0, map, size);
}

void splitcol_strict(const splitcol *s, char *text, size_t size)
{
	char map[512];
	text[0] = '\0';
	merge_map(s, 1, map, sizeof map);
	if (map[0])
		snprintf(text, size, "columns of one role are filled each where the other is blank "
			 "on the rows read, as a join of exports that renamed a column leaves them: "
			 "--map %s reads each row's value from the one filled", map);
}

static void add(char *text, size_t size, const char *line)
{
	size_t o = strlen(text);
	if (o + 2 < size)
		snprintf(text + o, size - o, "%s%s", o ? "\n" : "", line);
}

/* A map's sides read: the rows each gave; why, when the user's map did not ask it. */
static void describe_read(const splitcol *s, int c, char *text, size_t size)
{
	char line[1024], col[160];
	const char *noun = role_noun[c];
	int n = s->n[c];
	size_t o;
	if (s->asked[c]) {
		o = (size_t)snprintf(line, sizeof line, "note: the %s read from '%s' (%zu rows) or, "
				     "where it is blank, from ", noun, s->shown[c], s->own_took[c]);
	} else {   /* the first reading's verdict */
		o = (size_t)snprintf(line, sizeof line, "note: '%s'", s->shown[c]);
		for (int k = 0; k < n && o < sizeof line; k++)
			o += (size_t)snprintf(line + o, sizeof line - o, "%s'%s'",
					      k + 1 < n ? ", " : " and ", s->side[c][k].shown);
		if (o < sizeof line)
			o += (size_t)snprintf(line + o, sizeof line - o, " %s name the %s, each filled "
					      "where the other%s blank: '%s' on %zu rows, ",
					      n > 1 ? "all" : "both", noun, n > 1 ? "s are" : " is",
					      s->shown[c], s->own_took[c]);
	}
	for (int k = 0; k < n && o < sizeof line; k++)
		o += (size_t)snprintf(line + o, sizeof line - o, s->asked[c] ?
				      "%s'%s' (%zu rows, the first on line %llu)" :
				      "%s'%s' on %zu (the first on line %llu)",
				      k ? (s->asked[c] ? ", then from " : ", ") : "",
				      s->side[c][k].shown, s->side[c][k].took,
				      (unsigned long long)s->side[c][k].this_line);
	merge_col(s, c, 0, col, sizeof col);
	if (!s->asked[c] && o < sizeof line)
		o += (size_t)snprintf(line + o, sizeof line - o, ": " SPLIT_WHY "; each row's %s is "
				      "read from the one filled (--map %s=%s)", noun,
				      ingest_col_name((enum rr_col)c), col);
	for (int k = 0; k < n && o < sizeof line; k++) {
		const split_side *d = &s->side[c][k];
		if (d->unlike)
			o += (size_t)snprintf(line + o, sizeof line - o, "; '%s' and '%s' both filled "
					      "and unlike on %zu rows (the first on line %llu: '%s' "
					      "and '%s'), read from '%s' there", s->shown[c], d->shown,
					      d->unlike, (unsigned long long)d->unlike_line,
					      d->unlike_value[0], d->unlike_value[1], s->shown[c]);
	}
	add(text, size, line);
}

/* Watched sides that are the role's column split in two, not read as such (a pipe is not
 * read again, or the user's map named one column): a warning with the map that reads both. */
static void describe_unread(const splitcol *s, int c, char *text, size_t size)
{
	char line[1024], col[160];
	const char *noun = role_noun[c];
	int n = merge_col(s, c, 0, col, sizeof col), k = 0;
	size_t o = (size_t)snprintf(line, sizeof line, "warning: ");
	for (int j = 0; j < s->n[c] && o < sizeof line; j++) {
		const split_side *d = &s->side[c][j];
		if (side_merges(d, c))
			o += (size_t)snprintf(line + o, sizeof line - o, "%s'%s' (on %zu rows, the "
					      "first on line %llu)", k++ ? " and " : "", d->shown,
					      d->only_this, (unsigned long long)d->this_line);
	}
	if (o < sizeof line)
		snprintf(line + o, sizeof line - o, ", not read, %s filled where the %s's column "
			 "'%s' is blank, and blank or the same where it is filled: " SPLIT_WHY ", "
			 "so those rows are read without their %s; load with --map %s=%s to read "
			 "each row's %s from the one filled", n > 1 ? "are" : "is", noun,
			 s->shown[c], noun, ingest_col_name((enum rr_col)c), col, noun);
	add(text, size, line);
}

/* A watched side filled where the role's is blank, but unlike it on a few rows: not read. */
static void describe_clash(const splitcol *s, int c, const split_side *d, char *text,
			   size_t size)
{
	char line[1024];
	const char *role = ingest_col_name((enum rr_col)c);
	snprintf(line, sizeof line, "warning: '%s' and '%s' both name the %s and each is filled "
		 "where the other is blank (%zu rows and %zu), but on %zu rows both are filled "
		 "and differ (the first on line %llu: '%s' and '%s'), so they are not read as one "
		 "column split by a join of exports: '%s' is not read; if it is the same column, "
		 "--map %s='%s|%s' reads each row's %s from the one filled, '%s' where both are",
		 s->shown[c], d->shown, role_noun[c], d->only_own, d->only_this, d->unlike,
		 (unsigned long long)d->unlike_line, d->unlike_value[0], d->unlike_value[1],
		 d->shown, role, s->map_col[c], d->map_col, role_noun[c], s->shown[c]);
	add(text, size, line);
}

void splitcol_describe(const splitcol *s, int reread, char *text, size_t size)
{
	char col[160];
	for (int c = 0; s->on && c < RR_COL_N; c++) {
		if (!s->n[c])
			continue;
		if (s->mapped[c]) {
			describe_read(s, c, text, size);
			continue;
		}
		if (merge_col(s, c, 1, col, sizeof col) && (!reread || s->asked[c]))
			describe_unread(s, c, text, size);
		for (int k = 0; k < s->n[c]; k++)
			if (side_clashes(&s->side[c][k]))
				describe_clash(s, c, &s->side[c][k], text, size);
	}
}
