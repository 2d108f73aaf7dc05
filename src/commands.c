/* commands.c — the command table (every command's arguments and options, declared once), the
 * line splitter, the dispatcher, the script runner, and the commands of the language itself:
 * source, help, quit. Parsing and checking a line against the table is cmd_args.c's. */
#include "cmd.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "afile.h"
#include "calendar.h"
#include "csvdate.h"
#include "custtop.h"
#include "err.h"
#include "euro.h"
#include "ingest.h"
#include "itemforms.h"
#include "lines.h"
#include "textesc.h"
#include "undo.h"
#include "util.h"


/* ==== the table ==== */

static const char *const on_off[] = {"on", "off", NULL};
static const char *const by_words[] = {"lift", "confidence", NULL};

/* Arguments several commands share, written once. */
#define ARG_FILE(what) {.name = "FILE", .kind = RR_A_FILE, .help = what}
#define ARG_OUT(what) {.name = "FILE", .kind = RR_A_FILE, .help = what, .flags = RR_ARG_WRITES}
#define ARG_K(what) \
	{.name = "K", .kind = RR_A_INT, .help = what, .lo = 1, .hi = 100000, \
	 .flags = RR_ARG_OPTIONAL, .def = "10"}
#define OPT_OWNED {.name = "--owned", .kind = RR_A_FLAG, \
		   .help = "include items the customer already bought"}
#define OPT_RAW {.name = "--raw", .kind = RR_A_FLAG, \
		 .help = "keep text cells exactly as they are (no ' before a cell a spreadsheet " \
			 "would run as a formula)"}
#define OPTS_RULE_FILTERS \
	{.name = "--min-count", .kind = RR_A_INT, .meta = "N", .lo = 1, .hi = 1000000000, \
	 .def = "20", .help = "keep the rules whose two items are bought together in at least N invoices"}, \
	{.name = "--min-confidence", .kind = RR_A_REAL, .meta = "C", .lo = 0, .hi = 1, .def = "0", \
	 .help = "keep the rules with a confidence (n_xy / n_x) of at least C"}, \
	{.name = "--min-lift", .kind = RR_A_REAL, .meta = "L", .lo = 0, .hi = HUGE_VAL, .def = "0", \
	 .help = "keep the rules with a lift of at least L"}
#define END {.name = NULL}

static const char *const sep_words[] = {",", ";", "tab", "|", NULL};
static const char *const decimal_words[] = {".", ",", NULL};
static const char *const encoding_words[] = {"latin1", "cp1252", "utf-16", "iso-8859-15", NULL};
static const char *const date_words[] = {"%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%Y-%m-%dT%H:%M:%S%z",
					 "%Y-%m", NULL};
static const rr_argspec load_args[] = {
	ARG_FILE("a CSV file of invoice lines, plain or gzip-compressed; - reads standard input, "
		 "and |COMMAND the output of a shell command"),
	END};
static const rr_argspec load_opts[] = {
	{.name = "--strict", .kind = RR_A_FLAG,
	 .help = "make the first unreadable row an error instead of rejecting it"},
	{.name = "--map", .kind = RR_A_MAP, .meta = "NAME=COL,...",
	 .help = "where each logical column is in a file with another header; COL is a header "
		 "name, a column number from 1, or - for none; A|B reads B where A is blank"},
	{.name = "--no-header", .kind = RR_A_FLAG,
	 .help = "the file has no header line: its first line is data, and --map gives the "
		 "columns by number"},
	{.name = "--sep", .kind = RR_A_WORD, .meta = "C", .choices = sep_words,
	 .help = "the field separator: one character, or tab (default: the most frequent of , ; "
		 "tab and | in the header line)"},
	{.name = "--decimal", .kind = RR_A_CHOICE, .choices = decimal_words,
	 .help = "the decimal mark of quantities and prices (default: a point; either when the "
		 "separator is not a comma, one for the whole file)"},
	{.name = "--date-format", .kind = RR_A_WORD, .meta = "FMT", .choices = date_words,
	 .help = "how dates are written, strftime-style with " DATEFMT_DIRECTIVES
		 ", or excel1904 for Excel's serial days of its 1904 date system (default: "
		 "detected from every row)"},
	{.name = "--calendar", .kind = RR_A_WORD, .meta = "NAME", .choices = calendar_read_words,
	 .help = "the calendar the dates are written in, their days converted to Gregorian ones "
		 "(relrec(1) says each one's rule); gregorian reads them as written (default: "
		 "Gregorian, but years 2400 to 2700 are read as the Thai Buddhist era's, with a "
		 "warning)"},
	{.name = "--month-language", .kind = RR_A_CHOICE, .meta = "LANG",
	 .choices = date_month_languages,
	 .help = "the language of the dates' month names where two languages read one name as "
		 "two months (hr: listopad is October; pl, cs: November) (default: the header's "
		 "words, else the column's other month names)"},
	{.name = "--encoding", .kind = RR_A_WORD, .meta = "NAME", .choices = encoding_words,
	 .help = "the file's character encoding, converted to UTF-8 through iconv (default: "
		 "UTF-8, or cp1252 when the first byte past ASCII cannot be UTF-8)"},
	{.name = "--purchase", .kind = RR_A_WORD, .meta = "EVENT,...", .choices = ingest_purchase_events,
	 .help = "in an event log, the events that are purchases, comma-separated, - for the "
		 "empty value (default: purchase, transaction, order, buy, sale, checkout and "
		 "their past forms)"},
	{.name = "--return", .kind = RR_A_WORD, .meta = "EVENT,...", .choices = ingest_return_events,
	 .help = "in an event log or a document-type column, the events that are returns (a "
		 "credit note, a refund), comma-separated, besides the known ones (refund, return, "
		 "credit_memo, credit_note, Gutschrift, avoir and the like): their quantity is read "
		 "as negative"},
	{.name = "--void", .kind = RR_A_WORD, .meta = "STATUS,...", .choices = ingest_void_statuses,
	 .help = "in a status column, the statuses of orders never bought (cancelled, voided), "
		 "comma-separated, besides the known ones: their rows are skipped; an event or "
		 "document-type column is still read, so credit notes stay returns"},
	{.name = "--keep-id", .kind = RR_A_WORD, .meta = "ID,...",
	 .help = "customer ids that are a customer's own though relrec reads them as naming "
		 "nobody (guest, Gast, Passant, 0 ...), comma-separated: read as customers"},
	{.name = "--strip-zeros", .kind = RR_A_WORD, .meta = "COLUMN,...",
	 .choices = ingest_zero_columns,
	 .help = "read the all-digit ids of these columns (user, item; comma-separated) without "
		 "their leading zeros, so 0000000101 and 101 are one customer (one extract wrote "
		 "them padded, another not; default: ids as written)"},
	{.name = "--latin-lookalikes", .kind = RR_A_FLAG,
	 .help = "read a customer or item id that mixes Cyrillic or Greek letters looking like "
		 "Latin ones with Latin letters or digits (AB-100 typed with the Russian layout on) "
		 "as the id of the file it then spells; default: as written, with a warning"},
	{.name = "--item-forms", .kind = RR_A_WORD, .meta = "FORM,...", .choices = itemforms_words,
	 .help = "read item codes of these forms (comma-separated) as the product's code: scale, "
		 "a scale label's in-store EAN-13 (prefix 20-29, a price or weight in its last "
		 "digits) as its first 7 digits, or the PLU they name; isbn, an ISBN-10 as its "
		 "ISBN-13; ndc, a 10-digit NDC as its 11-digit 5-4-2 form; the last two only when "
		 "the column holds that form (default: as written, with a warning)"},
	{.name = "--convert-currency", .kind = RR_A_WORD, .meta = "CODE",
	 .choices = euro_change_codes,   /* offered; the load reads any case (euro_change_of) */
	 .help = "the money the euro replaced that the rows dated before its changeover are in "
		 "(HRK: before 2023-01-01; DEM, FRF, ITL...: before 2002-01-01): their prices are divided by its legal fixed rate, so "
		 "the whole file is in euro (relrec(1) lists each code's day and rate; default: as "
		 "written, with a warning when every item's price changes by such a rate on its "
		 "day)"},
	END};
/* after codes, VALUE is a list of codes, never on or off (t78 F7: Tab offered them, and
 * `clean codes on` made "on" the whole non-product list) */
static const rr_arg_after clean_value_kinds[] = {{"codes", RR_A_WORD}, {NULL, RR_A_WORD}};
static const rr_argspec clean_args[] = {
	{.name = "RULE", .kind = RR_A_CHOICE, .choices = clean_words,
	 .flags = RR_ARG_OPTIONAL | RR_ARG_REPEAT, .help = "a cleaning rule, or codes"},
	{.name = "VALUE", .kind = RR_A_WORD, .choices = on_off, .after = clean_value_kinds,
	 .flags = RR_ARG_OPTIONAL | RR_ARG_REPEAT,
	 .help = "on or off for a rule; for codes, the non-product stock codes, comma-separated "
		 "(a trailing * matches a prefix)"},
	END};
/* drop-customers, not customers-out or except-customers: it reads as what it does beside
 * customers (keep these) and completes from its first letter, where a word starting
 * customers... would make customers itself ambiguous to Tab; not exclude-...: exclude items
 * is a business rule on offers, which drops no row. */
static const char *const filter_words[] = {"country", "since", "until", "customers",
					  "drop-customers", "clear", NULL};
/* what Tab offers for VALUE after these words (the days: none) */
static const rr_arg_after filter_value_kinds[] = {
	{"country", RR_A_COUNTRY}, {"customers", RR_A_FILE}, {"drop-customers", RR_A_USER},
	{NULL, RR_A_WORD}};
static const rr_argspec filter_args[] = {
	{.name = "WHAT", .kind = RR_A_CHOICE, .choices = filter_words, .flags = RR_ARG_OPTIONAL,
	 .help = "country, since, until, customers, drop-customers, or clear (every filter)"},
	{.name = "VALUE", .kind = RR_A_WORD, .flags = RR_ARG_OPTIONAL | RR_ARG_REPEAT,
	 .help = "country names (quoted when they hold blanks), a day YYYY-MM-DD, a file of "
		 "customer ids, one a line, or the customer ids to drop",
	 .after = filter_value_kinds},
	END};
static const rr_argspec filter_opts[] = {
	{.name = "--file", .kind = RR_A_FILE, .meta = "FILE", .with = "drop-customers",
	 .help = "with drop-customers: a file of customer ids to drop, one a line (the column its "
		 "header names customer or as the data does, else its first field; # starts a "
		 "comment)"},
	END};
static const rr_argspec train_opts[] = {
	{.name = "--stopped-at", .kind = RR_A_WORD, .meta = "EPOCH[:BATCH]",
	 .help = "stop where a key stopped the run a journal recorded: after batch BATCH of epoch "
		 "EPOCH, or after epoch EPOCH's validation (a journal writes it; replayed, the run "
		 "is the same; a point it cannot reach is refused)"},
	END};
/* t44 #12: the biggest customers, to find the wholesale accounts filter drop-customers leaves
 * out; the keys are custtop.h's */
#define OPT_CUST_BY {.name = "--by", .kind = RR_A_CHOICE, .choices = rr_cust_keys, \
		     .def = "spend", .help = "what the customers are sorted by, largest first " \
		     "(spend: quantity when the data has no price column)"}
