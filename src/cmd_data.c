/* cmd_data.c — load, clean, filter, stats, bins, set, show, gen. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <errno.h>
#include <unistd.h>

#include "cmd.h"
#include "textfold.h"
#include "csvdate.h"
#include "err.h"
#include "gen.h"
#include "csvproc.h"
#include "csvsource.h"
#include "ingest.h"
#include "lines.h"
#include "mem.h"
#include "train.h"
#include "metrics.h"
#include "util.h"

/* Each line of rows->reading, indented under the "loaded" line. */
static void say_reading(rr_app *app, const rr_rows *rows)
{
	const char *s = rows->reading ? rows->reading : "";
	while (*s) {
		size_t n = strcspn(s, "\n");
		sink_printf(&app->sink, "  %.*s", (int)n, s);
		s += n + (s[n] == '\n');
	}
}

/* The load summary: the loaded line, how the file was read, the first rejected rows. */
static void say_loaded(rr_app *app, const char *path, const rr_rows *rows, size_t kept,
		       double dt)
{
	size_t rej = rows_rejected_total(rows);
	char skipped[64] = "";
	if (rows->skipped)
		snprintf(skipped, sizeof skipped, " %zu not purchases (skipped),", rows->skipped);
	char shown[RR_SHOWN_PATH];
	sink_printf(&app->sink, "%s '%s' (%s): %zu row%s,%s %zu rejected, %zu kept after cleaning",
		    rows->n ? "loaded" : "read", rr_shown_path(shown, sizeof shown, path), rows->schema,
		    rows->lines, rr_plural((double)rows->lines), skipped, rej, kept);
	say_reading(app, rows);
	sink_timing(&app->sink, "  in %.2f s (%.0f rows/s, %.1f MB/s)", dt,
		    (double)rows->lines / dt, (double)rows->bytes / dt / 1e6);
	char name[RR_SHOWN_PATH];
	proc_short_name(path, name, sizeof name);
	for (int i = 0; i < rows->n_examples; i++)
		sink_printf(&app->sink, "  rejected %s:%s", name, rows->examples[i]);
	if (rej > (size_t)rows->n_examples)
		sink_printf(&app->sink, "  ... and %zu more rejected rows (see stats)",
			    rej - (size_t)rows->n_examples);
}

/* The outlying dates on one side of the rest: how many, the nearest and farthest day. */
typedef struct date_side {
	size_t n;
	int32_t near, far;
} date_side;

static void side_add(date_side *s, int32_t m, int before)
{
	if (!s->n || (before ? m > s->near : m < s->near))
		s->near = m;
	if (!s->n || (before ? m < s->far : m > s->far))
		s->far = m;
	s->n++;
}

/* "1 on 1900-01-01" or "3 from 1900-01-01 to 1900-01-05", into buf */
static void side_text(const date_side *s, int before, char *buf, size_t size)
{
	char a[32], b[32];
	ingest_format_minute(before ? s->far : s->near, a, sizeof a);
	ingest_format_minute(before ? s->near : s->far, b, sizeof b);
	a[10] = b[10] = '\0';   /* the days */
	if (strcmp(a, b) == 0)
		snprintf(buf, size, "%zu on %s", s->n, a);
	else
		snprintf(buf, size, "%zu from %s to %s", s->n, a, b);
}

/* minute's day, "YYYY-MM-DD", into buf (at least 11 bytes) */
static char *day_text(int32_t minute, char *buf, size_t size)
{
	ingest_format_minute(minute, buf, size);
	buf[10] = '\0';
	return buf;
}

/* The rows dated far from all the others, which the date rule leaves out: named at load,
 * since one such row (1900-01-01 for an empty date, 2101 for 2011) would move the data's last
 * day, and every period measured from it. */
static void say_outlying_rows(rr_app *app, const rr_rows *rows, const rr_dataset *d,
			      const rr_date_scan *sc)
{
	date_side side[2] = {{0, 0, 0}, {0, 0, 0}};   /* before the rest, after it */
	if (sc->lo == INT32_MIN && sc->hi == INT32_MAX)
		return;   /* none: no pass over the rows */
	for (size_t i = 0; i < rows->n; i++)
		if (rows->minute[i] < sc->lo)
			side_add(&side[0], rows->minute[i], 1);
		else if (rows->minute[i] > sc->hi)
			side_add(&side[1], rows->minute[i], 0);
	size_t n = side[0].n + side[1].n;
	if (!n)
		return;
	char from[32], to[32], t0[96] = "", t1[96] = "";
	if (side[0].n)
		side_text(&side[0], 1, t0, sizeof t0);
	if (side[1].n)
		side_text(&side[1], 0, t1, sizeof t1);
	sink_printf(&app->sink, "  warning: %zu row%s %s dated over a year from all the others (%s "
		    "to %s): %s%s%s; the date rule leaves %s out (a placeholder or a typo? 'clean "
		    "date off' uses %s)", n, rr_plural((double)n), n == 1 ? "is" : "are",
		    day_text(d->min_minute, from, sizeof from), day_text(d->max_minute, to, sizeof to),
		    t0, *t0 && *t1 ? ", " : "", t1, n == 1 ? "it" : "them", n == 1 ? "it" : "them");
}

/* What the dates of a load show beyond the date rule: all but a few on a placeholder day, or
 * a few rows the rule keeps past a gap that stands out (a month typed wrong), which move the
 * data's first or last day. */
static void say_date_notes(rr_app *app, const rr_rows *rows, const rr_date_scan *sc)
{
	char a[32], b[32];
	if (sc->placeholder) {
		size_t on = 0;   /* the minutes of that day (floor: 1900 is before 1970) */
		for (size_t i = 0; i < rows->n; i++)
			on += rows->minute[i] >= sc->placeholder_at &&
			      rows->minute[i] - sc->placeholder_at < 1440;
		sink_printf(&app->sink, "  warning: %zu of the %zu rows are dated %s, %s: the file's "
			    "dates look missing (another column? --map date=COL)", on, rows->n,
			    day_text(sc->placeholder_at, a, sizeof a), sc->placeholder_at < 0
			    ? "a spreadsheet's empty date" : "Unix time 0");
		return;
	}
	for (int down = 0; down < 2; down++) {
		const rr_date_end *e = &sc->end[down];
		if (!e->n)
			continue;
		long days = labs((long)(e->at / 1440) - (long)(e->rest / 1440));
		sink_printf(&app->sink, "  warning: %zu row%s dated %s%s, %ld days %s all the others "
			    "(which %s on %s), %s the data's %s day: a date typed wrong? ('filter %s %s' "
			    "leaves %s out)", e->n, rr_plural((double)e->n), day_text(e->at, a, sizeof a),
			    e->n == 1 ? "" : down ? " or later" : " or earlier", days,
			    down ? "after" : "before", down ? "end" : "start",
			    day_text(e->rest, b, sizeof b), e->n == 1 ? "moves" : "move",
			    down ? "last" : "first", down ? "until" : "since", b,
			    e->n == 1 ? "it" : "them");
	}
}

/* The load's words on its dates: the date rule's scan, made as the dataset was built. */
static void say_dates(rr_app *app, const rr_rows *rows, const rr_dataset *d)
{
	if (!app->clean.on[RR_RULE_DATE])
		return;
	say_outlying_rows(app, rows, d, &d->dates);
	say_date_notes(app, rows, &d->dates);
}

/* The rows the nonproduct rule drops as lines no code of the shop's own explains: items named
 * so (Tip, Gift Card - $25, Custom Amount: a platform writes them without a code) or typed so
 * by a line-type column (Sachkonto): said at load, with their most frequent items, since a
 * shop knows its own codes (POST) but not relrec's list of such names. */
