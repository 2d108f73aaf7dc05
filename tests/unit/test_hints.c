/* test_hints.c — what a load's hints and refusals say when the file is not what they first
 * took it for (t46): a customer column empty on every line (F4), a hint's --map that carries
 * the map given (F8); dates of another calendar (F6) and fixed-width text (F11) said as
 * what they are, not as a table to join; the digits of other scripts (F10); money with its
 * abbreviation's point or a mark and its ISO code, and no month name after a whole date
 * (F13), the code pages named from the bytes (F7), UTF-16 without a byte order mark whose first letter is past Latin-1 (F13). */
#include "testutil.h"

#include <stdarg.h>

#include "csvdate.h"
#include "csvsniff.h"
#include "csvsource.h"
#include "err.h"
#include "ingest.h"
#include "rows.h"
#include "strtab.h"

static rr_rows *load_opts(const char *text, const rr_ingest_opts *o)
{
	char *p = tu_write_temp_str(text);
	rr_rows *r = ingest_read(p, o, NULL);
	tu_remove(p);
	return r;
}

/* A buffer of CSV text built line by line. */
typedef struct text {
	char *s;
	size_t n, cap;
} text;

static void put(text *t, const char *fmt, ...)
{
	va_list ap;
	for (;;) {
		va_start(ap, fmt);
		int k = vsnprintf(t->s + t->n, t->cap - t->n, fmt, ap);
		va_end(ap);
		assert_true(k >= 0);
		if ((size_t)k < t->cap - t->n) {
			t->n += (size_t)k;
			return;
		}
		t->cap = t->cap * 2 + (size_t)k + 64;
		t->s = realloc(t->s, t->cap);
		assert_non_null(t->s);
	}
}

/* F8: each hint's --map gets the roles mapped already, before its own; a role or a column
 * the hint gives is the hint's; text without --map is copied. */
static void test_map_merge(void **state)
{
	(void)state;
	char out[512];
	sniff_map_merge("date=1", "load with --map event='Tipo Documento' --purchase X", out,
			sizeof out);
	assert_string_equal("load with --map date=1,event='Tipo Documento' --purchase X", out);
	sniff_map_merge("date=Fecha Emisión,user=Kunde",
			"a (--map qty='Menge'); b --map user=Konto reads it.", out, sizeof out);
	assert_string_equal("a (--map date='Fecha Emisión',user=Kunde,qty='Menge'); "
			    "b --map date='Fecha Emisión',user=Konto reads it.", out);
	/* a column the hint gives to another role leaves the map's role out */
	sniff_map_merge("item=Telefon,date=2", "--map user=Telefon", out, sizeof out);
	assert_string_equal("--map date=2,user=Telefon", out);
	/* no role a map names: left alone */
	sniff_map_merge("date=2", "--map NAME=- leaves it", out, sizeof out);
	assert_string_equal("--map NAME=- leaves it", out);
	sniff_map_merge(NULL, "x --map user=A", out, sizeof out);
	assert_string_equal("x --map user=A", out);
	/* cut to the buffer, ended */
	sniff_map_merge("date=1", "load with --map qty=Menge", out, 12);
	assert_int_equal(11, strlen(out));
}

static const char prom[] =
	"Номер,Дата замовлення,ПІБ покупця,Телефон,Email,Артикул,Назва товару,Статус\n"
	"201000,06.01.2024,Покупець 1,+380661234000,,A-1,Шкарпетки,Виконано\n"
	"201000,06.01.2024,Покупець 1,+380661234000,,A-2,Рюкзак,Виконано\n"
	"201001,07.01.2024,Покупець 2,+380661234001,,A-3,Шапка,Виконано\n"
	"201001,07.01.2024,Покупець 2,+380661234001,,A-1,Шкарпетки,Виконано\n"
	"201002,08.01.2024,Покупець 3,+380661234002,,A-2,Рюкзак,Виконано\n"
	"201002,08.01.2024,Покупець 3,+380661234002,,A-4,Сумка,Виконано\n";

/* F4: the customer's column empty on every line is said, with the columns that hold values
 * and may name the customer (a telephone, a buyer's name), and the map given kept (F8). */
static void test_empty_customer(void **state)
{
	(void)state;
	rr_ingest_opts o = {.map = "date=2"};
	rr_rows *r = load_opts(prom, &o);
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "'Email', read as the customer, is empty on every "
				"line"));
	assert_non_null(strstr(r->reading, "'Телефон' ('+380661234000'), 'ПІБ покупця' "
				"('Покупець 1'): load with --map date=2,user=COL"));
	/* not the product's name, the order's number nor the status */
	assert_null(strstr(r->reading, "'Назва товару' ("));
	assert_null(strstr(r->reading, "'Номер' ("));
	rows_free(r);
	/* a customer column with values: nothing said */
	o.map = "date=2,user=Телефон";
	r = load_opts(prom, &o);
	assert_non_null(r);
	assert_null(strstr(r->reading, "is empty on every line"));
	rows_free(r);
}

/* F6: a date column of another calendar is said as one (convert it), not as a table to join;
 * in Persian digits as in ASCII ones, the year first or last. */
