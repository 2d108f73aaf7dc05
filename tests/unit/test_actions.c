/* test_actions.c — what an analyst does with the answers: business rules (exclusions, the only
 * list, masks, code files), buy-again timing on a hand-made log (purchase days, median gaps,
 * the overdue rule, reasons) and on generated data (the fit), charts as files (magic, size,
 * the SVG's text layer) and the per-epoch loss recorder. */
#include "testutil.h"

#include <math.h>
#include <zlib.h>

#include "audience.h"
#include "basket.h"
#include "cmd.h"
#include "csvsource.h"
#include "chart.h"
#include "due.h"
#include "err.h"
#include "gen.h"
#include "ingest.h"
#include "lossrec.h"
#include "reason.h"
#include "recommend.h"
#include "rules.h"
#include "split.h"
#include "util.h"

static void add(rr_rows *r, const char *inv, const char *code, const char *cust, const char *day)
{
	int32_t m;
	assert_int_equal(0, ingest_parse_day(day, &m));
	assert_int_equal(0, rows_add(r, inv, strlen(inv), code, strlen(code), code, strlen(code),
				     cust, strlen(cust), "UK", 2, 1, 1.0, m));
}

/* c1 buys X on Jan 1, 11 (twice: invoices 2 and 3), 21 and Feb 10, and Y on Jan 1; c2 buys X
 * on Jan 5 and Feb 4. (Not A and B: B is a non-product code the cleaning drops.) */
static rr_rows *fixture(void)
{
	rr_rows *r = rows_new();
	add(r, "1", "X", "c1", "2011-01-01");
	add(r, "1", "Y", "c1", "2011-01-01");
	add(r, "2", "X", "c1", "2011-01-11");
	add(r, "3", "X", "c1", "2011-01-11");
	add(r, "4", "X", "c1", "2011-01-21");
	add(r, "5", "X", "c1", "2011-02-10");
	add(r, "6", "X", "c2", "2011-01-05");
	add(r, "7", "X", "c2", "2011-02-04");
	assert_int_equal(0, rows_finish(r));
	return r;
}

static int32_t day(const char *s)
{
	int32_t m;
	assert_int_equal(0, ingest_parse_day(s, &m));
	return m;
}

/* ==== business rules ==== */

static void test_rules(void **state)
{
	(void)state;
	rr_rows *r = fixture();
	rr_clean c;
	clean_init(&c);
	rr_dataset *d = dataset_build(r, &c, INT32_MIN, INT32_MAX);
	assert_non_null(d);
	rr_rules ru;
	memset(&ru, 0, sizeof ru);
	unsigned char bl[2];
	char text[64];
	assert_false(rules_active(&ru));
	assert_string_equal("", rules_text(&ru, text, sizeof text));
	assert_int_equal(0, rules_mask(&ru, d, bl));
	const char *ex[] = {"Y", "NOPE", "Y"};
	size_t added;
	assert_int_equal(0, rules_exclude(&ru, ex, 3, &added));
	assert_int_equal(2, added);   /* Y once, NOPE: kept though the data lacks it */
	assert_true(rules_active(&ru));
	assert_false(rules_allows(&ru, "Y"));
	assert_true(rules_allows(&ru, "X"));
	assert_int_equal(1, rules_mask(&ru, d, bl));
	assert_int_equal(1, bl[dataset_find_item(d, "Y")]);
	assert_string_equal("2 items excluded", rules_text(&ru, text, sizeof text));
	assert_int_equal(0, rules_exclude(&ru, ex, 1, &added));
	assert_int_equal(0, added);
	/* only: what is not listed is blocked; an exclusion still wins over the list */
	const char *only[] = {"X", "Y"};
	uint64_t g = ru.gen;
	assert_int_equal(0, rules_set_only(&ru, only, 2));
	assert_true(ru.gen > g);
	assert_false(rules_allows(&ru, "C"));
	assert_false(rules_allows(&ru, "Y"));
	assert_int_equal(1, rules_mask(&ru, d, bl));
	assert_string_equal("only 2 items; 2 items excluded", rules_text(&ru, text, sizeof text));
	assert_int_equal(0, rules_set_only(&ru, NULL, 0));   /* an empty list allows nothing */
	assert_int_equal(2, rules_mask(&ru, d, bl));
	rules_clear(&ru);
	assert_false(rules_active(&ru));
	assert_int_equal(0, rules_mask(&ru, d, bl));
	rules_free(&ru);
	dataset_free(d);
	rows_free(r);
	clean_free(&c);
}

