/* settings.c — the hyperparameter table and the walks over it. */
#include "settings.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "util.h"

#define OFF(f) offsetof(rr_settings, f)
#define N(a) ((int)(sizeof(a) / sizeof *(a)))

static const char *const w_weights[] = {"none", "balanced", "sqrt", NULL};
static const char *const w_sampling[] = {"pop", "uniform", NULL};
static const char *const w_onoff[] = {"off", "on", NULL};

/* The workbench's ←/→ ladders: sizes an analyst tries, not every number. */
static const double l_dim[] = {4, 8, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024};
static const double l_hidden[] = {8,   16,  32,  48,  64,   96,   128,  192,
				  256, 384, 512, 1024, 2048, 4096};
static const double l_lr[] = {1e-5, 2e-5, 5e-5, 1e-4, 2e-4, 3e-4, 5e-4, 1e-3,
			      2e-3, 3e-3, 5e-3, 1e-2, 2e-2, 5e-2, 0.1};
static const double l_batch[] = {16,   32,   64,    128,   256,  512,
				 1024, 2048, 4096, 8192, 16384, 32768, 65536};

/* In the order an analyst tunes them: the Train screen, `show` and the runs table follow it.
 * The defaults (variant 0) are the classifier that scored best on the validation split of
 * Online Retail at bins 2 5 over eight seeds (issue 12: mean validation macro-F1 0.767; dim
 * 16 0.761, with descriptions 0.761, the seed's variant 2 0.749), and train in about 2 s:
 * no negatives and no masking (the recommender no longer borrows this network), small
 * embeddings, no description words. */
const rr_setting_def rr_setting_defs[] = {
	{"variant", "N", RR_SK_INT, OFF(variant), 0, 3, 0, 0, NULL, "0",
	 "0 = relrec's own defaults, 1, 2, 3 = the seed's models; resets the other settings",
	 RR_SET_MODEL | RR_SET_RUNS, "variant", NULL, 0, 1},
	{"dropout", "P", RR_SK_REAL, OFF(dropout), 0, 1, 0, 1, NULL, "0",
	 "dropout rate after the concatenation and each hidden layer",
	 RR_SET_MODEL | RR_SET_RUNS, "dropout", NULL, 0, 0.05},
	{"dim", "N", RR_SK_INT, OFF(dim), 1, 1024, 0, 0, NULL, "8",
	 "embedding size of users, items and words", RR_SET_MODEL | RR_SET_RUNS, "dim", l_dim,
	 N(l_dim), 0},
	{"hidden", "W[,W...]", RR_SK_WIDTHS, OFF(n_hidden), 1, 4096, 0, 0, NULL, "128,64",
	 "hidden layer widths, 1 to 4 layers, e.g. 64 or 128,64", RR_SET_MODEL | RR_SET_RUNS,
	 "hidden", l_hidden, N(l_hidden), 0},
	{"lr", "RATE", RR_SK_REAL, OFF(lr), 0, 1, 1, 0, NULL, "0.001", "Adam learning rate",
	 RR_SET_MODEL | RR_SET_RUNS, "lr", l_lr, N(l_lr), 0},
	{"batch", "N", RR_SK_INT, OFF(batch), 1, 65536, 0, 0, NULL, "256", "mini-batch size",
	 RR_SET_MODEL | RR_SET_RUNS, "batch", l_batch, N(l_batch), 0},
	{"epochs", "N", RR_SK_INT, OFF(epochs), 1, 1000, 0, 0, NULL, "10",
	 "maximum number of epochs", RR_SET_MODEL, "epochs", NULL, 0, 1},
	{"weights", NULL, RR_SK_WORD, OFF(weights), 0, 0, 0, 0, w_weights, "none",
	 "class weights of the loss: none, balanced (n/(K n_k)) or sqrt",
	 RR_SET_MODEL | RR_SET_RUNS, "weights", NULL, 0, 0},
	{"patience", "N", RR_SK_INT, OFF(patience), 0, 1000, 0, 0, NULL, "0",
	 "early stopping patience in epochs on validation loss; 0 = off", RR_SET_MODEL,
	 "patience", NULL, 0, 1},
	{"negatives", "N", RR_SK_INT, OFF(negatives), 0, 100, 0, 0, NULL, "0",
	 "never-bought items sampled per bought pair each epoch, 0 = none (the seed's classifier)",
	 RR_SET_MODEL | RR_SET_RUNS, "neg", NULL, 0, 1},
	{"sampling", NULL, RR_SK_WORD, OFF(sampling), 0, 0, 0, 0, w_sampling, "pop",
	 "how negatives are drawn: pop (popularity^0.75) or uniform", RR_SET_MODEL, "sampling",
	 NULL, 0, 0},
	{"mask", "SHARE", RR_SK_REAL, OFF(mask), 0, 1, 0, 0, NULL, "0",
	 "share of bought pairs shown with zero history each epoch", RR_SET_MODEL | RR_SET_RUNS,
	 "mask", NULL, 0, 0.1},
	{"desc", NULL, RR_SK_WORD, OFF(desc), 0, 0, 0, 0, w_onoff, "off",
	 "description word features", RR_SET_MODEL | RR_SET_RUNS, "desc", NULL, 0, 0},
	{"seed", "N", RR_SK_U64, OFF(seed), 0, 0, 0, 0, NULL, "42",
	 "random seed of split, initialisation, dropout and sampling", RR_SET_MODEL, "seed", NULL,
	 0, 1},
	{"test", "SHARE", RR_SK_REAL, OFF(test), 0, 1, 0, 1, NULL, "0.2", "test share of the pairs",
	 RR_SET_MODEL, "test", NULL, 0, 0.05},
	{"val", "SHARE", RR_SK_REAL, OFF(val), 0, 1, 0, 1, NULL, "0.1",
	 "validation share of the training pairs", RR_SET_MODEL, "val", NULL, 0, 0.05},
	{"threads", "N", RR_SK_INT, OFF(threads), 1, 64, 0, 0, NULL, "1",
	 "BLAS threads; results are identical for the same seed and thread count", RR_SET_MODEL,
	 "threads", NULL, 0, 1},
	{NULL, NULL, 0, 0, 0, 0, 0, 0, NULL, NULL, NULL, 0, NULL, NULL, 0, 0},
};