static void test_other_calendar(void **state)
{
	(void)state;
	static const char *const files[] = {
		"n,tarikh,mushtari,kala\n1,1402/10/14,A,K-1\n2,1402/10/15,B,K-2\n",
		"n,tarikh,mushtari,kala\n1,\xDB\xB1\xDB\xB4\xDB\xB0\xDB\xB2/\xDB\xB1\xDB\xB0/"
		"\xDB\xB1\xDB\xB4,A,K-1\n2,\xDB\xB1\xDB\xB4\xDB\xB0\xDB\xB2/\xDB\xB1\xDB\xB0/"
		"\xDB\xB1\xDB\xB5,B,K-2\n",
		"n,tarikh,mushtari,kala\n1,20-06-1445,A,K-1\n2,21-06-1445,B,K-2\n",
	};
	for (size_t k = 0; k < sizeof files / sizeof *files; k++) {
		assert_null(load_opts(files[k], NULL));
		assert_non_null(strstr(err_msg(), "'tarikh' (2, '"));
		assert_non_null(strstr(err_msg(), "of another calendar"));
		assert_null(strstr(err_msg(), "date's: a file without"));
	}
	/* three numbers of no such year are no such date */
	assert_null(load_opts("n,ref,mushtari,kala\n1,12/10/1602,A,K-1\n2,12/10/1603,B,K-2\n",
			      NULL));
	assert_null(strstr(err_msg(), "of another calendar"));
}

/* F11: one column and no separator, its fields set apart by blanks: fixed-width text. */
static void test_fixed_width(void **state)
{
	(void)state;
	assert_null(load_opts("SALES DETAIL REPORT          PAGE 1\n"
			      "CUSTNO  INVNO  DATE      ITEM\n"
			      "C001    1001   20240105  A-1\n", NULL));
	assert_non_null(strstr(err_msg(), "is one column with no separator"));
	assert_non_null(strstr(err_msg(), "fixed-width text"));
	assert_null(strstr(err_msg(), "join the table"));
}

/* F10: the digits of other scripts are read as ASCII ones, from one table of their blocks:
 * Bengali with the taka sign, Thai, Devanagari. */
static void test_script_digits(void **state)
{
	(void)state;
	char c;
	size_t len;
	static const struct {
		const char *s;
		char want;
	} d[] = {{"\xE0\xA7\xA8", '2'}, {"\xE0\xB9\x91", '1'}, {"\xE0\xA5\xAF", '9'},
		 {"\xD9\xA3", '3'}, {"\xDB\xB4", '4'}, {"\xEF\xBC\x95", '5'}, {"\xE0\xAF\xA6", '0'}};
	for (size_t k = 0; k < sizeof d / sizeof *d; k++) {
		assert_int_equal(1, rows_plain_char((const unsigned char *)d[k].s, strlen(d[k].s), &c,
						    &len));
		assert_int_equal(d[k].want, c);
		assert_int_equal(strlen(d[k].s), len);
	}
	/* a Bengali letter is no digit */
	assert_int_equal(0, rows_plain_char((const unsigned char *)"\xE0\xA6\x95", 3, &c, &len));
	rr_rows *r = load_opts("customer_id,sku,date,qty,price\n"
			       "C0,S0,2024-01-01,\xE0\xA7\xA8,\"\xE0\xA7\xB3 \xE0\xA7\xA7,\xE0\xA7\xA8"
			       "\xE0\xA7\xAB\xE0\xA7\xA6.\xE0\xA7\xA6\xE0\xA7\xA6\"\n"
			       "C1,S1,2024-01-02,\xE0\xB9\x93,\xE0\xB9\x94\xE0\xB9\x95.\xE0\xB9\x90"
			       "\xE0\xB9\x90\n", NULL);
	assert_non_null(r);
	assert_int_equal(2, r->n);
	assert_true(r->qty[0] == 2 && r->price[0] == 1250);
	assert_true(r->qty[1] == 3 && r->price[1] == 45);
	rows_free(r);
	r = load_opts("customer_id,sku,date,qty,price\nC1,S1,2024-01-02,1,Tk 450.00\n", NULL);
	assert_non_null(r);
	assert_int_equal(1, r->n);
	assert_true(r->price[0] == 450);
	rows_free(r);
}

/* F13: a currency's abbreviation with its point, and a shared mark with the ISO code that
 * names it, are read; a word after a whole date of numbers is no month name. */
