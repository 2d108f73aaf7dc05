/* app.c — session lifetime and the chain of derived state (rows → dataset → labels → model). */
#include "app.h"

#include <fcntl.h>
#include <glob.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "afile.h"
#include "audience.h"
#include "basket.h"
#include "due.h"
#include "reason.h"
#include "err.h"
#include "evaluate.h"
#include "mem.h"
#include "recommend.h"
#include "rules.h"
#include "split.h"
#include "model.h"
#include "train.h"
#include "undo.h"
#include "util.h"

int app_init(rr_app *a)
{
	memset(a, 0, sizeof *a);
	if (clean_init(&a->clean) != 0)
		return -1;
	long edges[2] = {2, 5};
	labels_set(&a->labels, 2, edges);
	settings_default(&a->set);
	return 0;
}

rr_work app_work(rr_app *a)
{
	return work_init(&a->sink, &a->stop, a->cmd);
}

void app_invalidate(rr_app *a)
{
	(void)a;
	/* model: drop caches derived from the dataset (rr_recsys, baskets) — see recommend.h */
	model_unbind(a->model); /* its id mapping and scoring caches point into the old dataset */
	/* rec: only when its dataset is gone (labels and models are no inputs of it) */
	if (a->rec && (!a->ds || a->rec->ds_gen != a->ds->gen)) {
		recsys_free(a->rec);
		a->rec = NULL;
	}
	baskets_free(a->baskets);
	a->baskets = NULL;
	due_free(a->due);
	a->due = NULL;
	if (a->reasons)
		reasoner_free(a->reasons);
	free(a->reasons);
	a->reasons = NULL;
	audience_free(a->audience);
	a->audience = NULL;
}

/* Free what the session's state owns (everything app_init sets up), not the front end's. */
static void app_release(rr_app *a)
{
	app_invalidate(a);
	recsys_free(a->rec);
	a->rec = NULL;
	eval_result_free(a->eval);
	free(a->eval);
	a->eval = NULL;
	/* model: free a->model and a->runs here */
	model_free(a->model);
	a->model = NULL;
	runs_free(a->runs);
	a->runs = NULL;
	undo_free(a->undo);
	dataset_free(a->ds);
	rows_free(a->rows);
	a->rows = NULL;
	clean_free(&a->clean);
	rules_free(&a->rules);
}

/* A shell command's next word from p, as /bin/sh would split a simple word (quotes removed,
 * a backslash's character taken as it is), into out[0..size); the text after it, or NULL at
 * the end (or at a '#' comment). Blanks and the operators ; & | ( ) < > end a word. *plain
 * is 2 for a pattern the shell globs (an unquoted * ? [ in a word without quotes or
 * backslashes: sales-2023-*.csv, which glob(3) matches alike); 0 for one it would expand
 * otherwise ($, `, {, a leading ~, a pattern with quoting), one with an open quote, or one
 * longer than out: no file's name as written; else 1. */
static const char *shell_word(const char *p, char *out, size_t size, int *plain)
{
	static const char ends[] = " \t\n;&|()<>";
	while (*p && strchr(ends, *p))
		p++;
	if (!*p || *p == '#')
		return NULL;
	size_t n = 0;
	char q = 0;
	int quoted = 0, pattern = 0;
	*plain = 1;
	for (; *p && (q || !strchr(ends, *p)); p++) {
		char c = *p;
		quoted |= q || c == '\'' || c == '"' || c == '\\';
		pattern |= !q && strchr("*?[", c);
		if (q == '\'' && c == '\'') {
			q = 0;
			continue;
		} else if (q == '"' && c == '"') {
			q = 0;
			continue;
		} else if (q == '"' && strchr("$`\\", c)) {
			*plain = 0;
		} else if (!q && (c == '\'' || c == '"')) {
			q = c;
			continue;
		} else if (!q && c == '\\') {
			if (!p[1])
				break;
			c = *++p;
		} else if (!q && (strchr("$`{", c) || (c == '~' && n == 0))) {
			*plain = 0;
		}
		if (n + 1 < size)
			out[n++] = c;
		else
			*plain = 0;
	}
	out[n] = '\0';
	if (q || (pattern && quoted))
		*plain = 0;
	else if (pattern && *plain)
		*plain = 2;
	return p;
}