static const rr_argspec customers_args[] = {ARG_K("how many customers"), END};
static const rr_argspec customers_opts[] = {OPT_CUST_BY, END};
static const rr_argspec export_cust_args[] = {
	ARG_OUT("the CSV file to write"),
	{.name = "K", .kind = RR_A_INT, .lo = 1, .hi = 1000000000, .flags = RR_ARG_OPTIONAL,
	 .def = "every customer", .help = "how many customers"},
	END};
static const rr_argspec export_cust_opts[] = {OPT_CUST_BY, OPT_RAW, END};
static const rr_argspec stats_opts[] = {
	{.name = "--hist", .kind = RR_A_FLAG, .help = "add the histogram of order counts"}, END};
static const rr_argspec bins_args[] = {
	{.name = "EDGE", .kind = RR_A_INT, .lo = 1, .hi = 1000000,
	 .flags = RR_ARG_OPTIONAL | RR_ARG_REPEAT,
	 .help = "the largest order count of a class; 1 to 5 increasing edges"},
	END};
static const rr_argspec set_args[] = {
	{.name = "NAME", .kind = RR_A_SETTING, .help = "the setting to change"},
	{.name = "VALUE", .kind = RR_A_SETVALUE, .help = "its new value"},
	END};
static const rr_argspec show_args[] = {
	{.name = "NAME", .kind = RR_A_SETTING, .flags = RR_ARG_OPTIONAL, .help = "one setting only"},
	END};
static const rr_argspec recommend_args[] = {
	{.name = "USER", .kind = RR_A_USER, .help = "a customer id"},
	ARG_K("how many items"), END};
static const rr_argspec recommend_opts[] = {OPT_OWNED, END};
static const rr_argspec together_args[] = {
	{.name = "ITEM", .kind = RR_A_ITEM, .help = "a stock code: the rules from it to other items"},
	ARG_K("how many rules"), END};
static const rr_argspec together_opts[] = {
	OPTS_RULE_FILTERS,
	{.name = "--by", .kind = RR_A_CHOICE, .choices = by_words, .def = "lift",
	 .help = "what the rules are sorted by"},
	{.name = "--user", .kind = RR_A_USER, .meta = "USER", .flags = RR_ARG_INSTEAD,
	 .help = "instead of ITEM: the best rule towards each item the customer never bought"},
	END};
static const rr_argspec ranking_opts[] = {
	{.name = "--cutoff", .kind = RR_A_DATE, .meta = "YYYY-MM-DD", .def = "from the data",
	 .help = "rows before this day train, rows from it on test"},
	{.name = "--k", .kind = RR_A_INT, .meta = "K", .lo = 1, .hi = 1000, .def = "10 and 20",
	 .help = "the one rank the metrics are cut at, instead of 10 and 20"},
	{.name = "--horizon", .kind = RR_A_INT, .meta = "DAYS", .lo = 1, .hi = 3650,
	 .def = "every day after the cutoff",
	 .help = "only the purchases of the DAYS days from the cutoff test (92: the score's own)"},
	END};
#define ARG_DAYS(what) \
	{.name = "DAYS", .kind = RR_A_INT, .lo = 1, .hi = 365, .flags = RR_ARG_OPTIONAL, \
	 .def = "30", .help = what}
static const rr_argspec eval_due_args[] = {
	{.name = "DAYS", .kind = RR_A_INT, .lo = 1, .hi = 365,
	 .help = "the window after the cutoff a re-order must fall in"},
	END};
static const rr_argspec eval_due_opts[] = {
	{.name = "--cutoff", .kind = RR_A_DATE, .meta = "YYYY-MM-DD", .def = "from the data",
	 .help = "rows before this day are the history, the DAYS days from it the test"},
	{.name = "--k", .kind = RR_A_INT, .meta = "K", .lo = 1, .hi = 10000000,
	 .def = "100 and 1000", .help = "the length of the list the metrics are taken at"},
	END};
#define OPT_MIN_BUYERS(what) \
	{.name = "--min-buyers", .kind = RR_A_INT, .meta = "N", .lo = 1, .hi = 1000000000, \
	 .def = "20", .help = what}
static const rr_argspec eval_aud_opts[] = {
	{.name = "--cutoff", .kind = RR_A_DATE, .meta = "YYYY-MM-DD", .def = "from the data",
	 .help = "rows before this day train, rows from it on test"},
	{.name = "--k", .kind = RR_A_INT, .meta = "K", .lo = 1, .hi = 1000, .def = "10 and 20",
	 .help = "the one length of the audiences the metrics are cut at, instead of 10 and 20"},
	OPT_MIN_BUYERS("evaluate the items bought by at least N evaluated customers after the cutoff"),
	END};
static const rr_cmd evaluate_subs[] = {
	{"ranking", "temporal ranking evaluation against baselines", cmd_evaluate_ranking, 0, NULL,
	 ranking_opts, NULL, "evaluate ranking --cutoff 2011-09-01 --k 10"},
	{"audience", "audiences: NDCG of each item's audience after a cutoff, against three baselines",
	 cmd_evaluate_audience, 0, NULL, eval_aud_opts, NULL, "evaluate audience --k 20 --min-buyers 30"},
	{"due", "buy-again timing: precision and recall of the due list after a cutoff, against the overdue rule",
	 cmd_evaluate_due, 0, eval_due_args, eval_due_opts, NULL, "evaluate due 30 --k 500"},
	{NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL},
};
static const char *const use_words[] = {"use", NULL};
static const rr_argspec runs_args[] = {
	{.name = "ACTION", .kind = RR_A_CHOICE, .choices = use_words, .flags = RR_ARG_OPTIONAL,
	 .help = "use: make run N current again (its model, settings and bins)"},
	{.name = "N", .kind = RR_A_INT, .lo = 1, .hi = 1000000000,
	 .flags = RR_ARG_OPTIONAL | RR_ARG_ID, .help = "the run's number in the runs table"},
	END};
static const rr_argspec save_args[] = {ARG_OUT("the model file to write"), END};
static const rr_argspec open_args[] = {ARG_FILE("a model file written by save"), END};
static const rr_argspec csv_args[] = {ARG_OUT("the CSV file to write"), END};
static const rr_argspec export_rec_args[] = {
	ARG_OUT("the CSV file to write"), ARG_K("how many items for each customer"), END};
static const rr_argspec export_rec_opts[] = {OPT_OWNED, OPT_RAW, END};
static const rr_argspec export_rules_opts[] = {OPTS_RULE_FILTERS, OPT_RAW, END};
static const rr_argspec export_raw_opts[] = {OPT_RAW, END};
static const rr_argspec export_due_args[] = {
	ARG_OUT("the CSV file to write"), ARG_DAYS("the window of days"),
	{.name = "K", .kind = RR_A_INT, .lo = 1, .hi = 10000000, .flags = RR_ARG_OPTIONAL,
	 .def = "1000", .help = "how many pairs"},
	END};
static const char *const chart_words[] = {"loss", "labels", "confusion", NULL};
static const rr_argspec export_chart_args[] = {
	{.name = "WHAT", .kind = RR_A_CHOICE, .choices = chart_words,
	 .help = "loss: the last training run's loss curves; labels: the order-count histogram "
		 "with the bin edges; confusion: the model's confusion matrix on the test split"},
	ARG_OUT("the file to write, FILE.png or FILE.svg"), END};
static const rr_argspec audience_args[] = {
	{.name = "ITEM", .kind = RR_A_ITEM, .help = "a stock code"},
	ARG_K("how many customers"), END};
static const rr_argspec why_args[] = {
	{.name = "USER", .kind = RR_A_USER, .help = "a customer id"},
	{.name = "ITEM", .kind = RR_A_ITEM, .help = "a stock code"},
	END};
static const rr_argspec audience_opts[] = {
	{.name = "--new-only", .kind = RR_A_FLAG, .help = "only customers who never bought the item"},
	END};
/* export audience's word for every popular item, beside the stock codes */
static const char *const all_items_words[] = {"all", NULL};
static const rr_argspec export_aud_args[] = {
	{.name = "ITEM", .kind = RR_A_ITEM, .choices = all_items_words,
	 .help = "a stock code, or all: every item bought by at least --min-buyers customers"},
	ARG_OUT("the CSV file to write"), ARG_K("how many customers for each item"), END};
static const rr_argspec export_aud_opts[] = {
	{.name = "--new-only", .kind = RR_A_FLAG, .help = "only customers who never bought the item"},
	{.name = "--min-buyers", .kind = RR_A_INT, .meta = "N", .lo = 1, .hi = 1000000000,
	 .def = "20", .with = "all", .help = "with all: the items bought by at least N customers"},
	OPT_RAW, END};
static const rr_cmd export_subs[] = {
	{"recommendations", "every customer's top-K recommendations as CSV",
	 cmd_export_recommendations, RR_CMD_NEEDS_DATA, export_rec_args, export_rec_opts, NULL,
	 "export recommendations recs.csv 20"},
	{"rules", "the pair rules of together, in both directions, as CSV", cmd_export_rules,
	 RR_CMD_NEEDS_DATA, csv_args, export_rules_opts, NULL, "export rules rules.csv --min-count 50"},
	{"report", "the classification report and confusion matrix as CSV", cmd_export_report,
	 RR_CMD_NEEDS_MODEL, csv_args, export_raw_opts, NULL, "export report report.csv"},
	{"runs", "the session's training runs, with every setting, as CSV", cmd_export_runs, 0,
	 csv_args, export_raw_opts, NULL, "export runs runs.csv"},
	{"evaluation", "the last evaluate ranking's table, with every figure, as CSV",
	 cmd_export_evaluation, RR_CMD_NEEDS_DATA, csv_args, export_raw_opts, NULL,
	 "export evaluation evaluation.csv"},
	{"audience", "an item's audience (or every popular item's) as CSV, with scores and reasons",
	 cmd_export_audience, RR_CMD_NEEDS_DATA, export_aud_args, export_aud_opts, NULL,
	 "export audience 85123A aud.csv 50"},
	{"customers", "the biggest customers as CSV, with their invoices, items, quantity, spend and dates",
	 cmd_export_customers, RR_CMD_NEEDS_DATA, export_cust_args, export_cust_opts, NULL,
	 "export customers customers.csv --by quantity"},
	{"chart", "a chart for slides as PNG or SVG: loss curves, label histogram or confusion matrix",
	 cmd_export_chart, 0, export_chart_args, NULL, NULL, "export chart loss loss.png"},
	{"due", "the pairs most likely re-ordered within DAYS days as CSV, with their cadence",
	 cmd_export_due, RR_CMD_NEEDS_DATA, export_due_args, export_raw_opts, NULL, "export due due.csv 30 500"},
	{NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL},
};
static const rr_argspec due_args[] = {
	ARG_DAYS("the window of days a re-order must fall in"),
	{.name = "K", .kind = RR_A_INT, .lo = 1, .hi = 100000, .flags = RR_ARG_OPTIONAL,
	 .def = "20", .help = "how many pairs"},
	END};