static void test_rules_file(void **state)
{
	(void)state;
	char *p = tu_write_temp_str("# in stock\r\n85123A,WHITE HANGING HEART\r\n\r\n  \"22423\" ;x\n"
				    "\t21733\tRED\n");
	char **v;
	size_t n;
	rr_list_head first = {0};
	assert_int_equal(0, rules_read_file(p, NULL, NULL, &v, &n, &first));
	assert_int_equal(3, n);
	/* t71 F8: the lines of more fields than the first are counted, the first named; t78
	 * F10: one whose other fields hold words (a code's description) too, once another is
	 * not such: the count is every line whose others are not read */
	assert_int_equal(3, first.several);
	assert_int_equal(2, first.several_line);
	assert_string_equal("85123A,WHITE HANGING HEART", first.several_text);
	assert_string_equal("85123A", v[0]);
	assert_string_equal("22423", v[1]);
	assert_string_equal("21733", v[2]);
	rules_free_codes(v, n);
	tu_remove(p);
	/* a quoted cell up to its closing quote: commas and "" inside */
	p = tu_write_temp_str("\"X,1\",\"desc\"\n\"Q\"\"2\" \n");
	assert_int_equal(0, rules_read_file(p, NULL, NULL, &v, &n, NULL));
	assert_int_equal(2, n);
	assert_string_equal("X,1", v[0]);
	assert_string_equal("Q\"2", v[1]);
	rules_free_codes(v, n);
	tu_remove(p);
	/* a recommendations export: the codes are the column its header names stock_code (t48
	 * N1: the customer ids of its first column were read as codes) */
	p = tu_write_temp_str("\"customer\",\"rank\",\"stock_code\",\"description\"\n"
			      "\"17850\",1,\"85123A\",\"HEART, WHITE\"\n\"17850\",2,\"22423\",\"CAKESTAND\"\n");
	rr_list_head head = {0};
	assert_int_equal(0, rules_read_file(p, NULL, NULL, &v, &n, &head));
	assert_int_equal(3, head.col);
	assert_string_equal("stock_code", head.name);
	assert_int_equal(2, n);
	assert_string_equal("85123A", v[0]);
	assert_string_equal("22423", v[1]);
	rules_free_codes(v, n);
	tu_remove(p);
	/* an empty header cell is no column's name, and the search goes on past it, wherever it
	 * is (t50 F3: pandas' to_csv writes its index first, ",stock_code", and the index was
	 * read as the codes); a header without the name is a first entry as before */
	static const struct { const char *text; int col; const char *first, *second; } hdr[] = {
		{",stock_code\n0,S3\n1,S5\n", 2, "S3", "S5"},
		{"a,,\"\",;x,stock_code\n0,,,1,S3\n1,,,2,S5\n", 5, "S3", "S5"},
		{";;Stock_Code\n0;x;S3\n1;y;S5\n", 3, "S3", "S5"},
		{",colour\n0,S3\n1,S5\n", 0, "0", "1"},
		/* a list cut from the data keeps the data's header: its names of the item's
		 * column (t66 F2: StockCode was read as a code); one of the role's own names wins
		 * over a fallback's (a barcode) and over another role's (Customer ID) */
		{"StockCode\nS3\nS5\n", 1, "S3", "S5"},
		{"Stock Code;Qty\nS3;5\nS5;3\n", 1, "S3", "S5"},
		{"Invoice,Customer ID,StockCode,Description\n1,C1,S3,X\n2,C2,S5,Y\n", 3, "S3", "S5"},
		{"EAN,SKU\n400,S3\n401,S5\n", 2, "S3", "S5"},
		{"Artikelnummer\nS3\nS5\n", 1, "S3", "S5"},
	};
	for (size_t i = 0; i < sizeof hdr / sizeof *hdr; i++) {
		p = tu_write_temp_str(hdr[i].text);
		assert_int_equal(0, rules_read_file(p, NULL, NULL, &v, &n, &head));
		if (hdr[i].col != head.col)
			fail_msg("'%s': column %d read, not %d", hdr[i].text, head.col, hdr[i].col);
		assert_int_equal(2, n);
		assert_string_equal(hdr[i].first, v[0]);
		assert_string_equal(hdr[i].second, v[1]);
		rules_free_codes(v, n);
		tu_remove(p);
	}
	/* the loaded file's own name of the item's column, which no table knows, names it too */
	p = tu_write_temp_str("Nr,Ref Interne\n1,S3\n2,S5\n");
	assert_int_equal(0, rules_read_file(p, "ref interne", NULL, &v, &n, &head));
	assert_int_equal(2, head.col);
	assert_string_equal("Ref Interne", head.name);
	assert_int_equal(2, n);
	assert_string_equal("S3", v[0]);
	rules_free_codes(v, n);
	assert_int_equal(0, rules_read_file(p, NULL, NULL, &v, &n, &head));   /* without it: none */
	assert_int_equal(0, head.col);
	assert_int_equal(3, n);
	rules_free_codes(v, n);
	tu_remove(p);
	/* t78 F4: a header naming the other kind's column and none of the codes' is refused,
	 * naming it (Customer ID and the ids under it were read as stock codes) */
	static const char *const other[][2] = {
		{"Customer ID\nS3\n", "is a list of customer ids, not a list of stock codes: its "
		 "header names Customer ID (column 1), and none of its columns stock_code or the "
		 "data's name of that column"},
		{"\"customer\",\"rank\",\"spend\"\r\n\"17850\",1,5.5\r\n", "names customer (column 1)"},
		{"rank;Customer ID\n1;17850\n", "names Customer ID (column 2)"},
	};
	for (size_t i = 0; i < sizeof other / sizeof *other; i++) {
		p = tu_write_temp_str(other[i][0]);
		assert_int_equal(-1, rules_read_file(p, NULL, NULL, &v, &n, &head));
		if (!strstr(err_msg(), other[i][1]))
			fail_msg("'%s': %s", other[i][0], err_msg());
		tu_remove(p);
	}
	/* an unclosed one is an error naming its line (t22: the code kept the quote) */
	p = tu_write_temp_str("\"X,1\"\n\"open,end\n");
	assert_int_equal(-1, rules_read_file(p, NULL, NULL, &v, &n, NULL));
	assert_non_null(strstr(err_msg(), ":2: a quote opened on this line does not close (a list of "));
	tu_remove(p);
	p = tu_write_temp("A\nB\0C\n", 6);
	assert_int_equal(-1, rules_read_file(p, NULL, NULL, &v, &n, NULL));
	assert_non_null(strstr(err_msg(), ":2: line 2 has a NUL byte (at byte 2): not a list of stock codes"));
	tu_remove(p);
	assert_int_equal(-1, rules_read_file("/nonexistent/stock.txt", NULL, NULL, &v, &n, NULL));
	assert_non_null(strstr(err_msg(), "cannot open '/nonexistent/stock.txt'"));
}

/* The codes of a list file read back, as rules_read_file reads them with the data's encoding
 * enc: 0 and the n codes joined by '|' into buf, or -1. */
static int codes_of(const char *p, const char *enc, rr_list_head *head, char *buf, size_t size)
{
	char **v;
	size_t n, k = 0;
	if (rules_read_file(p, NULL, enc, &v, &n, head) != 0)
		return -1;
	buf[0] = '\0';
	for (size_t i = 0; i < n; i++)
		k += (size_t)snprintf(buf + k, size - k, "%s%s", i ? "|" : "", v[i]);
	rules_free_codes(v, n);
	return 0;
}

/* t69 F-B: relrec's own rules export as a list: its header is no code (antecedent was read
 * as one), its antecedents are read and its consequents said not to be; t69 F-H: an export
 * written gzipped is read through gzip; t68 F6: a list in the data's code page is read in it,
 * and one not UTF-8 beside UTF-8 data is refused naming the page */
static void test_list_files(void **state)
{
	(void)state;
	char got[256];
	rr_list_head head = {0};
	char *p = tu_write_temp_str("antecedent,antecedent_description,consequent,"
				    "consequent_description,n_xy\r\n\"A1\",\"X, Y\",\"B2\",\"Z\",5\r\n"
				    "\"C3\",\"W\",\"A1\",\"X\",4\r\n");
	assert_int_equal(0, codes_of(p, NULL, &head, got, sizeof got));
	assert_string_equal("A1|C3", got);
	assert_int_equal(1, head.col);
	assert_string_equal("antecedent", head.name);
	assert_int_equal(3, head.unread_col);
	assert_string_equal("consequent", head.unread);
	tu_remove(p);
	/* a recommendations export gzipped: stock_code, its third column */
	p = tu_write_temp_str("");
	gzFile gz = gzopen(p, "wb");
	assert_non_null(gz);
	gzputs(gz, "\"customer\",\"rank\",\"stock_code\"\r\n\"17850\",1,\"85123A\"\r\n"
		   "\"17850\",2,\"22423\"\r\n");
	gzclose(gz);
	assert_int_equal(0, codes_of(p, NULL, &head, got, sizeof got));
	assert_string_equal("85123A|22423", got);
	assert_int_equal(3, head.col);
	assert_int_equal(0, head.unread_col);
	tu_remove(p);
	/* Crème and Größe in cp1252: in the data's cp1252 read as UTF-8 text; beside UTF-8 data,
	 * refused with the page that reads it */
	p = tu_write_temp_str("Cr\xe8me\nGr\xf6\xdf" "e\n");
	assert_int_equal(0, codes_of(p, "cp1252", &head, got, sizeof got));
	assert_string_equal("Cr\xc3\xa8me|Gr\xc3\xb6\xc3\x9f" "e", got);
	assert_int_equal(-1, codes_of(p, NULL, &head, got, sizeof got));
	assert_non_null(strstr(err_msg(), "is not UTF-8 (it reads as cp1252) while the data is"));
	assert_non_null(strstr(err_msg(), "iconv -f cp1252 -t UTF-8"));
	/* t85 F24: into a copy beside it, never to the terminal */
	assert_non_null(strstr(err_msg(), "give that copy (iconv -f cp1252 -t UTF-8 "));
	assert_non_null(strstr(err_msg(), ".utf8)"));
	tu_remove(p);
	/* a UTF-8 list beside cp1252 data is UTF-8: its text as it is */
	p = tu_write_temp_str("Cr\xc3\xa8me\n");
	assert_int_equal(0, codes_of(p, "cp1252", &head, got, sizeof got));
	assert_string_equal("Cr\xc3\xa8me", got);
	tu_remove(p);
	/* UTF-16 with its byte order mark (Notepad's "Unicode") */
	p = tu_write_temp("\xff\xfe" "C\0r\0\xe8\0m\0e\0\n\0G\0\n\0", 18);
	assert_int_equal(0, codes_of(p, NULL, &head, got, sizeof got));
	assert_string_equal("Cr\xc3\xa8me|G", got);
	tu_remove(p);
	/* damaged UTF-8 after good: refused, naming the line and the byte */
	p = tu_write_temp_str("A\nCr\xc3\xa8me\nX\xe8\n");
	assert_int_equal(-1, codes_of(p, NULL, &head, got, sizeof got));
	assert_non_null(strstr(err_msg(), ":3: line 3 is not UTF-8 (the byte 0xE8)"));
	tu_remove(p);
	/* the data's encoding, read back from its load's reading */
	char enc[32];
	assert_int_equal(1, source_described_encoding("loaded\n  format: cp1252 (guessed) converted "
						      "to UTF-8, separator ','\n", enc, sizeof enc));
	assert_string_equal("cp1252", enc);
	assert_int_equal(1, source_described_encoding("  format: gzip, UTF-16LE (no byte order mark: "
						      "its NUL bytes say so) converted to UTF-8, x",
						      enc, sizeof enc));
	assert_string_equal("UTF-16LE", enc);
	assert_int_equal(0, source_described_encoding("  format: gzip, UTF-8, separator ','\n  note: "
						      "x converted to UTF-8", enc, sizeof enc));
	assert_string_equal("", enc);
	assert_int_equal(0, source_described_encoding(NULL, enc, sizeof enc));
}