static void say_nonproducts(rr_app *app, const rr_rows *rows, const rr_clean_ctx *x)
{
	uint32_t nc = strtab_count(rows->codes), top[3] = {RR_NONE, RR_NONE, RR_NONE};
	size_t *cnt = NULL, all = 0;
	int any = 0;
	unsigned char *said = calloc(nc ? nc : 1, 1);   /* the codes the note is about */
	for (uint32_t k = 0; said && k < nc; k++) {
		said[k] = x->code_np[k] >= RR_NP_NAME ||   /* Online Retail's C2 elsewhere: t71 F19 */
			  (x->code_np[k] == RR_NP_CODE && clean_online_retail_code(rows,
				strtab_get(rows->codes, k), strtab_len(rows->codes, k)));
		any |= said[k];
	}
	if (any && (cnt = calloc(nc, sizeof *cnt)) != NULL)
		for (size_t i = 0; i < rows->n; i++)
			if (said[rows->item[i]] && clean_reason(x, i, 0) == RR_RULE_NONPRODUCT) {
				cnt[rows->item[i]]++;
				all++;
			}
	for (uint32_t k = 0; all && k < nc; k++)   /* the three with most rows, in order */
		for (int j = 0; j < 3 && cnt[k]; j++)
			if (top[j] == RR_NONE || cnt[k] > cnt[top[j]]) {
				memmove(top + j + 1, top + j, (size_t)(2 - j) * sizeof *top);
				top[j] = k;
				break;
			}
	char list[400] = "";
	size_t o = 0;
	for (int j = 0; j < 3 && top[j] != RR_NONE && o < sizeof list; j++) {
		/* a code of the shop's own says the name that decided: "PORT (Frais de port)" (t41 N1) */
		const char *code = strtab_get(rows->codes, top[j]), *d = rows_code_desc(rows, top[j]);
		int own = d[0] && strcmp(d, code) != 0;
		o += (size_t)snprintf(list + o, sizeof list - o, "%s%.60s%s%.40s%s %zu", j ? ", " : "",
				      code, own ? " (" : "", own ? d : "", own ? ")" : "", cnt[top[j]]);
	}
	if (all)
		sink_printf(&app->sink, "  note: %zu row%s %s lines of no product, by the item's name "
			    "or the line's type (%s%s): the nonproduct rule drops them ('clean "
			    "nonproduct off' keeps them; 'clean codes LIST' sets the names)", all,
			    rr_plural((double)all), all == 1 ? "is" : "are", list,
			    top[2] != RR_NONE && cnt[top[0]] + cnt[top[1]] + cnt[top[2]] < all ?
			    ", ..." : "");
	free(cnt);
	free(said);
}

/* The invoices numbered as credit notes beside the file's invoices (mark_credit_notes):
 * dropped, crediting what their customers bought before, or kept as sales, which the user
 * is told how to leave out (t59 F16). */
static void say_credit_notes(rr_app *app, const rr_clean_ctx *x, size_t dropped, size_t kept,
			     size_t doubt)
{
	const char *c = x->credit_prefix, *s = x->sales_prefix;
	/* grep's pattern: the prefix's separator (any byte the file wrote after the letters) a
	 * literal of grep's, the command through rr_pipe_text_cmd (a gzip file through gzip -dc) */
	char re[24], cmd[1200];
	size_t o = 0;
	for (const char *p = c; *p && o + 3 < sizeof re; p++) {
		if (strchr(".*[^$\\", *p))
			re[o++] = '\\';
		re[o++] = *p;
	}
	snprintf(re + o, sizeof re - o, "[0-9]");
	/* the file named, not FILE (t71 F30: copied, grep could not read FILE) */
	const char *arg[2] = {re, x->rows->path};
	const char *load = rr_pipe_text_cmd(cmd, sizeof cmd, "grep -v %s %p", arg, 2,
					    x->rows->path);
	if (dropped)
		sink_printf(&app->sink, "  note: %zu invoice%s numbered %s... (a credit note's number "
			    "beside the %s... invoices) credit%s goods their customers bought before, "
			    "written with quantities above 0: dropped as returns, under the cancelled "
			    "rule ('clean cancelled off' keeps them as sales)", dropped,
			    rr_plural((double)dropped), c, s, dropped == 1 ? "s" : "");
	if (kept)
		sink_printf(&app->sink, "  warning: %zu invoice%s numbered %s... (a credit note's "
			    "number beside the %s... invoices) hold%s quantities above 0 and no goods "
			    "their customers bought before: read as sales; if %s credit notes, "
			    "%s%s leaves %s out, as returns are", kept, rr_plural((double)kept), c, s,
			    kept == 1 ? "s" : "", kept == 1 ? "it is a" : "they are",
			    load ? "load " : "a grep of their lines", load ? load : "",
			    kept == 1 ? "it" : "them");
	/* t62 F4: a store's or a country's prefix (NC-, CR-, GS-) repeats its customers' buying */
	char why[160];   /* t68 F9: a branch's regulars credit nothing, they buy again */
	if (x->credit_repeats)
		snprintf(why, sizeof why, "but most credit a customer's item that 3 or more of them "
			 "credit, as regulars buying again would");
	else
		snprintf(why, sizeof why, "but they are %zu beside %zu %s... invoices, too many for "
			 "credit notes", doubt, x->sales_count, s);
	if (doubt)
		sink_printf(&app->sink, "  warning: %zu invoice%s numbered %s... (a credit note's "
			    "number beside the %s... invoices) hold%s quantities above 0 of goods "
			    "their customers bought before, %s (a store's, a branch's, a region's "
			    "or a country's code?): read as sales; if they are credit notes, %s%s "
			    "leaves them out, as returns are", doubt, rr_plural((double)doubt), c, s,
			    doubt == 1 ? "s" : "", why, load ? "load " : "a grep of their lines",
			    load ? load : "");
}

/* The invoices written C and a number that the cancelled rule keeps as sales (their
 * quantities are not below 0), or as exchanges (mark_cancellations), and that hold a kept
 * row: a user who knows Online Retail's C536379 would take them for cancellations dropped. */
static void say_c_sales(rr_app *app, const rr_rows *rows, const rr_clean_ctx *x)
{
	uint32_t ni = strtab_count(rows->invoices);
	unsigned char *seen = calloc(ni ? ni : 1, 1);
	size_t n[5] = {0};   /* sales, exchanges, credit notes dropped, kept, in doubt (inv_c) */
	for (size_t i = 0; seen && i < rows->n; i++) {
		uint32_t v = rows->invoice[i];
		if (x->inv_c[v] >= RR_C_SALE && !seen[v] &&
		    (x->inv_c[v] == RR_C_CREDIT || clean_reason(x, i, 0) == RR_RULE_KEPT)) {
			seen[v] = 1;
			n[x->inv_c[v] - RR_C_SALE]++;
		}
	}
	free(seen);
	say_credit_notes(app, x, n[2], n[3], n[4]);
	if (n[0])
		sink_printf(&app->sink, "  note: %zu invoice%s written C and a number hold%s no "
			    "quantity below 0: kept as sales, not dropped as cancellations (a "
			    "cancellation such as Online Retail's C536379 takes its goods back with "
			    "quantities below 0)", n[0], rr_plural((double)n[0]), n[0] == 1 ? "s" : "");
	if (n[1])
		sink_printf(&app->sink, "  note: %zu invoice%s written C and a number hold%s lines "
			    "both below and above 0, beside C invoices that only sell: read as "
			    "%s, the lines above 0 kept as sales, those below 0 dropped as returns",
			    n[1], rr_plural((double)n[1]), n[1] == 1 ? "s" : "",
			    n[1] == 1 ? "an exchange" : "exchanges");
}

/* The load's words on its cleaning rules, from the look at the rows its dataset was built
 * with (x). */
static void say_cleaning(rr_app *app, const rr_rows *rows, const rr_clean_ctx *x)
{
	if (app->clean.on[RR_RULE_NONPRODUCT])
		say_nonproducts(app, rows, x);
	if (app->clean.on[RR_RULE_CANCELLED])
		say_c_sales(app, rows, x);
}

/* Whether path reads standard input: "-", or a name of it (/dev/stdin, /proc/self/fd/0). */
int cmd_reads_stdin(const char *path)
{
	struct stat a, b;
	return strcmp(path, "-") == 0 || (stat(path, &a) == 0 && fstat(STDIN_FILENO, &b) == 0 &&
					  a.st_dev == b.st_dev && a.st_ino == b.st_ino);
}