/* t43 #3: data loaded through "|xzcat small.csv.xz" (relrec's own advice for xz, bzip2,
 * zstd, ZIP and double gzip; the man page's "|cat sales-*.csv") was not guarded, and
 * `export rules sm<Tab>` replaced the only copy. Every existing regular file a plain word of
 * the command names is guarded for the session (and left out of output completion) as a
 * loaded file is; words the shell would expand are skipped (no file's name as written). */
static void guard_command_file(const char *name, const char *what)
{
	struct stat st;
	if (!*name || stat(name, &st) != 0 || !S_ISREG(st.st_mode))
		return;   /* a device or FIFO is not opened at all */
	int fd = open(name, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd >= 0) {
		afile_guard_input(fd, name, what, 0);   /* a regular file still, or nothing */
		close(fd);
	}
}

static void guard_command_files(const char *cmd)
{
	char w[4096], what[300];
	int plain;
	snprintf(what, sizeof what, "a file of the data this session loaded ('%.200s')", cmd);
	for (const char *p = cmd + 1; (p = shell_word(p, w, sizeof w, &plain)) != NULL;) {
		glob_t g;
		if (plain == 1)
			guard_command_file(w, what);
		else if (plain == 2 && glob(w, 0, NULL, &g) == 0) {
			for (size_t i = 0; i < g.gl_pathc && i < 10000; i++)
				guard_command_file(g.gl_pathv[i], what);
			globfree(&g);
		}
	}
}

void app_guard_data(rr_app *a)
{
	/* for the rest of the session, not until the next load: the journal's replay loads it
	 * again and undo may bring it back (load A, load B, export over A lost A) */
	if (!a->rows)
		return;
	if (a->rows->file_fd < 0) {
		if (a->rows->path && afile_names_command(a->rows->path))
			guard_command_files(a->rows->path);
		return;
	}
	char what[300];
	snprintf(what, sizeof what, "the data this session loaded ('%.200s')",
		 a->rows->path ? a->rows->path : "");
	afile_guard_input(a->rows->file_fd, a->rows->path, what, 0);
}

void app_free(rr_app *a)
{
	app_release(a);
	if (a->journal)
		fclose(a->journal);
	free(a->journal_path);
	free(a->said);
	free(a->said_replaced);
	memset(a, 0, sizeof *a);
}

int app_reset(rr_app *a)
{
	rr_app fresh;
	if (app_init(&fresh) != 0)
		return -1;
	/* the front end's (main and the front ends set these after app_init), and the running
	 * command's: a reset inside `source` returns to the script that ran it */
	fresh.sink = a->sink;
	fresh.journal = a->journal;
	fresh.journal_path = a->journal_path;
	memcpy(fresh.journal_as, a->journal_as, sizeof fresh.journal_as);
	fresh.journal_reset = a->journal_reset;
	fresh.depth = a->depth;
	fresh.resets = a->resets + 1;
	fresh.stdin_script = a->stdin_script;
	fresh.bundled = a->bundled;
	fresh.quit = a->quit;
	fresh.quit_held = a->quit_held;
	fresh.asker = a->asker;
	fresh.cmd = a->cmd;
	fresh.said = a->said;   /* the record of the session, which reset is a step of */
	fresh.said_len = a->said_len;
	fresh.said_cap = a->said_cap;
	fresh.said_lost = a->said_lost;
	fresh.said_replaced = a->said_replaced;
	fresh.out_errno = a->out_errno;
	app_release(a);
	mem_release();   /* the old data's memory back to the system, as a load's is */
	/* every field up to the stop flags, which a signal handler may be setting now */
	_Static_assert(offsetof(rr_app, stop) < offsetof(rr_app, interrupt) &&
		       sizeof *a - offsetof(rr_app, interrupt) - sizeof a->interrupt < _Alignof(rr_app),
		       "stop and interrupt are rr_app's last fields");
	memcpy(a, &fresh, offsetof(rr_app, stop));
	return 0;
}