/* rr_list_known over a NULL-terminated list of codes (ctx) */
static int known_code(const void *ctx, const char *code)
{
	for (const char *const *k = ctx; *k; k++)
		if (strcmp(*k, code) == 0)
			return 1;
	return 0;
}

/* A list that is a CSV is read as one (t78): a quoted cell holding a line break is one
 * record's (F1: the line after it gave its purchase_days, 3, as a code), the separator is the
 * one its first line shows (F3: "A,1" split at its comma in a ';' file), and a code beside
 * its count in stock is the code alone (F5: "7,10" read as two codes beside "25,0" read as
 * one), the count's line counted in the note (F10) */
static void test_list_csv_records(void **state)
{
	(void)state;
	static const char *const data[] = {"3", "5", "7", "10", "12", "25", "85123A", "22423",
					   "21733", NULL};
	rr_list_known known = {known_code, data};
	static const struct { const char *text, *codes; size_t several, split; } cases[] = {
		/* F1, as export due writes it: the description's line break, CR LF or LF */
		{"rank,customer,stock_code,description,score,purchase_days\r\n"
		 "5,\"C21\",\"7\",\"Gift box\r\nlarge\",0.577159,3\r\n6,\"C21\",\"12\",\"Mug\",0.5,2\r\n",
		 "7|12", 0, 0},
		{"\"A1\",\"two\n\"\"lines\"\"\n, still\"\n\"B2\",\"x\"\n", "A1|B2", 2, 0},
		/* F3: the first line's separator, header or not */
		{"stock_code;qty\nA,1;5\n\"B;2\";3\n", "A,1|B;2", 0, 0},
		{"A,1;5;x\nB;3;y\nC\n", "A,1|B|C", 2, 0},
		/* F5: a code and its count, of another form (e145's same_form) or no code */
		{"7,10\n12,3\n25,5\n", "7|12|25", 3, 0},
		{"7,10\n12,3\n25,0\n", "7|12|25", 3, 0},
		/* and of one form, when every line of several ids is two numbers */
		{"10,12\n25,10\n", "10|25", 2, 0},
		{"85123A,22423\n21733\n10 12 25\n", "85123A|22423|21733|10|12|25", 0, 2},
		/* F10: a line beside a description is counted once another is not such; one
		 * reading for the file (t78 F5): two codes beside a code and its description, the
		 * first of each, both lines counted */
		{"85123A,X1\n21733,RED HEART\n", "85123A|21733", 2, 0},
		{"85123A,22423\n21733,RED HEART\n", "85123A|21733", 2, 0},
		/* codes of five digits side by side are no counts: each read */
		{"85123A,22423\n21733,22423\n", "85123A|22423|21733|22423", 0, 2},
		{"85123A,WHITE HEART\n21733,RED HEART\n", "85123A|21733", 0, 0},
	};
	char got[256];
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		rr_list_head head = {.known = &known};
		char *p = tu_write_temp_str(cases[i].text);
		if (codes_of(p, NULL, &head, got, sizeof got) != 0)
			fail_msg("case %zu: %s", i, err_msg());
		if (strcmp(got, cases[i].codes) != 0 || head.several != cases[i].several ||
		    head.split != cases[i].split)
			fail_msg("case %zu: '%s' (%zu several, %zu split), not '%s' (%zu, %zu)", i, got,
				 head.several, head.split, cases[i].codes, cases[i].several,
				 cases[i].split);
		tu_remove(p);
	}
	/* a quoted cell that never closes is refused, not the rest of the file taken into it */
	char *p = tu_write_temp_str("stock_code,description\n\"A1\",\"open\nB2,x\nC3,y\n");
	rr_list_head head = {0};
	assert_int_equal(-1, codes_of(p, NULL, &head, got, sizeof got));
	assert_non_null(strstr(err_msg(), ":2: a quote opened on this line does not close (a list "
				"of stock codes, read as CSV, ends inside it)"));
	tu_remove(p);
}

static void test_rules_filter_assoc(void **state)
{
	(void)state;
	/* baskets {0,1}, {0,2}, {0,3}: rules 0 -> 1, 2, 3 */
	size_t start[] = {0, 2, 4, 6};
	uint32_t items[] = {0, 1, 0, 2, 0, 3};
	rr_baskets *b = baskets_from_csr(3, start, items, 4);
	assert_non_null(b);
	rr_assoc v[3] = {{0, 1, 1, 0, 0, 0}, {0, 2, 1, 0, 0, 0}, {0, 3, 1, 0, 0, 0}};
	rr_rules ru;
	memset(&ru, 0, sizeof ru);
	const char *ex[] = {"1"};   /* without rows, a basket item's code is "" */
	assert_int_equal(0, rules_exclude(&ru, ex, 1, NULL));
	assert_int_equal(2, rules_filter_assoc(&ru, b, v, 3, 2, 0));
	const char *ex2[] = {""};
	assert_int_equal(0, rules_exclude(&ru, ex2, 1, NULL));
	assert_int_equal(0, rules_filter_assoc(&ru, b, v, 2, 0, 0));
	rules_free(&ru);
	baskets_free(b);
}

/* The rules through the commands: show and the status text say them, rules outlive a load,
 * an excluded item has no audience and leaves the lists, which keep their length. */