int cmd_load_stdin_check(const char *path, int cmd_line)
{
	if (!cmd_reads_stdin(path))
		return 0;
	/* t66 F5: `zcat FILE | relrec -` meant the workbench on a command's output: standard
	 * input that is no terminal is read as a script, so say what does that */
	return err_set("cannot load '%s': standard input holds the commands being run (%s)", path,
		       cmd_line ? "with standard input not a terminal, relrec runs it as a script; "
		       "give the data file by name, or the script: relrec --replay SCRIPT FILE; "
		       "for the workbench on a command's output, start relrec and type :load "
		       "\"|zcat FILE\"" : "load the file by name, or give it as relrec's FILE");
}

/* After a load the current model stays (runs outlive data, as open maps a model onto any
 * data), but it was trained on other rows: recommend and save would use it without a word.
 * The same data loaded again (its print: the same customers, items and pairs) is no other
 * data, and the note's "train to fit" would have the user retrain for nothing (t37 #6). */
static int say_model_kept(rr_app *app)
{
	char lead[160];
	const rr_run *r = runs_get(app->runs, app->current_run);
	if (r && r->ds_print == app->ds->print)
		return 0;
	if (app->current_run)
		snprintf(lead, sizeof lead, "note: run %d's model stays current, trained on other "
			 "data (train to fit this data)", app->current_run);
	else
		snprintf(lead, sizeof lead, "note: the model opened from a file stays current, mapped "
			 "onto this data (train to fit this data)");
	return model_say_coverage(app, app->model, lead);
}

/* Filters outlive a load (this week's file under last week's filter is meant), but a load
 * that did not say so would show plausible totals of a part of the file as the whole (t20). */
static void say_filters_kept(rr_app *app, const rr_dataset *d)
{
	char text[1024];
	if (filter_active(&app->clean.filter))
		sink_printf(&app->sink, "  filters: %s (%zu row%s outside them)",
			    filter_describe(&app->clean.filter, text, sizeof text), d->filtered,
			    rr_plural((double)d->filtered));
}

/* No row kept: what drops them, the filters (carried from the data before) or the rules. */
static void say_all_dropped(rr_app *app, const rr_dataset *d)
{
	if (d->filtered && d->filtered == d->rows_seen)
		sink_printf(&app->sink, "  warning: the filters drop every row of this file: 'filter' "
			    "lists them, and 'filter clear' removes them");
	else if (d->filtered)
		sink_printf(&app->sink, "  warning: the filters and the cleaning rules drop every row: "
			    "'filter' and 'clean' show them; 'filter clear' and 'clean RULE off' keep "
			    "what they drop");
	else
		sink_printf(&app->sink, "  warning: the cleaning rules drop every row: 'clean' shows "
			    "them, and 'clean RULE off' keeps what one drops");
}

/* `load data/online_retail.csv.gz` away from the source tree (after installing the package,
 * the README's first step and the shipped example script): the installed copy, said. */
static const char *bundled_path(rr_app *app, const char *path)
{
	if (strcmp(path, RR_BUNDLED_DATA) != 0 || !app->bundled || access(path, F_OK) == 0 ||
	    errno != ENOENT || access(app->bundled, R_OK) != 0)
		return path;
	sink_printf(&app->sink, "note: no '%s' here; the bundled dataset is read from '%s'", path,
		    app->bundled);
	return app->bundled;
}

/* The ids of --keep-id (list: "ID,...") that kept nothing, in a note each (the first three):
 * one the data holds as no customer's id (a typo: Gest for Gast), or one that is a customer's
 * id anyway, no placeholder the loader reads as nobody's. t44 #12: both were silently
 * accepted, where filter drop-customers names the ids in no row. Compared as the loader
 * compares them (textfold). */
static void say_keep_ids(rr_app *app, const rr_rows *r, const char *list)
{
	int said = 0;
	uint32_t n = strtab_count(r->customers);
	/* under --strip-zeros user the ids are held past their leading zeros: 0000 kept '0' */
	int zeros = r->strip_zeros & 1;
	for (const char *w = list; w && *w && said < 3;) {
		size_t l = strcspn(w, ","), len = 0, z = 0;
		while (zeros && z + 1 < l && w[z] == '0' && strspn(w, "0123456789") >= l)
			z++;
		const char *word0 = w;
		w += z, l -= z;
		const char *hit = NULL;
		for (uint32_t c = 0; l && c < n && !hit; c++) {
			const char *id = strtab_get(r->customers, c);
			len = strlen(id);
			if (len && textfold_same(id, len, w, l))
				hit = id;
		}
		char shown[RR_SHOWN_WORD], word[RR_SHOWN_WORD];
		snprintf(word, sizeof word, "%.*s", (int)(l + z < sizeof word ? l + z : sizeof word - 1),
			 word0);
		rr_shown(shown, sizeof shown, word);
		if (hit && z && ingest_placeholder(hit, len) && ++said)   /* t60 F6 */
			sink_printf(&app->sink, "note: --keep-id '%s' kept customer '%s': --strip-zeros "
				    "reads its spellings with leading zeros as one", shown,
				    rr_shown(word, sizeof word, hit));
		else if (l && !hit && ++said)
			sink_printf(&app->sink, "note: --keep-id '%s' is no customer id of the data: it "
				    "kept nothing", shown);
		else if (hit && !ingest_placeholder(hit, len) && ++said)
			sink_printf(&app->sink, "note: --keep-id '%s' is a customer's id anyway, no id "
				    "relrec reads as nobody's (guest, walk-in, 0): it changed nothing", shown);
		w += l + (w[l] == ',');
	}
}

/* t48 F4: relrec --replay JOURNAL NEWFILE ran the journal's own load of last month's file
 * over NEWFILE, unsaid, and every figure after it was the old file's. */
static void say_argv_replaced(rr_app *app, const char *path)
{
	const char *was = app->argv_data;
	app->argv_data = NULL;
	if (!was || strcmp(was, path) == 0)
		return;
	sink_printf(&app->sink, "  note: this load replaces '%s', given on the command line: the "
		    "script's commands from here on read '%s' (to run a journal on another file, "
		    "edit the path of its load line)", was, path);
}

/* A load's progress, passed on to the session's sink, and the old recommender kept beside
 * the rows being read only while that costs no memory the process has not held before: at
 * the first report that finds the resident memory above the peak it had when the load began
 * (at 10 M rows the recommender is some 460 MB, and kept it raised a reload's peak from
 * 1,365 to 1,632 MB), it goes, as it did before the read until e89. A fit's own peak is
 * higher than the recommender it leaves, so a reload of data of a like size mostly keeps it. */
typedef struct load_watch {
	rr_app *app;
	double peak_mb;            /* the process's peak when the load began */
} load_watch;

static void load_watch_progress(void *ctx, const rr_progress *p)
{
	load_watch *lw = ctx;
	rr_app *app = lw->app;
	if (app->sink.progress)
		app->sink.progress(app->sink.ctx, p);
	double rss, peak;
	if (app->rec && mem_resident(&rss, &peak) == 0 && rss > lw->peak_mb)
		app_drop_caches(app);
}

/* 0 when the load is to be watched (a recommender to keep, and the memory figures to
 * watch it by: without them it is kept, as e89 has it), else -1. */
static int load_watch_start(load_watch *lw)
{
	double rss;
	return lw->app->rec && mem_resident(&rss, &lw->peak_mb) == 0 ? 0 : -1;
}