/* The seed's three models (DESIGN §5): every setting the study fixed, so each stays exact
 * whatever relrec's own defaults become. Variant 9 lines apply to all three (first), then each
 * variant's own. Split shares, seed and threads are the experiment's, not the model's. */
enum { SEED_ALL = 9 };
static const struct {
	int variant;
	const char *name, *value;
} variant_sets[] = {
	{SEED_ALL, "dim", "32"},       {SEED_ALL, "hidden", "64"},    {SEED_ALL, "lr", "0.001"},
	{SEED_ALL, "batch", "256"},    {SEED_ALL, "epochs", "10"},    {SEED_ALL, "weights", "none"},
	{SEED_ALL, "dropout", "0"},    {SEED_ALL, "patience", "0"},   {SEED_ALL, "negatives", "0"},
	{SEED_ALL, "sampling", "pop"}, {SEED_ALL, "mask", "0"},       {1, "desc", "off"},
	{2, "desc", "on"},             {3, "desc", "on"},             {3, "dropout", "0.3"},
	{3, "patience", "2"},
};

const rr_setting_def *settings_find(const char *name)
{
	for (const rr_setting_def *d = rr_setting_defs; d->name; d++)
		if (strcmp(d->name, name) == 0)
			return d;
	return NULL;
}

static int *int_at(rr_settings *s, const rr_setting_def *d)
{
	return (int *)((char *)s + d->offset);
}

static const int *int_of(const rr_settings *s, const rr_setting_def *d)
{
	return (const int *)((const char *)s + d->offset);
}

static double *real_at(rr_settings *s, const rr_setting_def *d)
{
	return (double *)((char *)s + d->offset);
}