static void test_rules_commands(void **state)
{
	(void)state;
	char dir[] = "/tmp/relrec-rules-XXXXXX", line[256];
	assert_non_null(mkdtemp(dir));
	rr_app app;
	tu_capture c;
	assert_int_equal(0, app_init(&app));
	tu_capture_install(&app.sink, &c);
	snprintf(line, sizeof line, "gen %s/s.csv 20000 --seed 8", dir);
	assert_int_equal(0, cmd_exec(&app, line));
	snprintf(line, sizeof line, "load %s/s.csv", dir);
	assert_int_equal(0, cmd_exec(&app, line));
	assert_int_equal(0, cmd_exec(&app, "show"));
	assert_null(strstr(c.buf, "business rules"));
	assert_int_equal(0, cmd_exec(&app, "exclude items 10000B"));
	c.len = 0;
	assert_int_equal(0, cmd_exec(&app, "show"));
	assert_non_null(strstr(c.buf, "business rules: 1 item excluded; 1 of the data's 153 items may not be offered"));
	char text[64];
	assert_string_equal("1 item excluded", rules_text(&app.rules, text, sizeof text));
	/* the rules outlive a load */
	assert_int_equal(0, cmd_exec(&app, line));
	assert_true(rules_active(&app.rules));
	assert_int_equal(-1, cmd_exec(&app, "audience 10000B"));
	assert_non_null(strstr(err_msg(), "excluded by the business rules"));
	/* K stays K, and the excluded item is in no list */
	c.len = 0;
	c.buf[0] = '\0';
	assert_int_equal(0, cmd_exec(&app, "recommend 12346 5 --owned"));
	assert_null(strstr(c.buf, "10000B"));
	assert_non_null(strstr(c.buf, "\n   5  "));
	c.len = 0;
	c.buf[0] = '\0';
	assert_int_equal(0, cmd_exec(&app, "due 30 5"));
	assert_null(strstr(c.buf, " 10000B "));
	assert_non_null(strstr(c.buf, "\n   5  "));
	assert_int_equal(0, cmd_exec(&app, "exclude clear"));
	assert_false(rules_active(&app.rules));
	app_free(&app);
	free(c.buf);
	snprintf(line, sizeof line, "rm -rf '%s'", dir);
	assert_int_equal(0, system(line));
}

/* ==== buy-again timing ==== */

static void test_due_days(void **state)
{
	(void)state;
	rr_rows *r = fixture();
	rr_clean c;
	clean_init(&c);
	rr_dataset *d = dataset_build(r, &c, INT32_MIN, INT32_MAX);
	rr_due_hist h;
	assert_int_equal(0, due_hist_build(&h, d));
	uint32_t c1 = dataset_find_user(d, "c1"), c2 = dataset_find_user(d, "c2");
	uint32_t A = dataset_find_item(d, "X"), B = dataset_find_item(d, "Y");
	size_t pa = dataset_find_pair(d, c1, A), pb = dataset_find_pair(d, c1, B);
	size_t p2 = dataset_find_pair(d, c2, A);
	/* c1's X: 5 invoices, 4 days (two invoices on Jan 11) */
	assert_int_equal(5, d->pairs[pa].orders);
	assert_int_equal(4, h.pair_start[pa + 1] - h.pair_start[pa]);
	rr_due_pair x;
	char why[128];
	due_pair_at(&h, pa, day("2011-03-01"), &x);
	assert_int_equal(4, x.n);
	assert_true(x.gap == 10);       /* gaps 10, 10, 20 */
	assert_true(x.since == 19);     /* Feb 10 to Mar 1 */
	assert_true(x.user_gap == 10);
	assert_int_equal(4, x.user_n);
	assert_true(due_overdue(&x));
	assert_string_equal("bought every ~10 days, last 19 days ago", due_reason(&x, why, sizeof why));
	due_pair_at(&h, pb, day("2011-03-01"), &x);
	assert_int_equal(1, x.n);
	assert_false(due_overdue(&x));
	assert_string_equal("bought once, 59 days ago; orders every ~10 days",
			    due_reason(&x, why, sizeof why));
	due_pair_at(&h, p2, day("2011-03-01"), &x);
	assert_true(x.gap == 30 && x.since == 25);
	assert_false(due_overdue(&x));   /* 25 < 30 */
	assert_string_equal("bought once, 55 days ago", (x.user_gap = 0, x.n = 1, x.since = 55,
							    due_reason(&x, why, sizeof why)));
	/* seen from Jan 21: only the days before it */
	due_pair_at(&h, pa, day("2011-01-21"), &x);
	assert_int_equal(2, x.n);
	assert_true(x.gap == 10 && x.since == 10);
	assert_true(due_overdue(&x));
	due_pair_at(&h, pb, day("2010-12-01"), &x);
	assert_int_equal(0, x.n);
	/* the baseline's list on Mar 1: the one overdue pair */
	uint32_t *list;
	assert_int_equal(1, due_baseline_list(&h, day("2011-03-01"), &list));
	assert_int_equal(pa, list[0]);
	free(list);
	/* a window as long as the history: nothing to fit on */
	assert_null(due_fit(d, day("2011-02-11"), 60, NULL, NULL));
	assert_non_null(strstr(err_msg(), "not longer than the window"));
	due_hist_free(&h);
	dataset_free(d);
	rows_free(r);
	clean_free(&c);
}

/* t75 F2: overdue pairs tied on purchase days and on how overdue they are go in the order the
 * pairs were first seen (relrec(1)), not by pair index: cA is seen first (its Z), so its pair
 * (cA, X) has the lower index, but cB's Y was first bought an hour before cA's X. Both were
 * bought on Jan 2 and 12 (gap 10) and are 14 days past it on Jan 26 (ratio 1.4). */
static void test_due_baseline_ties(void **state)
{
	(void)state;
	static const struct { const char *inv, *code, *cust, *day; int minute; } row[] = {
		{"1", "Z", "cA", "2011-01-01", 0},   {"2", "Y", "cB", "2011-01-02", 480},
		{"3", "X", "cA", "2011-01-02", 540}, {"4", "Y", "cB", "2011-01-12", 480},
		{"5", "X", "cA", "2011-01-12", 540}};
	rr_rows *r = rows_new();
	for (size_t i = 0; i < sizeof row / sizeof *row; i++)
		assert_int_equal(0, rows_add(r, row[i].inv, 1, row[i].code, 1, row[i].code, 1,
					     row[i].cust, 2, "UK", 2, 1, 1.0,
					     day(row[i].day) + row[i].minute));
	assert_int_equal(0, rows_finish(r));
	rr_clean c;
	clean_init(&c);
	rr_dataset *d = dataset_build(r, &c, INT32_MIN, INT32_MAX);
	rr_due_hist h;
	assert_int_equal(0, due_hist_build(&h, d));
	size_t ax = dataset_find_pair(d, dataset_find_user(d, "cA"), dataset_find_item(d, "X"));
	size_t by = dataset_find_pair(d, dataset_find_user(d, "cB"), dataset_find_item(d, "Y"));
	assert_true(ax < by);   /* the index order the old tie-break followed */
	uint32_t *list;
	assert_int_equal(2, due_baseline_list(&h, day("2011-01-26"), &list));
	assert_int_equal(by, list[0]);
	assert_int_equal(ax, list[1]);
	free(list);
	due_hist_free(&h);
	dataset_free(d);
	rows_free(r);
	clean_free(&c);
}

/* t75 F16: "every ~N days" rounds a half up, whatever N's parity (%.0f went half to even:
 * 60.5 said ~60, 27.5 said ~28), the customer's rhythm too. */
static void test_due_reason_half_up(void **state)
{
	(void)state;
	char why[128];
	rr_due_pair c = {.n = 3, .since = 20, .gap = 60.5};
	assert_string_equal("bought every ~61 days, last 20 days ago", due_reason(&c, why, sizeof why));
	c.gap = 58.5;
	assert_string_equal("bought every ~59 days, last 20 days ago", due_reason(&c, why, sizeof why));
	c.gap = 27.5;
	assert_string_equal("bought every ~28 days, last 20 days ago", due_reason(&c, why, sizeof why));
	c.gap = 27.4;
	assert_string_equal("bought every ~27 days, last 20 days ago", due_reason(&c, why, sizeof why));
	c = (rr_due_pair){.n = 1, .since = 9, .user_gap = 0.5};
	assert_string_equal("bought once, 9 days ago; orders every ~1 day", due_reason(&c, why, sizeof why));
}

/* t51 F8: a share that rounds to 0.0% (or 100.0%) but is not is said with its counts; t51
 * F12: a sum of kilograms shows its decimals, not the float noise of the sum. */
