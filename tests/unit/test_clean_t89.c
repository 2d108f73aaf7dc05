/* test_clean_t89.c — tester t89's findings on the lines of no product: money through the till,
 * bag charges, roundings and deposits in the languages of European retail (F1), the shipping
 * protection apps' lines of any brand (F2), and the load saying every such line it drops (F8). Truths by hand, in the comments. */
#include "testutil.h"

#include <stdint.h>
#include <stdlib.h>

#include "clean.h"
#include "dataset.h"
#include "ingest.h"
#include "rows.h"
#include "strtab.h"

/* The kind (RR_NP_*) the default rules give code of the file text, or -1 when no such code. */
static int kind_of(const char *text, const char *code)
{
	char *p = tu_write_temp_str(text);
	rr_rows *r = ingest_load(p, NULL, 0, NULL);
	tu_remove(p);
	assert_non_null(r);
	rr_clean c;
	rr_clean_ctx x;
	assert_int_equal(0, clean_init(&c));
	assert_int_equal(0, clean_ctx_init(&x, &c, r));
	uint32_t k = strtab_find(r->codes, code, strlen(code));
	int kind = k == RR_NONE ? -1 : x.code_np[k];
	clean_ctx_free(&x);
	clean_free(&c);
	rows_free(r);
	return kind;
}

/* F8: an item of no description (the shop's Nazwa column is no name relrec knows) is named by
 * its code, so a name of the list there is dropped as a name, which the load's note says
 * (RR_NP_NAME), as it is in a file that describes it by itself; a code the shop describes
 * otherwise stays the shop's own code (RR_NP_CODE, unsaid: the shop knows it). */
static void test_f8_undescribed_names_said(void **state)
{
	(void)state;
	static const char bare[] = "Nr paragonu;Data;Nr klienta;Towar;Ilosc;Cena\n"
				   "1;02.01.2024 10:00;K1;Mleko 1l;2;3,99\n"
				   "1;02.01.2024 10:00;K1;Napiwek;1;5,00\n"
				   "2;03.01.2024 11:00;K2;Chleb;1;5,49\n"
				   "2;03.01.2024 11:00;K2;Zaokr\xC4\x85glenie;1;0,01\n";
	assert_int_equal(RR_NP_NAME, kind_of(bare, "Napiwek"));
	assert_int_equal(RR_NP_NAME, kind_of(bare, "Zaokr\xC4\x85glenie"));
	assert_int_equal(0, kind_of(bare, "Mleko 1l"));
	static const char described[] = "Nr paragonu;Data;Nr klienta;Towar;Nazwa towaru;Ilosc;Cena\n"
					"1;02.01.2024 10:00;K1;Mleko 1l;Mleko 1l;2;3,99\n"
					"1;02.01.2024 10:00;K1;Napiwek;Napiwek;1;5,00\n"
					"2;03.01.2024 11:00;K2;VAT;Podatek;1;0,50\n";
	assert_int_equal(RR_NP_NAME, kind_of(described, "Napiwek"));
	assert_int_equal(RR_NP_CODE, kind_of(described, "VAT"));
}

/* Each name of list (NULL-ended) is a line of no product's when want is 1, a product's when 0. */
static void names_are(const char *const *list, int want)
{
	rr_clean c;
	assert_int_equal(0, clean_init(&c));
	for (int k = 0; list[k]; k++)
		if (!!clean_is_nonproduct_name(&c, list[k], strlen(list[k])) != want)
			fail_msg("'%s' was read as %s", list[k], want ? "a product" : "no product");
	clean_free(&c);
}

/* F1: cash withdrawn or paid in, a bill paid and a phone topped up at the counter, in the
 * languages of European retail, a Norwegian and a Greek rounding, the Polish bottle deposit
 * (Kaucja before its container, after a preposition) are no products; a refill, a product
 * after a top-up's word but no operator, or an operator's name with a product's word after
 * it, and a deposit's or a bag's word before a product's are goods. */