int cmd_load(rr_app *app, const rr_args *a)
{
	const char *path = bundled_path(app, args_get(a, "FILE"));
	if (app->stdin_script && cmd_load_stdin_check(path, 0) != 0)
		return -1;
	rr_ingest_opts o = {.map = args_get(a, "--map"), .strict = args_has(a, "--strict"),
			    .no_header = args_has(a, "--no-header"),
			    .sep = args_get(a, "--sep"), .decimal = args_get(a, "--decimal"),
			    .date_format = args_get(a, "--date-format"),
			    .calendar = args_get(a, "--calendar"),
			    .month_language = args_get(a, "--month-language"),
			    .encoding = args_get(a, "--encoding"),
			    .purchase = args_get(a, "--purchase"),
			    .returns = args_get(a, "--return"),
			    .keep_ids = args_get(a, "--keep-id"),
			    .voids = args_get(a, "--void"),
			    .strip_zeros = args_get(a, "--strip-zeros"),
			    .latin_lookalikes = args_has(a, "--latin-lookalikes"),
			    .item_forms = args_get(a, "--item-forms"),
			    .convert_currency = args_get(a, "--convert-currency")};
	/* iconv takes "" for the locale's charset, and the messages would name nothing */
	if (o.encoding && !*o.encoding)
		return err_set("--encoding: the name is empty (name one: latin1, cp1252, UTF-8 ...)");
	double t0 = rr_now();
	/* Memory rule of a second load (issue 15: at 30 M rows each generation of data is
	 * gigabytes): what is derived from the old data and rebuilt on demand (baskets, the
	 * model's binding) goes before reading; the old rows and dataset stay while the new rows
	 * are read, the large part, so a failed read keeps them, and so does the recommender
	 * fitted on them (t58 F6: a load stopped with Ctrl-C kept the data but cost a 20 s refit)
	 * as long as the process stays within the memory it has peaked at (load_watch); then it
	 * and the old dataset go before the new one is built, and if that build fails the old
	 * dataset is rebuilt from the old rows. The old rows go last: they cannot be rebuilt. */
	app_invalidate(app);
	mem_release();
	load_watch lw = {.app = app};
	rr_sink watched = {.ctx = &lw, .progress = load_watch_progress};
	rr_work w = work_init(load_watch_start(&lw) == 0 ? &watched : &app->sink, &app->stop,
			      app->cmd);
	rr_rows *rows = ingest_read(path, &o, &w);
	if (!rows && strcmp(path, RR_BUNDLED_DATA) == 0 && app->bundled && access(path, F_OK) != 0)
		return err_set("cannot open '%s': no such file here, and no installed copy at '%s' "
			       "(run relrec from its source tree, or install it)", path, app->bundled);
	if (!rows)
		return -1; /* the previous data stays loaded */
	if (rows->n == 0) {   /* a header alone, or every row rejected: nothing to work on */
		say_loaded(app, path, rows, 0, rr_now() - t0);
		rows_free(rows);
		return err_set("'%s' has no row to work on: nothing loaded%s", path,
			       app->rows ? " (the data loaded before stays)" : "");
	}
	app_drop_caches(app);   /* the recommender, fitted on the dataset that goes now */
	dataset_free(app->ds);
	app->ds = NULL;
	mem_release();
	rr_clean_ctx x;   /* one look at the rows for the dataset and the words on them */
	rr_dataset *d = clean_ctx_init(&x, &app->clean, rows) == 0
				? dataset_build_ctx(&x, INT32_MIN, INT32_MAX)
				: NULL;
	if (!d) {
		clean_ctx_free(&x);   /* whatever init left: it frees and clears */
		rows_free(rows);
		if (app->rows && app_rebuild(app) != 0) {
			/* not even the old data fits: what was loaded is gone, say so */
			rows_free(app->rows);
			app->rows = NULL;
			date_day_numbers_loaded(0);
			return err_set("out of memory: no data is loaded now (load a file)");
		}
		return -1;
	}
	rows_free(app->rows);
	app->rows = rows;
	app->ds = d;
	app_guard_data(app);
	date_day_numbers_loaded(rows->day_numbers);
	say_loaded(app, path, rows, d->kept, rr_now() - t0);
	say_argv_replaced(app, path);
	say_dates(app, rows, d);
	say_cleaning(app, rows, &x);
	clean_ctx_free(&x);
	say_keep_ids(app, rows, o.keep_ids);
	say_filters_kept(app, d);
	if (!d->kept)
		say_all_dropped(app, d);
	else if (app->model)   /* it stays current, as after open: say that it is not this data's */
		return say_model_kept(app);
	return 0;
}

static void show_clean(rr_app *app)
{
	const rr_dataset *d = app->ds;
	rr_table *t = table_new(4, NULL);
	if (!t)
		return;
	table_head(t, 0, "rule", 'l');
	table_head(t, 1, "state", 'l');
	table_head(t, 2, "dropped", 'r');
	table_head(t, 3, "what it drops", 'l');
	for (int r = 0; r < RR_RULE_N; r++) {
		int row = table_add_row(t);
		table_set(t, row, 0, "%s", clean_rule_name((enum rr_rule)r));
		table_set(t, row, 1, "%s", app->clean.on[r] ? "on" : "off");
		if (d)
			table_set(t, row, 2, "%zu", d->dropped[r]);
		else
			table_set(t, row, 2, "-");
		table_set(t, row, 3, "%s", clean_rule_help((enum rr_rule)r));
	}
	int row = table_add_row(t);
	table_set(t, row, 0, "returns");
	table_set(t, row, 1, "%s", app->clean.returns ? "on" : "off");
	if (d)
		table_set(t, row, 2, "%zu", d->returns.applied ? d->returns.full_rows : 0);
	else
		table_set(t, row, 2, "-");
	table_set(t, row, 3, "the rows of pairs a customer returned in full; partly returned pairs are reduced");
	row = table_add_row(t);
	table_set(t, row, 0, "casefold");
	table_set(t, row, 1, "%s", app->clean.casefold ? "on" : "off");
	table_set(t, row, 2, "-");
	table_set(t, row, 3, "nothing: stock codes and customer ids are compared ignoring case (85123a is 85123A)");
	sink_table(&app->sink, t);
	table_free(t);
	char codes[1024] = "";
	for (int i = 0; i < app->clean.n_codes && strlen(codes) < 900; i++) {
		strcat(codes, i ? "," : "");
		strncat(codes, app->clean.codes[i], 60);
	}
	sink_printf(&app->sink, "non-product codes: %s", codes);
	char ret[256];
	if (app->clean.returns && !app->clean.on[RR_RULE_CANCELLED])
		sink_printf(&app->sink, "returns: on, but with the cancelled rule off returns are kept as negative rows");
	else if (d)
		sink_printf(&app->sink, "returns: %s", dataset_returns_text(d, ret, sizeof ret));
}

/* Make next the session's rules (taking it over) and re-derive everything; on failure the
 * old rules stay and next is freed. 0 or -1. */
static int clean_replace(rr_app *app, rr_clean *next)
{
	rr_clean old = app->clean;
	app->clean = *next;
	if (app_rebuild(app) != 0) {
		app->clean = old;
		clean_free(next);
		return -1;
	}
	clean_free(&old);
	return 0;
}

static void show_kept(rr_app *app)
{
	if (app->ds)
		sink_printf(&app->sink, "kept %zu row%s: %u customer%s, %u item%s, %u invoice%s, %zu pair%s",
			    app->ds->kept, rr_plural((double)app->ds->kept), app->ds->n_users,
			    rr_plural(app->ds->n_users), app->ds->n_items, rr_plural(app->ds->n_items),
			    app->ds->n_invoices, rr_plural(app->ds->n_invoices), app->ds->n_pairs,
			    rr_plural((double)app->ds->n_pairs));
}

/* One `clean RULE VALUE` into next. 0 or -1. */
static int clean_switch(rr_clean *next, const char *rule, const char *value)
{
	if (strcmp(rule, "codes") == 0 && (strcmp(value, "on") == 0 || strcmp(value, "off") == 0))
		return err_set("codes takes the non-product stock codes, comma-separated, not '%s' "
			       "(clean nonproduct %s turns their rule %s)", value, value, value);
	if (strcmp(rule, "codes") == 0)
		return clean_set_codes(next, value);
	int on = strcmp(value, "on") == 0;
	if (!on && strcmp(value, "off") != 0)
		return err_set("rule '%s' takes on or off, not '%s'", rule, value);
	if (strcmp(rule, "returns") == 0)
		next->returns = on;
	else if (strcmp(rule, "casefold") == 0)
		next->casefold = on;
	else
		next->on[clean_rule_lookup(rule)] = on; /* the table's choices: a rule */
	return 0;
}