static double real_of(const rr_settings *s, const rr_setting_def *d)
{
	return *(const double *)((const char *)s + d->offset);
}

static int parse_word(const rr_setting_def *d, const char *text, int *out)
{
	char list[128] = "";
	for (int i = 0; d->words[i]; i++) {
		if (strcmp(text, d->words[i]) == 0) {
			*out = i;
			return 0;
		}
		snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s", i ? ", " : "",
			 d->words[i]);
	}
	return err_set("%s is one of %s, not '%.60s'", d->name, list, text);
}

/* "128,64": 1..RR_MAX_HIDDEN widths, each in range. */
static int parse_widths(const rr_setting_def *d, const char *text, rr_settings *s)
{
	int h[RR_MAX_HIDDEN] = {0}, n = 0;
	const char *p = text;
	for (;;) {
		char word[32];
		size_t k = strcspn(p, ",");
		if (k == 0 || k >= sizeof word)
			return err_set("hidden is a list of widths such as 64 or 128,64, not '%.60s'",
				       text);
		if (n == RR_MAX_HIDDEN)
			return err_set("hidden has at most %d layers, not '%.60s'", RR_MAX_HIDDEN, text);
		memcpy(word, p, k);
		word[k] = '\0';
		long v;
		if (rr_parse_long("a hidden width", word, (long)d->lo, (long)d->hi, &v) != 0)
			return -1;
		h[n++] = (int)v;
		if (!p[k])
			break;
		p += k + 1;
	}
	s->n_hidden = n;
	memcpy(s->hidden, h, sizeof h);
	return 0;
}

/* "-0" is 0, as every setting's -0 (t27 F6), and a negative is a whole number out of range,
 * said with the range (t29 F9: "seed must be a whole number, not '-1'"). */
int settings_parse_seed(const char *name, const char *text, uint64_t *out)
{
	const char *digits = text + (*text == '-');
	int whole = *digits >= '0' && *digits <= '9' && !digits[strspn(digits, "0123456789")];
	if (whole && digits != text && !digits[strspn(digits, "0")]) {
		*out = 0;
		return 0;
	}
	if (!whole)
		return err_set("%s must be a whole number from 0 to %s, not '%.60s'", name,
			       RR_SEED_TOP, text);
	errno = 0;
	unsigned long long v = digits == text ? strtoull(text, NULL, 10) : 0;
	if (digits != text || errno == ERANGE || v > UINT64_MAX)
		return err_set("%s must be from 0 to %s, not %.60s", name, RR_SEED_TOP, text);
	*out = (uint64_t)v;
	return 0;
}

/* Parse text into d's field of s; no side effects on other settings. */
static int parse_into(const rr_setting_def *d, rr_settings *s, const char *text)
{
	long l;
	double x;
	switch (d->kind) {
	case RR_SK_INT:
		if (rr_parse_long(d->name, text, (long)d->lo, (long)d->hi, &l) != 0)
			return -1;
		*int_at(s, d) = (int)l;
		return 0;
	case RR_SK_REAL:
		if (rr_parse_double(d->name, text, d->lo, d->hi, d->lo_open, d->hi_open, &x) != 0)
			return -1;
		*real_at(s, d) = x;
		return 0;
	case RR_SK_WORD:
		return parse_word(d, text, int_at(s, d));
	case RR_SK_WIDTHS:
		return parse_widths(d, text, s);
	case RR_SK_U64:
		return settings_parse_seed(d->name, text, (uint64_t *)((char *)s + d->offset));
	}
	return err_set("setting '%s' has an unknown kind", d->name);
}

static const rr_setting_def *find_or_fail(const char *name)
{
	const rr_setting_def *d = settings_find(name);
	if (!d)
		err_set("unknown setting '%.60s' (see 'show')", name);
	return d;
}

int settings_put(rr_settings *s, const char *name, const char *text)
{
	const rr_setting_def *d = find_or_fail(name);
	return d ? parse_into(d, s, text) : -1;
}