static void test_money_and_klo(void **state)
{
	(void)state;
	rr_rows *r = load_opts("customer_id;sku;date;qty;price\n"
			       "C0;S0;2024-01-01;1;89,00 \xD0\xB3\xD1\x80\xD0\xBD.\n"
			       "C1;S1;2024-01-02;1;1 250,00 \xD0\xB3\xD1\x80\xD0\xBD\n", NULL);
	assert_non_null(r);
	assert_int_equal(2, r->n);
	assert_true(r->price[0] == 89 && r->price[1] == 1250);
	rows_free(r);
	r = load_opts("customer_id,sku,date,qty,price\nC0,S0,2024-01-01,1,\"$1,250.00 MXN\"\n"
		      "C1,S1,2024-01-02,1,$89.50 MXN\nC2,S2,2024-01-03,1,12.00 EUR EUR\n", NULL);
	assert_non_null(r);
	assert_int_equal(3, r->n);
	assert_true(r->price[0] == 1250 && r->price[1] == 89.5 && r->price[2] == 12);
	rows_free(r);
	/* two currencies are no price */
	r = load_opts("customer_id,sku,date,qty,price\nC0,S0,2024-01-01,1,12 USD EUR\n"
		      "C1,S1,2024-01-02,1,$12\n", NULL);
	assert_non_null(r);
	assert_int_equal(1, r->n);
	rows_free(r);
	char word[32];
	assert_int_equal(0, date_unknown_month("5.1.2024 klo 13.22", 18, word, sizeof word));
	assert_int_equal(1, date_unknown_month("5 tammikuuta 2024", 17, word, sizeof word));
	assert_string_equal("tammikuuta", word);
}

/* F13: UTF-16LE without a byte order mark whose first letter is past Latin-1 (Ỏ after an
 * S) is read as UTF-16, as one of ASCII letters is. */
static void test_utf16_unmarked(void **state)
{
	(void)state;
	static const char utf8[] = "\xE1\xBB\x8E" "customer_id,sku,date\nC1,S1,2024-01-05\n"
				   "C2,S2,2024-01-06\n";
	char utf16[256];
	size_t n = 0;
	/* Ỏ is U+1ECE: CE 1E in UTF-16LE; the rest is ASCII */
	utf16[n++] = (char)0xCE;
	utf16[n++] = 0x1E;
	for (const char *p = utf8 + 3; *p; p++) {
		utf16[n++] = *p;
		utf16[n++] = 0;
	}
	char *path = tu_write_temp(utf16, n);
	rr_rows *r = ingest_read(path, NULL, NULL);
	tu_remove(path);
	/* the header's first name is Ỏcustomer_id: no customer, but no NUL byte either */
	assert_null(r);
	assert_null(strstr(err_msg(), "NUL byte"));
	assert_non_null(strstr(err_msg(), "\xE1\xBB\x8E" "customer_id"));
}

/* text (UTF-8, BMP only) as UTF-16 without a byte order mark, big-endian or not, into out;
 * its length. */
static size_t utf16_of(const char *text, int big, char *out, size_t size)
{
	size_t n = 0;
	for (const unsigned char *p = (const unsigned char *)text; *p && n + 2 <= size;) {
		unsigned c = *p < 0x80 ? *p : *p < 0xE0 ? (*p & 0x1Fu) << 6 | (p[1] & 0x3Fu)
			     : (*p & 0x0Fu) << 12 | (p[1] & 0x3Fu) << 6 | (p[2] & 0x3Fu);
		p += *p < 0x80 ? 1 : *p < 0xE0 ? 2 : 3;
		out[n + !big] = (char)(c >> 8);
		out[n + big] = (char)(c & 0xFF);
		n += 2;
	}
	return n;
}

/* t65 F4: UTF-16 without a byte order mark whose header is Cyrillic (Номер;Клиент;Артикул;
 * Количество;Дата: no NUL among its letters' bytes, only beside ';' and digits) is read as
 * UTF-16, either byte order, as a Latin one is; NULs on both sides of the units stay a
 * binary file's. */
static void test_utf16_unmarked_script(void **state)
{
	(void)state;
	static const char utf8[] =
		"\xD0\x9D\xD0\xBE\xD0\xBC\xD0\xB5\xD1\x80;\xD0\x9A\xD0\xBB\xD0\xB8\xD0\xB5"
		"\xD0\xBD\xD1\x82;\xD0\x90\xD1\x80\xD1\x82\xD0\xB8\xD0\xBA\xD1\x83\xD0\xBB;"
		"\xD0\x9A\xD0\xBE\xD0\xBB\xD0\xB8\xD1\x87\xD0\xB5\xD1\x81\xD1\x82\xD0\xB2"
		"\xD0\xBE;\xD0\x94\xD0\xB0\xD1\x82\xD0\xB0\n1;C1;A;2;2024-03-01\n"
		"2;C2;B;1;2024-03-02\n";
	char buf[512];
	for (int big = 0; big < 2; big++) {
		size_t n = utf16_of(utf8, big, buf, sizeof buf);
		char *path = tu_write_temp(buf, n);
		rr_rows *r = ingest_read(path, NULL, NULL);
		tu_remove(path);
		if (!r)
			fail_msg("%s: %s", big ? "BE" : "LE", err_msg());
		assert_int_equal(r->n, 2);
		assert_non_null(strstr(r->reading, big ? "UTF-16BE (no byte order mark: its NUL "
							 "bytes say so)" : "UTF-16LE (no byte order "
							 "mark: its NUL bytes say so)"));
		rows_free(r);
	}
	/* a NUL on the other side too: no text's, the refusal as before */
	size_t n = utf16_of(utf8, 0, buf, sizeof buf);
	buf[4] = 0;
	char *path = tu_write_temp(buf, n);
	assert_null(ingest_read(path, NULL, NULL));
	tu_remove(path);
	assert_non_null(strstr(err_msg(), "NUL byte: a damaged or binary file, not CSV text"));
	assert_null(strstr(err_msg(), "UTF-16"));
	/* no separator among the first 32 characters (a first name of 33 letters): not
	 * detected, the refusal names UTF-16 as what its NULs may be */
	char text[600];
	snprintf(text, sizeof text, "%s%s", "\xD0\x9D\xD0\xBE\xD0\xBC\xD0\xB5\xD1\x80\xD0\x9D"
		 "\xD0\xBE\xD0\xBC\xD0\xB5\xD1\x80\xD0\x9D\xD0\xBE\xD0\xBC\xD0\xB5\xD1\x80"
		 "\xD0\x9D\xD0\xBE\xD0\xBC\xD0\xB5\xD1\x80\xD0\x9D\xD0\xBE\xD0\xBC\xD0\xB5"
		 "\xD1\x80\xD0\x9D\xD0\xBE\xD0\xBC\xD0\xB5\xD1\x80\xD0\x9D\xD0\xBE\xD0\xBC",
		 utf8);   /* НомерНомер...: 33 letters before Номер; */
	n = utf16_of(text, 0, buf, sizeof buf);
	path = tu_write_temp(buf, n);
	assert_null(ingest_read(path, NULL, NULL));
	tu_remove(path);
	assert_non_null(strstr(err_msg(), "(or UTF-16 without a byte order mark, a NUL in every "
				       "other byte: load with --encoding UTF-16LE or UTF-16BE)"));
}

