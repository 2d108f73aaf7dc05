/* test_storekey.c — ids two stores number each their own way (storekey.h, t72 F10, F11): a
 * number naming one person in one store and another in the other is the stores' own; one of
 * the same name in both, or of names sharing a word, or in one store only, is not. The load
 * warns with the pipe that writes the store before the number, and that pipe, run, reads
 * each store's customers apart. */
#include "testutil.h"

#include <stdlib.h>

#include "err.h"
#include "ingest.h"
#include "rows.h"
#include "storekey.h"
#include "textfold.h"

static void add(storekey *k, const char *id, const char *store, const char *name)
{
	assert_int_equal(0, storekey_add(k, id, strlen(id), store, strlen(store), name,
					 strlen(name)));
}

static void test_judge(void **state)
{
	(void)state;
	storekey *k = storekey_new();
	assert_non_null(k);
	/* three numbers of two people each: split */
	add(k, "1001", "Utrecht", "Els Bos");
	add(k, "1001", "Gent", "Jan de Vries");
	add(k, "1001", "Utrecht", "Els Bos");   /* again: one triple */
	add(k, "1002", "Utrecht", "Eva Jansen");
	add(k, "1002", "Gent", "Kees Peters");
	add(k, "101", "Utrecht", "Latte");
	add(k, "101", "Gent", "Pintje");
	/* one person in both stores; one name written two ways (a word shared); one store */
	add(k, "1003", "Utrecht", "Anna Smit");
	add(k, "1003", "Gent", "Anna Smit");
	add(k, "1004", "Utrecht", "Els Bos");
	add(k, "1004", "Gent", "E. Bos");
	add(k, "1005", "Utrecht", "Piet Mol");
	storekey_split s;
	assert_int_equal(0, storekey_judge(k, &s));
	assert_int_equal(5, s.ids);   /* 1001..1004 and 101 are seen in two stores */
	assert_int_equal(3, s.split);
	assert_true(storekey_stores_own(&s));
	/* a row with an empty field is not counted; a name past 200 bytes neither */
	char long_name[300];
	memset(long_name, 'a', sizeof long_name - 1);
	long_name[sizeof long_name - 1] = '\0';
	add(k, "1006", "", "X");
	add(k, "1006", "Gent", long_name);
	assert_int_equal(0, storekey_judge(k, &s));
	assert_int_equal(5, s.ids);
	storekey_free(k);
	/* two split of five in two stores: not the stores' own numbering */
	k = storekey_new();
	add(k, "1", "A", "Ann Lee");
	add(k, "1", "B", "Bob Ray");
	add(k, "2", "A", "Cy Fox");
	add(k, "2", "B", "Di Orr");
	for (int i = 3; i <= 5; i++) {
		char id[16];
		snprintf(id, sizeof id, "%d", i);
		add(k, id, "A", "Same Name");
		add(k, id, "B", "Same Name");
	}
	assert_int_equal(0, storekey_judge(k, &s));
	assert_false(storekey_stores_own(&s));
	storekey_free(k);
}

/* t73 F15: one name typed with its accents in one store and without them, in capitals, in
 * the other is one person (a word shared once folded without marks: ü u, ğ g, ø o, ł l, Ç c);
 * two names of no letter in common stay two. textfold_bare never lengthens a name. */
static void test_judge_folds_marks(void **state)
{
	(void)state;
	static const char *const pairs[][2] = {
		{"J\xC3\xBCrgen M\xC3\xBCller", "JURGEN MULLER"},
		{"\xC3\x87" "a\xC4\x9F" "la \xC5\x9E" "ahin", "CAGLA SAHIN"},
		{"S\xC3\xB8ren Ha\xC5\x82" "as", "SOREN HALAS"},
		{"Nguy\xE1\xBB\x85n V\xC4\x83n", "NGUYEN VAN"},
		{"Zoe\xCC\x88 Dube\xCC\x81", "ZOE DUBE"}};   /* NFD: e + U+0308 */
	storekey *k = storekey_new();
	assert_non_null(k);
	for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
		char id[16];
		snprintf(id, sizeof id, "%zu", 1001 + i);
		add(k, id, "Berlin", pairs[i][0]);
		add(k, id, "Wien", pairs[i][1]);
	}
	storekey_split s;
	assert_int_equal(0, storekey_judge(k, &s));
	assert_int_equal(5, s.ids);
	assert_int_equal(0, s.split);
	assert_false(storekey_stores_own(&s));
	storekey_free(k);
	char out[64];
	size_t n = textfold_bare(out, "J\xC3\xBCrgen M\xC3\xBCLLER", 15);
	assert_int_equal(13, n);
	assert_memory_equal("jurgen muller", out, n);
	/* other scripts as textfold has them: ΚΑΦΕΣ is καφεσ, 山田 山田 */
	n = textfold_bare(out, "\xCE\x9A\xCE\x91 \xE5\xB1\xB1", 8);
	assert_int_equal(8, n);
	assert_memory_equal("\xCE\xBA\xCE\xB1 \xE5\xB1\xB1", out, n);
}

/* t73 F25: an id, a store and a name of more than 63 bytes are given whole (they were cut at
 * 63 bytes with no mark: 顧客番号 x 5 + 1001 read as ...100); the warning shows the id whole
 * and cuts a name past 60 bytes with "...". */
