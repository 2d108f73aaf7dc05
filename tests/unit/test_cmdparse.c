/* test_cmdparse.c — a command line read against the table (cmd_parse and the args_*
 * accessors) and the one completer (cmd_complete), on a small data set. */
#include "testutil.h"

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "app.h"
#include "cmd.h"
#include "err.h"
#include "settings.h"
#include "util.h"

/* ==== a suggested load of a command's output (rr_pipe_cmd) ==== */

/* `load ARG` with ARG from rr_pipe_cmd("printf %%s %p", path), split as the prompt splits
 * it, runs through the shell to print path back, whatever it holds, and runs nothing else
 * (t60 F0: no marker file appears). */
static void pipe_arg_roundtrip(const char *path, const char *want_arg)
{
	char arg[512], line[600], out[300] = "";
	assert_non_null(rr_pipe_cmd(arg, sizeof arg, "printf %%s %p", &path, 1));
	if (want_arg)
		assert_string_equal(want_arg, arg);
	snprintf(line, sizeof line, "load %s", arg);
	int argc;
	char **argv;
	assert_int_equal(0, cmd_split(line, &argc, &argv));
	assert_int_equal(2, argc);
	assert_int_equal('|', argv[1][0]);
	FILE *f = popen(argv[1] + 1, "r");
	assert_non_null(f);
	size_t n = fread(out, 1, sizeof out - 1, f);
	out[n] = '\0';
	pclose(f);
	assert_string_equal(path, out);
	cmd_free_argv(argc, argv);
}

static void test_pipe_cmd(void **state)
{
	(void)state;
	pipe_arg_roundtrip("data/sales.csv.xz", "'|printf %s data/sales.csv.xz'");
	pipe_arg_roundtrip("/tmp/t1/data/Online Retail.xlsx",
			   "\"|printf %s '/tmp/t1/data/Online Retail.xlsx'\"");
	pipe_arg_roundtrip("Sample - Superstore.csv.xz", NULL);
	pipe_arg_roundtrip("it's \"quoted\" \\ $HOME `x` *.csv", NULL);
	pipe_arg_roundtrip("'", NULL);
	/* t60 F0: what a file name or a customer id may say to a shell */
	char dir[] = "/tmp/rr_pipeXXXXXX", marker[64], hostile[200];
	assert_non_null(mkdtemp(dir));
	snprintf(marker, sizeof marker, "%s/PWNED", dir);
	static const char *const how[] = {"q;touch %s;.csv", "CASH';touch %s;'", "$(touch %s)",
					  "`touch %s`", "a|touch %s", "x\"; touch %s; echo \"",
					  "a' && touch %s #", "x&touch %s>y"};
	for (size_t i = 0; i < sizeof how / sizeof *how; i++) {
		snprintf(hostile, sizeof hostile, how[i], marker);
		pipe_arg_roundtrip(hostile, NULL);
		assert_int_not_equal(0, access(marker, F_OK));
	}
	rmdir(dir);
	char small[8];
	const char *ab = "a b";
	assert_null(rr_pipe_cmd(small, sizeof small, "printf %p", &ab, 1));   /* never cut */
}

/* ==== parsing ==== */

/* Parse line; on success the caller frees a and argv (through done). */
typedef struct parsed {
	int argc;
	char **argv;
	rr_args a;
} parsed;

static int parse(parsed *p, const char *line)
{
	assert_int_equal(0, cmd_split(line, &p->argc, &p->argv));
	int rc = cmd_parse(p->argc, p->argv, &p->a);
	if (rc != 0)
		cmd_free_argv(p->argc, p->argv);
	return rc;
}

static void done(parsed *p)
{
	args_free(&p->a);
	cmd_free_argv(p->argc, p->argv);
}

static void test_options_anywhere(void **state)
{
	(void)state;
	parsed p;
	assert_int_equal(0, parse(&p, "recommend --owned 17850 5"));
	assert_string_equal("recommend", p.a.cmd->name);
	assert_null(p.a.parent);
	assert_string_equal("17850", args_get(&p.a, "USER"));
	assert_int_equal(5, args_long(&p.a, "K", 10));
	assert_true(args_has(&p.a, "--owned"));
	done(&p);
	assert_int_equal(0, parse(&p, "recommend 17850"));
	assert_int_equal(10, args_long(&p.a, "K", 10));
	assert_false(args_has(&p.a, "--owned"));
	assert_null(args_get(&p.a, "K"));
	done(&p);
	/* =VALUE, an option between arguments (a repeated one is refused: test_parse_errors) */
	assert_int_equal(0, parse(&p, "together 85123A 3 --by confidence --min-count 7"));
	assert_string_equal("85123A", args_get(&p.a, "ITEM"));
	assert_int_equal(3, args_long(&p.a, "K", 10));
	assert_int_equal(7, args_long(&p.a, "--min-count", 20));
	assert_string_equal("confidence", args_get(&p.a, "--by"));
	assert_true(args_double(&p.a, "--min-lift", 0) == 0);
	done(&p);
	assert_int_equal(0, parse(&p, "together 85123A --min-lift=2.5"));
	assert_true(args_double(&p.a, "--min-lift", 0) == 2.5);
	done(&p);
	/* an option standing in for the first argument */
	assert_int_equal(0, parse(&p, "together --user 17850 3"));
	assert_null(args_get(&p.a, "ITEM"));
	assert_string_equal("17850", args_get(&p.a, "--user"));
	assert_int_equal(3, args_long(&p.a, "K", 10));
	done(&p);
	/* -- ends the options */
	assert_int_equal(0, parse(&p, "load -- --odd.csv"));
	assert_string_equal("--odd.csv", args_get(&p.a, "FILE"));
	done(&p);
	/* a value may itself start with a dash */
	assert_int_equal(0, parse(&p, "load x.csv --map 'user=-1'"));
	assert_string_equal("user=-1", args_get(&p.a, "--map"));
	done(&p);
}