static void test_due_share_amount(void **state)
{
	(void)state;
	char b[96];
	rr_due m = {.n_fit = 28088, .n_again = 7, .base_rate = 7.0 / 28088};
	assert_string_equal(due_share(&m, b, sizeof b), "7 of 28088 re-ordered, under 0.05%");
	m.n_again = 28086;
	m.base_rate = 28086.0 / 28088;
	assert_string_equal(due_share(&m, b, sizeof b), "all but 2 of 28088 re-ordered");
	m.n_again = 3820;
	m.base_rate = 3820.0 / 28088;
	assert_string_equal(due_share(&m, b, sizeof b), "13.6% re-ordered");
	assert_string_equal(rr_fmt_amount(b, sizeof b, 6444.20399999999), "6444.204");
	assert_string_equal(rr_fmt_amount(b, sizeof b, 5176450.0), "5176450");
	assert_string_equal(rr_fmt_amount(b, sizeof b, -0.0000001), "0");
	assert_string_equal(rr_fmt_amount(b, sizeof b, -12.5), "-12.5");
	assert_string_equal(rr_fmt_feature(b, sizeof b, 3.974e-08), "0");
	assert_string_equal(rr_fmt_feature(b, sizeof b, -2.1e-7), "0");
	assert_string_equal(rr_fmt_feature(b, sizeof b, 5.90213), "5.902");
	assert_string_equal(rr_fmt_feature(b, sizeof b, 0.00123456), "0.001235");
}

/* t84 F6: due on filters that keep no row says so, once named, not "load a longer history";
 * a history a filter of days cut short is lengthened by the filter. The data runs Jan 1 to
 * Feb 20 (51 days); since Feb 1 leaves Feb 4 to Feb 20, 17 days to today Feb 21, under 30. */
static void test_due_filtered_empty(void **state)
{
	(void)state;
	char *data = tu_write_temp_str(
		"InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
		"1,10001,RED MUG,1,2011-01-01 10:00,2.5,c1,UK\n"
		"3,10001,RED MUG,1,2011-01-11 10:00,2.5,c1,UK\n"
		"7,10001,RED MUG,1,2011-02-04 10:00,2.5,c2,UK\n"
		"8,10001,RED MUG,1,2011-02-20 10:00,2.5,c3,UK\n");
	char *out = tu_write_temp_str("");
	rr_app app;
	tu_capture c;
	assert_int_equal(0, app_init(&app));
	tu_capture_install(&app.sink, &c);
	char line[512];
	snprintf(line, sizeof line, "load %s", data);
	assert_int_equal(0, cmd_exec(&app, line));
	assert_int_equal(0, cmd_exec(&app, "filter since 2030-01-01"));
	assert_int_equal(-1, cmd_exec(&app, "due 30 3"));
	assert_string_equal("due: no row is kept (the cleaning rules or filters drop them all: "
			    "'clean' and 'filter' show them): nothing to learn from", err_msg());
	snprintf(line, sizeof line, "export due %s", out);
	assert_int_equal(-1, cmd_exec(&app, line));
	assert_non_null(strstr(err_msg(), "export due: no row is kept"));
	assert_null(strstr(err_msg(), "due: due:"));
	assert_int_equal(0, cmd_exec(&app, "filter since 2011-02-01"));
	assert_int_equal(-1, cmd_exec(&app, "due 30 3"));
	assert_string_equal("due: the history (17 days) is not longer than the window of 30 days "
			    "(a shorter DAYS, or widen filter since/until ('filter' shows them))",
			    err_msg());
	app_free(&app);
	free(c.buf);
	tu_remove(data);
	tu_remove(out);
}

/* t84 F1: a filter of who (customers, drop-customers, country) does not move the present:
 * it stays the day after the last row the cleaning rules keep. Hand-made: c1 buys 10001 on
 * Jan 1, 11, 21 and 31, c2 on Jan 5 and Feb 4, c3 in Spain on Feb 20; c2's line of Feb 25 has
 * a price of 0 (the price rule drops it). The data ends Feb 20, so today is Feb 21 whoever is
 * kept: c1's last purchase is 21 days ago (Jan 31 to Feb 21), not 6 (to Feb 5, the day after
 * the last row left once c3 is dropped). `filter until` Feb 10 still moves it to Feb 11. */
static void test_present_who_filters(void **state)
{
	(void)state;
	char *data = tu_write_temp_str(
		"InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
		"1,10001,RED MUG,1,2011-01-01 10:00,2.5,c1,UK\n"
		"2,10002,BLUE MUG,1,2011-01-01 10:00,2.5,c1,UK\n"
		"3,10001,RED MUG,1,2011-01-11 10:00,2.5,c1,UK\n"
		"4,10001,RED MUG,1,2011-01-21 10:00,2.5,c1,UK\n"
		"5,10001,RED MUG,1,2011-01-31 10:00,2.5,c1,UK\n"
		"6,10001,RED MUG,1,2011-01-05 10:00,2.5,c2,UK\n"
		"7,10001,RED MUG,1,2011-02-04 10:00,2.5,c2,UK\n"
		"8,10001,RED MUG,1,2011-02-20 10:00,2.5,c3,Spain\n"
		"9,10002,BLUE MUG,1,2011-02-25 10:00,0,c2,UK\n");
	char *list = tu_write_temp_str("c1\n");
	rr_app app;
	tu_capture c;
	assert_int_equal(0, app_init(&app));
	tu_capture_install(&app.sink, &c);
	char line[512];
	snprintf(line, sizeof line, "load %s", data);
	assert_int_equal(0, cmd_exec(&app, line));
	int by_filter = 1;
	assert_int_equal(day("2011-02-21"), app_present(&app, &by_filter));
	assert_int_equal(0, by_filter);
	assert_int_equal(0, cmd_exec(&app, "filter drop-customers c3"));
	assert_int_equal(day("2011-02-21"), app_present(&app, &by_filter));
	assert_int_equal(0, by_filter);
	c.len = 0;
	assert_int_equal(0, cmd_exec(&app, "why c1 10001"));
	assert_non_null(strstr(c.buf, "last 21 days ago"));
	assert_int_equal(day("2011-02-21"), app.rec->part.t_end);
	assert_int_equal(0, cmd_exec(&app, "filter clear"));
	snprintf(line, sizeof line, "filter customers %s", list);
	assert_int_equal(0, cmd_exec(&app, line));
	assert_int_equal(day("2011-02-21"), app_present(&app, &by_filter));
	assert_int_equal(0, cmd_exec(&app, "filter clear"));
	assert_int_equal(0, cmd_exec(&app, "filter country UK"));
	assert_int_equal(day("2011-02-21"), app_present(&app, &by_filter));
	/* the time filter still moves it, a who-filter beside it or not */
	assert_int_equal(0, cmd_exec(&app, "filter until 2011-02-10"));
	assert_int_equal(day("2011-02-11"), app_present(&app, &by_filter));
	assert_int_equal(1, by_filter);
	app_free(&app);
	free(c.buf);
	tu_remove(data);
	tu_remove(list);
}

/* due counts from the session's present, the one the recommender takes (app_present): under
 * `filter until` that cut later rows off, the filter's end, not the day after the last kept
 * row. Hand-made: c1 buys 10001 on Jan 1, 11, 21 and 31, c2 on Jan 5 and Feb 4, c3 on Feb 20
 * (after the filter). Until Feb 10 keeps rows before Feb 11; the last kept is Feb 4, so the
 * data's own end would be Feb 5 and c1's last purchase "6 days ago"; from Feb 11 it is 11. */