static void test_long_values_whole(void **state)
{
	(void)state;
	static const char jp[] = "\xE9\xA1\xA7\xE5\xAE\xA2\xE7\x95\xAA\xE5\x8F\xB7";   /* 顧客番号 */
	char id[3][80], name[128];
	snprintf(name, sizeof name, "%s%s%s%s%s%s", jp, jp, jp, jp, jp, "Yamada");
	storekey *k = storekey_new();
	assert_non_null(k);
	for (int i = 0; i < 3; i++) {
		snprintf(id[i], sizeof id[i], "%s%s%s%s%s%d", jp, jp, jp, jp, jp, 1001 + i);
		char a[160], b[160];
		snprintf(a, sizeof a, "%s %c", name, 'a' + i);
		snprintf(b, sizeof b, "Kim %c", 'x' + i);
		add(k, id[i], "Tokyo", a);
		add(k, id[i], "Osaka", b);
	}
	storekey_split s;
	assert_int_equal(0, storekey_judge(k, &s));
	assert_int_equal(3, s.split);
	assert_string_equal(id[0], s.id);   /* 64 bytes */
	assert_int_equal(64, strlen(s.id));
	storekey_free(k);
	/* the load's warning */
	char text[2048], *o = text;
	o += sprintf(o, "Store,Receipt,Date,Customer No,Customer Name,Item\n");
	for (int i = 0; i < 3; i++) {
		o += sprintf(o, "Tokyo,T%d,2024-05-0%d 10:00,%s,%s %c,P1\n", i, i + 1, id[i], name,
			     'a' + i);
		o += sprintf(o, "Osaka,O%d,2024-05-0%d 11:00,%s,Kim %c,P2\n", i, i + 1, id[i],
			     'x' + i);
	}
	char *p = tu_write_temp_str(text);
	rr_rows *r = ingest_read(p, NULL, NULL);
	tu_remove(p);
	if (!r)
		fail_msg("%s", err_msg());
	char want[256];   /* the name's first 60 bytes: 顧客番号 x 5 */
	snprintf(want, sizeof want, "('%s': '%s%s%s%s%s...' in 'Tokyo', 'Kim x' in 'Osaka')",
		 id[0], jp, jp, jp, jp, jp);
	if (!strstr(r->reading, want))
		fail_msg("no %s in: %s", want, r->reading);
	rows_free(r);
}

/* The load's warning, and its pipe run: by hand, numbers 1, 2 and 3 name one person in
 * Utrecht and another in Gent: 3 customers read, 6 through the pipe. */
static void test_load_warns_and_pipe_splits(void **state)
{
	(void)state;
	static const char text[] =
		"Winkel;Bon;Datum;Klantnummer;Klantnaam;Artikel;Aantal;Prijs\n"
		"Utrecht;U1;02-01-2024 10:00;1;Els Bos;A1;1;1,00\n"
		"Gent;G1;02-01-2024 11:00;1;Jan de Vries;A2;1;1,00\n"
		"Utrecht;U2;03-01-2024 10:00;2;Eva Jansen;A1;1;1,00\n"
		"Gent;G2;03-01-2024 11:00;2;Kees Peters;A2;1;1,00\n"
		"Utrecht;U3;04-01-2024 10:00;3;Max Vos;A1;1;1,00\n"
		"Gent;G3;04-01-2024 11:00;3;Tom Dijk;A2;1;1,00\n";
	char *p = tu_write_temp_str(text);
	rr_rows *r = ingest_read(p, NULL, NULL);
	if (!r)
		fail_msg("%s", err_msg());
	assert_int_equal(3, strtab_count(r->customers));
	const char *w = strstr(r->reading, "warning: 3 customer ids of the 3 seen in two or more "
				  "of 'Winkel''s values carry another 'Klantnaam' in each");
	assert_non_null(w);
	/* the pipe as the warning writes it, unquoted as the load command reads it */
	const char *a = strstr(w, "(load \"|");
	assert_non_null(a);
	a += 7;
	char cmd[4096];
	size_t n = 0;
	for (; *a && *a != '"' && n + 1 < sizeof cmd; a++)
		cmd[n++] = *a == '\\' && a[1] ? *++a : *a;
	cmd[n] = '\0';
	assert_int_equal('"', *a);
	/* run as written: it names the file, quoted (t73 F17: it ended in the word FILE) */
	char end[600];
	snprintf(end, sizeof end, "}}1' '%s'", p);
	assert_true(n > strlen(end) && strcmp(cmd + n - strlen(end), end) == 0);
	rows_free(r);
	r = ingest_read(cmd, NULL, NULL);
	tu_remove(p);
	if (!r)
		fail_msg("%s: %s", cmd, err_msg());
	assert_int_equal(6, strtab_count(r->customers));
	assert_int_not_equal(RR_NONE, strtab_find(r->customers, "Gent-1", 6));
	assert_null(strstr(r->reading, "carry another"));
	rows_free(r);
}

/* The store and name column names are the manual's. */
static void test_names_documented(void **state)
{
	(void)state;
	const char *man = tu_read_man();
	assert_non_null(man);
	man = strstr(man, "Two stores' own numberings joined");
	assert_non_null(man);
	char para[1600];
	snprintf(para, sizeof para, "%s", man);
	const char *const *lists[2] = {ingest_store_columns, ingest_customer_name_columns};
	for (int k = 0; k < 2; k++)
		for (const char *const *w = lists[k]; *w; w++) {
			const char *at = para;
			size_t n = strlen(*w);
			int found = 0;   /* a whole word of the list */
			while (!found && (at = strstr(at + 1, *w)))
				found = (at[-1] == ' ' || at[-1] == '\n' || at[-1] == '(') &&
					(at[n] == ',' || at[n] == ')' || at[n] == '\n');
			if (!found)
				fail_msg("man/relrec.1 does not list the column name '%s'", *w);
		}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_judge),
		cmocka_unit_test(test_judge_folds_marks),
		cmocka_unit_test(test_long_values_whole),
		cmocka_unit_test(test_load_warns_and_pipe_splits),
		cmocka_unit_test(test_names_documented),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