static void test_f1_till_money_names(void **state)
{
	(void)state;
	static const char *const none[] = {
		"Ricarica TIM 10\xE2\x82\xAC", "Ricarica Vodafone 20\xE2\x82\xAC", "Ricarica PostePay",
		"Ricarica WindTre - 15,00", "Pagamento bollettino", "Pagamento bollettino Enel",
		"Prelievo contanti", "Recarga Movistar 10\xE2\x82\xAC", "Recarga Orange",
		"Retirada de efectivo", "Recarga m\xC3\xB3vil 20", "Levantamento de numer\xC3\xA1rio",
		"Carregamento MEO 10\xE2\x82\xAC", "Retrait d'esp\xC3\xA8" "ces", "Recharge SFR 20 \xE2\x82\xAC",
		"Paiement de facture", "Geldabhebung", "Vodafone Aufladung 15 EUR",
		"Geld opnemen", "Beltegoed KPN 10", "Kontanth\xC3\xA6vning", "Kontantuttag",
		"Kontantuttak", "K\xC3\xA4teisnosto", "Wyp\xC5\x82" "ata got\xC3\xB3wki",
		"Do\xC5\x82" "adowanie Play 25 z\xC5\x82", "Op\xC5\x82" "ata rachunku", "V\xC3\xBD" "b\xC4\x9Br hotovosti",
		"Dobit\xC3\xAD kreditu O2", "V\xC3\xBD" "ber hotovosti", "K\xC3\xA9szp\xC3\xA9nzfelv\xC3\xA9tel",
		"Csekkbefizet\xC3\xA9s", "Retragere numerar", "Plat\xC4\x83 factur\xC4\x83",
		"\xCE\x91\xCE\xBD\xCE\xAC\xCE\xBB\xCE\xB7\xCF\x88\xCE\xB7 \xCE\xBC\xCE\xB5\xCF\x84\xCF\x81\xCE\xB7\xCF\x84\xCF\x8E\xCE\xBD",
		"Avrunding", "\xCE\xA3\xCF\x84\xCF\x81\xCE\xBF\xCE\xB3\xCE\xB3\xCF\x85\xCE\xBB\xCE\xBF\xCF\x80\xCE\xBF\xCE\xAF\xCE\xB7\xCF\x83\xCE\xB7",
		"Kaucja za butelk\xC4\x99", "Kaucja za puszk\xC4\x99 0,50", "Z\xC3\xA1loha za l\xC3\xA1hev",
		"Pfand f\xC3\xBCr Flasche", NULL};
	static const char *const goods[] = {
		"Ricarica inchiostro", "Ricarica sapone", "Ricarica accendino", "Ricarica tre penne",
		"Recharge parfum", "Recarga mechero", "Vodafone Smart N10", "Orange juice 1L",
		"Orange Recharge", "Hydra Recharge", "Nova Recharge 50 ml",
		"TIM Modem WiFi", "Bolsa de cuero", "Shopper in pelle", "Borsa",
		"Saco de dormir", "Sac \xC3\xA0 dos", "Deposit box for cash", "Kontantkort", NULL};
	names_are(none, 1);
	names_are(goods, 0);
}

/* Rows of the file text the nonproduct rule drops (the dataset built with the default
 * rules). */
static size_t nonproduct_rows(const char *text)
{
	char *p = tu_write_temp_str(text);
	rr_rows *r = ingest_load(p, NULL, 0, NULL);
	tu_remove(p);
	assert_non_null(r);
	rr_clean c;
	assert_int_equal(0, clean_init(&c));
	rr_dataset *d = dataset_build(r, &c, INT32_MIN, INT32_MAX);
	assert_non_null(d);
	size_t n = d->dropped[RR_RULE_NONPRODUCT];
	dataset_free(d);
	clean_free(&c);
	rows_free(r);
	return n;
}

