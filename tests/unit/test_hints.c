/* test_hints.c — what a load's hints and refusals say when the file is not what they first
 * took it for (t46): a customer column empty on every line (F4), a hint's --map that carries
 * the map given (F8). */
#include "testutil.h"

#include "csvsniff.h"
#include "err.h"
#include "ingest.h"
#include "rows.h"

static rr_rows *load_opts(const char *text, const rr_ingest_opts *o)
{
	char *p = tu_write_temp_str(text);
	rr_rows *r = ingest_read(p, o, NULL);
	tu_remove(p);
	return r;
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_map_merge),
		cmocka_unit_test(test_empty_customer),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