static const rr_argspec rule_codes_args[] = {
	{.name = "CODE", .kind = RR_A_ITEM, .flags = RR_ARG_OPTIONAL | RR_ARG_REPEAT,
	 .help = "a stock code"},
	END};
static const rr_argspec rule_file_opts[] = {
	{.name = "--file", .kind = RR_A_FILE, .meta = "FILE",
	 .help = "a file of stock codes, one a line (the column its header names stock_code or "
		 "as the data does, else its first field; # starts a comment)"},
	END};
static const rr_cmd exclude_subs[] = {
	{"items", "never offer these items: recommend, audience, due, together, the exports and the workbench leave them out",
	 cmd_exclude_items, 0, rule_codes_args, rule_file_opts, NULL, "exclude items 85123A 22423"},
	{"clear", "drop every business rule (the exclusions and the only list)", cmd_exclude_clear, 0,
	 NULL, NULL, NULL, "exclude clear"},
	{NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL},
};
static const rr_cmd only_subs[] = {
	{"items", "offer only these items (what is in stock); replaces the previous only list",
	 cmd_only_items, 0, rule_codes_args, rule_file_opts, NULL, "only items --file stock.txt"},
	{NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL},
};
static const rr_argspec gen_args[] = {
	ARG_OUT("the file to write (gzip-compressed when the name ends in .gz)"),
	{.name = "ROWS", .kind = RR_A_INT, .lo = 1, .hi = 1000000000, .help = "how many data rows"},
	END};
static const rr_argspec gen_opts[] = {
	/* the seed setting's range (t40 #11: 2^63-1 here, 2^64-1 there); help, the man page and
	 * relrec gen say it (t26 F8: help said only "at least 0") */
	{.name = "--seed", .kind = RR_A_SEED, .meta = "S", .def = "1",
	 .help = "the random seed: the same seed writes the same file"},
	END};
static const rr_argspec source_args[] = {ARG_FILE("a script: one command a line"), END};
static const rr_argspec journal_args[] = {ARG_OUT("the journal: a new file, or a script to "
						   "append to"), END};
static const rr_argspec help_args[] = {
	{.name = "COMMAND", .kind = RR_A_COMMAND, .flags = RR_ARG_OPTIONAL,
	 .help = "a command (or a setting) to describe"},
	{.name = "SUBCOMMAND", .kind = RR_A_SUBCOMMAND, .flags = RR_ARG_OPTIONAL,
	 .help = "one of its subcommands only"},
	END};

/* The command that brings a session back to a fresh start: in the table, and written before a
 * session's first line in a journal that earlier sessions wrote (journal_line). */
static const char reset_word[] = "reset";

const rr_cmd rr_cmds[] = {
	{"load", "read transactions from a CSV or .csv.gz file", cmd_load, 0, load_args, load_opts,
	 NULL, "load data/online_retail.csv.gz"},
	{"clean", "show or switch cleaning rules (customer, cancelled, price, nonproduct, date, returns, casefold); re-derives everything",
	 cmd_clean, RR_CMD_UNDO, clean_args, NULL, NULL, "clean price off returns on"},
	{"filter", "list or set the row filters (country, time window, customers kept or dropped); re-derives everything",
	 cmd_filter, RR_CMD_UNDO, filter_args, filter_opts, NULL, "filter country \"United Kingdom\""},
	{"stats", "rows read, kept and rejected by reason; customers, items, invoices, pairs",
	 cmd_stats, RR_CMD_NEEDS_DATA, NULL, stats_opts, NULL, "stats --hist"},
	{"customers", "the biggest customers after the filters: invoices, items, quantity, spend, first and last purchase, country",
	 cmd_customers, RR_CMD_NEEDS_DATA, customers_args, customers_opts, NULL,
	 "customers 20 --by quantity"},
	{"bins", "set label edges (inclusive upper bounds); print class counts and shares", cmd_bins,
	 RR_CMD_UNDO, bins_args, NULL, NULL, "bins 2 5"},
	{"set", "set a hyperparameter (see show)", cmd_set, RR_CMD_UNDO, set_args, NULL, NULL,
	 "set hidden 128,64"},
	{"undo", "reverse the last set, bins, clean, filter, runs use or open step (one step each time)", cmd_undo, 0,
	 NULL, NULL, NULL, "undo"},
	{"show", "current settings", cmd_show, 0, show_args, NULL, NULL, "show lr"},
	{"train", "train the relevance model with the current settings", cmd_train,
	 RR_CMD_NEEDS_DATA, NULL, train_opts, NULL, "train"},
	{"report", "classification report and confusion matrix on the test split", cmd_report,
	 RR_CMD_NEEDS_MODEL, NULL, NULL, NULL, "report"},
	{"runs", "the session's training runs side by side; * marks the current model",
	 cmd_runs, RR_CMD_UNDO | RR_CMD_MODEL_STEP, runs_args, NULL, NULL, "runs use 2"},
	{"recommend", "top-K items for a customer (default K 10)", cmd_recommend, RR_CMD_NEEDS_DATA,
	 recommend_args, recommend_opts, NULL, "recommend 17850 5 --owned"},
	{"together", "items commonly bought together: pair rules with support, confidence and lift",
	 cmd_together, RR_CMD_NEEDS_DATA, together_args, together_opts, NULL,
	 "together 85123A 5 --by confidence"},
	{"audience", "the K customers most likely to buy ITEM next period, from the recommender's scores",
	 cmd_audience, RR_CMD_NEEDS_DATA, audience_args, audience_opts, NULL, "audience 85123A 20 --new-only"},
	{"why", "the full breakdown of a recommendation's score: each feature's part in the re-ranker",
	 cmd_why, RR_CMD_NEEDS_DATA, why_args, NULL, NULL, "why 17850 23439"},
	{"due", "customer-item pairs likely to be re-ordered within DAYS days, from their purchase cadence",
	 cmd_due, RR_CMD_NEEDS_DATA, due_args, NULL, NULL, "due 30 20"},
	{"exclude", "business rules: items never to offer", NULL, 0, NULL, NULL, exclude_subs,
	 "exclude items 85123A 22423"},
	{"only", "business rules: the only items to offer", NULL, 0, NULL, NULL, only_subs,
	 "only items --file stock.txt"},
	{"evaluate", "evaluate the recommender against baselines on a temporal split", NULL,
	 RR_CMD_NEEDS_DATA, NULL, NULL, evaluate_subs, "evaluate ranking --cutoff 2011-09-01"},
	{"save", "write the model to a file", cmd_save, RR_CMD_NEEDS_MODEL, save_args, NULL, NULL,
	 "save model.rrm"},
	{"open", "read a model file; its settings and bins become the session's", cmd_open,
	 RR_CMD_UNDO | RR_CMD_MODEL_STEP, open_args, NULL, NULL, "open model.rrm"},
	{"export", "write recommendations, audiences, due lists, rules, the report, the runs, the evaluation or the biggest customers as CSV, or a chart", NULL, 0,
	 NULL, NULL, export_subs, "export runs runs.csv"},
	{"gen", "write a synthetic transaction file (same schema, realistic skew)", cmd_gen, 0,
	 gen_args, gen_opts, NULL, "gen big.csv.gz 1000000 --seed 7"},
	{reset_word, "start afresh, as relrec starts: no data, runs, model, undo steps or business rules; the default settings, bins, cleaning rules and filters",
	 cmd_reset, 0, NULL, NULL, NULL, "reset"},
	{"source", "run a script of commands", cmd_source, RR_CMD_NO_JOURNAL, source_args, NULL,
	 NULL, "source session.rr"},
	{"journal", "write this session's commands so far to a file, and append the next ones (as --journal FILE)",
	 cmd_journal, RR_CMD_NO_JOURNAL, journal_args, NULL, NULL, "journal session.rr"},
	{"help", "list commands, or describe one", cmd_help, RR_CMD_NO_JOURNAL, help_args, NULL,
	 NULL, "help recommend"},
	{"quit", "leave relrec", cmd_quit, RR_CMD_NO_JOURNAL, NULL, NULL, NULL, "quit"},
	{NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL},
};

/* What newcomers type from other tools (vi, shells, psql): the same everywhere. */
const rr_alias rr_aliases[] = {
	{"q", "quit"}, {"exit", "quit"}, {"\\q", "quit"},
	{NULL, NULL},
};

const rr_cmd *cmd_find(const char *name)
{
	for (const rr_cmd *c = rr_cmds; c->name; c++)
		if (strcmp(c->name, name) == 0)
			return c;
	for (const rr_alias *a = rr_aliases; a->alias; a++)
		if (strcmp(a->alias, name) == 0)
			return cmd_find(a->name);
	return NULL;
}

const rr_cmd *cmd_find_sub(const rr_cmd *c, const char *word)
{
	for (const rr_cmd *s = c ? c->subs : NULL; s && s->name; s++)
		if (strcmp(s->name, word) == 0)
			return s;
	return NULL;
}

void cmd_free_argv(int argc, char **argv)
{
	if (!argv)
		return;
	for (int i = 0; i < argc; i++)
		free(argv[i]);
	free(argv);
}

int cmd_split(const char *line, int *argc_out, char ***argv_out)
{
	int argc = 0, cap = 8;
	char **argv = malloc((size_t)cap * sizeof *argv);
	size_t len = strlen(line);
	char *word = malloc(len + 1);
	if (!argv || !word) {
		free(argv);
		free(word);
		return err_set("out of memory");
	}
	const char *p = line;
	for (;;) {
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			p++;
		if (!*p || *p == '#')
			break;
		size_t n = 0;
		while (*p && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r') {
			if (*p == '\'' || *p == '"') {
				char q = *p++;
				while (*p && *p != q) {
					if (q == '"') {   /* never more bytes than it reads */
						size_t k;
						p += rr_dq_get(p, word + n, &k);
						n += k;
					} else
						word[n++] = *p++;
				}
				if (*p != q) {
					cmd_free_argv(argc, argv);
					free(word);
					return err_set("unterminated %s quote", q == '"' ? "double" : "single");
				}
				p++;
			} else {
				word[n++] = *p++;
			}
		}
		if (argc + 1 >= cap) {
			cap *= 2;
			char **na = realloc(argv, (size_t)cap * sizeof *na);
			if (!na) {
				cmd_free_argv(argc, argv);
				free(word);
				return err_set("out of memory");
			}
			argv = na;
		}
		argv[argc] = malloc(n + 1);
		if (!argv[argc]) {
			cmd_free_argv(argc, argv);
			free(word);
			return err_set("out of memory");
		}
		memcpy(argv[argc], word, n);
		argv[argc++][n] = '\0';
	}
	free(word);
	argv[argc] = NULL;
	*argc_out = argc;
	*argv_out = argv;
	return 0;
}

/* Is the journal still the file at its path? Another process may have renamed an output over
 * it or removed it, and lines appended to the unlinked file reach nobody. */