static void test_parse_errors(void **state)
{
	(void)state;
	parsed p;
	/* what the options' table says, for every command alike (t78 F15): a value option once;
	 * one that goes with a word of the first argument (its `with`) refused elsewhere */
	assert_int_equal(-1, parse(&p, "together --user K001 --by lift --by confidence"));
	assert_non_null(strstr(err_msg(), "together: --by is given twice ('lift', then 'confidence')"));
	assert_int_equal(-1, parse(&p, "customers 5 --by quantity --by=spend"));
	assert_non_null(strstr(err_msg(), "customers: --by is given twice"));
	assert_int_equal(-1, parse(&p, "export audience I00 a1.csv 3 --min-buyers 50"));
	assert_non_null(strstr(err_msg(), "export audience: --min-buyers goes with all: "
				"export audience all --min-buyers N (usage: "));
	assert_int_equal(0, parse(&p, "export audience all a1.csv 3 --min-buyers 50"));
	done(&p);
	assert_int_equal(-1, parse(&p, "filter customers --file x"));
	/* t84 F3: the keeping form first, not only drop-customers', which drops them */
	assert_non_null(strstr(err_msg(), "filter: filter customers takes its file as a word: "
				"filter customers FILE; --file goes with drop-customers: "
				"filter drop-customers --file FILE"));
	assert_int_equal(-1, parse(&p, "filter country --file x"));
	assert_null(strstr(err_msg(), "takes its file as a word"));
	assert_int_equal(0, parse(&p, "filter drop-customers --file x"));
	done(&p);
	assert_int_equal(-1, parse(&p, "recommend"));
	assert_string_equal("recommend: missing USER (usage: recommend USER [K] [--owned])", err_msg());
	assert_int_equal(-1, parse(&p, "recommend 17850 3 4"));
	assert_string_equal("recommend: unexpected argument '4' (usage: recommend USER [K] [--owned])",
			    err_msg());
	assert_int_equal(-1, parse(&p, "recommend 17850 --own"));
	assert_non_null(strstr(err_msg(), "unknown option '--own'; did you mean '--owned'?"));
	assert_int_equal(-1, parse(&p, "recommend 17850 --frob"));
	assert_non_null(strstr(err_msg(), "recommend: unknown option '--frob' (usage: "));
	assert_int_equal(-1, parse(&p, "stats --hist=yes"));
	assert_non_null(strstr(err_msg(), "option '--hist' takes no value"));
	assert_int_equal(-1, parse(&p, "evaluate ranking --k"));
	assert_non_null(strstr(err_msg(), "option '--k' needs a value (K)"));
	/* ranges, numbers, choices, dates, settings */
	assert_int_equal(-1, parse(&p, "recommend 17850 0"));
	assert_string_equal("recommend: K must be from 1 to 100000, not 0", err_msg());
	assert_int_equal(-1, parse(&p, "recommend 17850 ten"));
	assert_string_equal("recommend: K must be a whole number from 1 to 100000, not 'ten'",
			    err_msg());
	assert_int_equal(-1, parse(&p, "together x --min-confidence 1.5"));
	assert_string_equal("together: --min-confidence must be in [0, 1], not 1.5", err_msg());
	assert_int_equal(-1, parse(&p, "together x --min-lift -1"));
	assert_string_equal("together: --min-lift must be at least 0, not -1", err_msg());
	assert_int_equal(-1, parse(&p, "together x --min-lift nan"));
	/* a number past a double's reach: the option's own range when outside it, why it cannot
	 * be held when inside (t25 F4: the parse bound, +-DBL_MAX, was named) */
	assert_int_equal(-1, parse(&p, "together x --min-lift 1e400"));
	assert_string_equal("together: --min-lift 1e400 is too large to hold: give at most "
			    "1.79769e+308", err_msg());
	assert_int_equal(-1, parse(&p, "together x --min-confidence 1e400"));
	assert_string_equal("together: --min-confidence must be in [0, 1], not 1e400", err_msg());
	assert_int_equal(-1, parse(&p, "together x --min-confidence 1e-310"));
	assert_string_equal("together: --min-confidence 1e-310 is too close to 0 to hold: give 0 or "
			    "at least 2.3e-308", err_msg());
	assert_int_equal(-1, parse(&p, "export rules x.csv --min-lift -1e-320"));
	assert_string_equal("export rules: --min-lift must be at least 0, not -1e-320", err_msg());
	assert_int_equal(-1, parse(&p, "together x --by=size"));
	assert_string_equal("together: --by takes lift or confidence, not 'size'", err_msg());
	assert_int_equal(-1, parse(&p, "evaluate ranking --cutoff 2011-02-30"));
	assert_string_equal("evaluate ranking: --cutoff takes a day YYYY-MM-DD: there is no '2011-02-30'",
			    err_msg());
	/* a day that reads two ways, or has a time the shown day could not say, is refused */
	assert_int_equal(-1, parse(&p, "evaluate ranking --cutoff 01/09/2011"));
	assert_string_equal("evaluate ranking: --cutoff takes a day YYYY-MM-DD: '01/09/2011' could be "
			    "2011-09-01 (day first) or 2011-01-09 (month first)", err_msg());
	assert_int_equal(-1, parse(&p, "evaluate ranking --cutoff 13.03.2011"));
	assert_string_equal("evaluate ranking: --cutoff takes a day YYYY-MM-DD: write '13.03.2011' as "
			    "2011-03-13", err_msg());
	assert_int_equal(-1, parse(&p, "evaluate ranking --cutoff '2011-03-01 12:00'"));
	assert_string_equal("evaluate ranking: --cutoff takes a day YYYY-MM-DD, without a time of "
			    "day: not '2011-03-01 12:00'", err_msg());
	assert_int_equal(-1, parse(&p, "evaluate ranking --cutoff 0001-01-01"));
	assert_string_equal("evaluate ranking: --cutoff takes a day from 1900-01-01 to 6053-01-22, "
			    "not '0001-01-01'", err_msg());
	assert_int_equal(-1, parse(&p, "evaluate ranking --cutoff 6053-01-23"));
	assert_int_equal(-1, parse(&p, "evaluate ranking --cutoff 1672654500"));
	static const char *const fine[] = {"2011-09-01", "2011/09/01", "20110901", "'1 Sep 2011'",
					   "'Sep 1, 2011'", "'2011-09-01 00:00'", "6053-01-22"};
	for (size_t k = 0; k < sizeof fine / sizeof *fine; k++) {
		char line[96];
		snprintf(line, sizeof line, "evaluate ranking --cutoff %s", fine[k]);
		if (parse(&p, line) != 0)
			fail_msg("'%s' refused: %s", line, err_msg());
		done(&p);
	}
	assert_int_equal(-1, parse(&p, "gen x.csv 10 --seed -1"));
	assert_int_equal(-1, parse(&p, "set dimm 8"));
	assert_string_equal("set: unknown setting 'dimm' (did you mean 'dim'?)", err_msg());
	assert_int_equal(-1, parse(&p, "show zzzzzz"));
	assert_string_equal("show: unknown setting 'zzzzzz' (see 'show')", err_msg());
	assert_int_equal(-1, parse(&p, "frobnicate"));
	assert_string_equal("unknown command 'frobnicate' (try 'help')", err_msg());
}