void settings_default(rr_settings *s)
{
	memset(s, 0, sizeof *s);
	for (const rr_setting_def *d = rr_setting_defs; d->name; d++)
		if (parse_into(d, s, d->def) != 0)
			abort(); /* a default the table's own range refuses: caught by the tests */
}

void settings_variant(rr_settings *s, int n)
{
	settings_default(s);
	for (int i = 0; i < N(variant_sets); i++)
		if ((variant_sets[i].variant == n || (variant_sets[i].variant == SEED_ALL && n > 0)) &&
		    settings_put(s, variant_sets[i].name, variant_sets[i].value) != 0)
			abort();
	s->variant = n;
}

int settings_set(rr_settings *s, const char *name, const char *text)
{
	const rr_setting_def *d = find_or_fail(name);
	rr_settings next = *s;
	if (!d || parse_into(d, &next, text) != 0)
		return -1;
	if (strcmp(d->name, "variant") == 0) {
		/* a variant fixes the model, not the experiment's seed or threads */
		settings_variant(&next, next.variant);
		next.seed = s->seed;
		next.threads = s->threads;
	}
	*s = next;
	return 0;
}

/* The shortest text that reads back as exactly x ("0.3", not "0.29999999999999999"). */
static void format_real(double x, char *buf, size_t size)
{
	for (int prec = 6; prec <= 17; prec++) {
		snprintf(buf, size, "%.*g", prec, x);
		if (strtod(buf, NULL) == x)
			return;
	}
}

const char *settings_get(const rr_settings *s, const char *name, char *buf, size_t size)
{
	const rr_setting_def *d = settings_find(name);
	if (!d || size == 0)
		return NULL;
	buf[0] = '\0';
	switch (d->kind) {
	case RR_SK_INT:
		snprintf(buf, size, "%d", *int_of(s, d));
		break;
	case RR_SK_REAL:
		format_real(real_of(s, d), buf, size);
		break;
	case RR_SK_WORD: {
		int v = *int_of(s, d), n = 0;
		while (d->words[n])
			n++;
		snprintf(buf, size, "%s", v >= 0 && v < n ? d->words[v] : "?");
		break;
	}
	case RR_SK_WIDTHS: {
		size_t k = 0;
		for (int i = 0; i < s->n_hidden && i < RR_MAX_HIDDEN && k < size; i++)
			k += (size_t)snprintf(buf + k, size - k, "%s%d", i ? "," : "", s->hidden[i]);
		break;
	}
	case RR_SK_U64:
		snprintf(buf, size, "%llu", (unsigned long long)*(const uint64_t *)((const char *)s + d->offset));
		break;
	}
	return buf;
}

int settings_validate(const rr_settings *s)
{
	if (s->n_hidden < 1 || s->n_hidden > RR_MAX_HIDDEN)
		return err_set("hidden must have 1 to %d layers, not %d", RR_MAX_HIDDEN, s->n_hidden);
	for (const rr_setting_def *d = rr_setting_defs; d->name; d++) {
		char text[128];
		rr_settings scratch;
		memset(&scratch, 0, sizeof scratch);
		settings_get(s, d->name, text, sizeof text);
		if (parse_into(d, &scratch, text) != 0)
			return -1;
	}
	return 0;
}

const char *settings_range(const rr_setting_def *d, char *buf, size_t size)
{
	buf[0] = '\0';
	switch (d->kind) {
	case RR_SK_INT:
	case RR_SK_WIDTHS:
		snprintf(buf, size, "%s%g..%g", d->kind == RR_SK_WIDTHS ? "each " : "", d->lo, d->hi);
		break;
	case RR_SK_REAL:
		snprintf(buf, size, "%s%g, %g%s", d->lo_open ? "(" : "[", d->lo, d->hi,
			 d->hi_open ? ")" : "]");
		break;
	case RR_SK_WORD:
		for (int i = 0; d->words[i]; i++)
			snprintf(buf + strlen(buf), size - strlen(buf), "%s%s", i ? "|" : "", d->words[i]);
		break;
	case RR_SK_U64:
		snprintf(buf, size, "%s", RR_SEED_RANGE);
		break;
	}
	return buf;
}