static void test_due_present_filter_until(void **state)
{
	(void)state;
	char *data = tu_write_temp_str(
		"InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
		"1,10001,RED MUG,1,2011-01-01 10:00,2.5,c1,UK\n"
		"2,10002,BLUE MUG,1,2011-01-01 10:00,2.5,c1,UK\n"
		"3,10001,RED MUG,1,2011-01-11 10:00,2.5,c1,UK\n"
		"4,10001,RED MUG,1,2011-01-21 10:00,2.5,c1,UK\n"
		"5,10001,RED MUG,1,2011-01-31 10:00,2.5,c1,UK\n"
		"6,10001,RED MUG,1,2011-01-05 10:00,2.5,c2,UK\n"
		"7,10001,RED MUG,1,2011-02-04 10:00,2.5,c2,UK\n"
		"8,10001,RED MUG,1,2011-02-20 10:00,2.5,c3,UK\n");
	rr_app app;
	tu_capture c;
	assert_int_equal(0, app_init(&app));
	tu_capture_install(&app.sink, &c);
	char line[512];
	snprintf(line, sizeof line, "load %s", data);
	assert_int_equal(0, cmd_exec(&app, line));
	assert_int_equal(0, cmd_exec(&app, "filter until 2011-02-10"));
	c.len = 0;
	assert_int_equal(0, cmd_exec(&app, "due 7 5"));
	assert_int_equal(day("2011-02-11"), app.due->t_end);
	int by_filter = 0;
	assert_int_equal(day("2011-02-11"), app_present(&app, &by_filter));
	assert_int_equal(1, by_filter);
	assert_non_null(strstr(c.buf, "within 7 days from today, 2011-02-11 as filter until ends"));
	assert_non_null(strstr(c.buf, "bought every ~10 days, last 11 days ago"));
	/* the recommender reads the same present */
	assert_int_equal(0, cmd_exec(&app, "recommend c1 1 --owned"));
	assert_int_equal(app.due->t_end, app.rec->part.t_end);
	/* an until past the last row cuts nothing: the data's end (Feb 20) is today */
	assert_int_equal(0, cmd_exec(&app, "filter until 2011-03-31"));
	c.len = 0;
	assert_int_equal(0, cmd_exec(&app, "due 30 5"));
	assert_int_equal(day("2011-02-21"), app_present(&app, &by_filter));
	assert_int_equal(0, by_filter);
	assert_int_equal(day("2011-02-21"), app.due->t_end);
	assert_non_null(strstr(c.buf, "from today, 2011-02-21 (of"));
	assert_non_null(strstr(c.buf, "last 21 days ago"));
	app_free(&app);
	free(c.buf);
	tu_remove(data);
}

static void test_due_fit(void **state)
{
	(void)state;
	char *path = tu_write_temp_str("");
	assert_int_equal(0, gen_write_file(path, 20000, 4, NULL));
	rr_rows *r = ingest_load(path, NULL, 0, NULL);
	assert_non_null(r);
	rr_clean c;
	clean_init(&c);
	rr_dataset *d = dataset_build(r, &c, INT32_MIN, INT32_MAX);
	rr_due *m = due_fit(d, d->max_minute + 1, 30, NULL, NULL);
	assert_non_null(m);
	assert_true(m->n_fit > 0 && m->n_fit <= d->n_pairs);
	assert_true(m->base_rate > 0 && m->base_rate < 1);
	assert_int_equal(0, m->t_end % 1440);   /* windows are whole days */
	/* a feature flat in the fit (RR_LR_FLAT, the rule the re-rankers follow) stands at its
	 * mean with weight 0; [n >= 2] varies in this data */
	for (int f = 0; f < DUE_F_N; f++) {
		assert_true(m->sd[f] > 0);
		if (m->flat[f])
			assert_true(m->w[f] == 0 && m->sd[f] == 1);
	}
	assert_false(m->flat[2]);
	for (size_t k = 0; k < d->n_pairs; k++) {
		assert_true(m->p[k] >= 0 && m->p[k] <= 1);
		if (k)
			assert_true(m->p[m->order[k - 1]] >= m->p[m->order[k]]);
	}
	/* more purchase days and a short gap make a pair more likely due, all else equal: the
	 * top of the list has been bought more than once */
	rr_due_pair x;
	due_pair_at(&m->hist, m->order[0], m->t_end, &x);
	assert_true(x.n >= 2);
	/* the same data, the same list */
	rr_due *m2 = due_fit(d, d->max_minute + 1, 30, NULL, NULL);
	assert_memory_equal(m->order, m2->order, d->n_pairs * sizeof *m->order);
	due_free(m2);
	due_free(m);
	dataset_free(d);
	rows_free(r);
	clean_free(&c);
	tu_remove(path);
}

/* ==== audiences ==== */

static rr_recsys *fit_rec(const rr_rows *r, const rr_clean *c, const rr_dataset *d, int32_t end)
{
	rr_rec_opts o = {.threads = 2, .inner = NULL};
	rr_recsys *s = recsys_fit(r, c, d, end, &o, NULL);
	assert_non_null(s);
	return s;
}

/* A list's history items found at once (reason_contributors_list, the deep export's way)
 * are those each item's own search finds, in the same order with the same terms, and the
 * reasons read the same: customers' lists of owned and new items, EASE on their history. */
static void check_contributors_list(const rr_dataset *d, const rr_recsys *s,
				    const rr_baskets *bk)
{
	rr_reasoner re;
	assert_int_equal(0, reasoner_init(&re, d, s->part.ease, bk, split_history_end(d)));
	enum { K = 60 };
	uint32_t list[K], items[RR_CONTRIB_MAX];
	float w[RR_CONTRIB_MAX];
	char scratch[K * RR_CONTRIB_SCRATCH], a[200], b[200];
	rr_contrib con[K];
	int named = 0;
	for (uint32_t u = 0; u < d->n_users; u += 7) {
		for (int q = 0; q < K; q++)   /* owned and new items, some twice */
			list[q] = (uint32_t)(((size_t)u * 31 + (size_t)q * 97) % d->n_items);
		reason_contributors_list(&re, u, list, K, scratch, con);
		for (int q = 0; q < K; q++) {
			int owned = dataset_find_pair(d, u, list[q]) != (size_t)-1;
			int n = owned ? 0 : reason_contributors(&re, u, list[q], items, w, RR_CONTRIB_MAX);
			assert_int_equal(con[q].n, n);
			for (int t = 0; t < n; t++) {
				assert_int_equal(con[q].item[t], items[t]);
				assert_true(con[q].w[t] == w[t]);
			}
			named += n > 0;
			reason_text_with(&re, u, list[q], RR_LEAD_AUTO, &con[q], a, sizeof a);
			reason_text(&re, u, list[q], RR_LEAD_AUTO, b, sizeof b);
			assert_string_equal(a, b);
		}
	}
	assert_true(named > 100);
	reasoner_free(&re);
}