/* F1: the bag charge of Italian, Spanish, Dutch, Norwegian and Polish tills, alone or before
 * its material, is no product at a levy's price (a fifth of the median item's at most: here
 * 0,10 to 2,50 beside items at 16 to 25); a bag shop's Shopper, Bolsa and Torba at their
 * prices, and its Bolsa de cuero, are goods. */
static void test_f1_bag_levies(void **state)
{
	(void)state;
	static const char till[] =
		"Receipt;Date;Customer;Item;Qty;Price\n"
		"1;02.01.2024 10:00;K1;Vino rosso;1;18,00\n"
		"1;02.01.2024 10:00;K1;Shopper;1;0,10\n"             /* 1 */
		"2;03.01.2024 10:00;K2;Olio 1L;2;16,00\n"
		"2;03.01.2024 10:00;K2;Bolsa de pl\xC3\xA1stico;2;0,15\n" /* 2 */
		"3;04.01.2024 10:00;K3;Formaggio;1;22,00\n"
		"3;04.01.2024 10:00;K3;Draagtas;1;0,25\n"            /* 3 */
		"4;05.01.2024 10:00;K4;Laks;1;25,00\n"
		"4;05.01.2024 10:00;K4;B\xC3\xA6repose;1;2,50\n"     /* 4 */
		"5;06.01.2024 10:00;K5;Kawa;1;19,00\n"
		"5;06.01.2024 10:00;K5;Reklam\xC3\xB3wka;1;1,00\n";  /* 5 */
	assert_int_equal(5, nonproduct_rows(till));
	static const char shop[] =
		"Receipt;Date;Customer;Item;Qty;Price\n"
		"1;02.01.2024 10:00;K1;Shopper;1;35,00\n"
		"1;02.01.2024 10:00;K1;Bolsa de cuero;1;59,00\n"
		"2;03.01.2024 10:00;K2;Bolsa;1;29,90\n"
		"2;03.01.2024 10:00;K2;Borsa;1;120,00\n"
		"3;04.01.2024 10:00;K3;Torba;2;49,00\n"
		"3;04.01.2024 10:00;K3;Shopper in pelle;1;89,00\n";
	assert_int_equal(0, nonproduct_rows(shop));
}

/* F2: a shipping-protection app's line, its brand (any, of one to three words) first and the
 * protection's words last, then its end, is no product, as the bare phrase is; the words amid
 * a product's name or before its words are not (Screen Protection Film), nor a protection's
 * word alone (Sun Protection SPF50); an entry "* WORDS" of the analyst's list reads so too. */
static void test_f2_protection_phrases(void **state)
{
	(void)state;
	static const char *const none[] = {
		"Corso Package Protection", "Onward Package Protection", "ShipInsure Package Protection",
		"Clyde Order Protection (2.99)", "Simply Insured Shipping Insurance",
		"Parcel Guard Delivery Guarantee - $1.50", "Package Protection", "ACME Purchase Protection",
		"Navidium Shipping Protection", NULL};
	static const char *const goods[] = {
		"Screen Protection Film", "Sun Protection SPF50", "UV Protection Sunglasses",
		"Knee Protection", "Phone Screen Protection Kit", NULL};
	names_are(none, 1);
	names_are(goods, 0);
	rr_clean c;
	assert_int_equal(0, clean_init(&c));
	assert_int_equal(0, clean_set_codes(&c, "* Travel cover"));
	assert_true(clean_is_nonproduct(&c, "Acme Travel Cover", 17));
	assert_false(clean_is_nonproduct(&c, "Travel Cover Pillow", 19));
	assert_false(clean_is_nonproduct(&c, "Corso Package Protection", 24));
	clean_free(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_f8_undescribed_names_said),
		cmocka_unit_test(test_f1_till_money_names),
		cmocka_unit_test(test_f1_bag_levies),
		cmocka_unit_test(test_f2_protection_phrases),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