const char *settings_describe(const rr_setting_def *d, char *buf, size_t size)
{
	char range[96];
	settings_range(d, range, sizeof range);
	snprintf(buf, size, "%s (%s%s%sdefault %s)", d->help,
		 !*range ? "" : d->words ? "values " : "range ", range, *range ? "; " : "", d->def);
	return buf;
}

/* The ladder entry after (dir +1) or before (dir -1) x; -1 when there is none. */
static int ladder_next(const rr_setting_def *d, double x, int dir)
{
	if (dir > 0) {
		for (int i = 0; i < d->n_ladder; i++)
			if (d->ladder[i] > x * (1 + 1e-9))
				return i;
	} else {
		for (int i = d->n_ladder - 1; i >= 0; i--)
			if (d->ladder[i] < x * (1 - 1e-9))
				return i;
	}
	return -1;
}

static int step_number(const rr_setting_def *d, const rr_settings *s, int dir, char *out,
		       size_t size)
{
	double x = d->kind == RR_SK_REAL ? real_of(s, d)
		 : d->kind == RR_SK_WIDTHS ? (double)s->hidden[0]
		 : d->kind == RR_SK_U64 ? (double)s->seed
		 : (double)*int_of(s, d);
	double next;
	if (d->ladder) {
		int i = ladder_next(d, x, dir);
		if (i < 0)
			return 0;
		next = d->ladder[i];
	} else {
		/* steps land on multiples of step, so 0.07 goes to 0.1 and back to 0.05 */
		double k = dir > 0 ? floor(x / d->step + 1e-9) + 1 : ceil(x / d->step - 1e-9) - 1;
		next = k * d->step;
		/* 3 * 0.05 is 0.15000000000000002 in binary: round to a few digits past the
		 * step's own, so a step lands on the value a person would type (0.15) */
		double q = pow(10, ceil(-log10(d->step)) + 2);
		next = round(next * q) / q;
		if (fabs(next) < 1e-12)
			next = 0;
	}
	if (d->kind == RR_SK_U64 && next < 0)
		return 0;
	if (d->kind != RR_SK_U64 &&
	    (next < d->lo || next > d->hi || (d->lo_open && next <= d->lo) ||
	     (d->hi_open && next >= d->hi)))
		return 0;
	if (d->kind == RR_SK_REAL) {
		format_real(next, out, size);
		return 1;
	}
	size_t k = (size_t)snprintf(out, size, "%.0f", next);
	if (d->kind == RR_SK_WIDTHS) /* the first layer changes, deeper layers stay */
		for (int l = 1; l < s->n_hidden && k < size; l++)
			k += (size_t)snprintf(out + k, size - k, ",%d", s->hidden[l]);
	return 1;
}

int settings_step(const rr_settings *s, const char *name, int dir, char *out, size_t size)
{
	const rr_setting_def *d = settings_find(name);
	if (!d || size == 0)
		return 0;
	if (d->kind != RR_SK_WORD)
		return step_number(d, s, dir, out, size);
	int v = *int_of(s, d) + (dir > 0 ? 1 : -1), n = 0;
	while (d->words[n])
		n++;
	if (v < 0 || v >= n)
		return 0;
	snprintf(out, size, "%s", d->words[v]);
	return 1;
}

const char *settings_diff(const rr_settings *a, const rr_settings *b, char *buf, size_t size)
{
	size_t k = 0;
	buf[0] = '\0';
	for (const rr_setting_def *d = rr_setting_defs; d->name && k < size; d++) {
		char x[128], y[128];
		settings_get(a, d->name, x, sizeof x);
		settings_get(b, d->name, y, sizeof y);
		if (strcmp(x, y) != 0)
			k += (size_t)snprintf(buf + k, size - k, "%s%s %s → %s", k ? ", " : "", d->name,
					      x, y);
	}
	return buf;
}