static int journal_in_place(const rr_app *app)
{
	struct stat a, b;
	if (!app->journal_path)
		return 1;   /* nothing to look it up by */
	return fstat(fileno(app->journal), &a) == 0 && a.st_nlink > 0 &&
	       stat(app->journal_path, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/* The error of a command whose journal line is not written: it ran, so say that it took
 * effect (a user who reads only "cannot write" would run it again, or assume the old value). */
static int journal_error(const char *cmd, size_t n, const char *why)
{
	return err_set("'%.*s%s' took effect, but was not journaled: %s (the journal no longer "
		       "replays this session)", n > 60 ? 60 : (int)n, cmd, n > 60 ? "..." : "", why);
}

/* Write buf to fd whole, or the errno of the failure (a short write is followed by one
 * more, which says why: ENOSPC, EFBIG). */
static int write_all(int fd, const char *buf, size_t n)
{
	while (n) {
		ssize_t w = write(fd, buf, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return w < 0 ? errno : EIO;
		buf += w;
		n -= (size_t)w;
	}
	return 0;
}

/* Is the journal, open at fd, the data file this session loads (relrec -j sales.csv
 * sales.csv)? 0, or -1 with err_set. "-" and "|cmd" are no file. */
static int journal_not_data(int fd, const char *path, const char *data)
{
	struct stat j, d;
	if (!data || strcmp(data, "-") == 0 || afile_names_command(data) || stat(data, &d) != 0 ||
	    fstat(fd, &j) != 0 || j.st_dev != d.st_dev || j.st_ino != d.st_ino)
		return 0;
	return err_set("cannot append to '%s': it is the data file this session loads: name a new "
		       "file for the journal (--journal session.rr)", path);
}

/* The journal may not be where standard output or error goes (relrec -j J > J): the output
 * would write over its lines, or mix with them (t22). 0, or -1 with err_set. */
static int journal_not_std(int fd, const char *path)
{
	static const char *const name[3] = {NULL, "standard output", "standard error"};
	struct stat js, st;
	if (fstat(fd, &js) != 0)
		return 0;
	for (int k = 1; k <= 2; k++)
		if (fstat(k, &st) == 0 && st.st_dev == js.st_dev && st.st_ino == js.st_ino)
			return err_set("cannot append to '%s': it is where this session's %s goes, "
				       "which would write over its lines: name another file for one of "
				       "them", path, name[k]);
	return 0;
}

int cmd_journal_open(rr_app *app, const char *path, const char *data)
{
	FILE *j = afile_append(path, 0666);
	/* locked first: the checks and the line end below are for this session alone */
	if (j && (afile_lock_journal(fileno(j), path) != 0 || journal_not_std(fileno(j), path) != 0 ||
		  journal_not_data(fileno(j), path, data) != 0 ||
		  cmd_journal_check(fileno(j), path) != 0 ||
		  cmd_journal_end_line(fileno(j), path) != 0)) {
		fclose(j);
		return -1;
	}
	if (!j)
		return -1;
	char *p = strdup(path);
	if (!p) {
		fclose(j);
		return err_set("out of memory");
	}
	app->journal = j;
	free(app->journal_path);
	app->journal_path = p;
	/* an earlier session's lines: this one's replay starts afresh, as it does (journal_line) */
	struct stat st;
	app->journal_reset = fstat(fileno(j), &st) == 0 && st.st_size > 0;
	/* a save or export onto it would swap the file for its output, and later lines would go
	 * to the unlinked old one */
	char what[1100];
	snprintf(what, sizeof what, "this session's journal ('%s')", path);
	afile_protect(fileno(j), what);
	return 0;
}

/* Keep the line (n bytes), journaled or not, for `journal FILE` (app->said): the session's
 * whole record, so that a journal begun after another was let go (replaced, removed, a
 * failed write) still starts where the session did. Grown by doubling: a long replay's
 * lines are kept in linear time. */
static void said_keep(rr_app *app, const char *p, size_t n)
{
	if (app->said_lost)
		return;
	if (app->said_len + n + 1 > app->said_cap) {
		size_t cap = app->said_cap ? app->said_cap : 4096;
		while (cap < app->said_len + n + 1)
			cap *= 2;
		char *b = realloc(app->said, cap);
		if (!b) {
			app->said_lost = 1;   /* journal says the record is not whole */
			return;
		}
		app->said = b;
		app->said_cap = cap;
	}
	memcpy(app->said + app->said_len, p, n);
	app->said[app->said_len + n] = '\n';
	app->said_len += n + 1;
}

/* The journal let go (replaced, removed, not writable): its guard dropped with it, for its
 * inode, once closed, may pass to a new file (the next journal's, which the guard refused as
 * "this session's journal"). */
static void journal_let_go(rr_app *app)
{
	afile_unprotect(fileno(app->journal));
	fclose(app->journal);
	app->journal = NULL;
}

/* Append the line to the journal. A journal that cannot be written is an error of the
 * command (its effect stays): a session whose record silently stopped cannot be replayed.
 * The line goes in one write(2) on the O_APPEND descriptor, never through stdio's buffer,
 * which cut a long line into several writes that another writer could come between; a
 * write that fails part way is cut back off (ftruncate), so no partial command is left to
 * replay as another (`set epochs 2` for `set epochs 20`) or to glue the next line onto.
 * 0, or -1 with err_set. */
static int journal_line(rr_app *app, const char *line)
{
	const char *p = line;
	while (*p == ' ' || *p == '\t')
		p++;
	size_t n = strlen(p);
	while (n && (p[n - 1] == '\n' || p[n - 1] == '\r' || p[n - 1] == ' '))
		n--;
	said_keep(app, p, n);
	if (!app->journal)
		return 0;
	const char *path = app->journal_path ? app->journal_path : "?";
	char why[1100];
	if (!journal_in_place(app)) {
		/* said once: the journal is let go, and later commands are not errors for it */
		snprintf(why, sizeof why, "the journal '%s' was replaced or removed (by another "
			 "program?), and later commands are not journaled either; journal FILE "
			 "writes the whole session to a new one", path);
		journal_let_go(app);
		return journal_error(p, n, why);
	}
	/* an earlier session's lines come first: this one replays from a fresh start, not on top
	 * of the state they left (t26: its rules, settings, runs and undo steps) */
	size_t r = app->journal_reset ? sizeof reset_word : 0;
	char *buf = malloc(r + n + 1);
	if (!buf)
		return journal_error(p, n, "out of memory");
	if (r) {
		memcpy(buf, reset_word, r - 1);
		buf[r - 1] = '\n';
	}
	memcpy(buf + r, p, n);
	buf[r + n] = '\n';
	int fd = fileno(app->journal);
	off_t before = lseek(fd, 0, SEEK_END);   /* O_APPEND writes here: the session holds the lock */
	int e = write_all(fd, buf, r + n + 1);
	free(buf);
	if (e == 0) {
		app->journal_reset = 0;
		return 0;
	}
	if (before >= 0)
		while (ftruncate(fd, before) != 0 && errno == EINTR)
			;
	/* let go, as for a replaced journal: lines journaled after a lost one would replay as a
	 * session that never was (t22: a gap, replayed without error) */
	snprintf(why, sizeof why, "cannot write the journal '%s': %s, and later commands are not "
		 "journaled either; journal FILE writes the whole session to a new one", path,
		 strerror(e));
	journal_let_go(app);
	return journal_error(p, n, why);
}

/* A warning the command left (err_note), shown after its output. */
static void show_note(rr_app *app)
{
	const char *note = err_take_note();
	if (note) {
		char msg[1100];
		snprintf(msg, sizeof msg, "warning: %s", note);
		sink_error(&app->sink, msg);
	}
}

/* cmd_exec's body; journal = 0 for a front end's own look (cmd_exec_unjournaled). */
/* Whether v, the value of s in a's command, is a file the command reads (not "-" nor
 * "|cmd"). */
static int reads_file(const rr_args *a, const rr_argspec *s, const char *v)
{
	if (!v || !*v || strcmp(v, "-") == 0)
		return 0;
	if (s->kind == RR_A_FILE)
		return !(s->flags & RR_ARG_WRITES);
	const char *what = a->cmd->fn == cmd_filter ? args_get(a, "WHAT") : NULL;
	return what && strcmp(what, "customers") == 0 && strcmp(s->name, "VALUE") == 0;
}

/* v as an absolute path, malloc'd, or NULL: the file's real path, its '.' and '..' gone, so a
 * replay does not need the directories a '..' passed through (t44 #12: "/tmp/t44/relrec/../
 * t40repro/small.csv" replayed only while relrec/ was there); the current directory before v
 * when it cannot be resolved (gone since the command read it). NULL too, for the name as
 * typed, when the absolute one is PATH_MAX bytes or more: no replay could open it (t47 F2:
 * in a directory deeper than PATH_MAX the journal held 4.8 KB names, "File name too long"),
 * while the name as typed still opens from where the session ran. */
static char *absolute(const char *v)
{
	char *real = realpath(v, NULL);
	if (real)
		return real;
	char *cwd = getcwd(NULL, 0), *p = cwd ? malloc(strlen(cwd) + strlen(v) + 2) : NULL;
	if (p)
		sprintf(p, "%s%s%s", cwd, cwd[strlen(cwd) - 1] == '/' ? "" : "/", v);
	free(cwd);
	if (p && strlen(p) >= PATH_MAX) {
		free(p);
		return NULL;
	}
	return p;
}

/* The command "|CMD" that load ran, to journal: "|cd DIR && CMD", DIR the directory it ran in,
 * so that a replay from another directory runs it where its relative names named what it
 * read (t78 F6: "|zcat export.csv.gz" replayed elsewhere read that directory's file, or
 * none), and one already so as it is; malloc'd, or NULL for v as typed (a directory that
 * cannot be written so). */
static char *journal_command(const char *v)
{
	static const char lead[] = "|cd ";
	char *cwd = strncmp(v, lead, sizeof lead - 1) ? getcwd(NULL, 0) : NULL, *out = NULL;
	char cd[PATH_MAX + 64];
	const char *arg[1] = {cwd};
	if (cwd && rr_sh_cmd(cd, sizeof cd, "cd %p && ", arg, 1) &&
	    (out = malloc(strlen(cd) + strlen(v) + 2)))
		sprintf(out, "|%s%s", cd, v + 1);
	free(cwd);
	return out;
}

/* The name to journal for v, a file a's command reads: the name a write of this session
 * gave it, when it wrote that file (a save, an export, gen: the replay writes it there too,
 * and must read its own, t78 F2: "open /tmp/j3/m.rrm" read the original session's model,
 * which it had saved over since); else v absolute when it is relative; malloc'd, or NULL
 * for v as typed. */
static char *journal_name(const char *v)
{
	char as[PATH_MAX];
	if (afile_names_command(v))
		return journal_command(v);
	if (afile_written_as(v, as, sizeof as))
		return strcmp(as, v) == 0 ? NULL : strdup(as);
	return v[0] == '/' ? NULL : absolute(v);
}

/* The line to journal when a's command reads a file (load, open, filter customers,
 * exclude/only items --file): the line's words again, the names journal_name gives, or
 * NULL to journal the line as typed. t40 #7: the journal kept "../repro/small.csv", so a
 * replay from another directory failed, or silently read another directory's file of that
 * name (data/online_retail.csv.gz of another checkout); the names of outputs stay as typed
 * (a replay writes where it runs). */
static char *journal_absolute(const rr_args *a, int argc, char **argv)
{
	size_t len = 1;
	char **w = calloc((size_t)argc, sizeof *w);
	int changed = 0;
	for (int j = 0; w && j < argc; j++) {
		const char *v = NULL, *lead = argv[j];
		size_t ll = 0;
		for (int i = 0; i < a->n_pos && !v; i++)
			if (a->pos[i] == argv[j] && reads_file(a, a->pos_spec[i], a->pos[i]))
				v = a->pos[i];
		for (int k = 0; k < a->n_opt && !v; k++) {
			const char *o = a->opt_val[k];
			if (o && o >= argv[j] && o <= argv[j] + strlen(argv[j]) &&
			    reads_file(a, a->opt_spec[k], o))
				v = o, ll = (size_t)(o - argv[j]);   /* --file=x: after the '=' */
		}
		char *abs = v ? journal_name(v) : NULL, *word = NULL;
		if (abs && (word = malloc(ll + strlen(abs) + 1)))
			sprintf(word, "%.*s%s", (int)ll, lead, abs);
		free(abs);
		changed |= word != NULL;
		w[j] = cmd_word(word ? word : argv[j]);
		free(word);
		if (!w[j])
			changed = 0, j = argc;   /* out of memory: the line as typed */
		else
			len += strlen(w[j]) + 1;
	}
	char *line = changed ? malloc(len) : NULL;
	for (int j = 0, k = 0; w && j < argc; j++) {
		if (line && w[j])
			k += sprintf(line + k, "%s%s", j ? " " : "", w[j]);
		free(w[j]);
	}
	free(w);
	return line;
}

/* A load of standard input journaled: `load "-"` replays whatever the replay's standard input
 * holds, not this data (t84 F4), so say it when the line is journaled, as the too-long line's
 * warning is. A script's own stream ("-" to a list) is not this case: only load reads stdin. */
static void journal_stdin_note(rr_app *app, const rr_args *a)
{
	const char *file = a->cmd->fn == cmd_load ? args_get(a, "FILE") : NULL;
	if (!file || strcmp(file, "-") != 0)
		return;
	err_note("the journal's load \"-\" reads the replay's standard input, not this data: "
		 "replay it with the same data piped in (relrec --replay JOURNAL < FILE), or load "
		 "the data from a file");
	show_note(app);
}

/* abs, journal_absolute's line, is longer than a script's line may be (a name made absolute
 * in a line near the limit): no replay would read it (t54 F5). Freed; NULL, to journal the
 * line as typed, its names relative, with a warning that it replays from this directory. */
static char *journal_too_long(rr_app *app, char *abs)
{
	size_t n = strlen(abs);
	free(abs);
	if (!app->journal)
		return NULL;
	char *cwd = getcwd(NULL, 0);
	char shown[RR_SHOWN_PATH];
	err_note("the journal has this command's file names as typed, relative: made absolute, "
		 "its line would be %zu bytes, over a script line's %d, and replay would refuse it "
		 "(replay the journal from '%s')", n, RR_SCRIPT_LINE_MAX,
		 cwd ? rr_shown_path(shown, sizeof shown, cwd) : "this directory");
	free(cwd);
	show_note(app);
	return NULL;
}

/* The word of argv that cmd_parse took for an unknown option ("--17850"), read as it reads the
 * line (an option's value skipped, none after "--"), or NULL when it refused the line for
 * something else first. */
static const char *unknown_option(int argc, char **argv)
{
	const rr_cmd *c = argc > 0 ? cmd_find(argv[0]) : NULL;
	int i = 1;
	if (c && c->subs)
		c = argc > 1 ? cmd_find_sub(c, argv[i++]) : NULL;
	for (; c && i < argc && strcmp(argv[i], "--") != 0; i++) {
		if (!cmd_value_is_optlike(argv[i]))
			continue;
		const rr_argspec *o = cmd_find_opt(c, argv[i]);
		if (!o)
			return argv[i];
		if ((o->kind == RR_A_FLAG) == (strchr(argv[i], '=') != NULL))
			return NULL;   /* a flag's value, or no value: refused for that */
		i += o->kind != RR_A_FLAG && !strchr(argv[i], '=');
	}
	return NULL;
}

/* cmd_parse refused the line: an unknown option that is a customer id or stock code of the
 * data (an id --17850, typed or from a file) gets the way to write it, after the "--" that
 * ends the options, rather than the usage line alone. */
static void hint_optlike_value(const rr_app *app, int argc, char **argv)
{
	const char *w = app->ds ? unknown_option(argc, argv) : NULL;
	const char *what = !w ? NULL
			   : dataset_find_customer(app->ds, w) != RR_NONE ? "a customer id"
			   : dataset_find_item(app->ds, w) != RR_NONE ? "a stock code" : NULL;
	char *msg = what ? strdup(err_msg()) : NULL, *word = msg ? cmd_word(w) : NULL;
	int sub = word && cmd_find(argv[0])->subs;   /* w found: the command is known */
	if (word)   /* a copy: err_set may not read the message it replaces */
		err_set("%s; '%.60s' is %s of the data: write it after --, which ends the options "
			"(they come before it): %s%s%s -- %s", msg, w, what, argv[0], sub ? " " : "",
			sub ? argv[1] : "", word);
	free(word);
	free(msg);
}

const char *cmd_line_start(const char *line)
{
	return line + textesc_line_mark(line, strlen(line));
}

/* A handler's refusal in the form the argument checks give theirs, "bins: edges must ...",
 * here for every command (t78 F15: bins, clean, export chart... said theirs bare). Left as it
 * is: one that names the command already, a stop (the front ends say "stopped: CMD"), and
 * source's, whose messages are its lines' own, "FILE:LINE: CMD: ...". */
static void error_name_command(const rr_app *app, const rr_args *a, const char *label)
{
	const char *m = err_msg();
	size_t n = strlen(label), np = a->parent ? strlen(a->parent->name) : 0;
	if (a->cmd->fn == cmd_source || app->stop || !*m)
		return;
	/* "filter country: ...", "export chart loss: ..." name it with their words */
	if ((strncmp(m, label, n) == 0 && (m[n] == ':' || m[n] == ' ')) ||
	    (np && strncmp(m, a->parent->name, np) == 0 && m[np] == ':'))
		return;
	err_prefix("%s", label);
}

static int exec_line(rr_app *app, const char *line, int journal)
{
	int argc;
	char **argv;
	/* the prompt's command mark is no part of the command, in every front end: the journal
	 * and undo keep the line without it */
	line = cmd_line_start(line);
	/* a journal keeps a command a line: one with a line break in it would replay as two
	 * (the front ends run a pasted block line by line; "\n" in double quotes writes one) */
	size_t n = strlen(line);
	while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
		n--;   /* its own line end is no break (journal_line drops it) */
	if (strcspn(line, "\r\n") < n)
		return err_set("a command is one line, and this one holds a line break: run each "
			       "line as a command of its own");
	if (n > RR_SCRIPT_LINE_MAX)   /* a journal must replay: a script's lines are no longer */
		return err_set("the line is longer than %d bytes, the most a script's line holds: not "
			       "run (a long list goes in a file: exclude items --file FILE)",
			       RR_SCRIPT_LINE_MAX);
	if (cmd_split(line, &argc, &argv) != 0)
		return -1;
	if (argc == 0) {
		cmd_free_argv(argc, argv);
		return 0;
	}
	rr_args a;
	int rc = cmd_parse(argc, argv, &a);
	if (rc != 0)
		hint_optlike_value(app, argc, argv);
	if (rc == 0) {
		unsigned flags = a.cmd->flags | (a.parent ? a.parent->flags : 0);
		char label[64];
		snprintf(label, sizeof label, "%s%s%s", a.parent ? a.parent->name : "",
			 a.parent ? " " : "", a.cmd->name);
		if ((flags & RR_CMD_NEEDS_DATA) && !app->ds) {
			rc = err_set("'%s' needs data: load a file first (load FILE)", label);
		} else if ((flags & RR_CMD_NEEDS_MODEL) && !app->model) {
			rc = err_set("'%s' needs a model: train one first (train) or open one (open FILE)",
				     label);
		} else {
			const char *outer = app->cmd;   /* `source` runs commands inside a command */
			/* a stale stop is spent; a pending interrupt is not, so a command that
			 * starts after it stops at once */
			app->stop = app->interrupt != 0;
			app->cmd = a.parent ? a.parent->name : a.cmd->name;
			err_clear();
			err_take_note();
			app->journal_as[0] = '\0';
			/* given arguments, set/bins/clean change the session: keep what undo restores */
			rr_undo_step *step = (flags & RR_CMD_UNDO) && a.n_pos > 0
				? undo_begin(app, (flags & RR_CMD_MODEL_STEP) != 0) : NULL;
			afile_commits_begin(&app->stop);   /* a file is written whole or not at all */
			rc = a.cmd->fn(app, &a);
			if (rc != 0)
				error_name_command(app, &a, label);
			app->wrote_whole = afile_commits_end() && rc == 0;
			if (step)
				undo_end(app, step, rc == 0, line);
			app->cmd = outer;
			show_note(app);
			if (rc == 0 && journal && !(flags & RR_CMD_NO_JOURNAL)) {
				char *abs = app->journal_as[0] ? NULL : journal_absolute(&a, argc, argv);
				if (abs && strlen(abs) > RR_SCRIPT_LINE_MAX)
					abs = journal_too_long(app, abs);
				journal_stdin_note(app, &a);
				rc = journal_line(app, app->journal_as[0] ? app->journal_as
						       : abs ? abs : line);
				free(abs);
			}
			app->journal_as[0] = '\0';
		}
		args_free(&a);
	}
	cmd_free_argv(argc, argv);
	return rc;
}

void cmd_describe(const char *line, char *name, size_t name_n, char *file, size_t file_n)
{
	char saved[RR_ERR_BUF];
	snprintf(saved, sizeof saved, "%s", err_msg());   /* the message of the line's run */
	int argc = 0;
	char **argv = NULL;
	rr_args a;
	name[0] = file[0] = '\0';
	if (cmd_split(cmd_line_start(line), &argc, &argv) == 0 && argc > 0) {
		snprintf(name, name_n, "%s", argv[0]);
		if (cmd_parse(argc, argv, &a) == 0) {
			snprintf(name, name_n, "%s%s%s", a.parent ? a.parent->name : "",
				 a.parent ? " " : "", a.cmd->name);
			for (int i = 0; i < a.n_pos; i++)
				if (a.pos_spec[i]->flags & RR_ARG_WRITES) {
					snprintf(file, file_n, "%s", a.pos[i]);
					break;
				}
			args_free(&a);
		}
	}
	cmd_free_argv(argc, argv);
	if (*saved)
		err_restore(saved);
	else
		err_clear();
}

int cmd_exec(rr_app *app, const char *line)
{
	return exec_line(app, line, 1);
}

int cmd_exec_unjournaled(rr_app *app, const char *line)
{
	return exec_line(app, line, 0);
}

int cmd_script_check(const rr_app *app, FILE *f, const char *name)
{
	struct stat st, js;
	if (fstat(fileno(f), &st) != 0)
		return err_set("cannot read '%s': %s", name, strerror(errno));
	if (S_ISDIR(st.st_mode))
		return err_set("cannot run '%s': it is a directory", name);
	if (app->journal && fstat(fileno(app->journal), &js) == 0 && st.st_dev == js.st_dev &&
	    st.st_ino == js.st_ino)
		return err_set("cannot run '%s': it is this session's journal ('%s'), which would "
			       "replay its own commands forever", name,
			       app->journal_path ? app->journal_path : "?");
	/* what a terminal shows of the script must be what runs (t50 F1): a file is read whole
	 * for it before any of its lines runs; a stream's lines as they come (lines_next) */
	return lines_check(f, name, "a script", RR_SCRIPT_LINE_MAX);
}

/* The first bytes of the file open at fd, read through a descriptor of its own (the journal
 * is open for appending only); 0 bytes when it cannot be read (write-only permissions), which
 * leaves nothing to go by. */
static ssize_t journal_peek(int fd, const char *path, char *buf, size_t size)
{
	struct stat a, b;
	int rfd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (rfd < 0)
		return 0;
	ssize_t n = 0;
	if (fstat(fd, &a) == 0 && fstat(rfd, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino)
		while ((n = read(rfd, buf, size)) < 0 && errno == EINTR)
			;
	close(rfd);
	return n < 0 ? 0 : n;
}

/* Does the file name read as a shell's start-up file (/etc/bashrc, /etc/profile, .bashrc,
 * oh-my-zsh.sh)? A relrec script sources relrec scripts, so a `source` of one of these is
 * no sign of a relrec script (t29 F1: `source /etc/bashrc` then an alias was appended to).
 * The rc and profile endings count for a dot file or a file under /etc/ only. */
static int shell_rc_path(const char *v)
{
	static const char *const script_ends[] = {".sh", ".bash", ".zsh", ".ksh", ".csh", NULL};
	static const char *const rc_ends[] = {"rc", "profile", "_login", "_logout", "zshenv",
					      "_aliases", NULL};
	const char *base = strrchr(v, '/') ? strrchr(v, '/') + 1 : v;
	size_t n = strlen(base);
	for (const char *const *e = script_ends; *e; e++)
		if (n > strlen(*e) && strcmp(base + n - strlen(*e), *e) == 0)
			return 1;
	if (base[0] != '.' && strncmp(v, "/etc/", 5) != 0)
		return 0;
	for (const char *const *e = rc_ends; *e; e++)
		if (n >= strlen(*e) && strcmp(base + n - strlen(*e), *e) == 0)
			return 1;
	return 0;
}

/* What a command line of a file about to be the journal is (line_kind). */
enum line_kind {
	LINE_COMMAND,      /* a relrec command, arguments and all */
	LINE_ARGS,         /* a command's name, but none of its forms: a typo'd argument */
	LINE_FOREIGN,      /* no command's name first: `alias`, `export`, `if`, `PATH=...` */
	LINE_SHELL_PATH,   /* a file name only a shell expands (afile_shell_path) */
	LINE_SHELL_RC,     /* `source` of a shell's start-up file (shell_rc_path) */
};

/* The parsed line's kind: a file argument or option value a shell's path makes it one. */
static enum line_kind args_kind(const rr_args *a)
{
	for (int i = 0; i < a->n_pos; i++)
		if (a->pos_spec[i]->kind == RR_A_FILE && afile_shell_path(a->pos[i]))
			return LINE_SHELL_PATH;
	for (int i = 0; i < a->n_opt; i++)
		if (a->opt_spec[i]->kind == RR_A_FILE && a->opt_val[i] && afile_shell_path(a->opt_val[i]))
			return LINE_SHELL_PATH;
	if (a->cmd->fn == cmd_source && a->n_pos > 0 && shell_rc_path(a->pos[0]))
		return LINE_SHELL_RC;
	return LINE_COMMAND;
}

/* The line (len bytes at p), judged whole, or by its first word alone (whole = 0, a line the
 * peek cut short). A dry parse through the table: a shell script's `set -eu` or a start-up
 * file's `export PATH=...` is none of a command's forms. */
static enum line_kind line_kind(const char *p, size_t len, int whole)
{
	/* after the prompt's command mark, as a script runs it (t61 F4: ":set dim 5"); a mark
	 * before nothing or a comment is a blank line, a comment */
	size_t d = (size_t)(cmd_line_start(p) - p);
	if (d > 0 && d <= len) {
		p += d;
		len -= d;
		if (len == 0 || *p == '#')
			return LINE_COMMAND;
	}
	char word[64];
	size_t w = strcspn(p, " \t\r\n");
	snprintf(word, sizeof word, "%.*s", w < sizeof word ? (int)w : 0, p);
	if (!cmd_find(word))
		return LINE_FOREIGN;
	if (!whole)
		return LINE_COMMAND;
	char *copy = malloc(len + 1);
	if (!copy)
		return LINE_COMMAND;   /* no room to judge: not refused for that */
	memcpy(copy, p, len);
	copy[len] = '\0';
	int argc;
	enum line_kind k = LINE_ARGS;
	char **argv;
	if (cmd_split(copy, &argc, &argv) == 0) {
		rr_args a;
		if (argc > 0 && cmd_parse(argc, argv, &a) == 0) {
			k = args_kind(&a);
			args_free(&a);
		}
		cmd_free_argv(argc, argv);
	}
	free(copy);
	err_clear();
	return k;
}

/* Why a line of that kind is not a relrec script's, for the refusal; first = the file's first
 * command line, which must be a command whole (a CSV header's first word may be a name). */
static const char *line_why(enum line_kind k, int first)
{
	switch (k) {
	case LINE_SHELL_PATH:
		return "is not a relrec command (relrec expands no ~ or $VAR in a file name: a "
		       "shell's start-up file?)";
	case LINE_SHELL_RC:
		return "sources a shell's start-up file, as no relrec script does (a shell's "
		       "start-up file?)";
	case LINE_FOREIGN:
		if (!first)
			return "starts with no relrec command (a shell's start-up file? In a relrec "
			       "script, a typo to fix first)";
		/* fall through */
	default:
		return "is not a relrec command (a data file, a shell script?)";
	}
}

int cmd_journal_end_line(int fd, const char *path)
{
	struct stat a, b;
	char last = '\n';
	int rfd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (rfd < 0)
		return 0;   /* write-only: nothing to go by */
	if (fstat(fd, &a) == 0 && fstat(rfd, &b) == 0 && a.st_dev == b.st_dev &&
	    a.st_ino == b.st_ino && b.st_size > 0 && pread(rfd, &last, 1, b.st_size - 1) != 1)
		last = '\n';
	close(rfd);
	if (last == '\n' || last == '\r')
		return 0;
	/* the first command would be glued onto the last line: lost in a comment, or a bad
	 * argument of the command there (`bins 2 5load "x.csv"`) */
	while (write(fd, "\n", 1) != 1)
		if (errno != EINTR)
			return err_set("cannot write the journal '%s': %s", path, strerror(errno));
	return 0;
}

/* The first line at or after p that is neither blank nor a comment (or the string's end). */
static const char *next_command_line(const char *p)
{
	for (;;) {
		p += strspn(p, " \t\r\n");
		if (*p != '#')
			return p;
		p += strcspn(p, "\r\n");
	}
}

/* The line number (from 1) of p in buf; a CR-only file's lines end in \r. */
static int line_number(const char *buf, const char *p)
{
	int n = 1;
	for (const char *q = buf; q < p; q++)
		n += *q == '\n' || (*q == '\r' && q[1] != '\n');
	return n;
}

/* A first line that is a relrec command is not enough: a shell's start-up file may begin
 * with `source ~/.aliases` (t22), or `source /etc/bashrc` (t29 F1). The whole command lines
 * of the peek (buf, n bytes): a line that no command's name starts (`alias`, `export`, `if`,
 * `PATH=...`), or that only a shell's start-up file holds, refuses the file; so do most of its
 * lines, three or more, being none of a command's forms. A few lines that start with a
 * command's name but are none of its forms are allowed: a hand-written script keeps a typo'd
 * argument, a golden its failing commands. relrec's own journal has none of these. */
static int lines_judge(const char *buf, int cut, const char *path)
{
	int lines = 0, bad = 0;
	const char *p = buf, *bad_at = NULL, *shell_at = NULL;
	size_t bad_len = 0, shell_len = 0;
	enum line_kind shell_kind = LINE_COMMAND;
	while (*(p = next_command_line(p))) {
		size_t len = strcspn(p, "\r\n");
		if (!p[len] && cut)
			break;   /* cut short by the peek */
		lines++;
		enum line_kind k = line_kind(p, len, 1);
		if (k != LINE_COMMAND && bad++ == 0) {
			bad_at = p;
			bad_len = len;
		}
		if (k != LINE_COMMAND && k != LINE_ARGS && !shell_at) {
			shell_at = p;
			shell_len = len;
			shell_kind = k;
		}
		p += len;
	}
	if (lines >= 3 && 2 * bad > lines)
		return err_set("cannot append to '%s': %d of its first %d command lines are not "
			       "relrec commands (line %d: '%.*s%s'; a shell's start-up file?): name a "
			       "new file for the journal (--journal session.rr)", path, bad, lines,
			       line_number(buf, bad_at), bad_len > 40 ? 40 : (int)bad_len, bad_at,
			       bad_len > 40 ? "..." : "");
	if (shell_at)
		return err_set("cannot append to '%s': its line %d '%.*s%s' %s: name a new file for "
			       "the journal (--journal session.rr)", path, line_number(buf, shell_at),
			       shell_len > 40 ? 40 : (int)shell_len, shell_at,
			       shell_len > 40 ? "..." : "", line_why(shell_kind, 0));
	return 0;
}

/* Is the "#!" line at text one that runs relrec: `#!/usr/bin/relrec --replay`, or
 * `#!/usr/bin/env relrec` (env's options and VAR=VALUE words before it)? Such an executable
 * script is a relrec script (t29 F12); any other program's is not. */
static int runs_relrec(const char *text)
{
	const char *p = text + 2;
	for (int env = 0;; env = 1) {
		p += strspn(p, " \t");
		size_t w = strcspn(p, " \t\r\n");
		if (w == 0)
			return 0;
		const char *base = p;
		for (const char *q = p; q < p + w; q++)
			if (*q == '/')
				base = q + 1;
		size_t bn = (size_t)(p + w - base);
		if (bn == 6 && memcmp(base, "relrec", 6) == 0)
			return 1;
		int env_word = env && (p[0] == '-' || memchr(p, '=', w));
		if (!env_word && (env || bn != 3 || memcmp(base, "env", 3) != 0))
			return 0;
		p += w;
	}
}

/* cmd_journal_check with buf of RR_JOURNAL_PEEK + 1 bytes. */
static int journal_judge(int fd, const char *path, char *buf)
{
	ssize_t n = journal_peek(fd, path, buf, RR_JOURNAL_PEEK);
	/* binary: a NUL byte anywhere, or a control byte in the first line (gzip's magic is
	 * 1f 8b); a control byte later may be a CSV cell's, which the first line names better */
	int first = 1;
	for (ssize_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)buf[i];
		first = first && c != '\n';
		if (c == 0 || (first && ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7f)))
			return err_set("cannot append to '%s': it holds binary bytes, not relrec "
				       "commands (a model or a compressed file?): name a new file for the "
				       "journal (--journal session.rr)", path);
	}
	buf[n] = '\0';
	struct stat st;
	int cut = n == RR_JOURNAL_PEEK && (fstat(fd, &st) != 0 || st.st_size > n);
	/* read as a script is: a byte order mark before the first line is none of it (t25 F1: a
	 * script saved "UTF-8 with BOM" replayed, but its first line was no command here) */
	char *text = buf + lines_bom(buf, (size_t)n);
	if (text[0] == '#' && text[1] == '!' && !runs_relrec(text))
		return err_set("cannot append to '%s': its first line '%.*s' names the program that "
			       "runs it (a shell script?), and it is not relrec: name a new "
			       "file for the journal (--journal session.rr)", path,
			       (int)strcspn(text, "\r\n") > 40 ? 40 : (int)strcspn(text, "\r\n"), text);
	const char *p = next_command_line(text);
	if (!*p && cut)   /* t29 F1: 72 KB of comments hid a start-up file's lines */
		return err_set("cannot append to '%s': its first %d KB are comments and blank lines, "
			       "so relrec cannot tell whether it is a relrec script: name a new file "
			       "for the journal (--journal session.rr)", path, RR_JOURNAL_PEEK / 1024);
	if (!*p)
		return 0;
	size_t line = strcspn(p, "\r\n");
	/* a line the peek cut short is judged by its first word alone */
	enum line_kind k = line_kind(p, line, p[line] != '\0' || !cut);
	if (k != LINE_COMMAND)
		return err_set("cannot append to '%s': its first line '%.*s%s' %s: name a new file "
			       "for the journal (--journal session.rr)", path,
			       line > 40 ? 40 : (int)line, p, line > 40 ? "..." : "", line_why(k, 1));
	return lines_judge(text, cut, path);
}

int cmd_journal_check(int fd, const char *path)
{
	char *buf = malloc(RR_JOURNAL_PEEK + 1);
	if (!buf)
		return err_set("out of memory checking the journal '%s'", path);
	int rc = journal_judge(fd, path, buf);
	free(buf);
	return rc;
}

/* The error that ends a script early, set and (with keep_going, where every error is reported
 * as it happens) reported. Returns -1. */
static int script_stop(rr_app *app, int keep_going)
{
	if (keep_going)
		sink_error(&app->sink, err_msg());
	return -1;
}

/* " by SIGTERM": how "interrupted" names the signal that asked the session to end, or "" for
 * none (Ctrl-C is the user's own). The one table of those names. */
static const char *interrupt_words(int sig)
{
	static const struct { int sig; const char *words; } named[] = {
		{SIGTERM, " by SIGTERM"},
		{SIGHUP, " by SIGHUP"},
		{SIGXCPU, " by SIGXCPU (the CPU time limit, ulimit -t)"},
	};
	for (size_t i = 0; i < sizeof named / sizeof *named; i++)
		if (named[i].sig == sig)
			return named[i].words;
	return "";
}

/* "NAME:LINE: interrupted", naming the signal when one asked the session to end. */
static int script_interrupted(rr_app *app, const char *name, long lineno)
{
	int sig = app->interrupt;
	app->out_said = sig == SIGPIPE;
	/* a failed write to standard output ends the session as the closed pipe does (t47 F6:
	 * on a full disk the replay ran on to its end, its output lost, said once at exit) */
	if (sig == SIGPIPE && app->out_errno && app->out_errno != EPIPE)
		return err_set("%s:%ld: cannot write standard output: %s: the script stopped here, "
			       "and the commands after this one did not run", name, lineno,
			       strerror(app->out_errno));
	if (sig == SIGPIPE)
		return err_set("%s:%ld: standard output was closed (a pipe whose reader left): the "
			       "script stopped here, and the commands after this one did not run",
			       name, lineno);
	return err_set("%s:%ld: interrupted%s", name, lineno, interrupt_words(sig));
}

/* "NAME: stopped after line LINE ...": the stop came when the line's command had written its
 * files whole (app->wrote_whole: `save` said "saved", and so it is), so the line is not
 * called interrupted (t40 #11: "saved the model" then "NAME:5: interrupted"). */
static int script_stopped_after(const rr_app *app, const char *name, long lineno)
{
	return err_set("%s: stopped%s after line %ld, which had finished (its file written whole): "
		       "the lines after it did not run", name, interrupt_words(app->interrupt),
		       lineno);
}

/* The command's own word on its stop ("evaluation interrupted"), with the signal that asked
 * for it named as script_interrupted names it (t30 F12: a CPU time limit's stop said only
 * "evaluation interrupted"). */
static void command_interrupted(const rr_app *app, const char *name, long lineno)
{
	const char *by = interrupt_words(app->interrupt);
	const char *msg = err_msg();
	size_t n = strlen(msg), k = strlen("interrupted");
	char *own = *by && n >= k && strcmp(msg + n - k, "interrupted") == 0 ? strdup(msg) : NULL;
	if (own)   /* a copy: err_set may not read the message it replaces */
		err_set("%s%s", own, by);
	free(own);
	err_prefix("%s:%ld", name, lineno);
}

static int run_lines(rr_app *app, FILE *f, const char *name, int echo, int keep_going);

int cmd_run_script(rr_app *app, FILE *f, const char *name, int echo, int keep_going)
{
	/* an export or a save inside it named after the script would replace it as it runs */
	char what[300];
	snprintf(what, sizeof what, "the script this session is running ('%.200s')", name);
	afile_guard(f, fileno(f), name, what);
	struct stat st;
	int top = app->depth == 0 && fstat(fileno(f), &st) == 0;
	if (top) {
		app->script.dev = st.st_dev;
		app->script.ino = st.st_ino;
	}
	int rc = run_lines(app, f, name, echo, keep_going);
	if (top)
		app->script.ino = 0;
	afile_guard(f, -1, NULL, NULL);
	return rc;
}

/* cmd_run_script's lines, the script guarded. */
static int run_lines(rr_app *app, FILE *f, const char *name, int echo, int keep_going)
{
	rr_lines in;
	long lineno = 0;
	int failed = 0, r = 0, stopped_rc = 0;
	char saved[RR_ERR_BUF] = "";
	if (cmd_script_check(app, f, name) != 0)
		return script_stop(app, keep_going);
	/* a line over the limit or with a NUL byte means the input is not a script (a binary
	 * file, /dev/zero): it stops the script even with keep_going, since skipping to the next
	 * line of such input may never end */
	lines_init(&in, f, name, "a script", RR_SCRIPT_LINE_MAX);
	while (!app->quit && !app->quit_held && !app->interrupt &&
	       (r = lines_next(&in, NULL)) == 1) {
		lineno = in.lineno;
		const char *p = cmd_line_start(in.buf);
		if (!*p || *p == '#')
			continue;
		if (echo)
			sink_printf(&app->sink, "> %s", p);
		int rc = cmd_exec(app, p);
		/* a stop (Ctrl-C, the workbench's stop key) ends the script, not only the command
		 * it interrupted: what follows may depend on it (a save after a cut-short train) */
		if (app->interrupt || app->stop) {
			stopped_rc = rc;
			break;
		}
		if (rc != 0) {
			err_prefix("%s:%ld", name, lineno);
			failed = 1;
			snprintf(saved, sizeof saved, "%s", err_msg());
			if (!keep_going)
				break;
			sink_error(&app->sink, err_msg());
		}
	}
	lines_free(&in);
	if (app->interrupt || app->stop) {
		/* the command's own word on it ("load of 'x' interrupted"), unless no signal of
		 * the user's stopped it */
		if (stopped_rc != 0 && app->interrupt != SIGPIPE)
			command_interrupted(app, name, lineno);
		else if (app->wrote_whole && app->interrupt != SIGPIPE)
			script_stopped_after(app, name, lineno);
		else
			script_interrupted(app, name, lineno);
		return script_stop(app, keep_going);
	}
	if (r < 0)
		return script_stop(app, keep_going);
	if (failed) {
		err_restore(saved);   /* with its prefix: not cut again as a new message */
		return -1;
	}
	return 0;
}

/* ----- commands of the language itself ----- */

int cmd_script_stream_check(const rr_app *app, const char *path, const char *what)
{
	struct stat st;
	if (stat(path, &st) != 0 || S_ISREG(st.st_mode) || st.st_ino == 0)
		return 0;   /* a regular file is read from its own offset; the open says the rest */
	for (int i = -1; i < app->depth; i++)
		if (i < 0 ? app->script.ino == st.st_ino && app->script.dev == st.st_dev
			  : app->sourcing[i].dev == st.st_dev && app->sourcing[i].ino == st.st_ino)
			return err_set("cannot read '%s' as %s: it is the stream this script is read "
				       "from, whose later lines it would take (give the file by name)",
				       path, what);
	return 0;
}

int cmd_source(rr_app *app, const rr_args *a)
{
	const char *path = args_get(a, "FILE");
	if (app->depth >= RR_SOURCE_DEPTH)
		return err_set("'source' nested too deeply (limit %d): '%s'", RR_SOURCE_DEPTH,
			       path);
	FILE *f = afile_fopen_read(path);
	if (!f)
		return -1;
	struct stat st;
	memset(&st, 0, sizeof st);
	/* a pipe, a FIFO or a terminal by its identity too: two readers of one stream each take
	 * what the other has not buffered, and run the script's lines out of order */
	if (fstat(fileno(f), &st) == 0 && st.st_ino != 0)
		for (int i = -1; i < app->depth; i++)
			if (i < 0 ? app->script.ino == st.st_ino && app->script.dev == st.st_dev
				  : app->sourcing[i].dev == st.st_dev && app->sourcing[i].ino == st.st_ino) {
				/* no condition in the language ends a loop: it would only hit the
				 * depth limit, with one FILE:LINE prefix a level (t47 F10) */
				fclose(f);
				if (S_ISREG(st.st_mode))
					return err_set("'source' of '%s' from within itself: a loop",
						       path);
				return err_set("'source' of '%s': it is the stream this script is "
					       "read from, whose later lines it would run first and "
					       "out of order (a script does not read itself)", path);
			}
	app->sourcing[app->depth].dev = st.st_dev;
	app->sourcing[app->depth].ino = st.st_ino;
	app->depth++;
	int rc = cmd_run_script(app, f, path, 0, 0);
	if (--app->depth == 0)
		app->quit_held = 0;
	fclose(f);
	return rc;
}

/* s's words joined by '|' (by blanks when one is '|', --sep's) into buf[0..room): whole words
 * only, and "…" where the rest did not fit, so that no cut word reads as one of them (t26 F1:
 * --return's list ended in "sale", cut from sales_credit). Returns the bytes written. */
static size_t notes_words(const char *const *w, char *buf, size_t room)
{
	const char *between = "|";
	for (int i = 0; w[i]; i++)
		if (strchr(w[i], '|'))
			between = " ";
	size_t k = 0, bl = strlen(between), ell = bl + strlen("…");
	buf[0] = '\0';
	for (int i = 0; w[i]; i++) {
		size_t need = (i ? bl : 0) + strlen(w[i]);
		if (k + need + (w[i + 1] ? ell : 0) >= room) { /* the last word needs no "…" after */
			if (k + ell < room)
				k += (size_t)snprintf(buf + k, room - k, "%s…", i ? between : "");
			break;
		}
		k += (size_t)snprintf(buf + k, room - k, "%s%s", i ? between : "", w[i]);
	}
	return k;
}

/* What help adds after an argument's own line: "1..100000; default 10". */
static const char *arg_notes(const rr_argspec *s, int is_opt, char *buf, size_t size)
{
	size_t k = 0;
	buf[0] = '\0';
	/* the default is kept whole: the words give way to it */
	size_t def = s->def ? strlen("; default ") + strlen(s->def) : 0;
	if (s->kind == RR_A_INT && (s->flags & RR_ARG_ID))
		;   /* the session's, said by the command */
	else if (s->kind == RR_A_INT && isinf(s->hi))
		k += (size_t)snprintf(buf, size, "at least %ld", arg_long_bound(s->lo));
	else if (s->kind == RR_A_INT)   /* the longs checked: (double)LONG_MAX is 2^63 */
		k += (size_t)snprintf(buf, size, "%ld..%ld", arg_long_bound(s->lo),
				      arg_long_bound(s->hi));
	else if (s->kind == RR_A_SEED)
		k += (size_t)snprintf(buf, size, "%s", RR_SEED_RANGE);
	else if (s->kind == RR_A_REAL && isinf(s->hi))
		k += (size_t)snprintf(buf, size, "at least %g", s->lo);
	else if (s->kind == RR_A_REAL)
		k += (size_t)snprintf(buf, size, "%g..%g", s->lo, s->hi);
	else if (s->choices && (s->kind == RR_A_WORD || s->kind == RR_A_CHOICE) &&
		 (!is_opt || s->meta))   /* ITEM's all is in its help line */
		k = notes_words(s->choices, buf, def < size ? size - def : 1);
	/* the words after which the choices are not the value's (clean codes LIST) */
	for (const rr_arg_after *w = s->choices ? s->after : NULL; w && w->word && k < size; w++)
		k += (size_t)snprintf(buf + k, size - k, "%s%s", w == s->after ? "; not after " : ", ",
				      w->word);
	k = k < size ? k : size - 1;
	if (s->def && k < size)
		snprintf(buf + k, size - k, "%sdefault %s", k ? "; " : "", s->def);
	return buf;
}

/* One argument or option of help CMD: "  --min-count N   keep ... (1..1000000000; default 20)". */
static void help_arg(rr_sink *sk, const rr_argspec *s, int is_opt, int width)
{
	char head[96], v[96], notes[160];
	if (is_opt && s->kind != RR_A_FLAG)
		snprintf(head, sizeof head, "%s %s", s->name, arg_value_text(s, v, sizeof v));
	else
		snprintf(head, sizeof head, "%s", s->name);
	arg_notes(s, is_opt, notes, sizeof notes);
	sink_printf(sk, "  %-*s  %s%s%s%s", width, head, s->help, *notes ? " (" : "", notes,
		    *notes ? ")" : "");
}

/* "  also: q, exit, \q" when the command has aliases. */
static void help_aliases(rr_sink *sk, const rr_cmd *c)
{
	char also[128] = "";
	size_t k = 0;
	for (const rr_alias *a = rr_aliases; a->alias; a++)
		if (strcmp(a->name, c->name) == 0 && k < sizeof also)
			k += (size_t)snprintf(also + k, sizeof also - k, "%s%s", k ? ", " : "", a->alias);
	if (k)
		sink_printf(sk, "  also: %s", also);
}

/* The settings under help set / help show: each name, its help and its range. */
static void help_settings(rr_sink *sk)
{
	sink_printf(sk, "settings (show lists their values):");
	for (int i = 0; rr_setting_defs[i].name; i++) {
		const rr_setting_def *d = &rr_setting_defs[i];
		char text[512];
		sink_printf(sk, "  %-10s %s", d->name, settings_describe(d, text, sizeof text));
	}
}

/* help CMD: the usage, the help line, every argument and option, the subcommands (each
 * described the same way), the example. */
static void help_describe(rr_app *app, const rr_cmd *parent, const rr_cmd *c)
{
	rr_sink *sk = &app->sink;
	char use[512], v[96];
	sink_printf(sk, "%s\n  %s", cmd_usage(parent, c, use, sizeof use), c->help);
	int width = 0;
	const rr_argspec *lists[2] = {c->args, c->opts};
	for (int l = 0; l < 2; l++)
		for (const rr_argspec *s = lists[l]; s && s->name; s++) {
			int w = (int)strlen(s->name);
			if (l == 1 && s->kind != RR_A_FLAG)
				w += 1 + (int)strlen(arg_value_text(s, v, sizeof v));
			if (w > width)
				width = w < 24 ? w : 24;
		}
	for (int l = 0; l < 2; l++)
		for (const rr_argspec *s = lists[l]; s && s->name; s++)
			help_arg(sk, s, l == 1, width);
	if (c->example)
		sink_printf(sk, "  example: %s", c->example);
	help_aliases(sk, c);
	if (c->fn == cmd_set || c->fn == cmd_show)
		help_settings(sk);
	for (const rr_cmd *s = c->subs; s && s->name; s++) {
		sink_printf(sk, "%s", "");
		help_describe(app, c, s);
	}
}

/* help NAME for a setting: its help line, then the range (or values) and the default as
 * labelled parts of their own, from the settings table. */
static void help_setting(rr_app *app, const rr_setting_def *d)
{
	char range[96];
	settings_range(d, range, sizeof range);
	sink_printf(&app->sink, "%s (a setting: set %s VALUE)\n  %s", d->name, d->name, d->help);
	if (*range)
		sink_printf(&app->sink, "  %s: %s", d->words ? "values" : "range", range);
	sink_printf(&app->sink, "  default: %s", d->def);
}

/* help: every command (each subcommand) in two lines, its usage and its help: a table would
 * be as wide as the longest usage line. */
static void help_list(rr_app *app)
{
	char use[512];
	sink_printf(&app->sink, "commands (help COMMAND for one):");
	for (const rr_cmd *c = rr_cmds; c->name; c++) {
		if (!c->subs)
			sink_printf(&app->sink, "  %s\n      %s", cmd_usage(NULL, c, use, sizeof use),
				    c->help);
		for (const rr_cmd *s = c->subs; s && s->name; s++)
			sink_printf(&app->sink, "  %s\n      %s", cmd_usage(c, s, use, sizeof use),
				    s->help);
	}
}

/* w is a word c's first argument takes from a fixed list (`runs use`): help on c covers it. */
static int first_arg_word(const rr_cmd *c, const char *w)
{
	const rr_argspec *g = c->args;
	if (!g || !g->name || g->kind != RR_A_CHOICE || !g->choices)
		return 0;
	for (const char *const *v = g->choices; *v; v++)
		if (strcmp(*v, w) == 0)
			return 1;
	return 0;
}

int cmd_help(rr_app *app, const rr_args *a)
{
	const char *name = args_get(a, "COMMAND");
	if (!name) {
		help_list(app);
		return 0;
	}
	const rr_cmd *c = cmd_find(name), *sub = NULL;
	const char *sub_name = args_get(a, "SUBCOMMAND");
	if (c && sub_name && !(sub = cmd_find_sub(c, sub_name)) && !first_arg_word(c, sub_name))
		return args_usage_error(a, c->subs ? "'%s' has no subcommand '%s'"
					: "'%s' has no subcommands, and '%s' is none of its words: help %s",
					name, sub_name, name);
	if (c) {
		help_describe(app, sub ? c : NULL, sub ? sub : c);
		return 0;
	}
	const rr_setting_def *d = settings_find(name);
	if (d) {
		help_setting(app, d);
		return 0;
	}
	return cmd_unknown_topic(name);
}

/* journal FILE: what --journal FILE would hold now, and the next commands appended (t37 #11:
 * a workbench session started without --journal could not be written down afterwards). */
int cmd_journal(rr_app *app, const rr_args *a)
{
	const char *path = args_get(a, "FILE");
	if (app->journal)
		return err_set("this session is journaled to '%s' already (one journal a session)",
			       app->journal_path ? app->journal_path : "?");
	if (app->said_lost)
		return err_set("journal: the session's commands could not all be kept (out of "
			       "memory), so no journal of it would replay it");
	struct stat pre;
	int existed = lstat(path, &pre) == 0;
	if (cmd_journal_open(app, path, NULL) != 0)
		return -1;
	int fd = fileno(app->journal);
	size_t r = app->journal_reset ? sizeof reset_word : 0, lines = 0;
	for (size_t i = 0; i < app->said_len; i++)
		lines += app->said[i] == '\n';
	char *buf = malloc(r + app->said_len + 1);
	off_t before = lseek(fd, 0, SEEK_END);
	int e = buf ? 0 : ENOMEM;
	if (buf) {
		if (r) {
			memcpy(buf, reset_word, r - 1);
			buf[r - 1] = '\n';
		}
		if (app->said_len)
			memcpy(buf + r, app->said, app->said_len);
		e = r + app->said_len ? write_all(fd, buf, r + app->said_len) : 0;
		free(buf);
	}
	if (e != 0) {   /* no half of the session is left behind to replay as another */
		if (before >= 0)
			while (ftruncate(fd, before) != 0 && errno == EINTR)
				;
		/* the file this command made, empty: not left behind (t47 F10), when it is still
		 * the one open here (afile_still: not one put in its place since) */
		if (!existed && afile_still(fd, path) == 0)
			unlink(path);
		afile_unprotect(fd);   /* no journal of this session: writes to it are not refused */
		fclose(app->journal);
		app->journal = NULL;
		return err_set("cannot write the journal '%s': %s", path, strerror(e));
	}
	app->journal_reset = app->journal_reset && !lines;
	if (app->said_replaced)
		err_note("'%s', a model this session opened, was replaced by its save since: the "
			 "journal's open of it replays the saved model, and runs on from another "
			 "model than the session did (a save to another name keeps a journal "
			 "replaying exactly)", app->said_replaced);
	char shown[RR_SHOWN_PATH];
	sink_printf(&app->sink, "journal: %zu command%s of this session written to '%s'; the next "
		    "ones are appended as they run", lines, rr_plural((double)lines),
		    rr_shown_path(shown, sizeof shown, path));
	return 0;
}

int cmd_reset(rr_app *app, const rr_args *a)
{
	(void)a;
	int unsaved = app->unsaved;
	if (app_reset(app) != 0)
		return -1;
	if (unsaved)
		sink_printf(&app->sink, "reset: a fresh session (%d run%s never saved dropped)",
			    unsaved, rr_plural(unsaved));
	else
		sink_printf(&app->sink, "reset: a fresh session");
	return 0;
}

int cmd_quit(rr_app *app, const rr_args *a)
{
	(void)a;
	/* A quit in a script sourced at the prompt or in the workbench ended the session at once,
	 * dropping runs no model file holds, where the same word typed asks first (t50 F2): it
	 * ends the scripts, and leaving is the person's to ask for, as typed. */
	if (app->depth > 0 && app->asker && app->unsaved > 0) {
		char runs[200];
		app->quit_held = 1;
		sink_printf(&app->sink, "quit: not from a script while %s: the script stops here, "
			    "the session stays (%squit typed asks first)",
			    cmd_unsaved_text(app, app->asker, runs, sizeof runs), app->asker);
		return 0;
	}
	app->quit = 1;
	return 0;
}