/* t65 F10: ISO-2022-JP, all of it ASCII bytes, its Japanese between ESC $ B and ESC ( B:
 * a header of such names is refused with --encoding ISO-2022-JP first, not --map advice
 * over escape codes; loaded by a --map as ASCII, a warning names the encoding; with it,
 * 伝票番号 (ESC $ B EAI<HV9f) is read. */
static void test_iso2022_named(void **state)
{
	(void)state;
	static const char text[] =
		"\x1B$BEAI<HV9f\x1B(B,\x1B$B>&IJ%3!<%I\x1B(B,\x1B$B?tNL\x1B(B,\x1B$BF|IU\x1B(B,"
		"\x1B$BC12A\x1B(B,\x1B$B8\\5R%3!<%I\x1B(B\n"
		/* 伝票番号,商品コード,数量,日付,単価,顧客コード */
		"5000,P100,1,2024-03-01,100,K1\n5001,P101,2,2024-03-02,150,K2\n";
	assert_null(load_opts(text, NULL));
	assert_non_null(strstr(err_msg(), "holds the escape sequences of ISO-2022-JP (7-bit "
				       "Japanese, JIS: ESC $ B), read as ASCII: load with --encoding "
				       "ISO-2022-JP (read so: "));
	rr_ingest_opts o = {.map = "user=6,item=2,qty=3,date=4,price=5,invoice=1"};
	rr_rows *r = load_opts(text, &o);
	assert_non_null(r);
	assert_int_equal(r->n, 2);
	assert_non_null(strstr(r->reading, "warning: "));
	assert_non_null(strstr(r->reading, "holds the escape sequences of ISO-2022-JP"));
	rows_free(r);
	o.encoding = "ISO-2022-JP";
	r = load_opts(text, &o);
	assert_non_null(r);
	assert_int_equal(r->n, 2);
	assert_non_null(strstr(r->reading, "invoice=\xE4\xBC\x9D\xE7\xA5\xA8\xE7\x95\xAA\xE5\x8F"
					   "\xB7"));
	assert_null(strstr(r->reading, "escape sequences"));
	rows_free(r);
}

/* F7: the code pages named for text that is not UTF-8 are those that read its bytes as
 * words of one script: Arabic in cp1256, Lithuanian in cp1257; a Western text's cp1252
 * stands (none named). */