/* The codes of old that next no longer holds, "M, C2, BANK CHARGES…" into buf: `clean codes
 * LIST` replaces the list, and the analyst who meant to add to it (as help's example may read)
 * un-cleans the data unsaid (t55 F5). Returns how many. */
static int codes_dropped(const rr_clean *old, const rr_clean *next, char *buf, size_t size)
{
	int n = 0;
	size_t k = 0;
	buf[0] = '\0';
	for (int i = 0; i < old->n_codes; i++) {
		int kept = 0;
		for (int j = 0; j < next->n_codes && !kept; j++)
			kept = strcmp(old->codes[i], next->codes[j]) == 0;
		if (kept)
			continue;
		if (n++ < 6 && k < size) {
			int w = snprintf(buf + k, size - k, "%s%s", k ? ", " : "", old->codes[i]);
			k += w > 0 ? (size_t)w : 0;
		}
	}
	if (n > 6 && k + 4 < size)
		snprintf(buf + k, size - k, "…");
	return n;
}

int cmd_clean(rr_app *app, const rr_args *a)
{
	int n = args_count(a, "RULE");
	if (n == 0) {
		show_clean(app);
		return 0;
	}
	rr_clean next;
	if (clean_copy(&next, &app->clean) != 0)
		return -1;
	for (int i = 0; i < n; i++)
		if (clean_switch(&next, args_nth(a, "RULE", i), args_nth(a, "VALUE", i)) != 0) {
			clean_free(&next);
			return -1;
		}
	char gone[400];
	int dropped = codes_dropped(&app->clean, &next, gone, sizeof gone);
	if (clean_replace(app, &next) != 0)
		return -1;
	show_clean(app);
	show_kept(app);
	if (dropped)
		sink_printf(&app->sink, "note: 'codes' replaces the list: %d code%s of it before (%s) "
			    "%s products now; undo brings %s back, and a list that keeps %s names "
			    "%s too", dropped, rr_plural(dropped), gone, dropped == 1 ? "is" : "are",
			    dropped == 1 ? "it" : "them", dropped == 1 ? "it" : "them",
			    dropped == 1 ? "it" : "them");
	return 0;
}

/* ---- filter ---- */

/* The filters a word sets, from the table: "country|since|until|customers|drop-customers". */
static const char *filter_kinds(const rr_args *a, char *buf, size_t size)
{
	size_t k = 0;
	buf[0] = '\0';
	for (const rr_argspec *s = a->cmd->args; s && s->name; s++)
		for (int i = 0; strcmp(s->name, "WHAT") == 0 && s->choices[i]; i++)
			if (strcmp(s->choices[i], "clear") != 0 && k < size) {
				int w = snprintf(buf + k, size - k, "%s%s", k ? "|" : "", s->choices[i]);
				k += w > 0 ? (size_t)w : 0;
			}
	return buf;
}

static void show_filters(rr_app *app, const rr_args *a)
{
	const rr_filter *f = &app->clean.filter;
	char text[1024];
	if (!filter_active(f)) {
		sink_printf(&app->sink, "no filters: every row counts (filter %s sets one)",
			    filter_kinds(a, text, sizeof text));
		return;
	}
	sink_printf(&app->sink, "filters: %s", filter_describe(f, text, sizeof text));
	if (app->ds)
		sink_printf(&app->sink, "outside the filters: %zu rows", app->ds->filtered);
	show_kept(app);
}

/* "note: 1 of the file's 4 ids is not in the data (first: 99999999)": a header line or a
 * mistyped id would otherwise narrow the rows silently (as exclude items notes codes), or
 * leave in the rows meant to go. whose: "the file's" or "the". */
static void say_absent_customers(rr_app *app, char *const *ids, int n, const char *whose,
				 const char *what)
{
	enum { SHOWN = 3 };
	if (!app->rows)
		return;
	int absent = 0;
	char first[400] = "";
	size_t k = 0;
	for (int i = 0; i < n; i++)
		if ((app->clean.casefold ? rows_find_customer_fold(app->rows, ids[i])
					 : rows_find_customer(app->rows, ids[i])) == RR_NONE &&   /* as clean.c */
		    absent++ < SHOWN && k < sizeof first) {
			/* the id it may mean, as the items' note names it (t79 F23: 101 for the
			 * data's 000101, a list a spreadsheet saved without the zeros) */
			const char *near = dataset_near_row_id(app->rows, 1, ids[i]);
			int w = snprintf(first + k, sizeof first - k, "%s%s%s%s", k ? ", " : "",
					 ids[i], near ? ": the data has " : "", near ? near : "");
			k += w > 0 ? (size_t)w : 0;
		}
	if (absent && n == 1)   /* not "1 of the 1 ids" */
		sink_printf(&app->sink, "note: %s id%s is not in the data (%s)", whose, what, first);
	else if (absent)
		sink_printf(&app->sink, "note: %d of %s %d ids%s %s not in the data (first: %s%s)",
			    absent, whose, n, what, absent == 1 ? "is" : "are", first,
			    absent > SHOWN ? ", ..." : "");
}

/* A typed id to drop that is no customer but a file's name (filter drop-customers two.txt,
 * t84 F3): the ids are words, a file goes after --file; said for the first such word. */
static void say_drop_file_words(rr_app *app, const rr_filter *f)
{
	struct stat sb;
	for (int i = 0; app->rows && i < f->n_drop_typed; i++)
		if (rows_find_customer(app->rows, f->drop[i]) == RR_NONE &&
		    stat(f->drop[i], &sb) == 0 && S_ISREG(sb.st_mode)) {
			char shown[RR_SHOWN_WORD];
			rr_shown(shown, sizeof shown, f->drop[i]);
			sink_printf(&app->sink, "note: '%s' is a file, not a customer id: filter "
				    "drop-customers --file %s drops the customers it lists", shown,
				    shown);
			return;
		}
}

/* A customer on both lists is dropped: say how many, as the keep list's rows go with them. */
static void say_both_lists(rr_app *app)
{
	const rr_filter *f = &app->clean.filter;
	uint32_t nc = app->rows ? strtab_count(app->rows->customers) : 0;
	unsigned char *keep = f->customers_file && f->n_drop && nc ? calloc(nc, 1) : NULL;
	if (!keep)
		return;
	int both = 0;
	for (int i = 0; i < f->n_customers; i++) {
		uint32_t id = rows_find_customer(app->rows, f->customers[i]);
		if (id != RR_NONE)
			keep[id] = 1;
	}
	for (int i = 0; i < f->n_drop; i++) {
		uint32_t id = rows_find_customer(app->rows, f->drop[i]);
		both += id != RR_NONE && keep[id];
		if (id != RR_NONE)
			keep[id] = 0;   /* a customer named twice counts once */
	}
	free(keep);
	if (both)
		sink_printf(&app->sink, "note: %d customer%s of 'filter customers' %s dropped too: "
			    "a customer on both lists is left out", both, both == 1 ? "" : "s",
			    both == 1 ? "is" : "are");
}

/* Every country name of the data, comma-separated, into buf. */
/* The data's countries, whole names only: those the buffer cannot hold are counted (t40 #11:
 * a list of long names was cut mid-name, with no sign of the rest). */
static const char *country_list(const rr_rows *r, char *buf, size_t size)
{
	enum { TAIL = 48 };   /* room kept for ", ... and 4294967295 more" */
	uint32_t n = strtab_count(r->countries), c = 0;
	size_t k = 0;
	buf[0] = '\0';
	for (; c < n; c++) {
		const char *name = strtab_get(r->countries, c);
		if (k + strlen(name) + 2 + TAIL >= size)
			break;
		int w = snprintf(buf + k, size - k, "%s%s", c ? ", " : "",
				 *name ? name : "(no country)");   /* rows with none: t69 F2 */
		k += w > 0 ? (size_t)w : 0;
	}
	if (c < n && c)
		snprintf(buf + k, size - k, ", … and %u more", n - c);
	else if (c < n)
		snprintf(buf + k, size - k, "%u, their names too long to list", n);
	return buf;
}