static void test_subcommands(void **state)
{
	(void)state;
	parsed p;
	assert_int_equal(0, parse(&p, "export rules out.csv --min-lift 2"));
	assert_string_equal("export", p.a.parent->name);
	assert_string_equal("rules", p.a.cmd->name);
	assert_ptr_equal(cmd_export_rules, p.a.cmd->fn);
	assert_string_equal("out.csv", args_get(&p.a, "FILE"));
	done(&p);
	assert_int_equal(0, parse(&p, "evaluate ranking --k 5 --cutoff 2011-06-01"));
	assert_ptr_equal(cmd_evaluate_ranking, p.a.cmd->fn);
	assert_true(args_has(&p.a, "--k"));
	done(&p);
	assert_int_equal(-1, parse(&p, "export"));
	assert_string_equal("export: missing subcommand (usage: export "
			    "recommendations|rules|report|runs|evaluation|audience|customers|chart|due ...)", err_msg());
	assert_int_equal(-1, parse(&p, "export rulez x.csv"));
	assert_non_null(strstr(err_msg(), "unknown subcommand 'rulez'; did you mean 'rules'?"));
	/* a subcommand's options are its own */
	assert_int_equal(-1, parse(&p, "export runs x.csv --owned"));
	assert_non_null(strstr(err_msg(), "export runs: unknown option '--owned'"));
	assert_int_equal(-1, parse(&p, "export report"));
	assert_string_equal("export report: missing FILE (usage: export report FILE [--raw])", err_msg());
}

static void test_repeated_arguments(void **state)
{
	(void)state;
	parsed p;
	assert_int_equal(0, parse(&p, "bins 1 3 9"));
	assert_int_equal(3, args_count(&p.a, "EDGE"));
	assert_string_equal("9", args_nth(&p.a, "EDGE", 2));
	assert_null(args_nth(&p.a, "EDGE", 3));
	done(&p);
	assert_int_equal(0, parse(&p, "bins"));
	assert_int_equal(0, args_count(&p.a, "EDGE"));
	done(&p);
	assert_int_equal(-1, parse(&p, "bins 1 x"));
	/* a group of two: RULE VALUE RULE VALUE */
	assert_int_equal(0, parse(&p, "clean price off codes 'A,B C'"));
	assert_int_equal(2, args_count(&p.a, "RULE"));
	assert_int_equal(2, args_count(&p.a, "VALUE"));
	assert_string_equal("codes", args_nth(&p.a, "RULE", 1));
	assert_string_equal("A,B C", args_nth(&p.a, "VALUE", 1));
	done(&p);
	assert_int_equal(-1, parse(&p, "clean price off nonproduct"));
	assert_string_equal("clean: missing VALUE after 'nonproduct' (usage: clean [RULE VALUE ...])",
			    err_msg());
	assert_int_equal(-1, parse(&p, "clean sometimes on"));
	assert_string_equal("clean: RULE takes customer, cancelled, price, nonproduct, date, "
			    "returns, casefold or codes, not 'sometimes'", err_msg());
}

/* A handler asking for a name its command does not declare is a bug: args_* abort(). So does
 * a handler default that differs from the table's. Run in a child, which must die of it. */
static void expect_abort(const char *line, const char *name, int use_long)
{
	fflush(NULL);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		if (!freopen("/dev/null", "w", stderr)) /* the bug report is expected */
			_exit(4);
		parsed p;
		if (parse(&p, line) != 0)
			_exit(3);
		if (use_long)
			args_long(&p.a, name, 11);
		else
			args_get(&p.a, name);
		_exit(0);
	}
	int st;
	assert_int_equal(pid, waitpid(pid, &st, 0));
	assert_true(WIFSIGNALED(st));
	assert_int_equal(SIGABRT, WTERMSIG(st));
}

static void test_undeclared_names_abort(void **state)
{
	(void)state;
	expect_abort("recommend 17850", "--nope", 0);
	expect_abort("recommend 17850", "ITEM", 0);      /* together's, not recommend's */
	expect_abort("export runs x.csv", "--owned", 0); /* the parent's sibling's */
	expect_abort("recommend 17850", "K", 1);         /* the table says 10, not 11 */
}

/* ==== completion ==== */

static const char data[] =
	"InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
	"1,85123A,HEART,6,12/1/2010 8:26,2.55,17850,United Kingdom\n"
	"1,71053,LANTERN,6,12/1/2010 8:26,3.39,17850,United Kingdom\n"
	"2,85123A,HEART,2,12/2/2010 8:26,2.55,13047,United Kingdom\n"
	"3,71053,LANTERN,1,12/3/2010 9:26,3.39,17852,United Kingdom\n"
	"4,22633,MITTENS,1,12/3/2010 9:26,1.85,12346,United Kingdom\n";

typedef struct fixture {
	rr_app app;
	tu_capture cap;
	char dir[64];
} fixture;