static void test_code_pages(void **state)
{
	(void)state;
	char buf[96];
	/* رقم الفاتورة,التاريخ,العميل in windows-1256 */
	static const unsigned char ar[] = "\xD1\xDE\xE3 \xC7\xE1\xDD\xC7\xCA\xE6\xD1\xC9,"
					  "\xC7\xE1\xCA\xC7\xD1\xED\xCE,\xC7\xE1\xDA\xE3\xED\xE1\n";
	assert_int_equal(1, source_code_pages(ar, sizeof ar - 1, buf, sizeof buf));
	assert_string_equal("cp1256 Arabic", buf);
	/* Prekės kodas;Prekės pavadinimas;Klientas / UAB Šilas;Sūris Džiugas in windows-1257 */
	static const unsigned char lt[] = "Prek\xEBs kodas;Prek\xEBs pavadinimas\n"
					  "UAB \xD0ilas;S\xFBris D\xFEiugas\n";
	assert_int_equal(1, source_code_pages(lt, sizeof lt - 1, buf, sizeof buf));
	assert_string_equal("cp1257 Baltic", buf);
	/* Покупатель;Количество;Цена in windows-1251 (its т, mid-word, is Greek's final sigma) */
	static const unsigned char ru[] = "\xCF\xEE\xEA\xF3\xEF\xE0\xF2\xE5\xEB\xFC;"
					  "\xCA\xEE\xEB\xE8\xF7\xE5\xF1\xF2\xE2\xEE;"
					  "\xD6\xE5\xED\xE0\n";
	assert_int_equal(1, source_code_pages(ru, sizeof ru - 1, buf, sizeof buf));
	assert_string_equal("cp1251 Cyrillic", buf);
	/* t64 L5: Nº Factura;Cód. Cliente;Mª José;2ª planta in cp1252: the ordinal indicators
	 * end their words (cp1250 reads them Nş, MŞ): the guess stands */
	static const unsigned char es[] = "N\xBA Factura;C\xF3" "d. Cliente;M\xAA Jos\xE9;"
					  "2\xAA planta\n";
	assert_int_equal(0, source_code_pages(es, sizeof es - 1, buf, sizeof buf));
	assert_string_equal("", buf);
	/* Preşedinte;Bucureşti;Timiş in cp1250: ş inside a word is no ordinal, cp1250 named */
	static const unsigned char ro[] = "Pre\xBA" "edinte;Bucure\xBAti;Timi\xBA\n";
	assert_int_equal(1, source_code_pages(ro, sizeof ro - 1, buf, sizeof buf));
	assert_string_equal("cp1250 Central European", buf);
	/* Café Müller, Ærø in cp1252: the guess stands */
	static const unsigned char we[] = "Caf\xE9 M\xFCller;\xC6r\xF8 Stra\xDF" "e\n";
	assert_int_equal(0, source_code_pages(we, sizeof we - 1, buf, sizeof buf));
	assert_string_equal("", buf);
}

/* t56 F7, F8, F16, F18c: the Western and Cyrillic encodings that are not Windows': Latin-9's
 * euro (cp1252's ¤), Excel for Mac's Mac Roman, a DOS till's cp850, KOI8-R; and Größe is
 * no Thai (cp874 reads its ö and ß as a Thai digit and the baht sign). */
static void test_code_pages_more(void **state)
{
	(void)state;
	char buf[200];
	/* Tea towel Größe;3,25 € in ISO-8859-15 */
	static const unsigned char l9[] = "Tea towel Gr\xF6\xDF" "e;3,25 \xA4\n";
	assert_int_equal(1, source_code_pages(l9, sizeof l9 - 1, buf, sizeof buf));
	assert_string_equal("iso-8859-15 Western European with the euro (Latin-9)", buf);
	/* Désignation;Quantité;Crème brûlée in Mac Roman */
	static const unsigned char mac[] = "D\x8Esignation;Quantit\x8E;Cr\x8Fme br\x9El\x8E" "e\r";
	assert_int_equal(1, source_code_pages(mac, sizeof mac - 1, buf, sizeof buf));
	assert_string_equal("macintosh Western European (Mac Roman, Excel for Mac's CSV)", buf);
	/* Menge;Stück;Grüner Tee;Käse in cp850 */
	static const unsigned char dos[] = "Menge;St\x81" "ck;Gr\x81ner Tee;K\x84se\r\n";
	assert_int_equal(1, source_code_pages(dos, sizeof dos - 1, buf, sizeof buf));
	assert_string_equal("cp850 Western European (DOS)", buf);
	/* Номер заказа;Дата;Покупатель in KOI8-R */
	static const unsigned char koi[] = "\xEE\xCF\xCD\xC5\xD2 \xDA\xC1\xCB\xC1\xDA\xC1;"
					   "\xE4\xC1\xD4\xC1;\xF0\xCF\xCB\xD5\xD0\xC1\xD4\xC5"
					   "\xCC\xD8\n";
	assert_int_equal(1, source_code_pages(koi, sizeof koi - 1, buf, sizeof buf));
	assert_string_equal("koi8-r Cyrillic (KOI8-R)", buf);
}

/* t74 F19: a Vietnamese header in cp1258 (Số hóa đơn, Mã khách hàng: its tone marks are
 * bytes of their own) is told cp1258, not cp1250, and --encoding cp1258 reads its names; an
 * EUC-JP header (受注番号,受注日,...) is told euc-jp (cp932, named before, refused its first
 * byte), a Shift_JIS one still cp932. */