/* The data's country that name stands for (its own spelling when the data writes it so),
 * or RR_NONE. The rows are kept case aside (clean.c), so each spelling that matches is said,
 * unless the one is the name as typed: the count kept is then explained (t37 #13: france was
 * refused beside France; t38 #16: it kept France and FRANCE, and named France alone). */
static uint32_t country_spellings(rr_app *app, const rr_strtab *cs, const char *name)
{
	enum { SHOWN = 3 };
	uint32_t c = strtab_find(cs, name, strlen(name)), first = RR_NONE, n = 0;
	char said[512] = "";
	size_t k = 0, sep = 0;   /* where the last ", " went: a name may hold a comma */
	for (uint32_t i = 0; i < strtab_count(cs); i++) {
		if (!textfold_eq(strtab_get(cs, i), name))
			continue;
		first = first == RR_NONE ? i : first;
		if (n++ < SHOWN && k < sizeof said) {
			sep = n > 1 ? k : sep;
			int w = snprintf(said + k, sizeof said - k, "%s'%s'", n > 1 ? ", " : "",
					 strtab_get(cs, i));
			k += w > 0 ? (size_t)w : 0;
		}
	}
	if (n > SHOWN && k < sizeof said)
		snprintf(said + k, sizeof said - k, " and %u other spelling%s", n - SHOWN,
			 n - SHOWN == 1 ? "" : "s");
	else if (sep && k + 4 < sizeof said) {   /* "'A', 'B' and 'C'" */
		memmove(said + sep + 4, said + sep + 1, strlen(said + sep + 1) + 1);
		memcpy(said + sep, " and", 4);
	}
	if (n > 1 || (n == 1 && c == RR_NONE))
		sink_printf(&app->sink, "filter country: '%s' is the data's %s", name, said);
	return c != RR_NONE ? c : first;
}

/* The country of cs that the words VALUE i..n of a begin, two to four of them joined by blanks
 * (t66 F7: filter country United Kingdom, unquoted, is two words; the message quotes them),
 * into buf; NULL when none. */
static const char *country_of_words(const rr_strtab *cs, const rr_args *a, int i, int n,
				    char *buf, size_t size)
{
	int w0 = snprintf(buf, size, "%s", args_nth(a, "VALUE", i));
	if (w0 < 0 || (size_t)w0 >= size)
		return NULL;
	size_t k = (size_t)w0;
	for (int j = i + 1; j < n && j < i + 4; j++) {
		int w = snprintf(buf + k, size - k, " %s", args_nth(a, "VALUE", j));
		if (w < 0 || (size_t)w >= size - k)
			return NULL;
		k += (size_t)w;
		for (uint32_t c = 0; c < strtab_count(cs); c++)
			if (strcasecmp(strtab_get(cs, c), buf) == 0)
				return strtab_get(cs, c);
	}
	return NULL;
}

static int filter_countries(rr_app *app, const rr_args *a, rr_filter *f)
{
	int n = args_count(a, "VALUE");
	const char **names = malloc((size_t)(n ? n : 1) * sizeof *names);
	if (!names)
		return err_set("out of memory");
	char list[RR_ERR_MAX / 2];   /* the message (err_set) holds RR_ERR_MAX: the list half */
	for (int i = 0; i < n; i++) {
		names[i] = args_nth(a, "VALUE", i);
		const rr_strtab *cs = app->rows ? app->rows->countries : NULL;
		uint32_t c = cs ? country_spellings(app, cs, names[i]) : 0;
		if (cs && c != RR_NONE)
			names[i] = strtab_get(cs, c);
		if (cs && c == RR_NONE) {
			const char *bad = names[i]; /* the parsed line's word: outlives names */
			char joined[256];
			const char *one = country_of_words(cs, a, i, n, joined, sizeof joined);
			char word[RR_DQ_GROWTH * sizeof joined + 3];   /* one, as cmd_split reads it */
			free(names);
			if (one && rr_dq_word(word, one))
				return err_set("filter country: no row is from '%s'; '%s' is one country: "
					       "filter country %s", bad, one, word);
			if (strtab_count(cs) == 1 && !*strtab_get(cs, 0))
				return err_set("filter country: no row is from '%s': the data names no "
					       "country (no column of countries was read; if the file has one, load with "
					       "--map country=COL)", bad);
			return err_set("filter country: no row is from '%s' (the data's countries: %s)",
				       bad, country_list(app->rows, list, sizeof list));
		}
	}
	if (n == 0) {
		free(names);
		if (app->rows)
			return args_usage_error(a, "name one or more countries (the data's: %s)",
						country_list(app->rows, list, sizeof list));
		return args_usage_error(a, "name one or more countries");
	}
	int rc = filter_set_countries(f, n, names);
	free(names);
	return rc;
}

/* since/until DAY into f. 0 or -1. */
static int filter_day(const rr_args *a, const char *what, rr_filter *f)
{
	int32_t t;
	if (args_count(a, "VALUE") != 1)
		return args_usage_error(a, "%s takes one day, YYYY-MM-DD", what);
	const char *v = args_nth(a, "VALUE", 0);
	if (date_read_day(v, what, &t) != 0) {
		char msg[512];
		snprintf(msg, sizeof msg, "%s", err_msg());
		return args_usage_error(a, "%s", msg);
	}
	int64_t day = date_floor_day(t);
	if (strcmp(what, "since") == 0)
		f->since = t;
	else /* until DAY takes in the whole day: rows before the midnight after it */
		f->until = (int32_t)((day + 1) * 1440);
	if (f->since >= f->until) {
		char s[32], u[32];
		return err_set("filter: since %.10s is after until %.10s", ingest_format_minute(f->since, s, sizeof s),
			       ingest_format_minute(f->until - 1440, u, sizeof u));
	}
	return 0;
}

/* rr_list_known's test for a list of customer ids: a customer of the loaded rows
 * (rows_find_customer, as clean.c finds a listed one; ctx the app, with rows). */
static int list_known_customer(const void *ctx, const char *id)
{
	return rows_find_customer(((const rr_app *)ctx)->rows, id) != RR_NONE;
}

/* drop-customers ID... [--file FILE] into f. 0 or -1. */

static int filter_drop(const rr_app *app, const rr_args *a, rr_filter *f)
{
	char enc[32];
	int n = args_count(a, "VALUE");
	const char *file = args_get(a, "--file");
	if (n == 0 && !file)
		return args_usage_error(a, "drop-customers takes customer ids, or --file FILE");
	const char **ids = malloc((size_t)(n ? n : 1) * sizeof *ids);
	if (!ids)
		return err_set("out of memory");
	for (int i = 0; i < n; i++)
		ids[i] = args_nth(a, "VALUE", i);
	rr_list_known known = {list_known_customer, app};
	int rc = filter_set_drop(f, n, ids, file, app->rows ? app->rows->user_col : NULL,
				 cmd_data_encoding(app, enc, sizeof enc), app->rows ? &known : NULL);
	free(ids);
	return rc;
}

/* filter customers' file, when no such file is there and the word names no directory: one
 * customer id given as a word looks like drop-customers' way, so say which takes what (t75
 * F15: a bare open error). "-" is the script's stream, which cmd_script_stream_check judges.
 * 0, or -1 with err_set. */
static int filter_customers_exists(const char *path)
{
	struct stat sb;
	if (strcmp(path, "-") == 0 || strchr(path, '/') || stat(path, &sb) == 0 || errno != ENOENT)
		return 0;   /* a path, or another failure: the reader's to name */
	return err_set("cannot open '%s': no such file (filter customers takes a file of customer "
		       "ids, one a line; filter drop-customers takes the ids as words)", path);
}