static void test_audience(void **state)
{
	(void)state;
	char *path = tu_write_temp_str("");
	assert_int_equal(0, gen_write_file(path, 20000, 8, NULL));
	rr_rows *r = ingest_load(path, NULL, 0, NULL);
	rr_clean c;
	clean_init(&c);
	rr_dataset *d = dataset_build(r, &c, INT32_MIN, INT32_MAX);
	rr_recsys *s = fit_rec(r, &c, d, split_history_end(d));
	rr_audience *a = audience_new(s, 2, NULL);
	assert_non_null(a);
	/* an audience ranks the recommender's own scores, customer by customer */
	rr_rec_work w;
	assert_int_equal(0, rec_work_alloc(&w, &s->part));
	double *row = malloc(d->n_items * sizeof *row);
	uint32_t item = dataset_find_item(d, "10000B"), top[10];
	double *col = malloc(d->n_users * sizeof *col);
	assert_int_equal(0, recsys_item_column(s, item, col, NULL, RR_SCORE_OTHERS));
	for (uint32_t u = 0; u < d->n_users; u++) {
		assert_int_equal(0, recsys_score_mode(s, u, &w, row, RR_SCORE_OTHERS));
		assert_true(col[u] == row[item]);
	}
	/* the top of a column by brute force: no one outside scores above the last one in */
	double sc[10];
	int got = audience_top(a, item, 10, 0, NULL, top, sc);
	assert_int_equal(10, got);
	for (int k = 1; k < got; k++)
		assert_true(sc[k - 1] >= sc[k]);
	for (uint32_t u = 0; u < d->n_users; u++) {
		int in = 0;
		for (int k = 0; k < got; k++)
			in |= top[k] == u;
		if (!in)
			assert_true(col[u] <= sc[got - 1]);
	}
	/* new only: no owner; and the same answers many at once, over threads */
	uint32_t nt[10], many[20], one[10];
	int n_many[2];
	got = audience_top(a, item, 10, 1, NULL, nt, NULL);
	for (int k = 0; k < got; k++)
		assert_int_equal((size_t)-1, dataset_find_pair(d, nt[k], item));
	uint32_t two[2] = {item, 0};
	assert_int_equal(0, audience_top_many(a, two, 2, 10, 1, 2, many, NULL, n_many, NULL));
	assert_int_equal(got, n_many[0]);
	assert_memory_equal(nt, many, (size_t)got * sizeof *nt);
	assert_int_equal(n_many[1], audience_top(a, 0, 10, 1, NULL, one, NULL));
	assert_memory_equal(one, many + 10, (size_t)n_many[1] * sizeof *one);
	/* past a few items, one pass over the customers: the very same lists and scores */
	uint32_t ni = d->n_items, *all = malloc(ni * sizeof *all), *lists = malloc(ni * 7 * sizeof *lists);
	double *scores = malloc(ni * 7 * sizeof *scores), sc1[7];
	int *n_all = malloc(ni * sizeof *n_all);
	for (uint32_t i = 0; i < ni; i++)
		all[i] = ni - 1 - i;
	for (int new_only = 0; new_only < 2; new_only++) {
		assert_int_equal(0, audience_top_many(a, all, ni, 7, new_only, 2, lists, scores, n_all,
						      NULL));
		for (uint32_t c = 0; c < ni; c++) {
			uint32_t l1[7];
			int g = audience_top(a, all[c], 7, new_only, NULL, l1, sc1);
			assert_int_equal(g, n_all[c]);
			assert_memory_equal(l1, lists + (size_t)c * 7, (size_t)g * sizeof *l1);
			assert_memory_equal(sc1, scores + (size_t)c * 7, (size_t)g * sizeof *sc1);
		}
	}
	free(all);
	free(lists);
	free(scores);
	free(n_all);
	/* bought-together counts: the pair table gives what merging the basket lists gives */
	rr_baskets *bk = baskets_build(r, &c, NULL);
	assert_non_null(bk);
	rr_reasoner rs, rt;
	assert_int_equal(0, reasoner_init(&rs, d, NULL, bk, split_history_end(d)));
	assert_int_equal(0, reasoner_init(&rt, d, NULL, bk, split_history_end(d)));
	assert_int_equal(0, reasoner_count_pairs(&rt, 2));
	assert_true(rt.co16 != NULL && rs.co16 == NULL);
	size_t nonzero = 0;
	for (uint32_t x = 0; x < d->n_items; x++)
		for (uint32_t y = 0; y < d->n_items; y += 3) {
			uint32_t n = reason_together(&rs, x, y);
			assert_int_equal(n, reason_together(&rt, x, y));
			nonzero += n > 0;
		}
	assert_true(nonzero > 100);
	check_contributors_list(d, s, bk);
	reasoner_free(&rs);
	reasoner_free(&rt);
	baskets_free(bk);
	free(col);
	free(row);
	rec_work_free(&w);
	audience_free(a);
	recsys_free(s);
	dataset_free(d);
	rows_free(r);
	clean_free(&c);
	tu_remove(path);
}

static void test_audience_evaluate(void **state)
{
	(void)state;
	char *path = tu_write_temp_str("");
	assert_int_equal(0, gen_write_file(path, 30000, 8, NULL));
	rr_rows *r = ingest_load(path, NULL, 0, NULL);
	rr_clean c;
	clean_init(&c);
	rr_tsplit *sp = split_new(r, &c, day("2011-09-01"));
	assert_non_null(sp);
	rr_recsys *s = fit_rec(r, &c, sp->train, sp->cutoff);
	rr_aud_eval e;
	int ks[] = {5, 10};
	assert_int_equal(0, audience_evaluate(sp, s, 5, ks, 2, 2, &e, NULL));
	assert_true(e.items[RR_TASK_ALL] > 0);
	for (int m = 0; m < RR_AUD_METHODS; m++)
		for (int t = 0; t < RR_TASK_N; t++)
			for (int j = 0; j < 2; j++) {
				assert_true(e.ndcg[m][t][j] >= 0 && e.ndcg[m][t][j] <= 1);
				assert_true(e.recall[m][t][j] >= 0 && e.recall[m][t][j] <= 1);
			}
	/* among customers who never bought an item, both baselines of its owners first are all
	 * orders alone */
	assert_true(e.ndcg[1][RR_TASK_NEW][0] == e.ndcg[2][RR_TASK_NEW][0]);
	assert_true(e.ndcg[1][RR_TASK_NEW][0] == e.ndcg[3][RR_TASK_NEW][0]);
	/* on all, ranking the item's owners first beats all orders alone on this data */
	assert_true(e.ndcg[2][RR_TASK_ALL][0] > e.ndcg[1][RR_TASK_ALL][0]);
	/* the recall at 10 reaches at least that at 5 */
	assert_true(e.recall[0][RR_TASK_ALL][1] >= e.recall[0][RR_TASK_ALL][0]);
	rr_table *t = aud_eval_table(&e, "x");
	assert_int_equal(RR_AUD_METHODS * 2 * 2, t->nrows);
	table_free(t);
	recsys_free(s);
	split_free(sp);
	rows_free(r);
	tu_remove(path);
	/* an item first sold after the cutoff is left out, and counted (t14): P2 by three
	 * evaluated customers, P3 by one (under --min-buyers), P1 ranked */
	path = tu_write_temp_str("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
				 "1,P1,a,1,2011-08-01 10:00,1,1,UK\n2,P1,a,1,2011-08-02 10:00,1,2,UK\n"
				 "3,P1,a,1,2011-08-03 10:00,1,3,UK\n4,P4,d,1,2011-08-03 10:00,1,3,UK\n"
				 "5,P2,b,1,2011-09-02 10:00,1,1,UK\n6,P2,b,1,2011-09-03 10:00,1,2,UK\n"
				 "7,P2,b,1,2011-09-04 10:00,1,3,UK\n7,P1,a,1,2011-09-04 10:00,1,3,UK\n"
				 "8,P1,a,1,2011-09-05 10:00,1,1,UK\n9,P3,c,1,2011-09-05 10:00,1,2,UK\n"
				 "10,P2,b,1,2011-09-05 10:00,1,9,UK\n");
	r = ingest_load(path, NULL, 0, NULL);
	assert_non_null(r);
	sp = split_new(r, &c, day("2011-09-01"));
	assert_non_null(sp);
	s = fit_rec(r, &c, sp->train, sp->cutoff);
	assert_int_equal(0, audience_evaluate(sp, s, 2, ks, 2, 1, &e, NULL));
	assert_int_equal(1, e.items[RR_TASK_ALL]);
	assert_int_equal(1, e.unseen);
	recsys_free(s);
	split_free(sp);
	rows_free(r);
	clean_free(&c);
	tu_remove(path);
}