static int setup(void **state)
{
	fixture *f = calloc(1, sizeof *f);
	assert_non_null(f);
	assert_int_equal(0, app_init(&f->app));
	tu_capture_install(&f->app.sink, &f->cap);
	char *path = tu_write_temp_str(data);
	char line[128];
	snprintf(line, sizeof line, "load %s", path ? path : "");
	assert_int_equal(0, cmd_exec(&f->app, line));
	tu_remove(path);
	/* a directory of files to complete */
	snprintf(f->dir, sizeof f->dir, "/tmp/relrec-complete-XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	static const char *const files[] = {"a file.csv", "abc.csv", ".hidden", NULL};
	for (int i = 0; files[i]; i++) {
		char p[256];
		snprintf(p, sizeof p, "%s/%s", f->dir, files[i]);
		FILE *fp = fopen(p, "w");
		assert_non_null(fp);
		fclose(fp);
	}
	char sub[256];
	snprintf(sub, sizeof sub, "%s/sub", f->dir);
	assert_int_equal(0, mkdir(sub, 0700));
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fixture *f = *state;
	char cmd[256];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
	if (system(cmd) != 0)
		return -1;
	app_free(&f->app);
	free(f->cap.buf);
	free(f);
	return 0;
}

/* The candidates for line (cursor at its end) joined by blanks, into a static buffer. */
static const char *cands(const rr_app *app, const char *line, rr_completion *c)
{
	static char out[4096];
	assert_int_equal(0, cmd_complete(app, line, strlen(line), c));
	size_t k = 0;
	out[0] = '\0';
	for (int i = 0; i < c->n && k < sizeof out; i++)
		k += (size_t)snprintf(out + k, sizeof out - k, "%s%s", i ? " " : "", c->v[i]);
	return out;
}

#define ASSERT_CANDS(app, line, want)                                   \
	do {                                                            \
		rr_completion c_;                                       \
		assert_string_equal(want, cands(app, line, &c_));       \
		completion_free(&c_);                                   \
	} while (0)

static void test_complete_names(void **state)
{
	fixture *f = *state;
	const rr_app *a = &f->app;
	ASSERT_CANDS(a, "sta", "stats");
	ASSERT_CANDS(a, "  re", "recommend report reset");
	ASSERT_CANDS(a, "frob ", "");
	ASSERT_CANDS(a, "help re", "recommend report reset");
	ASSERT_CANDS(a, "help export ru", "rules runs");
	ASSERT_CANDS(a, "help recommend ", "");
	ASSERT_CANDS(a, "export r", "recommendations report rules runs");
	ASSERT_CANDS(a, "evaluate ", "audience due ranking");
	ASSERT_CANDS(a, "evaluate ranking --", "--cutoff --horizon --k");
	ASSERT_CANDS(a, "export rules x.csv --min-c", "--min-confidence --min-count");
	ASSERT_CANDS(a, "stats # a comment --h", "");
	rr_completion c;
	cands(a, "", &c);
	int n = 0;
	for (const rr_cmd *k = rr_cmds; k->name; k++)
		n++;
	assert_int_equal(n, c.n);
	completion_free(&c);
	/* options once the arguments are full, or where an optional one may be left out */
	ASSERT_CANDS(a, "recommend 17850 ", "--owned");
	ASSERT_CANDS(a, "recommend 17850 5 ", "--owned");
	ASSERT_CANDS(a, "stats ", "--hist");
	ASSERT_CANDS(a, "stats --", "--hist");
	/* an option already on the line is not offered again: a flag (t26 F7), nor one with a
	 * value, which cmd_parse refuses twice (t78 F18) */
	ASSERT_CANDS(a, "load x.csv --strict --", "--calendar --convert-currency --date-format --decimal --encoding --item-forms --keep-id --latin-lookalikes --map --month-language --no-header --purchase --return --sep --strip-zeros --void");
	ASSERT_CANDS(a, "recommend C001 --owned --", "");
	ASSERT_CANDS(a, "recommend 17850 --owned ", "");
	ASSERT_CANDS(a, "stats --hist ", "");
	ASSERT_CANDS(a, "export due x --raw --r", "");
	ASSERT_CANDS(a, "together 85123A --by lift --b", "");
	ASSERT_CANDS(a, "together 85123A --by lift --", "--min-confidence --min-count --min-lift");
	ASSERT_CANDS(a, "together 85123A --by=lift --", "--min-confidence --min-count --min-lift");
	ASSERT_CANDS(a, "together 85123A --by lift ", "--min-confidence --min-count --min-lift");
	/* --user stands for ITEM: offered only while ITEM is not given (t61 F5) */
	ASSERT_CANDS(a, "together --u", "--user");
	ASSERT_CANDS(a, "together 85123A --u", "");
	ASSERT_CANDS(a, "together --user 17850 --u", "");   /* given once */
	/* help's topic is a command or a setting (t26 F7: help dr offered nothing) */
	ASSERT_CANDS(a, "help dr", "dropout");
	ASSERT_CANDS(a, "help d", "desc dim dropout due");
}

static void test_complete_values(void **state)
{
	fixture *f = *state;
	const rr_app *a = &f->app;
	/* choices, as the next word and after = */
	ASSERT_CANDS(a, "together 85123A --by ", "confidence lift");
	ASSERT_CANDS(a, "together 85123A --by=c", "--by=confidence");
	ASSERT_CANDS(a, "together 85123A --min-count 5 --by l", "lift");
	ASSERT_CANDS(a, "clean ", "cancelled casefold codes customer date nonproduct price returns");
	/* t75 F7: --file goes with drop-customers alone (the table's `with`): not offered before
	 * the WHAT nor after another one */
	ASSERT_CANDS(a, "filter ", "clear country customers drop-customers since until");
	ASSERT_CANDS(a, "filter until ", "");
	ASSERT_CANDS(a, "filter since --", "");
	ASSERT_CANDS(a, "filter country --f", "");
	ASSERT_CANDS(a, "filter customers --", "");
	ASSERT_CANDS(a, "filter drop-customers --", "--file");
	ASSERT_CANDS(a, "filter drop-customers 17850 --f", "--file");
	ASSERT_CANDS(a, "filter d", "drop-customers");   /* one letter: no word starts so */
	ASSERT_CANDS(a, "filter cu", "customers");
	ASSERT_CANDS(a, "filter drop-customers 17850 --file tests/replay/drop_customers.cs",
		     "tests/replay/drop_customers.csv");
	/* filter's values by what they filter: customer ids to drop, a file of those to keep */
	ASSERT_CANDS(a, "filter drop-customers 1785", "17850 17852");
	ASSERT_CANDS(a, "filter drop-customers 12346 1", "12346 13047 17850 17852");
	ASSERT_CANDS(a, "filter customers tests/replay/drop_customers.cs",
		     "tests/replay/drop_customers.csv");
	ASSERT_CANDS(a, "filter country 1785", "");
	ASSERT_CANDS(a, "clean price ", "off on");
	ASSERT_CANDS(a, "clean price off n", "nonproduct");
	/* t78 F7: after codes, a list of codes, never on or off, in any group of the line */
	/* t78 F17: a calendar relrec names but cannot read is not offered */
	ASSERT_CANDS(a, "load x.csv --calendar ", "buddhist ethiopian gregorian hijri islamic-civil "
		     "jalali minguo persian roc solar-hijri");
	ASSERT_CANDS(a, "clean codes ", "");
	ASSERT_CANDS(a, "clean codes o", "");
	ASSERT_CANDS(a, "clean price off codes ", "");
	ASSERT_CANDS(a, "clean codes POST price ", "off on");
	/* a load option's values: every separator it reads; the purchase events, not file names */
	ASSERT_CANDS(a, "load x.csv --sep ", ", ; tab |");
	ASSERT_CANDS(a, "load x.csv --purchase pu", "purchase purchased");
	ASSERT_CANDS(a, "load x.csv --return refu", "refund refund_receipt refunded");
	/* settings and their words */
	ASSERT_CANDS(a, "set d", "desc dim dropout");
	ASSERT_CANDS(a, "show d", "desc dim dropout");
	ASSERT_CANDS(a, "set weights ", "balanced none sqrt");
	ASSERT_CANDS(a, "set desc o", "off on");
	ASSERT_CANDS(a, "set dim ", "");
	/* customers, sorted as strings; stock codes */
	ASSERT_CANDS(a, "recommend ", "12346 13047 17850 17852");
	ASSERT_CANDS(a, "recommend 1785", "17850 17852");
	ASSERT_CANDS(a, "together --user 1", "12346 13047 17850 17852");
	ASSERT_CANDS(a, "together 8", "85123A");
	/* export audience's ITEM is a stock code or all (t26 F7), as its handler reads it */
	ASSERT_CANDS(a, "export audience a", "all");
	ASSERT_CANDS(a, "export audience ", "22633 71053 85123A all");
	ASSERT_CANDS(a, "audience a", "");
	ASSERT_CANDS(a, "together --user 17850 ", "--by --min-confidence --min-count --min-lift");
	/* --map: the logical column names, unfinished words */
	rr_completion c;
	assert_string_equal("user=", cands(a, "load x.csv --map us", &c));
	assert_true(c.more);
	completion_free(&c);
	ASSERT_CANDS(a, "load x.csv --map user=Customer,it", "user=Customer,item=");
	ASSERT_CANDS(a, "load x.csv --map user=Cu", "");
	ASSERT_CANDS(a, "load x.csv --map=q", "--map=qty=");
	/* names mapped already are not offered again (t78 F18), as the bash completion does */
	ASSERT_CANDS(a, "load x.csv --map user=cust,u", "");
	ASSERT_CANDS(a, "load x.csv --map user=cust,qty=n,q", "");
	ASSERT_CANDS(a, "load x.csv --map user=cust,qty=n,us", "");
	ASSERT_CANDS(a, "load x.csv --map qty=n,user=cust,it", "qty=n,user=cust,item=");
	const char *all = cands(a, "load x.csv --map user=cust,qty=n,", &c);
	assert_non_null(strstr(all, "user=cust,qty=n,item="));
	assert_null(strstr(all, "user=cust,qty=n,user="));
	assert_null(strstr(all, "user=cust,qty=n,qty="));
	completion_free(&c);
}

/* A customer id that is an e-mail address is found in any case (rows_find_customer), so it
 * completes in any case too: "Ann" offers ann@shop.com; other ids and stock codes stay exact. */
static void test_complete_email_any_case(void **state)
{
	(void)state;
	rr_app app;
	tu_capture cap = {0};
	assert_int_equal(0, app_init(&app));
	tu_capture_install(&app.sink, &cap);
	char *path = tu_write_temp_str(
		"InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
		"1,ab1,HEART,6,12/1/2010 8:26,2.55,Ann@Shop.com,United Kingdom\n"
		"2,AB2,LANTERN,6,12/1/2010 8:26,3.39,anna@x.org,United Kingdom\n"
		"3,ab1,HEART,2,12/2/2010 8:26,2.55,ANDY,United Kingdom\n");
	char line[128];
	snprintf(line, sizeof line, "load %s", path ? path : "");
	assert_int_equal(0, cmd_exec(&app, line));
	tu_remove(path);
	ASSERT_CANDS(&app, "recommend ANN", "ann@shop.com anna@x.org");
	ASSERT_CANDS(&app, "recommend Ann@S", "ann@shop.com");
	ASSERT_CANDS(&app, "recommend an", "ann@shop.com anna@x.org");
	ASSERT_CANDS(&app, "recommend AN", "ANDY ann@shop.com anna@x.org");
	ASSERT_CANDS(&app, "recommend and", "");
	ASSERT_CANDS(&app, "together A", "AB2");
	app_free(&app);
	free(cap.buf);
}

static void test_complete_files(void **state)
{
	fixture *f = *state;
	const rr_app *a = &f->app;
	char line[256], want[512];
	rr_completion c;
	snprintf(line, sizeof line, "load %s/a", f->dir);
	snprintf(want, sizeof want, "%s/a file.csv %s/abc.csv", f->dir, f->dir);
	assert_string_equal(want, cands(a, line, &c));
	assert_true(c.files);
	assert_int_equal(5, c.word_start);
	assert_int_equal(strlen(f->dir) + 2, c.word_len);
	completion_free(&c);
	snprintf(line, sizeof line, "export runs %s/s", f->dir);
	snprintf(want, sizeof want, "%s/sub/", f->dir); /* directories end in '/' */
	ASSERT_CANDS(a, line, want);
	snprintf(line, sizeof line, "save %s/.h", f->dir); /* hidden only when asked for */
	snprintf(want, sizeof want, "%s/.hidden", f->dir);
	ASSERT_CANDS(a, line, want);
	snprintf(line, sizeof line, "open %s/", f->dir);
	snprintf(want, sizeof want, "%s/a file.csv %s/abc.csv %s/sub/", f->dir, f->dir, f->dir);
	ASSERT_CANDS(a, line, want);
	/* inside an open quote: the word starts after the quote, spaces and all */
	snprintf(line, sizeof line, "load '%s/a f", f->dir);
	snprintf(want, sizeof want, "%s/a file.csv", f->dir);
	assert_string_equal(want, cands(a, line, &c));
	assert_int_equal('\'', c.quote);
	assert_int_equal(6, c.word_start);
	assert_int_equal(strlen(f->dir) + 4, c.word_len);
	completion_free(&c);
	snprintf(line, sizeof line, "source \"%s/a", f->dir);
	snprintf(want, sizeof want, "%s/a file.csv %s/abc.csv", f->dir, f->dir);
	assert_string_equal(want, cands(a, line, &c));
	assert_int_equal('"', c.quote);
	completion_free(&c);
	/* a finished quoted word before the cursor counts as one word */
	snprintf(line, sizeof line, "gen '%s/a file.csv' 10 --s", f->dir);
	ASSERT_CANDS(a, line, "--seed");
	/* the cursor in the middle of the line: only what precedes it counts */
	snprintf(line, sizeof line, "stats --hist");
	assert_int_equal(0, cmd_complete(a, line, 3, &c));
	assert_int_equal(1, c.n);
	assert_string_equal("stats", c.v[0]);
	completion_free(&c);
}

/* ==== t75 F8: file names only where the table declares a file ==== */

/* Whether the declaration makes the positional argument at index p (words[0] the first
 * positional word, if any) a file: the declared kind, a repeating group wrapping around, and
 * the kind after a word of the first argument (filter customers FILE). Read off the table as
 * help shows it, not off the completer. */
static int declared_file(const rr_cmd *cmd, int p, const char *first)
{
	int n = 0, r = -1;
	for (; cmd->args && cmd->args[n].name; n++)
		if (r < 0 && (cmd->args[n].flags & RR_ARG_REPEAT))
			r = n;
	const rr_argspec *s = p < n ? &cmd->args[p] : r >= 0 ? &cmd->args[r + (p - r) % (n - r)] : NULL;
	if (!s)
		return 0;
	for (const rr_arg_after *k = first ? s->after : NULL; k && k->word; k++)
		if (strcmp(k->word, first) == 0)
			return k->kind == RR_A_FILE;
	return s->kind == RR_A_FILE;
}

/* Whether a candidate of c is an entry of the current directory (the fixture's). */
static int lists_entries(const rr_completion *c)
{
	for (int i = 0; i < c->n; i++)
		if (!strcmp(c->v[i], "abc.csv") || !strcmp(c->v[i], "a file.csv") ||
		    !strcmp(c->v[i], "sub/"))
			return 1;
	return 0;
}

/* Complete the empty word after head + the words w[0..n): the directory's entries exactly
 * when want_file. */
static void assert_files_iff(const rr_app *a, const char *head, const char *const *w, int n,
			     int want_file)
{
	char line[512];
	size_t k = (size_t)snprintf(line, sizeof line, "%s ", head);
	for (int i = 0; i < n; i++)
		k += (size_t)snprintf(line + k, sizeof line - k, "%s ", w[i]);
	rr_completion c;
	assert_int_equal(0, cmd_complete(a, line, strlen(line), &c));
	if (want_file != (c.files || lists_entries(&c)))
		fail_msg("'%s<Tab>': %s file names", line, want_file ? "no" : "offers");
	completion_free(&c);
}

/* One command (or subcommand) of the table: each positional argument in turn, after every
 * word its first argument suggests (and a plain one), then each option's value. */
static void walk_command(const rr_app *a, const char *head, const rr_cmd *cmd)
{
	const char *const plain[] = {"1", NULL};
	const rr_argspec *a0 = cmd->args ? &cmd->args[0] : NULL;
	const char *const *firsts = a0 && a0->name && a0->choices ? a0->choices : plain;
	for (int f = 0; firsts[f]; f++) {
		const char *w[8];
		for (int p = 0; p < 6; p++) {
			assert_files_iff(a, head, w, p, declared_file(cmd, p, p ? w[0] : NULL));
			w[p] = p ? "1" : firsts[f];
		}
	}
	for (const rr_argspec *o = cmd->opts; o && o->name; o++) {
		if (o->kind == RR_A_FLAG)
			continue;
		const char *w[] = {o->with ? o->with : o->name, o->name};
		int n = o->with ? 2 : 1;
		assert_files_iff(a, head, o->with ? w : w + 1, n, o->kind == RR_A_FILE);
	}
}

/* t75 F8: `due <Tab>` listed file names at the prompt. Every command's every argument and
 * option value, from the table: the completer offers the directory's files where the table
 * declares a FILE and nowhere else (the prompt gives readline no fallback of its own:
 * tests/prompt's prompt-complete-no-file-names checks that end). */
static void test_complete_files_only_where_declared(void **state)
{
	fixture *f = *state;
	char here[4096];
	assert_non_null(getcwd(here, sizeof here));
	assert_int_equal(0, chdir(f->dir));
	int files = 0;
	for (const rr_cmd *k = rr_cmds; k->name; k++) {
		char head[128];
		for (const rr_cmd *s = k->subs; s && s->name; s++) {
			snprintf(head, sizeof head, "%s %s", k->name, s->name);
			walk_command(&f->app, head, s);
		}
		if (!k->subs)
			walk_command(&f->app, k->name, k);
		files += k->args && declared_file(k, 0, NULL);
	}
	assert_true(files >= 3);   /* load, open, source...: the walk met files too */
	ASSERT_CANDS(&f->app, "filter customers ", "a file.csv abc.csv sub/");
	assert_int_equal(0, chdir(here));
}

/* t40 #1 #4: what completion writes on the line is read back by cmd_split as exactly the
 * candidate, one word, and a file name never as load's "|command" or "-" (standard input)
 * nor as an option: whatever the name holds and whatever quote the word was opened with. */
static void test_completion_text_reads_back(void **state)
{
	(void)state;
	static const char *const names[] = {
		"|touch PWNED; cat small.csv", "-", "--owned", "-5", "sales\nload \"|touch X\"\n.csv",
		"a\"b.csv", "c\\d.csv", "e'f g.csv", "~h.csv", "#i.csv", "O'Brien & Sons",
		"Jane \"JJ\" Doe", "Shop 12", "tab\there", "cr\rhere", "esc\x1b[31mred", "plain.csv",
		"x\\", "\\\"", "'", "\"", NULL};
	for (int files = 0; files < 2; files++)
		for (int q = 0; q < 3; q++)
			for (int i = 0; names[i]; i++) {
				rr_completion c;
				memset(&c, 0, sizeof c);
				c.files = files;
				c.open_quote = "\0'\""[q];
				char *t = completion_text(&c, names[i], 1);
				assert_non_null(t);
				int argc;
				char **argv;
				assert_int_equal(0, cmd_split(t, &argc, &argv));
				assert_int_equal(1, argc);
				const char *w = argv[0];
				if (files && strncmp(w, "./", 2) == 0 && strcmp(w + 2, names[i]) == 0)
					w += 2;
				assert_string_equal(names[i], w);
				if (files)
					assert_true(argv[0][0] != '|' && argv[0][0] != '-');
				assert_null(strpbrk(t, "\n\r")); /* a line break ends the line */
				cmd_free_argv(argc, argv);
				free(t);
			}
}

/* What Tab puts in place of the word at the end of line (completion_insert), malloc'd. */
static char *tab(const rr_app *app, const char *line, int *done)
{
	rr_completion c;
	assert_int_equal(0, cmd_complete(app, line, strlen(line), &c));
	char *t = completion_insert(&c, done);
	completion_free(&c);
	assert_non_null(t);
	return t;
}

/* A customer id or stock code that starts with "--" (--17850, --X) would be read as an option:
 * Tab offers it when "--" is typed and writes it after the "--" that ends the options, which
 * cmd_parse reads back as that id; an option's value and a line past "--" take it as it is.
 * Typed as an option, the error says how to write it. */
static void test_complete_optlike_values(void **state)
{
	(void)state;
	rr_app app;
	tu_capture cap = {0};
	assert_int_equal(0, app_init(&app));
	tu_capture_install(&app.sink, &cap);
	char *path = tu_write_temp_str(
		"InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
		"1,--X,HEART,6,12/1/2010 8:26,2.55,--17850,United Kingdom\n"
		"1,A1,LANTERN,6,12/1/2010 8:26,3.39,--17850,United Kingdom\n"
		"2,A1,LANTERN,6,12/2/2010 8:26,3.39,12001,United Kingdom\n"
		"3,--X,HEART,2,12/3/2010 8:26,2.55,12001,United Kingdom\n"
		"3,A2,CANDLE,2,12/3/2010 8:26,1.55,12001,United Kingdom\n");
	char line[128];
	snprintf(line, sizeof line, "load %s", path ? path : "");
	assert_int_equal(0, cmd_exec(&app, line));
	tu_remove(path);
	ASSERT_CANDS(&app, "recommend --", "--17850 --owned");
	ASSERT_CANDS(&app, "recommend ", "--17850 12001");
	ASSERT_CANDS(&app, "together --", "--X --by --min-confidence --min-count --min-lift --user");
	static const struct {
		const char *typed, *put;
	} cases[] = {
		{"recommend --1", "-- --17850"},
		{"recommend \"--1", "-- \"--17850\""},
		{"together --X", "-- --X"},
		{"together --min-count 1 --X", "-- --X"},
		{"recommend -- --1", "--17850"},   /* past "--" already */
		{"together --user --1", "--17850"},   /* an option's value */
		{"recommend --ow", "--owned"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int fin;
		char *put = tab(&app, cases[i].typed, &fin);
		if (strcmp(put, cases[i].put) != 0)
			fail_msg("'%s': Tab put '%s', not '%s'", cases[i].typed, put, cases[i].put);
		assert_int_equal(1, fin);
		/* the line Tab leaves, read back: the id is the USER or ITEM argument */
		const char *typed = cases[i].typed, *sp = strrchr(typed, ' ');
		snprintf(line, sizeof line, "%.*s %s 2", (int)(sp - typed), typed, put);
		const char *want = strstr(put, "17850") ? "--17850" : "--X";
		free(put);
		if (strstr(line, "--owned"))
			continue;
		parsed p;
		if (parse(&p, line) != 0)
			fail_msg("'%s': %s", line, err_msg());
		const char *v = args_get(&p.a, p.a.cmd->args[0].name);
		if (strncmp(typed, "together --user", 15) == 0)
			v = args_get(&p.a, "--user");
		assert_string_equal(want, v);
		done(&p);
		assert_int_equal(0, cmd_exec(&app, line));
	}
	/* the value typed as an option: the error says how to pass it */
	assert_int_equal(-1, cmd_exec(&app, "recommend --17850 5 --owned"));
	if (!strstr(err_msg(), "unknown option '--17850'") ||
	    !strstr(err_msg(), "'--17850' is a customer id of the data: write it after --, which "
				"ends the options (they come before it): recommend -- --17850"))
		fail_msg("%s", err_msg());
	assert_int_equal(-1, cmd_exec(&app, "export audience --X --min-count 1"));
	if (!strstr(err_msg(), "'--X' is a stock code of the data") ||
	    !strstr(err_msg(), "export audience -- --X"))
		fail_msg("%s", err_msg());
	assert_int_equal(-1, cmd_exec(&app, "recommend --17851"));   /* no such id: no hint */
	assert_null(strstr(err_msg(), "of the data"));
	assert_int_equal(-1, cmd_exec(&app, "recommend 12001 --k=--17850"));   /* an option's */
	assert_null(strstr(err_msg(), "of the data"));
	assert_int_equal(0, cmd_exec(&app, "recommend --owned -- --17850 5"));
	app_free(&app);
	free(cap.buf);
}

/* No data loaded: kinds that need it offer nothing, the rest still work. */
static void test_complete_without_data(void **state)
{
	(void)state;
	rr_app a;
	assert_int_equal(0, app_init(&a));
	ASSERT_CANDS(&a, "recommend ", "");
	ASSERT_CANDS(&a, "together 1", "");
	ASSERT_CANDS(&a, "sh", "show");
	ASSERT_CANDS(NULL, "set sam", "sampling");
	app_free(&a);
}

static int by_text(const void *x, const void *y)
{
	return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* t78 F17: a value's closed set is offered from the table the parser checks it against: every
 * setting's (`set NAME <Tab>`: its words, or each whole number of a small range, variant's
 * 0..3, and nothing for dim's 1..1024), walked over settings.h's table; and filter
 * country's, the loaded rows' countries, written back quoted when they hold a blank. By hand:
 * the data's countries are United Kingdom, France and EIRE, and one row names none. */
static void test_complete_closed_sets(void **state)
{
	(void)state;
	rr_app a;
	assert_int_equal(0, app_init(&a));
	ASSERT_CANDS(&a, "set variant ", "0 1 2 3");
	ASSERT_CANDS(&a, "set variant 2", "2");
	ASSERT_CANDS(&a, "set dim ", "");
	for (int i = 0; rr_setting_defs[i].name; i++) {   /* as the completer lists: sorted */
		const rr_setting_def *d = &rr_setting_defs[i];
		char line[64], want[256] = "", nums[10][24];
		const char *v[32];
		size_t n = 0, k = 0;
		for (const char *const *w = d->words; w && *w && n < 32; w++)
			v[n++] = *w;
		for (long x = (long)d->lo; d->kind == RR_SK_INT && d->hi - d->lo < 10 && x <= d->hi; x++) {
			snprintf(nums[x - (long)d->lo], sizeof nums[0], "%ld", x);
			v[n++] = nums[x - (long)d->lo];
		}
		qsort(v, n, sizeof *v, by_text);
		for (size_t j = 0; j < n; j++)
			k += (size_t)snprintf(want + k, sizeof want - k, "%s%s", j ? " " : "", v[j]);
		snprintf(line, sizeof line, "set %s ", d->name);
		ASSERT_CANDS(&a, line, want);
	}
	ASSERT_CANDS(&a, "filter country ", "");   /* no data: no countries */
	char *path = tu_write_temp_str(
		"InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
		"1,85123A,HEART,6,12/1/2010 8:26,2.55,17850,United Kingdom\n"
		"2,71053,LANTERN,6,12/2/2010 8:26,3.39,12680,France\n"
		"3,22633,MITTENS,1,12/3/2010 9:26,1.85,14911,EIRE\n"
		"4,22633,MITTENS,1,12/3/2010 9:26,1.85,14912,\n");
	char line[256];
	snprintf(line, sizeof line, "load %s", path ? path : "");
	assert_int_equal(0, cmd_exec(&a, line));
	tu_remove(path);
	ASSERT_CANDS(&a, "filter country ", "EIRE France United Kingdom");
	ASSERT_CANDS(&a, "filter country Fr", "France");
	ASSERT_CANDS(&a, "filter country France U", "United Kingdom");
	ASSERT_CANDS(&a, "filter since ", "");
	int done;
	char *t = tab(&a, "filter country Un", &done);
	assert_string_equal("\"United Kingdom\"", t);
	free(t);
	snprintf(line, sizeof line, "filter country %s", "\"United Kingdom\" France");
	assert_int_equal(0, cmd_exec(&a, line));   /* what Tab offers, the parser takes */
	app_free(&a);
}

/* t61: a leading ':' is the prompt's command mark in every front end, and a front end names
 * a stopped command by its words and the file it writes (F2: "stopped: export" said
 * neither); the message of the command's run survives the naming */
static void test_line_start_and_describe(void **state)
{
	(void)state;
	assert_string_equal(cmd_line_start("  :  set dim 5"), "set dim 5");
	assert_string_equal(cmd_line_start(":q"), "q");
	assert_string_equal(cmd_line_start("show dim"), "show dim");
	assert_string_equal(cmd_line_start("::q"), ":q");   /* one mark, not any number */
	char name[64], file[256];
	err_set("recommender fit interrupted");
	cmd_describe("export recommendations '/tmp/r s.csv' 3", name, sizeof name, file,
		     sizeof file);
	assert_string_equal(name, "export recommendations");
	assert_string_equal(file, "/tmp/r s.csv");
	assert_string_equal(err_msg(), "recommender fit interrupted");
	cmd_describe(":audience 85123A 5", name, sizeof name, file, sizeof file);
	assert_string_equal(name, "audience");
	assert_string_equal(file, "");
	cmd_describe("export nosuch x.csv", name, sizeof name, file, sizeof file);
	assert_string_equal(name, "export");
	assert_string_equal(file, "");
	assert_string_equal(err_msg(), "recommender fit interrupted");
	err_clear();
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pipe_cmd),
		cmocka_unit_test(test_options_anywhere),
		cmocka_unit_test(test_parse_errors),
		cmocka_unit_test(test_subcommands),
		cmocka_unit_test(test_repeated_arguments),
		cmocka_unit_test(test_undeclared_names_abort),
		cmocka_unit_test_setup_teardown(test_complete_names, setup, teardown),
		cmocka_unit_test_setup_teardown(test_complete_values, setup, teardown),
		cmocka_unit_test_setup_teardown(test_complete_files, setup, teardown),
		cmocka_unit_test_setup_teardown(test_complete_files_only_where_declared, setup, teardown),
		cmocka_unit_test(test_complete_without_data),
		cmocka_unit_test(test_complete_closed_sets),
		cmocka_unit_test(test_completion_text_reads_back),
		cmocka_unit_test(test_complete_email_any_case),
		cmocka_unit_test(test_complete_optlike_values),
		cmocka_unit_test(test_line_start_and_describe),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