int app_item_refused(const rr_app *a, const char *code)
{
	const char *no = rules_refusal(&a->rules, code);
	char shown[RR_SHOWN_WORD];
	if (!no)
		return 0;
	return err_set("item '%s' is %s (show lists them; exclude clear drops them)",
		       rr_shown(shown, sizeof shown, code), no);
}

/* "; did you mean 'X'?" for a typed id that is X but for leading zeros or case, else "" (t19:
 * H&M's article ids, copied from a notebook that read them as numbers, lost their zero). */
static const char *did_you_mean(const rr_app *a, int customer, const char *typed, char *buf,
				size_t size)
{
	const char *near = a->ds ? dataset_near_id(a->ds, customer, typed) : NULL;
	char shown[RR_SHOWN_WORD];
	uint32_t n = a->ds ? (customer ? a->ds->n_users : a->ds->n_items) : 0, begun = 0;
	size_t tl = strlen(typed);
	const char *first = NULL;
	for (uint32_t i = 0; !near && i < n; i++) {   /* "Customer 0022" typed unquoted (t69 F10) */
		const char *id = customer ? dataset_user_name(a->ds, i) : dataset_item_name(a->ds, i);
		if (strncmp(id, typed, tl) == 0 && id[tl] == ' ' && !begun++)
			first = id;
	}
	if (near)
		snprintf(buf, size, "; did you mean '%s'?", rr_shown(shown, sizeof shown, near));
	else if (first)
		snprintf(buf, size, "; %u %s begin%s '%s ' (\"%s\"...): quote one that holds a blank, "
			 "or its words are read as two", begun, customer ? "ids" : "codes",
			 begun == 1 ? "s" : "", typed, rr_shown(shown, sizeof shown, first));
	else if (size)
		buf[0] = '\0';
	return buf;
}

/* The rows of customer c (customer 1) or item code c (0) of a->rows, all dropped by the
 * cleaning rules or the filters: their count, and by which into why ("filters: 21"); 0 when
 * the file has none. */
static size_t dropped_rows(const rr_app *a, int customer, uint32_t c, char *why, size_t size)
{
	rr_clean_ctx x;
	if (c == RR_NONE || clean_ctx_init(&x, &a->clean, a->rows) != 0)
		return 0;
	size_t n = 0, by[RR_RULE_N + 2] = {0};   /* the rules, then filtered, then other */
	for (size_t i = 0; i < a->rows->n; i++) {
		if ((customer ? a->rows->cust[i] : a->rows->item[i]) != c)
			continue;
		enum rr_rule r = clean_reason(&x, i, 0);
		n++;
		by[r < RR_RULE_N ? r : r == RR_RULE_FILTERED ? RR_RULE_N : RR_RULE_N + 1]++;
	}
	clean_ctx_free(&x);
	size_t k = 0;
	why[0] = '\0';
	for (int r = 0; r < RR_RULE_N + 2 && k < size; r++)
		if (by[r])
			k += (size_t)snprintf(why + k, size - k, "%s%s: %zu", k ? ", " : "",
					      r < RR_RULE_N ? clean_rule_name((enum rr_rule)r)
					      : r == RR_RULE_N ? "filters" : "returns", by[r]);
	return n;
}