static void test_vietnamese_euc_hints(void **state)
{
	(void)state;
	static const char vi[] = "S\xF4\xEC h\xF3" "a \xF0\xF5n,Ng\xE0y,Ma\xDE kh\xE1" "ch h\xE0ng,"
		"Ma\xDE h\xE0ng,S\xF4\xEC l\xFD\xF5\xF2ng,\xD0\xF5n gi\xE1\n"
		"HD1,05/01/2024,KH1,SP1,2,75000\nHD2,06/01/2024,KH2,SP2,1,30000\n";
	rr_rows *r = load_opts(vi, NULL);
	const char *why = r ? r->reading : err_msg();
	if (!strstr(why, "cp1258 Vietnamese") || strstr(why, "cp1250"))
		fail_msg("%s", why);
	rows_free(r);
	rr_ingest_opts o = {.encoding = "cp1258", .map = "date=2"};
	r = load_opts(vi, &o);
	if (!r)
		fail_msg("%s", err_msg());
	assert_int_equal(2, r->n);
	/* Mã khách hàng, Đơn giá as read */
	assert_non_null(strstr(r->reading, "user=M\xC3\xA3 kh\xC3\xA1" "ch h\xC3\xA0ng"));
	assert_non_null(strstr(r->reading, "price=\xC4\x90\xC6\xA1n gi\xC3\xA1"));
	rows_free(r);
	static const char euc[] = "\xBC\xF5\xC3\xED\xC8\xD6\xB9\xE6,\xBC\xF5\xC3\xED\xC6\xFC,"
		"\xB2\xF1\xB0\xF7ID,\xBE\xA6\xC9\xCA\xC8\xD6\xB9\xE6\n1,2024/01/05,7,A\n";
	assert_null(load_opts(euc, NULL));
	assert_non_null(strstr(err_msg(), "the header is not UTF-8 (name its encoding with "
				"--encoding: its bytes pair as EUC's do, each from A1 to FE: euc-jp "
				"Japanese,"));
	static const char sjis[] = "\x8E\xF3\x92\x8D\x94\xD4\x8D\x86,\x8E\xF3\x92\x8D\x93\xFA,"
		"\x89\xEF\x88\xF5ID,\x8F\xA4\x95i\x94\xD4\x8D\x86\n1,2024/01/05,7,A\n";
	assert_null(load_opts(sjis, NULL));
	assert_non_null(strstr(err_msg(), "cp932 Japanese"));
	assert_null(strstr(err_msg(), "euc-jp"));
}

/* t59 F10 (e101): an order's, an invoice's, a receipt's or a document's number by the names
 * table, or such a name after words of its own; not a session's, nor a word ending so. */
static void test_order_named(void **state)
{
	(void)state;
	static const char *const yes[] = {"Invoice No", "Order ID", "Sales Order No",
					  "Customer Order No", "Sales Order Ref", "Receipt Number",
					  "Document No.", NULL};
	static const char *const no[] = {"Reorder", "Sort order", "Session ID", "Customer ID",
					 "Order Date", "Order Status", "No", NULL};
	for (int i = 0; yes[i]; i++)
		if (!sniff_order_named(yes[i]))
			fail_msg("'%s' is an order's number", yes[i]);
	for (int i = 0; no[i]; i++)
		if (sniff_order_named(no[i]))
			fail_msg("'%s' is no order's number", no[i]);
}

/* The note of an order's number beside the invoice's, nested: an order invoiced in parts
 * (each invoice within one order), one invoice over several orders; none for a line's own
 * number (Etsy's Transaction ID per line) nor for numbers one to one. */
static void test_nested_numbers(void **state)
{
	(void)state;
	static const char split[] =
		"Invoice No,Sales Order No,Customer ID,SKU,Qty,Price,Date\n"
		"I1,S1,C1,A,1,2.00,2024-01-01\nI1,S1,C1,B,1,2.00,2024-01-01\n"
		"I2,S1,C1,C,1,2.00,2024-01-03\nI2,S1,C1,A,1,2.00,2024-01-03\n"
		"I3,S2,C2,A,1,2.00,2024-01-02\nI3,S2,C2,B,1,2.00,2024-01-02\n"
		"I4,S2,C2,B,1,2.00,2024-01-05\nI5,S3,C1,A,2,2.00,2024-01-06\n"
		"I5,S3,C1,C,2,2.00,2024-01-06\n";
	static const char consolidated[] =
		"Invoice No,Order Ref,Customer ID,SKU,Qty,Price,Date\n"
		"I1,O1,C1,A,1,2.00,2024-01-01\nI1,O1,C1,B,1,2.00,2024-01-01\n"
		"I1,O2,C1,A,1,2.00,2024-01-08\nI1,O2,C1,C,1,2.00,2024-01-08\n"
		"I2,O3,C2,A,1,2.00,2024-01-02\nI2,O3,C2,B,1,2.00,2024-01-02\n"
		"I2,O4,C2,B,1,2.00,2024-01-09\nI2,O4,C2,C,1,2.00,2024-01-09\n";
	static const char per_line[] =
		"Order ID,Transaction ID,Customer ID,SKU,Qty,Price,Date\n"
		"1,T1,C1,A,1,2.00,2024-01-01\n1,T2,C1,B,1,2.00,2024-01-01\n"
		"2,T3,C2,A,1,2.00,2024-01-02\n2,T4,C2,B,1,2.00,2024-01-02\n"
		"3,T5,C1,C,1,2.00,2024-01-03\n3,T6,C1,A,1,2.00,2024-01-03\n";
	rr_ingest_opts o = {0};
	rr_rows *r = load_opts(split, &o);
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "note: each of the 5 numbers of 'Invoice No', the "
				"invoice read, lies within one of the 3 of 'Sales Order No', 2 of "
				"which span several"));
	assert_non_null(strstr(r->reading, "--map invoice='Sales Order No' counts one per"));
	rows_free(r);
	o.map = "invoice=Invoice No";
	assert_non_null(r = load_opts(consolidated, &o));
	assert_non_null(strstr(r->reading, "note: each of the 4 numbers of 'Order Ref' lies within "
				"one of the 2 of 'Invoice No', the invoice read, 2 of which hold "
				"several"));
	assert_non_null(strstr(r->reading, "--map invoice='Order Ref' counts one per"));
	rows_free(r);
	o.map = NULL;
	assert_non_null(r = load_opts(per_line, &o));
	assert_null(strstr(r->reading, "lies within"));
	rows_free(r);
}