/* The filter change `filter WHAT VALUE...` asks for, into f. 0 or -1. */
static int filter_change(rr_app *app, const rr_args *a, const char *what, rr_filter *f)
{
	int n = args_count(a, "VALUE");
	if (strcmp(what, "clear") == 0) {
		if (n)
			return args_usage_error(a, "clear takes no value");
		filter_free(f);
		return 0;
	}
	if (strcmp(what, "country") == 0)
		return filter_countries(app, a, f);
	char note[160], enc[32];
	rr_list_known known = {list_known_customer, app};
	if (strcmp(what, "customers") == 0) {
		if (n != 1)
			return args_usage_error(a, "customers takes one file, one customer id a line");
		if (cmd_script_stream_check(app, args_nth(a, "VALUE", 0), LIST_OF_CUSTOMERS) != 0 ||
		    filter_customers_exists(args_nth(a, "VALUE", 0)) != 0 ||
		    filter_read_customers(f, args_nth(a, "VALUE", 0),
					  app->rows ? app->rows->user_col : NULL,
					  cmd_data_encoding(app, enc, sizeof enc),
					  app->rows ? &known : NULL) != 0)
			return -1;
		if (f->customers_col > 1)   /* t48 N1: an audience or due export as a list */
			sink_printf(&app->sink, "%s", lines_column_text(f->customers_col,
									f->customers_head, note,
									sizeof note));
		if (f->several[0])
			sink_printf(&app->sink, "%s", f->several);
		return 0;
	}
	if (strcmp(what, "drop-customers") == 0) {
		const char *file = args_get(a, "--file");
		if ((file && cmd_script_stream_check(app, file, LIST_OF_CUSTOMERS) != 0) ||
		    filter_drop(app, a, f) != 0)
			return -1;
		if (f->drop_col > 1)
			sink_printf(&app->sink, "%s", lines_column_text(f->drop_col, f->drop_head, note,
									sizeof note));
		if (f->several[0])
			sink_printf(&app->sink, "%s", f->several);
		return 0;
	}
	return filter_day(a, what, f); /* the table's choices: since or until */
}

int cmd_filter(rr_app *app, const rr_args *a)
{
	const char *what = args_get(a, "WHAT");
	if (!what) {
		if (args_count(a, "VALUE"))
			return args_usage_error(a, "a value needs what it filters");
		show_filters(app, a);
		return 0;
	}
	rr_clean next;
	if (clean_copy(&next, &app->clean) != 0)
		return -1;
	if (filter_change(app, a, what, &next.filter) != 0) {
		clean_free(&next);
		return -1;
	}
	if (clean_replace(app, &next) != 0)
		return -1;
	if (app->ds && app->ds->kept == 0) {
		/* nothing downstream works on no rows: say so now, with the way back */
		char range[96];
		sink_printf(&app->sink, "no row passes the filters (the file's rows run from %s): 'filter clear' undoes them",
			    dataset_rows_range_text(app->rows, range, sizeof range));
	}
	show_filters(app, a);
	const rr_filter *f = &app->clean.filter;
	if (strcmp(what, "customers") == 0)
		say_absent_customers(app, f->customers, f->n_customers, "the file's", "");
	if (strcmp(what, "drop-customers") == 0)
		say_absent_customers(app, f->drop, f->n_drop, "the", " to drop");
	if (strcmp(what, "drop-customers") == 0)
		say_drop_file_words(app, f);
	if (strcmp(what, "customers") == 0 || strcmp(what, "drop-customers") == 0)
		say_both_lists(app);
	return 0;
}

static void show_hist(rr_app *app, const rr_dataset *d)
{
	size_t *h = dataset_order_hist(d);
	if (!h)
		return;
	rr_table *t = table_new(4, "order-count histogram:");
	if (!t) {
		free(h);
		return;
	}
	table_head(t, 0, "orders", 'r');
	table_head(t, 1, "pairs", 'r');
	table_head(t, 2, "share", 'r');
	table_head(t, 3, "class", 'l');
	/* exact counts up to 10, then ranges that double: 11-20, 21-40, 41-80, ... */
	uint32_t lo = 1;
	while (lo <= d->max_orders) {
		uint32_t hi = lo <= 10 ? lo : 2 * (lo - 1);
		if (hi > d->max_orders)
			hi = d->max_orders;
		size_t n = 0;
		for (uint32_t k = lo; k <= hi; k++)
			n += h[k];
		int r = table_add_row(t);
		if (hi == lo)
			table_set(t, r, 0, "%u", (unsigned)lo);
		else
			table_set(t, r, 0, "%u-%u", (unsigned)lo, (unsigned)hi);
		table_set(t, r, 1, "%zu", n);
		table_set(t, r, 2, "%.2f%%", d->n_pairs ? 100.0 * (double)n / (double)d->n_pairs : 0.0);
		int c0 = labels_class(&app->labels, lo), c1 = labels_class(&app->labels, hi);
		if (c0 == c1)
			table_set(t, r, 3, "%s", app->labels.name[c0]);
		else
			table_set(t, r, 3, "%s..%s", app->labels.name[c0], app->labels.name[c1]);
		lo = hi + 1;
	}
	sink_table(&app->sink, t);
	table_free(t);
	free(h);
}

/* stats' lines on what was dropped, by filter and by rule. */
static void stats_dropped(rr_app *app, const rr_dataset *d)
{
	rr_sink *s = &app->sink;
	size_t dropped = d->filtered + (d->returns.applied ? d->returns.full_rows : 0);
	for (int k = 0; k < RR_RULE_N; k++)
		dropped += d->dropped[k];
	sink_printf(s, "dropped     %zu", dropped);
	if (filter_active(&app->clean.filter))
		sink_printf(s, "  %-9zu outside the filters (filter)", d->filtered);
	for (int k = 0; k < RR_RULE_N; k++) {
		/* the cancelled rule's rows of quantity 0 are no cancellations: their own line */
		size_t zero = k == RR_RULE_CANCELLED ? d->zero_qty : 0;
		size_t voided = k == RR_RULE_CANCELLED ? d->voided : 0;
		sink_printf(s, "  %-9zu %s (%s%s)", d->dropped[k] - zero - voided,
			    zero ? "cancellation (invoice C + number) or negative quantity"
				 : clean_rule_help((enum rr_rule)k),
			    clean_rule_name((enum rr_rule)k), app->clean.on[k] ? "" : ", off");
		if (voided)   /* t72 F4: the +1 line was a purchase, the -1 a cancellation */
			sink_printf(s, "  %-9zu lines in %zu pair%s rung and voided on one receipt "
				    "(a line of +N and one of -N of one item, one invoice, one price, "
				    "minutes apart): nothing sold, no order (%s)", voided, voided / 2,
				    voided / 2 == 1 ? "" : "s", clean_rule_name((enum rr_rule)k));
		if (zero)
			sink_printf(s, "  %-9zu zero quantity: no sale, not a cancellation (%s%s)", zero,
				    clean_rule_name((enum rr_rule)k), app->clean.on[k] ? "" : ", off");
	}
	if (d->returns.applied)
		sink_printf(s, "  %-9zu rows of pairs returned in full (returns)", d->returns.full_rows);
}

/* stats' lines on the rules that change pairs and codes, and on the filters. */
static void stats_rules(rr_app *app, const rr_dataset *d)
{
	rr_sink *s = &app->sink;
	char text[1024];
	const rr_returns_count *rc = &d->returns;
	if (!rc->applied && rc->full + rc->partial) /* what the rule would do, and how to ask */
		sink_printf(s, "returns     %zu pair%s returned in full, %zu in part (rule off: 'clean returns on' drops the first, reduces the others%s)",
			    rc->full, rr_plural((double)rc->full), rc->partial,
			    rc->adjusted ? ", and takes the refunds of part of a price off the spend" : "");
	else
		sink_printf(s, "returns     %s", dataset_returns_text(d, text, sizeof text));
	uint32_t codes = 0, groups = 0;
	if (clean_case_variants(app->rows, d->code_kept, &codes, &groups) == 0 && codes == 0)
		sink_printf(s, "case        no stock codes differ only in case");
	else if (codes)
		sink_printf(s, "case        %u stock codes in %u group%s differ only in case (%s)",
			    codes, groups, groups == 1 ? "" : "s", app->clean.casefold ? "casefold on: each group is one item"
							      : clean_casefold_hint);
	const rr_filter *f = &app->clean.filter;
	sink_printf(s, "filters     %s", filter_active(f) ? filter_describe(f, text, sizeof text) : "none");
}