/* ==== charts ==== */

static char *slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	long len = ftell(f);
	rewind(f);
	char *s = malloc((size_t)len + 1);
	assert_int_equal((size_t)len, fread(s, 1, (size_t)len, f));
	s[len] = '\0';
	fclose(f);
	*n = (size_t)len;
	return s;
}

static void check_png(const char *path)
{
	size_t n;
	unsigned char *s = (unsigned char *)slurp(path, &n);
	assert_true(n > 24);
	assert_memory_equal("\x89PNG\r\n\x1a\n", s, 8);
	assert_memory_equal("IHDR", s + 12, 4);
	uint32_t w = (uint32_t)s[16] << 24 | s[17] << 16 | s[18] << 8 | s[19];
	uint32_t h = (uint32_t)s[20] << 24 | s[21] << 16 | s[22] << 8 | s[23];
	assert_int_equal(CHART_W, w);
	assert_int_equal(CHART_H, h);
	free(s);
}

/* The SVG: its size, and each label as text. */
static void check_svg(const char *path, const char *const *labels)
{
	size_t n;
	char *s = slurp(path, &n);
	assert_non_null(strstr(s, "<svg"));
	assert_non_null(strstr(s, "width=\"960pt\" height=\"600pt\""));
	assert_non_null(strstr(s, "</svg>\n"));
	for (int i = 0; labels[i]; i++)
		if (!strstr(s, labels[i]))
			fail_msg("'%s' lacks '%s'", path, labels[i]);
	free(s);
}

static void test_charts(void **state)
{
	(void)state;
	char dir[] = "/tmp/relrec-chart-XXXXXX", a[256], b[256];
	assert_non_null(mkdtemp(dir));
	snprintf(a, sizeof a, "%s/l.png", dir);
	snprintf(b, sizeof b, "%s/l.SVG", dir);
	float loss[] = {0.9f, 0.5f, 0.6f, 0.4f, 0.5f, 0.45f};
	assert_int_equal(0, chart_loss(a, loss, 3, 2, "run 1: loss & more"));
	assert_int_equal(0, chart_loss(b, loss, 3, 2, "run 1: loss & more"));
	check_png(a);
	const char *ll[] = {">run 1: loss &amp; more</text>", ">training loss<", ">validation loss<",
			    ">kept: epoch 2<", ">epoch<", NULL};
	check_svg(b, ll);
	size_t hist[] = {0, 50, 20, 9, 4, 2, 1, 0, 1};
	rr_labels lab;
	long edges[] = {2, 5};
	labels_set(&lab, 2, edges);
	snprintf(b, sizeof b, "%s/h.svg", dir);
	assert_int_equal(0, chart_labels(b, hist, 8, &lab, "bins 2 5"));
	const char *hl[] = {">edge 2<", ">edge 5<", ">low: 1-2 orders, 70 pairs (80.46%)<",
			    ">high: 6+ orders, 2 pairs (2.30%)<", NULL};
	check_svg(b, hl);
	long one[] = {1, 5};   /* a class of one count: "1 order", not "1 orders" */
	labels_set(&lab, 2, one);
	assert_int_equal(0, chart_labels(b, hist, 8, &lab, "bins 1 5"));
	const char *h1[] = {">low: 1 order, 50 pairs (57.47%)<", ">medium: 2-5 orders, 35 pairs", NULL};
	check_svg(b, h1);
	rr_metrics met;
	int64_t conf[] = {8, 2, 1, 9};
	metrics_from_confusion(&met, conf, 2);
	const char *names[] = {"low", "high"};
	snprintf(a, sizeof a, "%s/c.png", dir);
	snprintf(b, sizeof b, "%s/c.svg", dir);
	assert_int_equal(0, chart_confusion(a, &met, names, "confusion", NULL));
	assert_int_equal(0, chart_confusion(b, &met, names, "confusion", NULL));
	check_png(a);
	const char *cl[] = {">predicted<", ">truth<", ">low<", ">high<", ">80.0%<", ">9<", NULL};
	check_svg(b, cl);
	/* not a chart format; nothing to draw: an error, and no file */
	snprintf(a, sizeof a, "%s/x.pdf", dir);
	assert_int_equal(-1, chart_loss(a, loss, 3, 0, "x"));
	assert_non_null(strstr(err_msg(), "neither .png nor .svg"));
	assert_int_equal(-1, chart_format(".png"));   /* no name before the suffix (t13) */
	assert_non_null(strstr(err_msg(), "a chart needs a file name before its .png"));
	snprintf(a, sizeof a, "%s/.SVG", dir);
	assert_int_equal(-1, chart_format(a));
	assert_int_equal(0, chart_format("x.PNG"));
	assert_int_equal(1, chart_format("d/x.svg"));
	snprintf(a, sizeof a, "%s/x.png", dir);
	float none[] = {NAN, NAN};
	assert_int_equal(-1, chart_loss(a, none, 1, 0, "x"));
	assert_int_equal(-1, access(a, F_OK));
	char cmd[300];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	assert_int_equal(0, system(cmd));
}

/* ==== the loss recorder ==== */

static int passed;
static void count_progress(void *ctx, const rr_progress *p)
{
	(void)ctx;
	(void)p;
	passed++;
}

static void test_lossrec(void **state)
{
	(void)state;
	rr_sink next = {0};
	next.progress = count_progress;
	rr_lossrec r;
	lossrec_init(&r, &next);
	rr_progress p = {.phase = RR_PHASE_BATCH, .epoch = 1, .train_loss = 9};
	r.sink.progress(r.sink.ctx, &p);
	p = (rr_progress){.phase = RR_PHASE_EPOCH, .epoch = 1, .train_loss = 0.5, .val_loss = 0.4};
	r.sink.progress(r.sink.ctx, &p);
	p.epoch = 3;   /* epoch 2 never reported */
	p.train_loss = 0.3;
	p.val_loss = NAN;
	r.sink.progress(r.sink.ctx, &p);
	assert_int_equal(3, passed);
	int n;
	float *v = lossrec_take(&r, &n);
	assert_int_equal(3, n);
	assert_true(v[0] == 0.5f && v[1] == 0.4f);
	assert_true(isnan(v[2]) && isnan(v[3]));
	assert_true(v[4] == 0.3f && isnan(v[5]));
	free(v);
	lossrec_free(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rules),
		cmocka_unit_test(test_rules_file),
		cmocka_unit_test(test_list_files),
		cmocka_unit_test(test_list_csv_records),
		cmocka_unit_test(test_rules_filter_assoc),
		cmocka_unit_test(test_rules_commands),
		cmocka_unit_test(test_due_days),
		cmocka_unit_test(test_due_baseline_ties),
		cmocka_unit_test(test_due_reason_half_up),
		cmocka_unit_test(test_due_fit),
		cmocka_unit_test(test_due_present_filter_until),
		cmocka_unit_test(test_present_who_filters),
		cmocka_unit_test(test_due_filtered_empty),
		cmocka_unit_test(test_due_share_amount),
		cmocka_unit_test(test_audience),
		cmocka_unit_test(test_audience_evaluate),
		cmocka_unit_test(test_charts),
		cmocka_unit_test(test_lossrec),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