/* A column of Credit and Debit spelled out (PayPal's Balance Impact beside its Memo lines) is
 * which way money went, no document type: never offered as --purchase or --return, every
 * row read as before (t72 F14: the hint read each sale, a Credit, as a return). */
static void test_money_way_no_document(void **state)
{
	(void)state;
	text t = {0};
	put(&t, "Invoice,Date,Customer,Item,Quantity,Price,Balance Impact\n");
	for (int k = 0; k < 40; k++)
		put(&t, "%d,2024-01-%02d,C%d,I%d,1,2.50,%s\n", 100 + k / 2, 1 + k % 28, k % 6,
		    k % 5, k % 10 == 9 ? "Debit" : k % 2 ? "Memo" : "Credit");
	rr_rows *r = load_opts(t.s, NULL);
	free(t.s);
	assert_non_null(r);
	assert_int_equal(40, r->n);
	assert_null(strstr(r->reading, "Balance Impact' holds"));
	assert_null(strstr(r->reading, "--purchase"));
	rows_free(r);
	/* without the Memo lines: no line's sign to read as the event either */
	t = (text){0};
	put(&t, "Invoice,Date,Customer,Item,Quantity,Price,Balance Impact\n");
	for (int k = 0; k < 40; k++)
		put(&t, "%d,2024-01-%02d,C%d,I%d,1,2.50,%s\n", 100 + k, 1 + k % 28, k % 6, k % 5,
		    k % 10 == 9 ? "Debit" : "Credit");
	r = load_opts(t.s, NULL);
	free(t.s);
	assert_non_null(r);
	assert_int_equal(40, r->n);
	assert_null(strstr(r->reading, "Balance Impact' holds"));
	assert_null(strstr(r->reading, "--purchase"));
	rows_free(r);
}

/* An ERP's sales orders beside the invoices made of them (Erply's ORDER beside CASHINVOICE,
 * INVWAYBILL): the hint leaves ORDER out of --purchase and says why, and the warning counts
 * it among the rows read as purchases now (t72 F15: followed, every invoiced order counted
 * twice). ORDER among no other sale stays the purchase it is in an event log. */
static void test_order_beside_invoices(void **state)
{
	(void)state;
	static const char *const type[] = {"INVWAYBILL", "INVWAYBILL", "ORDER", "CASHINVOICE",
					   "INVWAYBILL", "CREDITINVOICE"};
	text t = {0};
	put(&t, "Document no.;Type;Date;Customer code;Product code;Amount;Price\n");
	for (int k = 0; k < 36; k++)
		put(&t, "%d;%s;%02d.01.2024;C%d;P%d;%d;2.99\n", 3000 + k, type[k % 6], 1 + k % 28,
		    k % 5, k % 4, 1 + k % 3);
	rr_rows *r = load_opts(t.s, NULL);
	free(t.s);
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "every row is read as a purchase, ORDER, "
					   "CREDITINVOICE too"));
	assert_non_null(strstr(r->reading, "--map event='Type' --purchase INVWAYBILL,CASHINVOICE "
					   "--return CREDITINVOICE (ORDER skipped: beside the "
					   "invoices, an order holds their lines again"));
	assert_null(strstr(r->reading, "--purchase ORDER"));
	rows_free(r);
}

/* Hints that offered the wrong column (t72 F17, F18, F19): an order's number, the same on
 * all lines of an order while the description changes, is no item code (Acumatica's Order
 * Nbr.), the code one to one with the description is (Inventory ID); an order's date by its
 * name (Date Placed) over a ship date before it; Price excl, the price without tax, read
 * over Price incl. */
static void test_hint_right_column(void **state)
{
	(void)state;
	text t = {0};
	put(&t, "Order Nbr.,Date,Bill-To Customer,Inventory ID,Description,Quantity,Unit Price\n");
	for (int k = 0; k < 40; k++)
		put(&t, "SO%d,01/%02d/2024,ACME%d,INV%02d,Item %02d,%d,%d.25\n", 5000 + k / 4,
		    1 + k / 4, k / 4 % 3, (k * 7) % 9, (k * 7) % 9, 1 + k % 5, 10 + (k * 7) % 9);
	rr_ingest_opts o = {.map = "user=Bill-To Customer"};
	rr_rows *r = load_opts(t.s, &o);
	free(t.s);
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "if 'Inventory ID' holds the items' codes"));
	assert_null(strstr(r->reading, "item='Order Nbr.'"));
	rows_free(r);
	t = (text){0};
	put(&t, "Ship Date,Order #,Customer #,Item #,Qty,Each,Date Placed\n");
	for (int k = 0; k < 20; k++)
		put(&t, "01/%02d/2024,%d,C%d,I%d,1,2.50,01/%02d/2024\n", 5 + k, 100 + k, k % 4,
		    k % 3, 1 + k);
	r = load_opts(t.s, NULL);
	free(t.s);
	assert_null(r);
	assert_non_null(strstr(err_msg(), "'Date Placed' holds a date on every line read"));
	assert_non_null(strstr(err_msg(), "--map date=7 reads it"));
	r = load_opts("Number,Date,Customer email,Product SKU,Quantity,Price incl,Price excl\n"
		      "1,2024-01-02,a@x.nl,S1,2,12.10,10.00\n1,2024-01-02,a@x.nl,S2,1,6.05,5.00\n"
		      "2,2024-01-03,b@x.nl,S1,1,12.10,10.00\n", NULL);
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "price=Price excl"));
	assert_true(r->price[0] == 10.0f);
	rows_free(r);
}