int app_no_item(const rr_app *a, const char *code, const char *lead)
{
	char shown[RR_SHOWN_WORD], hint[RR_SHOWN_WORD + 32], why[160];
	size_t n = a->rows ? dropped_rows(a, 0, rows_find_code(a->rows, code), why, sizeof why) : 0;
	if (n)   /* t66 F8: together under a filter said only "no basket holds" */
		return err_set("%s item '%s': it has %zu row%s in the file, none kept (%s): 'clean' "
			       "and 'filter' show the rules", lead, rr_shown(shown, sizeof shown, code),
			       n, rr_plural((double)n), why);
	return err_set("%s item '%s'%s", lead, rr_shown(shown, sizeof shown, code),
		       did_you_mean(a, 0, code, hint, sizeof hint));
}

int app_no_customer(const rr_app *a, const char *id)
{
	char shown[RR_SHOWN_WORD];   /* a typed id may be anything: cut and escaped */
	char hint[RR_SHOWN_WORD + 32], why[160];
	size_t n = a->rows ? dropped_rows(a, 1, rows_find_customer(a->rows, id), why, sizeof why)
			   : 0;
	if (!n)
		return err_set("no customer '%s'%s", rr_shown(shown, sizeof shown, id),
			       did_you_mean(a, 1, id, hint, sizeof hint));
	return err_set("customer '%s' has %zu row%s in the file, none kept (%s): 'clean' and "
		       "'filter' show the rules", rr_shown(shown, sizeof shown, id), n,
		       rr_plural((double)n), why);
}

void app_drop_caches(rr_app *a)
{
	app_invalidate(a);
	recsys_free(a->rec);   /* app_invalidate keeps it while its dataset lives */
	a->rec = NULL;
	mem_release();
}

int app_rebuild(rr_app *a)
{
	if (!a->rows)
		return 0;
	/* the caches first: at 30 M rows the recommender alone is hundreds of MB, and the old
	 * dataset and the new one are held together while it builds */
	app_drop_caches(a);
	rr_dataset *d = dataset_build(a->rows, &a->clean, INT32_MIN, INT32_MAX);
	if (!d)
		return -1;
	app_invalidate(a);
	recsys_free(a->rec);   /* fitted on the dataset being replaced */
	a->rec = NULL;
	dataset_free(a->ds);
	a->ds = d;
	return 0;
}

/* The midnight after the last row the cleaning rules keep, the filters aside: who is kept
 * (country, customers, drop-customers) or when must not move "today" (t84 F1: a customer list
 * made a year-lapsed customer's last purchase "1 day ago"). With no filter it is the dataset's
 * own end; with one, the rows are judged again under the same rules without it (a full
 * return's netting, which the dataset applies after the rules, is not redone: at most a last
 * day of sales returned whole counts). */
static int32_t present_unfiltered(const rr_app *a)
{
	if (!filter_active(&a->clean.filter))
		return split_history_end(a->ds);
	rr_clean plain;
	rr_clean_ctx x;
	if (clean_copy(&plain, &a->clean) != 0)
		return split_history_end(a->ds);
	filter_free(&plain.filter);
	if (clean_ctx_init(&x, &plain, a->rows) != 0) {
		clean_free(&plain);
		return split_history_end(a->ds);
	}
	int32_t last = INT32_MIN;
	for (size_t i = 0; i < a->rows->n; i++)
		if (a->rows->minute[i] > last && clean_reason(&x, i, 0) == RR_RULE_KEPT)
			last = a->rows->minute[i];
	clean_ctx_free(&x);
	clean_free(&plain);
	if (last == INT32_MIN)
		return split_history_end(a->ds);
	return split_day_after(last);
}

int32_t app_present(const rr_app *a, int *by_filter)
{
	int32_t end = present_unfiltered(a), until = a->clean.filter.until;
	if (by_filter)
		*by_filter = 0;
	if (until == INT32_MAX || until == end)
		return end;
	/* a shop closed for the days before `until` still has them as days without a sale: only
	 * when the file had rows from then on were they known, and is the present the filter's */
	for (size_t i = 0; i < a->rows->n; i++)
		if (a->rows->minute[i] >= until) {
			if (by_filter)
				*by_filter = 1;
			return until;
		}
	return end;
}