/* The kept rows' quantity and spend, what an analyst reconciles a load with (t19): the
 * dataset's, so the rules in force (returns) count as they do everywhere else, and the rows
 * without a customer that clean customer off keeps count too (t23 F1: they were left out). */
static void stats_totals(rr_sink *s, const rr_rows *r, const rr_dataset *d)
{
	double q = d->quantity, spend = d->spend;
	char qt[48];
	sink_printf(s, "quantity    %s%s", rr_fmt_amount(qt, sizeof qt, q),
		    r->no_qty ? " (no quantity column: each line one unit)" : "");
	if (r->no_price && !r->price_from_amount)
		sink_printf(s, "spend       none (no price column)");
	else
		sink_printf(s, "spend       %.2f (quantity × unit price, in the file's money%s)", spend,
			    r->price_from_amount ? "; prices from the line totals" : "");
}

int cmd_stats(rr_app *app, const rr_args *args)
{
	const rr_rows *r = app->rows;
	const rr_dataset *d = app->ds;
	rr_sink *s = &app->sink;
	char span[64];
	sink_printf(s, "file        %s (%s, %zu bytes of CSV)", r->path, r->schema, r->bytes);
	sink_printf(s, "rows read   %zu", r->lines);
	if (r->skipped)
		sink_printf(s, "skipped     %zu (%s)", r->skipped,
			    r->skipped_what ? r->skipped_what : "not purchases");
	sink_printf(s, "rejected    %zu", rows_rejected_total(r));
	for (int k = 0; k < RR_REJ_N; k++)
		if (r->rejected[k])
			sink_printf(s, "  %-9zu %s", r->rejected[k], rows_reject_name((enum rr_reject)k));
	stats_dropped(app, d);
	sink_printf(s, "kept        %zu", d->kept);
	sink_printf(s, "customers   %u", d->n_users);
	sink_printf(s, "items       %u", d->n_items);
	sink_printf(s, "invoices    %u", d->n_invoices);
	size_t once = 0;
	for (size_t p = 0; p < d->n_pairs; p++)
		once += d->pairs[p].orders == 1;
	sink_printf(s, "pairs       %zu (%zu bought in one invoice only; largest order count %u)",
		    d->n_pairs, once, (unsigned)d->max_orders);
	stats_totals(s, r, d);
	sink_printf(s, "dates       %s", dataset_minutes_text(d, span, sizeof span));
	stats_rules(app, d);
	if (args_has(args, "--hist"))
		show_hist(app, d);
	return 0;
}

static void show_bins(rr_app *app)
{
	const rr_labels *l = &app->labels;
	char edges[64] = "";
	for (int i = 0; i < l->n_edges; i++)
		snprintf(edges + strlen(edges), sizeof edges - strlen(edges), " %u", (unsigned)l->edge[i]);
	if (!app->ds) {
		sink_printf(&app->sink, "bins%s: %d classes (load data to see counts)", edges,
			    l->n_classes);
		return;
	}
	size_t counts[RR_MAX_CLASSES];
	labels_count(l, app->ds, counts);
	rr_table *t = table_new(4, NULL);
	if (!t)
		return;
	table_head(t, 0, "class", 'l');
	table_head(t, 1, "orders", 'l');
	table_head(t, 2, "pairs", 'r');
	table_head(t, 3, "share", 'r');
	uint32_t lo = 1;
	for (int c = 0; c < l->n_classes; c++) {
		int r = table_add_row(t);
		table_set(t, r, 0, "%s", l->name[c]);
		if (c < l->n_edges) {
			if (lo == l->edge[c])
				table_set(t, r, 1, "%u", (unsigned)lo);
			else
				table_set(t, r, 1, "%u-%u", (unsigned)lo, (unsigned)l->edge[c]);
			lo = l->edge[c] + 1;
		} else {
			table_set(t, r, 1, "%u+", (unsigned)lo);
		}
		table_set(t, r, 2, "%zu", counts[c]);
		table_set(t, r, 3, "%.2f%%",
			  app->ds->n_pairs ? 100.0 * (double)counts[c] / (double)app->ds->n_pairs : 0.0);
	}
	sink_printf(&app->sink, "bins%s: %d classes over %zu pair%s", edges, l->n_classes,
		    app->ds->n_pairs, rr_plural((double)app->ds->n_pairs));
	sink_table(&app->sink, t);
	table_free(t);
	int64_t n[RR_MAX_CLASSES];
	const char *names[RR_MAX_CLASSES];
	char note[320];
	for (int c = 0; c < l->n_classes; c++) {
		n[c] = (int64_t)counts[c];
		names[c] = l->name[c];
	}
	if (*metrics_empty_note(l->n_classes, names, n, "pairs", note, sizeof note))
		sink_printf(&app->sink, "note: %s", note);
}

int cmd_bins(rr_app *app, const rr_args *a)
{
	int n = args_count(a, "EDGE");
	if (n > 0) {
		long e[RR_MAX_EDGES];
		for (int i = 0; i < n && i < RR_MAX_EDGES; i++)
			e[i] = strtol(args_nth(a, "EDGE", i), NULL, 10); /* checked whole numbers */
		if (labels_check(n, e) != 0) /* the count first: e is not read past it */
			return -1;
		labels_set(&app->labels, n, e);
		app_invalidate(app);
	}
	show_bins(app);
	return 0;
}

int cmd_set(rr_app *app, const rr_args *a)
{
	const char *name = args_get(a, "NAME"), *value = args_get(a, "VALUE");
	rr_settings before = app->set;
	if (settings_set(&app->set, name, value) != 0)
		return err_prefix("set");
	char buf[128], diff[512];
	settings_get(&app->set, name, buf, sizeof buf);
	/* a variant resets the others: say which, on the same line, so nothing changes unseen */
	settings_diff(&before, &app->set, diff, sizeof diff);
	if (strcmp(name, "variant") == 0 && strchr(diff, ','))
		sink_printf(&app->sink, "%s = %s (also set: %s)", name, buf, strchr(diff, ',') + 2);
	else
		sink_printf(&app->sink, "%s = %s", name, buf);
	return 0;
}

int cmd_show(rr_app *app, const rr_args *a)
{
	char buf[128], range[128];
	const char *name = args_get(a, "NAME");
	if (name) {
		if (!settings_get(&app->set, name, buf, sizeof buf))
			return cmd_unknown_setting(name);
		sink_printf(&app->sink, "%s = %s", name, buf);
		return 0;
	}
	rr_table *t = table_new(4, NULL);
	if (!t)
		return err_set("out of memory");
	table_head(t, 0, "setting", 'l');
	table_head(t, 1, "value", 'l');
	table_head(t, 2, "range", 'l');
	table_head(t, 3, "meaning", 'l');
	for (const rr_setting_def *d = rr_setting_defs; d->name; d++) {
		int r = table_add_row(t);
		table_set(t, r, 0, "%s", d->name);
		table_set(t, r, 1, "%s", settings_get(&app->set, d->name, buf, sizeof buf));
		table_set(t, r, 2, "%s", settings_range(d, range, sizeof range));
		table_set(t, r, 3, "%s", d->help);
	}
	sink_table(&app->sink, t);
	table_free(t);
	act_show_rules(app);
	return 0;
}

int cmd_gen(rr_app *app, const rr_args *a)
{
	const char *path = args_get(a, "FILE");
	long rows = args_long(a, "ROWS", 0);
	uint64_t seed = args_seed(a, "--seed", 1);
	rr_work w = app_work(app);
	if (gen_write_file(path, (size_t)rows, seed, &w) != 0)
		return -1;
	char shown[RR_SHOWN_PATH];
	sink_printf(&app->sink, "wrote %ld synthetic row%s to '%s'", rows, rr_plural((double)rows),
		    rr_shown_path(shown, sizeof shown, path));
	return 0;
}

const char *cmd_data_encoding(const rr_app *app, char *buf, size_t size)
{
	return app->rows && source_described_encoding(app->rows->reading, buf, size) ? buf : NULL;
}