/* A platform's Product ID beside the shop's Product SKU (BigCommerce, WooCommerce): the SKU
 * is the item when each names one product id on the lines read (t72 F20: refused as two
 * items); one SKU of two ids, or a line with an id and no SKU, still asks which. */
static void test_sku_beside_product_id(void **state)
{
	(void)state;
	text t = {0};
	put(&t, "Order ID,Customer ID,Order Date,Product ID,Product SKU,Product Qty,Product Unit Price\n");
	for (int k = 0; k < 30; k++)
		put(&t, "%d,%d,2024-03-%02d,%d,BK-%03d,1,9.50\n", 2500 + k / 3, 100 + k % 7, 1 + k / 3,
		    70 + k % 4, k % 4);
	rr_rows *r = load_opts(t.s, NULL);
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "item=Product SKU"));
	assert_int_equal(4, strtab_count(r->codes));
	rows_free(r);
	free(t.s);
	t = (text){0};
	put(&t, "Order ID,Customer ID,Order Date,Product ID,Product SKU,Product Qty,Product Unit Price\n");
	for (int k = 0; k < 30; k++)   /* BK-000 under the ids 70 and 74 */
		put(&t, "%d,%d,2024-03-%02d,%d,BK-%03d,1,9.50\n", 2500 + k / 3, 100 + k % 7, 1 + k / 3,
		    70 + k % 5, k % 4);
	r = load_opts(t.s, NULL);
	free(t.s);
	assert_null(r);
	assert_non_null(strstr(err_msg(), "could both be the item"));
}

/* Excel's mmm-yy month cells (Jan-23: January 2023) are a month and a year: their numbers,
 * over 12, take few values, each beside many months; the hint names --date-format '%b-%y',
 * never the pipe that writes this year after each as if 23 were a day (t72 F16). Names and
 * numbers of many values (Mar-05, Apr-17: days) keep the year-writing hint. */
static void test_month_year_cells(void **state)
{
	(void)state;
	static const char *const mon[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
					  "Sep", "Oct", "Nov", "Dec"};
	rr_ingest_opts o = {.map = "date=Month"};
	text t = {0};
	put(&t, "Month,Customer ID,Item Code,Units,Sales Amount\n");
	for (int k = 0; k < 48; k++)
		put(&t, "%s-%d,C%d,ITM%d,%d,%d.00\n", mon[k / 2 % 12], 23 + k / 24, k % 5, k % 3,
		    1 + k % 4, 9 * (1 + k % 4));
	rr_rows *r = load_opts(t.s, &o);
	free(t.s);
	const char *why = r ? r->reading : err_msg();
	if (!strstr(why, "'Jan-23'): a month's name and a year, no day") ||
	    !strstr(why, "load with --date-format '%b-%y' to read each as its month's first day") ||
	    strstr(why, "v=v"))
		fail_msg("%s", why);
	rows_free(r);
	t = (text){0};
	put(&t, "Month,Customer ID,Item Code,Units,Sales Amount\n");
	for (int k = 0; k < 48; k++)
		put(&t, "%s-%02d,C%d,ITM%d,%d,%d.00\n", mon[k / 4 % 12], 1 + k * 7 % 28, k % 5, k % 3,
		    1 + k % 4, 9 * (1 + k % 4));
	r = load_opts(t.s, &o);
	free(t.s);
	why = r ? r->reading : err_msg();
	if (!strstr(why, "a day and a month without a year") || strstr(why, "'%b-%y'"))
		fail_msg("%s", why);
	rows_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_map_merge),
		cmocka_unit_test(test_money_way_no_document),
		cmocka_unit_test(test_order_beside_invoices),
		cmocka_unit_test(test_hint_right_column),
		cmocka_unit_test(test_sku_beside_product_id),
		cmocka_unit_test(test_month_year_cells),
		cmocka_unit_test(test_order_named),
		cmocka_unit_test(test_nested_numbers),
		cmocka_unit_test(test_empty_customer),
		cmocka_unit_test(test_other_calendar),
		cmocka_unit_test(test_fixed_width),
		cmocka_unit_test(test_script_digits),
		cmocka_unit_test(test_money_and_klo),
		cmocka_unit_test(test_utf16_unmarked),
		cmocka_unit_test(test_utf16_unmarked_script),
		cmocka_unit_test(test_iso2022_named),
		cmocka_unit_test(test_code_pages),
		cmocka_unit_test(test_code_pages_more),
		cmocka_unit_test(test_vietnamese_euc_hints),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
