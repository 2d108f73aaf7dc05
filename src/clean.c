/* clean.c — cleaning rules and their per-row test. */
#include "clean.h"

#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "textfold.h"
#include "err.h"
#include "ingest.h"
#include "util.h"
#include "voids.h"

/* the rule names in enum order, the pair and code rules, then the word that replaces the
 * non-product list */
const char *const clean_words[RR_RULE_N + 4] = {"customer", "cancelled", "price", "nonproduct",
						 "date", "returns", "casefold", "codes", NULL};
static const char *const rule_help[RR_RULE_N] = {
	"no customer id",
	"cancellation (invoice C + number) or other non-positive quantity",
	"non-positive unit price",
	"non-product stock code (postage, fees, adjustments...)",
	"a date over a year from all the others (a placeholder such as 1900-01-01, a typo such as 2101)",
};
/* Online Retail's own codes of lines that are no product, each with the description both
 * its files give it: on the non-product list (clean_init puts them first), and in another
 * shop's file no product only so described or by a name of the list (t71 F19: a cheese
 * counter's C2, Cheese 2, dropped as Online Retail's carriage). */
static const struct {
	const char *code, *desc;
} online_retail_lines[] = {
	{"POST", "POSTAGE"}, {"DOT", "DOTCOM POSTAGE"}, {"M", "Manual"}, {"D", "Discount"},
	{"C2", "CARRIAGE"}, {"CRUK", "CRUK Commission"}, {"PADS", "PADS TO MATCH ALL CUSHIONS"},
	{"S", "SAMPLES"}, {"B", "Adjust bad debt"}, {"BANK CHARGES", "Bank Charges"},
	{"AMAZONFEE", "AMAZON FEE"}, {NULL, NULL}};

/* Online Retail's other codes (gift vouchers), then the names shops give the lines that are
 * no product: a tip, a
 * gift card sold (a payment in advance, whose spend comes back as other goods), an amount
 * keyed in at the till (Square's Custom Amount), shipping, freight and fees, in the languages
 * the word lists of ingest.c cover, with their accents and without, as header names are (an
 * ERP or a till writes its codes in plain capitals: ENVIO, WYSYLKA), and the words UK,
 * Polish, Russian and ERP invoices give delivery (Carriage, Transport, Dostawa, Доставка:
 * t35, each kept as a shop's most bought item). A platform writes them without a code of their own
 * (Shopify's Tip and Gift Card - $25 with an empty SKU), so the item is named by them, and
 * clean_is_nonproduct_name also takes such a name followed by an amount or a remark. In
 * parts, joined by clean_init (one string literal of them all outgrew C's 4095 bytes). */
static const char *const default_codes[] = {
	"gift_0001*,DCGS*,"
	"~Tip,Tips,~Gratuity,~Trinkgeld,~Pourboire,~Propina,~Mancia,~Fooi,~Gorjeta,~Napiwek,"
	"Gift Card,!Giftcard,Gift Certificate,Gift Voucher,!Gutschein,!Geschenkgutschein,"
	"!Geschenkkarte,Carte cadeau,Ch\xC3\xA8que cadeau,Bon cadeau,Tarjeta regalo,"
	"Buono regalo,Carta regalo,!Cadeaubon,!Cadeaukaart,Vale presente,Karta podarunkowa,"
	"Custom Amount,"
	"Shipping,Shipping fee*,Shipping cost*,Shipping charge*,Delivery,Delivery fee*,"
	"Delivery charge*,Freight,Freight charge*,Postage,Versand,Versandkosten*,Fracht,"
	"Frachtkosten*,Lieferkosten*,Livraison,Frais de port*,Frais de livraison*,Env\xC3\xADo,"
	"Gastos de env\xC3\xADo*,Envio,Gastos de envio*,Spedizione,Spese di spedizione*,Verzending,"
	"Verzendkosten*,Frete,Wysy\xC5\x82ka,Wysylka,Dostawa,Koszt dostawy*,"
	"\xD0\x94\xD0\xBE\xD1\x81\xD1\x82\xD0\xB0\xD0\xB2\xD0\xBA\xD0\xB0,Kargo,"
	"Kargo \xC3\xBC" "creti,Kargo \xC3\xBC" "cret,Carriage,Carriage charge*,Transport,Transportkosten*,"
	"Service charge*,Service fee*,Handling fee*,Fee,Surcharge,",
	/* t39 #6: the Nordic ERPs' freight (Fortnox's and Visma's FRAKT, e-conomic's FRAGT),
	 * postage (Porto, bounded as Carriage is: product_nouns), tips and gift cards, and the
	 * shipping, tips and gift cards of Russian, Vietnamese, Chinese, Japanese, Korean,
	 * Arabic and Turkish shops */
	"Frakt,Fraktkostnad*,Fraktkostnader*,Fraktavgift*,Fragt,Fragtomkostninger*,Fragtgebyr*,"
	"Forsendelse,Rahti,Rahtikulut*,Toimitus,Toimituskulut*,Toimitusmaksu*,Postituskulut*,"
	"Porto,Portokosten*,~Dricks,~Drikkepenge,~Drikkepenger,~Juomaraha,"
	"Tarjeta de regalo,!Presentkort,!Gavekort,!Lahjakortti,Cart\xC3\xA3o presente,"
	"Bon podarunkowy,Hediye kart\xC4\xB1,Hediye \xC3\xA7" "eki,"
	"\xD0\x9F\xD0\xBE\xD0\xB4\xD0\xB0\xD1\x80\xD0\xBE\xD1\x87\xD0\xBD\xD1\x8B\xD0\xB9 "
	"\xD1\x81\xD0\xB5\xD1\x80\xD1\x82\xD0\xB8\xD1\x84\xD0\xB8\xD0\xBA\xD0\xB0\xD1\x82,"
	"\xD0\x9F\xD0\xBE\xD0\xB4\xD0\xB0\xD1\x80\xD0\xBE\xD1\x87\xD0\xBD\xD0\xB0\xD1\x8F "
	"\xD0\xBA\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0,"
	"\xD0\xA1\xD1\x82\xD0\xBE\xD0\xB8\xD0\xBC\xD0\xBE\xD1\x81\xD1\x82\xD1\x8C "
	"\xD0\xB4\xD0\xBE\xD1\x81\xD1\x82\xD0\xB0\xD0\xB2\xD0\xBA\xD0\xB8*,"
	"Th\xE1\xBA\xBB qu\xC3\xA0 t\xE1\xBA\xB7ng,Ph\xC3\xAD v\xE1\xBA\xADn chuy\xE1\xBB\x83n,"
	"Ph\xC3\xAD giao h\xC3\xA0ng,Ph\xC3\xAD ship,"
	"\xE7\xA4\xBC\xE5\x93\x81\xE5\x8D\xA1,\xE7\xA6\xAE\xE5\x93\x81\xE5\x8D\xA1,"
	"\xE3\x82\xAE\xE3\x83\x95\xE3\x83\x88\xE3\x82\xAB\xE3\x83\xBC\xE3\x83\x89,"
	"\xE9\x80\x81\xE6\x96\x99,\xE8\xBF\x90\xE8\xB4\xB9,\xE9\x81\x8B\xE8\xB2\xBB,"
	"\xE9\x85\x8D\xE9\x80\x81\xE6\x96\x99,\xE5\xB0\x8F\xE8\xB4\xB9,"
	"\xEA\xB8\xB0\xED\x94\x84\xED\x8A\xB8\xEC\xB9\xB4\xEB\x93\x9C,"
	"\xEC\x83\x81\xED\x92\x88\xEA\xB6\x8C,\xEB\xB0\xB0\xEC\x86\xA1\xEB\xB9\x84,"
	"\xED\x83\x9D\xEB\xB0\xB0\xEB\xB9\x84,"
	"\xD8\xA8\xD8\xB7\xD8\xA7\xD9\x82\xD8\xA9 \xD9\x87\xD8\xAF\xD9\x8A\xD8\xA9,"
	"\xD8\xB1\xD8\xB3\xD9\x88\xD9\x85 \xD8\xA7\xD9\x84\xD8\xB4\xD8\xAD\xD9\x86,"
	"\xD8\xAA\xD9\x83\xD9\x84\xD9\x81\xD8\xA9 \xD8\xA7\xD9\x84\xD8\xB4\xD8\xAD\xD9\x86,"
	"\xD8\xB4\xD8\xAD\xD9\x86,"
	/* t74 F9, F10: the shipping of Czech, Slovak, Hungarian, Romanian, Danish, Thai, Hebrew,
	 * Lithuanian, Bulgarian, Arabic, Finnish, Korean, Greek (its cash on delivery) and Turkish
	 * shops, and the gift cards, vouchers and points redeemed of Greek, Hebrew, Czech, Slovak,
	 * Thai, Indonesian, Arabic, Japanese, Turkish and Vietnamese ones. A single word of a
	 * cased script with '*' is one no product bears (Po\xC5\xA1tovn\xC3\xA9, Postak\xC3\xB6lts\xC3\xA9g,
	 * Postikulut: postage); one a product may bear (Doprava, Levering: transport, a
	 * delivery) has none: no product only under a code that abbreviates it, before an
	 * amount, or named by itself, as the list's other single words (t41 N1) */
	"Doprava,^Po\xC5\xA1tovn\xC3\xA9*,^Dopravn\xC3\xA9*,Doru\xC4\x8D" "enie,"
	"Sz\xC3\xA1ll\xC3\xADt\xC3\xA1s,^Sz\xC3\xA1ll\xC3\xADt\xC3\xA1si d\xC3\xADj*,"
	"^Postak\xC3\xB6lts\xC3\xA9g*,^Cost livrare*,^Costuri de livrare*,"
	"^Tax\xC4\x83 de livrare*,^Taxa de livrare*,Levering,"
	"\xE0\xB8\x84\xE0\xB9\x88\xE0\xB8\xB2\xE0\xB8\x88\xE0\xB8\xB1\xE0\xB8\x94\xE0\xB8\xAA\xE0\xB9\x88\xE0\xB8\x87,"
	"\xE0\xB8\x84\xE0\xB9\x88\xE0\xB8\xB2\xE0\xB8\xAA\xE0\xB9\x88\xE0\xB8\x87,"
	"\xE0\xB8\x84\xE0\xB9\x88\xE0\xB8\xB2\xE0\xB8\x82\xE0\xB8\x99\xE0\xB8\xAA\xE0\xB9\x88\xE0\xB8\x87,"
	"\xD7\x93\xD7\x9E\xD7\x99 \xD7\x9E\xD7\xA9\xD7\x9C\xD7\x95\xD7\x97,"
	"\xD7\x9E\xD7\xA9\xD7\x9C\xD7\x95\xD7\x97,\xD7\xA9\xD7\x9C\xD7\x99\xD7\x97,Pristatymas,^Pristatymo mokestis*,"
	"^Siuntimo i\xC5\xA1laidos*,"
	"^\xD0\x9A\xD1\x83\xD1\x80\xD0\xB8\xD0\xB5\xD1\x80\xD1\x81\xD0\xBA\xD0\xB0 \xD1\x83\xD1\x81\xD0\xBB\xD1\x83\xD0\xB3\xD0\xB0*,"
	"\xD8\xA7\xD9\x84\xD8\xB4\xD8\xAD\xD9\x86,"
	"\xD8\xB1\xD8\xB3\xD9\x88\xD9\x85 \xD8\xA7\xD9\x84\xD8\xAA\xD9\x88\xD8\xB5\xD9\x8A\xD9\x84,"
	"^Postikulut*,\xEB\xB0\xB0\xEB\x8B\xAC\xEB\xB9\x84,"
	"^\xCE\x91\xCE\xBD\xCF\x84\xCE\xB9\xCE\xBA\xCE\xB1\xCF\x84\xCE\xB1\xCE\xB2\xCE\xBF\xCE\xBB\xCE\xAE*,"
	"^Teslimat \xC3\xBC" "creti*,^Teslimat ucreti*,"
	"^\xCE\x94\xCF\x89\xCF\x81\xCE\xBF\xCE\xBA\xCE\xAC\xCF\x81\xCF\x84\xCE\xB1*,"
	"^\xCE\x94\xCF\x89\xCF\x81\xCE\xBF\xCE\xB5\xCF\x80\xCE\xB9\xCF\x84\xCE\xB1\xCE\xB3\xCE\xAE*,"
	"\xD7\x9B\xD7\xA8\xD7\x98\xD7\x99\xD7\xA1 \xD7\x9E\xD7\xAA\xD7\xA0\xD7\x94,"
	"\xD7\xA9\xD7\x95\xD7\x91\xD7\xA8,^D\xC3\xA1rkov\xC3\xA1 karta*,"
	"^D\xC3\xA1rkov\xC3\xBD poukaz*,"
	"^Dar\xC4\x8D" "ekov\xC3\xA1 pouk\xC3\xA1\xC5\xBEka*,"
	"^Dar\xC4\x8D" "ekov\xC3\xA1 karta*,"
	"\xE0\xB8\x9A\xE0\xB8\xB1\xE0\xB8\x95\xE0\xB8\xA3\xE0\xB8\x82\xE0\xB8\xAD\xE0\xB8\x87\xE0\xB8\x82\xE0\xB8\xA7\xE0\xB8\xB1\xE0\xB8\x8D,"
	"\xE0\xB8\x9A\xE0\xB8\xB1\xE0\xB8\x95\xE0\xB8\xA3\xE0\xB8\x81\xE0\xB8\xB3\xE0\xB8\x99\xE0\xB8\xB1\xE0\xB8\xA5,"
	"Kartu Hadiah,Voucher Belanja,"
	"\xD9\x82\xD8\xB3\xD9\x8A\xD9\x85\xD8\xA9 \xD8\xB4\xD8\xB1\xD8\xA7\xD8\xA1,"
	"\xE5\x95\x86\xE5\x93\x81\xE5\x88\xB8,^Uplatn\xC4\x9Bn\xC3\xAD bod\xC5\xAF*,"
	"^\xCE\x95\xCE\xBE\xCE\xB1\xCF\x81\xCE\xB3\xCF\x8D\xCF\x81\xCF\x89\xCF\x83\xCE\xB7 \xCF\x80\xCF\x8C\xCE\xBD\xCF\x84\xCF\x89\xCE\xBD*,"
	"\xD7\x9E\xD7\x99\xD7\x9E\xD7\x95\xD7\xA9 \xD7\xA0\xD7\xA7\xD7\x95\xD7\x93\xD7\x95\xD7\xAA,"
	"Tukar Poin,"
	"\xE3\x83\x9D\xE3\x82\xA4\xE3\x83\xB3\xE3\x83\x88\xE5\x88\xA9\xE7\x94\xA8,"
	"\xE0\xB9\x81\xE0\xB8\xA5\xE0\xB8\x81\xE0\xB8\x84\xE0\xB8\xB0\xE0\xB9\x81\xE0\xB8\x99\xE0\xB8\x99,"
	"\xD8\xA7\xD8\xB3\xD8\xAA\xD8\xA8\xD8\xAF\xD8\xA7\xD9\x84 \xD9\x86\xD9\x82\xD8\xA7\xD8\xB7,"
	"^Puan Kullan\xC4\xB1m\xC4\xB1*,\xC4\x90\xE1\xBB\x95i \xC4\x91i\xE1\xBB\x83m,"
	"Phi\xE1\xBA\xBFu qu\xC3\xA0 t\xE1\xBA\xB7ng,\xED\x8F\xAC\xEC\x9D\xB8\xED\x8A\xB8 \xEC\x82\xAC\xEC\x9A\xA9,",
	/* t42 F7: Portuguese postage (Moloni's, PHC's PORTES, Portes de envio: Portes bounded as
	 * Porto is, product_nouns: French doors are a product), Greek shipping (SoftOne's
	 * Μεταφορικά, Έξοδα αποστολής, Έξοδα μεταφοράς) */
	"Portes,Portes de envio,Portes de env\xC3\xADo,"
	"\xCE\x9C\xCE\xB5\xCF\x84\xCE\xB1\xCF\x86\xCE\xBF\xCF\x81\xCE\xB9\xCE\xBA\xCE\xAC,"
	"\xCE\x88\xCE\xBE\xCE\xBF\xCE\xB4\xCE\xB1 \xCE\xB1\xCF\x80\xCE\xBF\xCF\x83\xCF\x84\xCE\xBF"
	"\xCE\xBB\xCE\xAE\xCF\x82,"
	"\xCE\x88\xCE\xBE\xCE\xBF\xCE\xB4\xCE\xB1 \xCE\xBC\xCE\xB5\xCF\x84\xCE\xB1\xCF\x86\xCE\xBF"
	"\xCF\x81\xCE\xAC\xCF\x82,",
	/* t49 F02, F12: a tax line (Xentral's MwSt. 19 %, VAT, GST, TVA, IVA, BTW, KDV, Moms,
	 * MVA, ALV, PPN, НДС, 消費税, 增值税, 부가세, ΦΠΑ, Thuế GTGT, an Arabic and a Thai VAT), a
	 * deposit (orderbird's Pfand, Leergut, Statiegeld, Залог), a card surcharge, a shipping
	 * insurance or protection: sold with goods, none of them one (gift wrapping is a service
	 * sold, an item of its own) */
	"MwSt,MwSt.,Mehrwertsteuer*,USt,USt.,Umsatzsteuer*,VAT,Tax,Taxes,Sales tax*,GST,HST,"
	"TVA,IVA,BTW,KDV,Moms,MVA,ALV,PPN,Pajak,\xD0\x9D\xD0\x94\xD0\xA1,"
	"\xE6\xB6\x88\xE8\xB2\xBB\xE7\xA8\x8E,\xE5\xA2\x9E\xE5\x80\xBC\xE7\xA8\x8E,"
	"\xE7\xA8\x8E\xE8\xB4\xB9,\xEB\xB6\x80\xEA\xB0\x80\xEC\x84\xB8,"
	"\xEB\xB6\x80\xEA\xB0\x80\xEA\xB0\x80\xEC\xB9\x98\xEC\x84\xB8,\xCE\xA6\xCE\xA0\xCE\x91,"
	"Thu\xE1\xBA\xBF GTGT,\xD8\xB6\xD8\xB1\xD9\x8A\xD8\xA8\xD8\xA9 \xD8\xA7\xD9\x84\xD9\x82"
	"\xD9\x8A\xD9\x85\xD8\xA9 \xD8\xA7\xD9\x84\xD9\x85\xD8\xB6\xD8\xA7\xD9\x81\xD8\xA9,"
	"\xE0\xB8\xA0\xE0\xB8\xB2\xE0\xB8\xA9\xE0\xB8\xB5\xE0\xB8\xA1\xE0\xB8\xB9\xE0\xB8\xA5"
	"\xE0\xB8\x84\xE0\xB9\x88\xE0\xB8\xB2\xE0\xB9\x80\xE0\xB8\x9E\xE0\xB8\xB4\xE0\xB9\x88"
	"\xE0\xB8\xA1,"
	/* t74 F7: the VAT of Czech and Slovak (DPH 21 %), Hungarian (\xC3\x81FA 27%), Hebrew,
	 * Croatian, Serbian and Bosnian (PDV), Bulgarian, Ukrainian, Lithuanian, Latvian and
	 * Slovenian, before a rate as the others are */
	"DPH,\xC3\x81" "FA,AFA,\xD7\x9E\xD7\xA2\"\xD7\x9E,PDV,\xD0\x94\xD0\x94\xD0\xA1,"
	"\xD0\x9F\xD0\x94\xD0\x92,PVM,PVN,DDV,"
	/* t64 F2: Canada's provincial taxes (PST, QST, RST; TPS and TVQ in French), the US's
	 * state, county and city taxes, an eco tax, a bag charge, a donation at the till,
	 * California's container deposit (CRV), Germany's shipping methods in one word, a pick-up
 * in store (Click & Collect) and postage and packing written short (P&P) */
	"PST,QST,RST,TPS,TVQ,GST/HST,HST/GST,TPS/TVQ,State tax,County tax,City tax,Local tax,"
	"Eco tax*,Ecotax*,Environmental tax*,Bag charge*,!Donation,!Donations,Charity donation*,"
	"CA CRV,CRV fee*,Standardversand,Expressversand,Versandpauschale*,Click & Collect,"
	"Click and Collect,Click&Collect,P&P,P & P,"
	"!Pfand,Flaschenpfand,!Leergut,!Deposit,^Bottle deposit*,!Statiegeld,"
	"\xD0\x97\xD0\xB0\xD0\xBB\xD0\xBE\xD0\xB3,"
	/* t74 F11: Dansk Retursystem's Pant A, B and C, Finnish Pantti, Polish Kaucja (2025),
	 * Czech and Lithuanian deposits; Nordic Pant alone is also English trousers, left
	 * out (a line "Pant - Black / M") */
	"Pant A,Pant B,Pant C,^Pantti*,^Kaucja*,^Z\xC3\xA1loha za obal*,U\xC5\xBEstatas,"
	"Card surcharge*,Credit card surcharge*,^Card fee*,Payment fee*,Zahlungsgeb\xC3\xBChr*,"
	"Shipping insurance*,^Shipping protection*,Package protection*,Versandversicherung*,"
	"Transportversicherung*,",
	/* t83 F2, F3: German compounds whose last part says a deposit, a voucher, a surcharge or a
	 * fee (Einwegpfand, Mehrwegpfand Kasten 20x0,5, Wertgutschein, Mautzuschlag,
	 * Nachnahmegeb\xC3\xBChr; written *END: suffix_ends), none of them goods; a deposit alone
	 * (Kaution), a deposit's article, a voucher card, and German B2B invoices' flat charges */
	"*pfand,*gutschein,*zuschlag,*geb\xC3\xBChr,*geb\xC3\xBChren,*kaution,!Kaution,"
	"Pfandartikel,Gutscheinkarte*,Leergutr\xC3\xBC" "ckgabe*,Frachtpauschale*,"
	"Verpackungspauschale*,Anfahrtspauschale*,Bearbeitungspauschale*,Transportpauschale*,"
	/* t83 F1: a US till's container deposit (CRV 5c, Btl Dep .05), an auto part's core
	 * charge, a round-up for charity */
	"!CRV,Btl dep*,Core charge*,Core deposit*,Round up for charity*,Round-up for charity*,",
	/* t83 F5: the lines Shopify's apps add to an order (Route's, Corso's and Navidium's
	 * shipping protection, an order protection, a carbon offset, a priority processing) and
	 * a donation or a tip for someone */
	"Shipping protection by*,Package protection by*,Route package protection*,"
	"Route protection*,Navidium shipping protection*,Order protection*,Carbon offset*,"
	"Carbon neutral shipping*,Carbon-neutral shipping*,Priority processing*,Donation to*,"
	"Donation for*,Tip for the team*,Tip for the staff*,Tip for staff*,"
	/* t85 F3: those apps' lines as they write them, their brand first (Route Shipping
	 * Protection, ShipAid Protection, XCover Purchase Protection, EcoCart Carbon Offset,
	 * Redo Free Returns, Seel's Worry-Free Purchase, Extend's and Mulberry's protection
	 * plans, OrderProtection.com); a product bearing the brand's word (Route 66 Mug,
	 * Mulberry Silk Pillowcase) has no protection's word after it */
	"Route shipping protection*,Route+*,ShipAid protection*,ShipAid shipping protection*,"
	"Seel protection*,Seel worry-free purchase*,Worry-free purchase*,Seel return assurance*,"
	"XCover protection*,XCover purchase protection*,XCover shipping protection*,"
	"EcoCart carbon offset*,EcoCart sustainable shipping*,EcoCart carbon neutral*,"
	"Redo free returns*,Redo return coverage*,Redo shipping protection*,Redo package protection*,"
	"Extend protection plan*,Extend product protection*,Extend shipping protection*,"
	"Navidium protection*,Navidium package protection*,Corso protection*,"
	"Corso shipping protection*,Mulberry protection*,Mulberry product protection*,"
	"OrderProtection*,Order protection.com*,Shipping protection plan*,"
	/* t83 F6: Nordic invoice, card, reminder and handling fees and surcharges (compounds of
	 * avgift, gebyr, till\xC3\xA6g, maksu), Dutch costs and surcharges (kosten, toeslag); the
	 * deposits of Nordic and Dutch (Emballage), French (Consigne), Spanish (Envase) and
	 * Italian tills (Cauzione, Vuoto a rendere); French, Spanish and Italian file, handling,
	 * delivery, COD and eco fees, vouchers sold and Spain's equivalence surcharge, a tax */
	"*avgift,*gebyr,Gebyr,*till\xC3\xA6g,*maksu,*kosten,*toeslag,Kaartbetaling toeslag*,"
	"!Emballage,!Consigne,Envase,Dep\xC3\xB3sito envase*,Deposito envase*,!Cauzione,"
	"Vuoto a rendere*,\xC3\x89" "cotaxe*,\xC3\x89" "co-participation*,\xC3\x89" "co participation*,"
	"Eco-participation*,Eco participation*,Frais de dossier*,Frais de pr\xC3\xA9paration*,"
	"Frais de preparation*,Participation aux frais*,Bon d achat*,Bon d'achat*,"
	"Bon d\xE2\x80\x99" "achat*,Vale regalo*,Cheque regalo*,Gastos de gesti\xC3\xB3n*,"
	"Gastos de gestion*,Recargo de equivalencia*,Servicio a domicilio*,Spese di trasporto*,"
	"Spese di incasso*,Spese di consegna*,Contributo RAEE*,Contributo ambientale*,"
	"Fragt og ekspedition*,Laskutuslis\xC3\xA4*,",
	/* t83 F7: the deposit-return schemes' receipt lines: Hungary's (2024), Romania's SGR
	 * (2023), Slovakia's (2022), Czech, Latvian, Estonian, Croatian, Ireland's Re-turn (2024)
	 * and the UK's DRS; the Nordic Pant before an amount or a container (Pant 1 kr, Pant
	 * burk), not alone nor before a size (Pant 32/34: trousers, product_nouns) */
	"Visszav\xC3\xA1lt\xC3\xA1si d\xC3\xADj*,Visszavaltasi dij*,Bet\xC3\xA9td\xC3\xADj*,Betetdij*,"
	"Garan\xC8\x9Bie SGR*,Garan\xC5\xA3ie SGR*,Garantie SGR*,Garantia SGR*,"
	"Z\xC3\xA1lohovan\xC3\xBD obal*,Zalohovany obal*,!Z\xC3\xA1loha,!Depoz\xC4\xABts,Pandipakend*,"
	"Tagatisraha*,Povratna naknada*,Deposit return scheme*,DRS deposit*,Re-turn deposit*,!Pant,"
	/* t85 F8: the Swiss tills' deposit, Depot (Depot 0.50, Flaschendepot, Harassdepot 3.00:
	 * the Harass, a crate), the Belgian tickets' Leeggoed (Leergoed) and Vidange, and the
	 * deposits' refunds (Pfandr\xC3\xBCckgabe, Retour vidange, Statiegeld retour); a depot
	 * compound only of a container (t88 F10: Schl\xC3\xBCsseldepot, a key safe, and Kinderdepot were
	 * dropped), and Vidange, a French garage's oil change at 69,00 too, by its price as a
	 * bag is (marked '%': levy_line) */
	"!Depot,Flaschendepot*,Harassdepot*,Harasdepot*,Glasdepot*,Gebindedepot*,Kistendepot*,"
	"Becherdepot*,Depotr\xC3\xBC" "ckgabe*,Pfandr\xC3\xBC" "ckgabe*,!Leeggoed,!Leergoed,%Vidange,"
	"%Vidanges,Retour vidange*,Retour vidanges*,Statiegeld retour*,Retour statiegeld*,"
	"Leeggoed retour*,Retour leeggoed*,"
	/* t85 F13: the Canadian eco fees: the Environmental Handling Fee a line per device (EHF
	 * Laptop, EHF Display Device: "Ehf " and anything, its blank ends the word), Ecofee and
	 * Quebec's \xC3\x89cofrais in one word, and Alberta's and BC's Container Recycling Fee */
	"Ehf *,Environmental handling fee*,^Ecofee*,^Ecofees*,^\xC3\x89" "cofrais*,^Ecofrais*,"
	"Container recycling fee*,Container recycling charge*,Frais environnementaux*,"
	"Frais de gestion environnementale*,"
	/* t85 F25: a till's rounding in compounds and longer forms (German Kassenrundung, Finnish
	 * Py\xC3\xB6ristysero, French Arrondi caisse, the Spanish supermarkets' charity round-up) */
	"^Kassenrundung*,^Py\xC3\xB6ristysero*,Arrondi caisse*,Arrondi de caisse*,"
	"Redondeo solidario*,"
	/* t83 F8, F9: Australian and New Zealand tills' lay-by deposits and money paid on
	 * account; UK restaurants' discretionary or optional service charge, the tronc, staff's
	 * and card tips */
	"Account payment*,Payment on account*,Lay-by deposit*,Layby deposit*,Lay-by payment*,"
	"Layby payment*,Discretionary service charge*,Optional service charge*,!Tronc,Staff tips*,"
	"Card tip*,Card tips*,!Service,",
	/* t59 F2: a till's or an invoice's rounding to the coin (Malaysia's 5 sen, Sweden's
	 * \xC3\xB6re, Tally's Round Off), in the languages relrec reads: no product by any reading */
	"!Rounding,Rounding adjustment*,Cash rounding*,Round off,Round-off,Rounding off,!Afronding,Afrondingsverschil*,"
	"!\xC3\x96resavrundning,!\xC3\x96resutj\xC3\xA4mning,!Avrundning,!\xC3\x98reavrunding,!\xC3\x98reafrunding,!Afrunding,!Py\xC3\xB6ristys,!Rundung,Rundungsdifferenz*,"
	"!Arrondi,!Redondeo,!Arredondamento,!Arrotondamento,!Zaokr\xC4\x85glenie,!Zaokraglenie,!Yuvarlama,!Pembulatan,L\xC3\xA0m tr\xC3\xB2n,"
	"\xD0\x9E\xD0\xBA\xD1\x80\xD1\x83\xD0\xB3\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5,\xD0\x9E\xD0\xBA\xD1\x80\xD1\x83\xD0\xB3\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xBD\xD1\x8F,\xE5\x9B\x9B\xE6\x8D\xA8\xE4\xBA\x94\xE5\x85\xA5,\xE5\x9B\x9B\xE8\x88\x8D\xE4\xBA\x94\xE5\x85\xA5,\xE7\xAB\xAF\xE6\x95\xB0,\xE7\xAB\xAF\xE6\x95\xB0\xE8\xAA\xBF\xE6\x95\xB4,\xE6\x8A\xB9\xE9\x9B\xB6,"
	/* t74 F12: Czech, Slovak, Hungarian (cash rounded to 5 Ft), Croatian, Romanian, Hebrew,
	 * Swiss (Rappenrundung) and New Zealand rounding; a single word of them with '*', as a
	 * compound: a word no product bears under the till's own code (RND1) */
	"^Zaokrouhlen\xC3\xAD*,^Hal\xC3\xA9\xC5\x99ov\xC3\xA9 vyrovn\xC3\xA1n\xC3\xAD*,"
	"^Zaokr\xC3\xBAhlenie*,^Kerek\xC3\xADt\xC3\xA9s*,"
	"^Kerek\xC3\xADt\xC3\xA9si k\xC3\xBCl\xC3\xB6nb\xC3\xB6zet*,^Zaokru\xC5\xBEivanje*,"
	"^Zaokru\xC5\xBE" "enje*,^Rotunjire*,^Diferen\xC8\x9B\xC4\x83 rotunjire*,"
	"^Diferenta rotunjire*,\xD7\xA2\xD7\x99\xD7\x92\xD7\x95\xD7\x9C,"
	"\xD7\xA2\xD7\x99\xD7\x92\xD7\x95\xD7\x9C \xD7\x90\xD7\x92\xD7\x95\xD7\xA8\xD7\x95\xD7\xAA,"
	"^Rappenrundung*,^Swedish rounding*,",
	/* t59 F3, F8: service charges, delivery, box and packaging fees of Chinese, Japanese,
	 * Russian, Indonesian, Malay and Portuguese tills and apps; fees English shops name "X
	 * Fee"; tips written after a word; a gift card's own transactions (redeemed, reloaded:
	 * a tender, not goods), store credit, layaway and down payments (money on account) */
	"\xE6\x9C\x8D\xE5\x8A\xA1\xE8\xB4\xB9,\xE6\x9C\x8D\xE5\x8B\x99\xE8\xB2\xBB,\xE5\x8A\xA0\xE4\xB8\x80\xE6\x9C\x8D\xE5\x8B\x99\xE8\xB2\xBB,\xE5\x8A\xA0\xE4\xB8\x80,\xE3\x82\xB5\xE3\x83\xBC\xE3\x83\x93\xE3\x82\xB9\xE6\x96\x99,\xE6\x89\x8B\xE6\x95\xB0\xE6\x96\x99,\xE4\xBB\xA3\xE5\xBC\x95\xE3\x81\x8D\xE6\x89\x8B\xE6\x95\xB0\xE6\x96\x99,\xE4\xBB\xA3\xE5\xBC\x95\xE6\x89\x8B\xE6\x95\xB0\xE6\x96\x99,\xE6\xB1\xBA\xE6\xB8\x88\xE6\x89\x8B\xE6\x95\xB0\xE6\x96\x99,\xD0\xA1\xD0\xB5\xD1\x80\xD0\xB2\xD0\xB8\xD1\x81\xD0\xBD\xD1\x8B\xD0\xB9 \xD1\x81\xD0\xB1\xD0\xBE\xD1\x80*,\xD0\x9E\xD0\xB1\xD1\x81\xD0\xBB\xD1\x83\xD0\xB6\xD0\xB8\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB5,\xD0\xA1\xD0\xB5\xD1\x80\xD0\xB2\xD1\x96\xD1\x81\xD0\xBD\xD0\xB8\xD0\xB9 \xD0\xB7\xD0\xB1\xD1\x96\xD1\x80*,"
	/* t74 F8: tips, service charges, cover and delivery fees of Turkish, Greek, Korean,
	 * Arabic, Hebrew, Hungarian, Czech, Slovak, Croatian, Romanian, Bulgarian, Ukrainian,
	 * Russian, Thai, Vietnamese and Lithuanian tills (a tip's word, Bah\xC5\x9Fi\xC5\x9F*, no
	 * product bears; Bulgarian \xD0\xA1\xD0\xB5\xD1\x80\xD0\xB2\xD0\xB8\xD0\xB7, Croatian Usluga, a dinner service or a
	 * service sold, are not here) */
	"^Bah\xC5\x9Fi\xC5\x9F*,^Servis \xC3\xBC" "creti*,^Servis ucreti*,"
	"^Paket servis \xC3\xBC" "creti*,Kuver,"
	"^\xCE\xA6\xCE\xB9\xCE\xBB\xCE\xBF\xCE\xB4\xCF\x8E\xCF\x81\xCE\xB7\xCE\xBC\xCE\xB1*,"
	"^\xCE\xA7\xCF\x81\xCE\xAD\xCF\x89\xCF\x83\xCE\xB7 \xCF\x85\xCF\x80\xCE\xB7\xCF\x81\xCE\xB5\xCF\x83\xCE\xAF\xCE\xB1\xCF\x82*,"
	"\xCE\x9A\xCE\xBF\xCF\x85\xCE\xB2\xCE\xAD\xCF\x81,\xED\x8C\x81,"
	"\xEB\xB4\x89\xEC\x82\xAC\xEB\xA3\x8C,\xEB\xB0\xB0\xEB\x8B\xAC\xED\x8C\x81,"
	"\xD8\xA8\xD9\x82\xD8\xB4\xD9\x8A\xD8\xB4,"
	"\xD8\xA5\xD9\x83\xD8\xB1\xD8\xA7\xD9\x85\xD9\x8A\xD8\xA9,"
	"\xD8\xB1\xD8\xB3\xD9\x88\xD9\x85 \xD8\xA7\xD9\x84\xD8\xAE\xD8\xAF\xD9\x85\xD8\xA9,"
	"\xD7\x98\xD7\x99\xD7\xA4,"
	"\xD7\x93\xD7\x9E\xD7\x99 \xD7\xA9\xD7\x99\xD7\xA8\xD7\x95\xD7\xAA,"
	"^Borraval\xC3\xB3*,^Szervizd\xC3\xADj*,^Felszolg\xC3\xA1l\xC3\xA1si d\xC3\xADj*,"
	"^Spropitn\xC3\xA9*,^Servisn\xC3\xAD poplatek*,^Prepitn\xC3\xA9*,"
	"^Servisn\xC3\xBD poplatok*,^Napojnica*,^Naknada za uslugu*,^Bac\xC8\x99i\xC8\x99*,"
	"^Tax\xC4\x83 de serviciu*,^Taxa de serviciu*,^Tax\xC4\x83 servire*,^Taxa servire*,"
	"^\xD0\x91\xD0\xB0\xD0\xBA\xD1\x88\xD0\xB8\xD1\x88*,"
	"^\xD0\xA2\xD0\xB0\xD0\xBA\xD1\x81\xD0\xB0 \xD0\xBE\xD0\xB1\xD1\x81\xD0\xBB\xD1\x83\xD0\xB6\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xB5*,"
	"^\xD0\xA7\xD0\xB0\xD0\xB9\xD0\xBE\xD0\xB2\xD1\x96*,"
	"^\xD0\x9F\xD0\xBB\xD0\xB0\xD1\x82\xD0\xB0 \xD0\xB7\xD0\xB0 \xD0\xBE\xD0\xB1\xD1\x81\xD0\xBB\xD1\x83\xD0\xB3\xD0\xBE\xD0\xB2\xD1\x83\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xBD\xD1\x8F*,"
	"\xD0\x9E\xD0\xB1\xD1\x81\xD0\xBB\xD1\x83\xD0\xB3\xD0\xBE\xD0\xB2\xD1\x83\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xBD\xD1\x8F,"
	"^\xD0\xA7\xD0\xB0\xD0\xB5\xD0\xB2\xD1\x8B\xD0\xB5*,"
	"^\xD0\x9F\xD0\xBB\xD0\xB0\xD1\x82\xD0\xB0 \xD0\xB7\xD0\xB0 \xD0\xBE\xD0\xB1\xD1\x81\xD0\xBB\xD1\x83\xD0\xB6\xD0\xB8\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB5*,"
	"\xE0\xB8\x97\xE0\xB8\xB4\xE0\xB8\x9B,"
	"\xE0\xB8\x84\xE0\xB9\x88\xE0\xB8\xB2\xE0\xB8\x9A\xE0\xB8\xA3\xE0\xB8\xB4\xE0\xB8\x81\xE0\xB8\xB2\xE0\xB8\xA3,"
	"Ti\xE1\xBB\x81n tip,^Ph\xC3\xAD d\xE1\xBB\x8B" "ch v\xE1\xBB\xA5*,"
	"^Ph\xC3\xAD ph\xE1\xBB\xA5" "c v\xE1\xBB\xA5*,^Arbatpinigiai*,"
	"^Aptarnavimo mokestis*,"
	"Servicegeb\xC3\xBChr*,Bedienungsgeld,Frais de service*,Cargo por servicio*,Op\xC5\x82" "ata serwisowa*,Oplata serwisowa*,Taxa de servi\xC3\xA7o*,Taxa de servico*,"
	"Coperto,Cover charge*,Corkage*,Caj perkhidmatan*,Caj servis*,Caj penghantaran*,Caj bungkus*,Biaya*,Ongkos kirim*,Ongkir,Asuransi pengiriman*,"
	"\xE9\x85\x8D\xE9\x80\x81\xE8\xB4\xB9,\xE5\xBF\xAB\xE9\x80\x92\xE8\xB4\xB9,\xE9\x82\xAE\xE8\xB4\xB9,\xE9\x83\xB5\xE8\xB2\xBB,\xE5\xA4\x96\xE9\x80\x81\xE8\xB2\xBB,\xE5\xA4\x96\xE9\x80\x81\xE8\xB4\xB9,\xE9\x85\x8D\xE9\x81\x94\xE6\x96\x99,\xE9\xA4\x90\xE7\x9B\x92\xE8\xB4\xB9,\xE9\xA4\x90\xE7\x9B\x92\xE8\xB2\xBB,\xE6\x89\x93\xE5\x8C\x85\xE8\xB4\xB9,\xE6\x89\x93\xE5\x8C\x85\xE8\xB2\xBB,\xE5\x8C\x85\xE8\xA3\x85\xE8\xB4\xB9,\xE5\x8C\x85\xE8\xA3\x9D\xE8\xB2\xBB,"
	"Taxa de entrega*,Taxa de conveni\xC3\xAAncia*,Taxa de conveniencia*,Costo de env\xC3\xADo*,Costo de envio*,Cargo de env\xC3\xADo*,Cargo de envio*,Despacho,"
	"\xD0\xA3\xD0\xBF\xD0\xB0\xD0\xBA\xD0\xBE\xD0\xB2\xD0\xBA\xD0\xB0,"
	"Restocking fee*,Convenience fee*,Small order fee*,Credit card fee*,Eco fee*,Recycling fee*,Environmental fee*,Handling,Handling charge*,"
	"Packaging fee*,Bag fee*,Bag levy*,Plastic bag levy*,Plastic bag charge*,Carrier bag charge*,Admin fee*,"
	"Processing fee*,Booking fee*,Platform fee*,Late fee*,Cancellation fee*,COD fee*,Cash on delivery fee*,"
	"Delivery tip,Driver tip,Service tip,Courier tip,Rider tip,Staff tip,"
	"Gift card redemption*,Gift card reload*,Gift card payment*,Gift card top-up*,Gift card top up*,Gift card activation*,Gift card balance*,"
	"Gift certificate redemption*,!Voucher,Voucher redemption*,Gutscheineinl\xC3\xB6sung*,Store credit,Wallet top-up*,Wallet top up*,"
	"Loyalty points redemption*,Points redemption*,Layaway*,Down payment*,Prepayment*,Balance payment*,Anzahlung*,Acompte,Anticipo,Aanbetaling*,"
	"\xD0\x9F\xD1\x80\xD0\xB5\xD0\xB4\xD0\xBE\xD0\xBF\xD0\xBB\xD0\xB0\xD1\x82\xD0\xB0,\xD0\x90\xD0\xB2\xD0\xB0\xD0\xBD\xD1\x81,\xE5\xAE\x9A\xE9\x87\x91,\xE8\xAE\xA2\xE9\x87\x91,\xE8\xA8\x82\xE9\x87\x91,Uang muka*,Booking deposit*",
	/* t86 F2: money passing through the till, never goods: cash handed out or paid in
	 * (cashback, a withdrawal, a hotel's paid-out and cash advance), bills paid and phones
	 * topped up at the counter (PayPoint, E-Top Up Vodafone, Handy-Aufladung, Guthabenkarte,
	 * paysafecard: a prepaid voucher), a folio's deposit and a refund to the card. Names of
	 * words or compounds no product bears; Top up and Float (a fishing or a pool float) are a
	 * till's words, judged by their rows. Marked '$': money's words that goods' names lead
	 * with too (t88 F3: Paid Out Book 100 sheets, Bill Payment Envelopes 50,
	 * Einzahlungsbeleg Block), goods when the rows are a price list's (money_goods) */
	",$Cashback*,$Cash back*,$Cash withdrawal*,$Bill payment*,$PayPoint*,$Mobile top up*,"
	"$Phone top up*,$E-top up*,!Top up,$Paid out*,$Cash paid out*,$Paid in,!Float,"
	"$Cash advance*,$Advance deposit*,$Deposit transfer*,$Refund to card*,"
	"$Bargeldauszahlung*,$Auszahlung*,$Einzahlung*,$Handy-Aufladung*,$Handyaufladung*,"
	"$Guthabenkarte*,$Paysafecard*,"
	/* (a top-up with the UK network's name either side, Top Up Vodafone, O2 Top Up 10.00:
	 * topup_named, with the other languages' and networks') */
	/* t86 F7, F8: a German pharmacy's statutory co-pay on a prescription and its delivery
	 * (Lieferung a single word, as Delivery is); a US repair shop's supplies and disposal
	 * charges */
	"Gesetzliche Zuzahlung*,Zuzahlung*,Eigenanteil*,Botendienst*,Lieferung,Shop supplies,"
	"Hazardous waste disposal,Hazmat disposal,Tire disposal,Tyre disposal,Battery disposal,"
	/* t86 F11, F12: UK tills' national and branded gift cards and tokens; the statutory bag
	 * charge of UK and German tills by the bag's name, marked '%': a shop sells bags too,
	 * so no product only when priced as a levy (levy_line) */
	"HTA Gift Card,One4all Gift Card,One4all Voucher,Love2shop Voucher,Love2shop Gift Card,"
	"National Book Token,Book Token,Book Tokens,Gift Token,Gift Tokens,Garden Gift Voucher,"
	"%Carrier bag,%Carrier bags,%Paper bag,%Paper bags,%Plastic bag,%Plastic bags,"
	"%Tragetasche,%T\xC3\xBCte,%Papiert\xC3\xBCte,%Plastikt\xC3\xBCte",
	/* t80 F13: the shipping and delivery fees of Persian, Hindi, Bengali and Russian
	 * invoices (each was an item every customer bought in every invoice) */
	",\xD9\x87\xD8\xB2\xDB\x8C\xD9\x86\xD9\x87 \xD8\xA7\xD8\xB1\xD8\xB3\xD8\xA7\xD9\x84*,"
	"\xD8\xA7\xD8\xB1\xD8\xB3\xD8\xA7\xD9\x84,"
	"\xD9\x87\xD8\xB2\xDB\x8C\xD9\x86\xD9\x87 \xD8\xAD\xD9\x85\xD9\x84*,"
	"\xD9\x87\xD8\xB2\xDB\x8C\xD9\x86\xD9\x87 \xD9\xBE\xD8\xB3\xD8\xAA*,"
	"\xD8\xAD\xD9\x85\xD9\x84 \xD9\x88 \xD9\x86\xD9\x82\xD9\x84,"
	"\xE0\xA4\xA1\xE0\xA4\xBF\xE0\xA4\xB2\xE0\xA5\x80\xE0\xA4\xB5\xE0\xA4\xB0\xE0\xA5\x80 \xE0\xA4\xB6\xE0\xA5\x81\xE0\xA4\xB2\xE0\xA5\x8D\xE0\xA4\x95*,"
	"\xE0\xA4\xA1\xE0\xA4\xBF\xE0\xA4\xB2\xE0\xA5\x80\xE0\xA4\xB5\xE0\xA4\xB0\xE0\xA5\x80 \xE0\xA4\x9A\xE0\xA4\xBE\xE0\xA4\xB0\xE0\xA5\x8D\xE0\xA4\x9C*,"
	"\xE0\xA4\xA1\xE0\xA4\xBF\xE0\xA4\xB2\xE0\xA5\x80\xE0\xA4\xB5\xE0\xA4\xB0\xE0\xA5\x80,"
	"\xE0\xA4\xB6\xE0\xA4\xBF\xE0\xA4\xAA\xE0\xA4\xBF\xE0\xA4\x82\xE0\xA4\x97,"
	"\xE0\xA4\xB6\xE0\xA4\xBF\xE0\xA4\xAA\xE0\xA4\xBF\xE0\xA4\x82\xE0\xA4\x97 \xE0\xA4\xB6\xE0\xA5\x81\xE0\xA4\xB2\xE0\xA5\x8D\xE0\xA4\x95*,"
	"\xD0\x94\xD0\xBE\xD1\x81\xD1\x82\xD0\xB0\xD0\xB2\xD0\xBA\xD0\xB0 \xD1\x82\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x80\xD0\xB0,"
	"\xD0\x94\xD0\xBE\xD1\x81\xD1\x82\xD0\xB0\xD0\xB2\xD0\xBA\xD0\xB0 \xD0\xB7\xD0\xB0\xD0\xBA\xD0\xB0\xD0\xB7\xD0\xB0,"
	"\xD0\xA3\xD1\x81\xD0\xBB\xD1\x83\xD0\xB3\xD0\xB8 \xD0\xB4\xD0\xBE\xD1\x81\xD1\x82\xD0\xB0\xD0\xB2\xD0\xBA\xD0\xB8*,"
	"\xE0\xA6\xA1\xE0\xA7\x87\xE0\xA6\xB2\xE0\xA6\xBF\xE0\xA6\xAD\xE0\xA6\xBE\xE0\xA6\xB0\xE0\xA6\xBF \xE0\xA6\x9A\xE0\xA6\xBE\xE0\xA6\xB0\xE0\xA7\x8D\xE0\xA6\x9C*",
	/* t59 (e101): a discount's, a coupon's, a promotion code's, a loyalty redemption's or a
	 * markdown's line, in the languages above, written -NAME: no product on a line of amount
	 * 0 or below alone (credit_named, clean_reason), where a product may bear the word
	 * ("Coupon holder" at 2.50) */
	",-Discount,-Discounts,-Discount code,-Discount amount,-Coupon,-Coupon code,-Coupon discount,"
	"-Promo,-Promo code,-Promo discount,-Promotion,-Promotional discount,-Markdown,-Mark-down,"
	"-Price reduction,-Reduction,-Rebate,-Loyalty discount,-Loyalty reward*,-Loyalty redemption*,"
	"-Reward redemption*,-Rewards redemption*,-Points discount,-Staff discount,-Employee discount,"
	"-Member discount,-Volume discount,-Order discount,-Cart discount,-Manual discount,"
	"-Line discount,-Cash discount,-Trade discount,-Voucher discount,-Rabatt,-Rabatte,-Rabattcode,"
	"-Nachlass,-Preisnachlass,-Gutscheinrabatt,-Rabattkod,-Rabattkode,-Rabat,-Rabatkode,-Alennus,"
	"-Alennuskoodi,-Kuponki,-Remise,-R\xC3\xA9" "duction,-Rabais,-Ristourne,-Code promo,"
	"-Bon de r\xC3\xA9" "duction,-Descuento,-Cup\xC3\xB3n,-Cupon,-C\xC3\xB3" "digo promocional,"
	"-Codigo promocional,-Rebaja,-Desconto,-Cupom,-Sconto,-Buono sconto,-Codice sconto,-Korting,"
	"-Kortingscode,-Kortingsbon,-Zni\xC5\xBCka,-Znizka,-Upust,-Kupon,-Kod rabatowy,-\xC4\xB0ndirim,"
	"-Indirim,-Diskon,-Potongan,-Potongan harga,-Diskaun,-Gi\xE1\xBA\xA3m gi\xC3\xA1,"
	"-Chi\xE1\xBA\xBFt kh\xE1\xBA\xA5u,-M\xC3\xA3 gi\xE1\xBA\xA3m gi\xC3\xA1,"
	"-\xD0\xA1\xD0\xBA\xD0\xB8\xD0\xB4\xD0\xBA\xD0\xB0,"
	"-\xD0\xA1\xD0\xBA\xD0\xB8\xD0\xB4\xD0\xBA\xD0\xB8,-\xD0\x9A\xD1\x83\xD0\xBF\xD0\xBE\xD0\xBD,"
	"-\xD0\x9F\xD1\x80\xD0\xBE\xD0\xBC\xD0\xBE\xD0\xBA\xD0\xBE\xD0\xB4,"
	"-\xD0\xA3\xD1\x86\xD0\xB5\xD0\xBD\xD0\xBA\xD0\xB0,"
	"-\xD0\xA1\xD0\xBF\xD0\xB8\xD1\x81\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB5 \xD0\xB1\xD0\xBE\xD0\xBD\xD1\x83\xD1\x81\xD0\xBE\xD0\xB2,"
	"-\xD0\x9E\xD0\xBF\xD0\xBB\xD0\xB0\xD1\x82\xD0\xB0 \xD0\xB1\xD0\xBE\xD0\xBD\xD1\x83\xD1\x81\xD0\xB0\xD0\xBC\xD0\xB8,"
	"-\xD0\x97\xD0\xBD\xD0\xB8\xD0\xB6\xD0\xBA\xD0\xB0,-\xE6\x8A\x98\xE6\x89\xA3,"
	"-\xE4\xBC\x98\xE6\x83\xA0,-\xE5\x84\xAA\xE6\x83\xA0,-\xE4\xBC\x98\xE6\x83\xA0\xE5\x88\xB8,"
	"-\xE5\x84\xAA\xE6\x83\xA0\xE5\x88\xB8,-\xE6\xBB\xA1\xE5\x87\x8F,-\xE6\xBB\xBF\xE6\xB8\x9B,"
	"-\xE7\xAB\x8B\xE5\x87\x8F,-\xE7\xA7\xAF\xE5\x88\x86\xE6\x8A\xB5\xE6\x89\xA3,"
	"-\xE7\xA9\x8D\xE5\x88\x86\xE6\x8A\xB5\xE6\x89\xA3,-\xE5\x89\xB2\xE5\xBC\x95,"
	"-\xE5\x80\xA4\xE5\xBC\x95,-\xE5\x80\xA4\xE5\xBC\x95\xE3\x81\x8D,"
	"-\xE3\x82\xAF\xE3\x83\xBC\xE3\x83\x9D\xE3\x83\xB3,"
	"-\xE3\x83\x9D\xE3\x82\xA4\xE3\x83\xB3\xE3\x83\x88\xE5\x80\xA4\xE5\xBC\x95,"
	"-\xE3\x83\x9D\xE3\x82\xA4\xE3\x83\xB3\xE3\x83\x88\xE5\x88\xA9\xE7\x94\xA8,"
	"-\xED\x95\xA0\xEC\x9D\xB8,-\xEC\xBF\xA0\xED\x8F\xB0,"
	"-\xCE\x88\xCE\xBA\xCF\x80\xCF\x84\xCF\x89\xCF\x83\xCE\xB7,"
	"-\xCE\x9A\xCE\xBF\xCF\x85\xCF\x80\xCF\x8C\xCE\xBD\xCE\xB9,-\xD8\xAE\xD8\xB5\xD9\x85,"
	"-\xD9\x83\xD9\x88\xD8\xA8\xD9\x88\xD9\x86,"
	"-\xE0\xB8\xAA\xE0\xB9\x88\xE0\xB8\xA7\xE0\xB8\x99\xE0\xB8\xA5\xE0\xB8\x94,"
	"-\xE0\xB8\x84\xE0\xB8\xB9\xE0\xB8\x9B\xE0\xB8\xAD\xE0\xB8\x87",
	/* t89 F1: money through the till in the languages of European retail (it, es, pt, fr,
	 * de, nl, da, sv, no, fi, pl, cs, sk, hu, ro, el): cash withdrawn at the till, paid in,
	 * a bill paid and a phone topped up by the till's words for them (a top-up's word beside
	 * an operator's name is topup_named's), names of words or compounds no product bears */
	",Prelievo contanti*,Prelievo di contanti*,Prelievo in contanti*,Retirada de efectivo*,"
	"Retirada efectivo*,Retirada en efectivo*,Retiro de efectivo*,Retiro en efectivo*,"
	"Disposici\xC3\xB3n de efectivo*,Disposicion de efectivo*,Levantamento de numer\xC3\xA1rio*,"
	"Levantamento de numerario*,Levantamento em numer\xC3\xA1rio*,Levantamento em numerario*,"
	"Saque em dinheiro*,Retrait d'esp\xC3\xA8" "ces*,Retrait d\xE2\x80\x99" "esp\xC3\xA8" "ces*,"
	"Retrait d'especes*,Retrait esp\xC3\xA8" "ces*,Retrait especes*,Retrait en esp\xC3\xA8" "ces*,"
	"Retrait en especes*,Bargeldabhebung*,Barauszahlung*,Geldabhebung*,Geld opnemen*,"
	"Contant geld opnemen*,Geldopname*,Kontanth\xC3\xA6vning*,Kontanthaevning*,Kontantudbetaling*,"
	"Kontantuttag*,Kontantutbetalning*,Kontantuttak*,Kontantutbetaling*,K\xC3\xA4teisnosto*,"
	"Kateisnosto*,K\xC3\xA4teisen nosto*,Kateisen nosto*,Wyp\xC5\x82" "ata got\xC3\xB3wki*,"
	"Wyplata gotowki*,Wyp\xC5\x82" "ata got\xC3\xB3wkowa*,Wyplata gotowkowa*,"
	"V\xC3\xBD" "b\xC4\x9Br hotovosti*,Vyber hotovosti*,V\xC3\xBD" "ber hotovosti*,"
	"K\xC3\xA9szp\xC3\xA9nzfelv\xC3\xA9tel*,Keszpenzfelvetel*,"
	"K\xC3\xA9szp\xC3\xA9nz felv\xC3\xA9tel*,Keszpenz felvetel*,Retragere numerar*,"
	"Retragere de numerar*,"
	"\xCE\x91\xCE\xBD\xCE\xAC\xCE\xBB\xCE\xB7\xCF\x88\xCE\xB7 \xCE\xBC\xCE\xB5\xCF\x84\xCF\x81\xCE\xB7\xCF\x84\xCF\x8E\xCE\xBD*,"
	"\xCE\x91\xCE\xBD\xCE\xB1\xCE\xBB\xCE\xB7\xCF\x88\xCE\xB7 \xCE\xBC\xCE\xB5\xCF\x84\xCF\x81\xCE\xB7\xCF\x84\xCF\x89\xCE\xBD*,"
	"Versamento contanti*,Ingreso en cuenta*,Ingreso de efectivo*,"
	"Dep\xC3\xB3sito em numer\xC3\xA1rio*,Deposito em numerario*,"
	"D\xC3\xA9p\xC3\xB4t d'esp\xC3\xA8" "ces*,Depot d'especes*,Versement esp\xC3\xA8" "ces*,"
	"Versement especes*,Bareinzahlung*,Contante storting*,Kontantindbetaling*,"
	"Kontantins\xC3\xA4ttning*,Kontantinsattning*,Kontantinnskudd*,K\xC3\xA4teistalletus*,"
	"Kateistalletus*,Wp\xC5\x82" "ata got\xC3\xB3wki*,Wplata gotowki*,Wp\xC5\x82" "ata na konto*,"
	"Wplata na konto*,Vklad hotovosti*,Vklad na \xC3\xBA\xC4\x8D" "et*,Vklad na ucet*,"
	"K\xC3\xA9szp\xC3\xA9nzbefizet\xC3\xA9s*,Keszpenzbefizetes*,Depunere numerar*,"
	"Depunere de numerar*,"
	"\xCE\x9A\xCE\xB1\xCF\x84\xCE\xAC\xCE\xB8\xCE\xB5\xCF\x83\xCE\xB7 \xCE\xBC\xCE\xB5\xCF\x84\xCF\x81\xCE\xB7\xCF\x84\xCF\x8E\xCE\xBD*,"
	"\xCE\x9A\xCE\xB1\xCF\x84\xCE\xB1\xCE\xB8\xCE\xB5\xCF\x83\xCE\xB7 \xCE\xBC\xCE\xB5\xCF\x84\xCF\x81\xCE\xB7\xCF\x84\xCF\x89\xCE\xBD*,"
	"Pagamento bollettino*,Pagamento bollettini*,Pagamento bolletta*,Pagamento bollette*,"
	"Bollettino postale*,Bollettini postali*,Pagamento PagoPA*,PagoPA*,Pagamento F24*,"
	"Pagamento MAV*,Bollo auto*,Pago de recibo*,Pago de recibos*,Pago recibo*,Pago de factura*,"
	"Pago de facturas*,Pagamento de servi\xC3\xA7os*,Pagamento de servicos*,Pagamento de contas*,"
	"Pagamento de conta*,Pagamento de boleto*,Pagamento de fatura*,Pagamento de faturas*,"
	"Paiement de facture*,Paiement de factures*,Paiement facture*,Rechnungszahlung*,Zahlschein*,"
	"Acceptgiro*,Betaling rekening*,Regningsbetaling*,Betaling af regning*,Betaling av regning*,"
	"R\xC3\xA4kningsbetalning*,Rakningsbetalning*,Betalning av r\xC3\xA4kning*,Laskunmaksu*,"
	"Laskun maksu*,Op\xC5\x82" "ata rachunku*,Oplata rachunku*,Op\xC5\x82" "ata rachunk\xC3\xB3w*,"
	"Oplata rachunkow*,P\xC5\x82" "atno\xC5\x9B\xC4\x87 rachunku*,Platnosc rachunku*,"
	"Platba slo\xC5\xBE" "enky*,Platba slozenky*,Platba slo\xC5\xBE" "enkou*,Slo\xC5\xBE" "enka*,"
	"Slozenka*,Platba faktury*,Platba fakt\xC3\xBAry*,\xC3\x9Ahrada fakt\xC3\xBAry*,"
	"Uhrada faktury*,Po\xC5\xA1tov\xC3\xA1 pouk\xC3\xA1\xC5\xBEka*,Postova poukazka*,"
	"Csekkbefizet\xC3\xA9s*,Csekkbefizetes*,Csekk befizet\xC3\xA9s*,Csekk befizetes*,"
	"Sz\xC3\xA1mlabefizet\xC3\xA9s*,Szamlabefizetes*,Plat\xC4\x83 factur\xC4\x83*,Plata factura*,"
	"Plat\xC4\x83 facturi*,Plata facturi*,"
	"\xCE\xA0\xCE\xBB\xCE\xB7\xCF\x81\xCF\x89\xCE\xBC\xCE\xAE \xCE\xBB\xCE\xBF\xCE\xB3\xCE\xB1\xCF\x81\xCE\xB9\xCE\xB1\xCF\x83\xCE\xBC\xCE\xBF\xCF\x8D*,"
	"\xCE\xA0\xCE\xBB\xCE\xB7\xCF\x81\xCF\x89\xCE\xBC\xCE\xB7 \xCE\xBB\xCE\xBF\xCE\xB3\xCE\xB1\xCF\x81\xCE\xB9\xCE\xB1\xCF\x83\xCE\xBC\xCE\xBF\xCF\x85*,"
	"\xCE\xA0\xCE\xBB\xCE\xB7\xCF\x81\xCF\x89\xCE\xBC\xCE\xAE \xCE\xBB\xCE\xBF\xCE\xB3\xCE\xB1\xCF\x81\xCE\xB9\xCE\xB1\xCF\x83\xCE\xBC\xCF\x8E\xCE\xBD*,"
	"Ricarica telefonica*,Ricarica cellulare*,Recarga m\xC3\xB3vil*,Recarga movil*,"
	"Recarga de m\xC3\xB3vil*,Recarga de movil*,Recarga telef\xC3\xB3nica*,Recarga telefonica*,"
	"Recarga de saldo*,Recarga de celular*,Recarga celular*,Recharge mobile*,"
	"Recharge t\xC3\xA9l\xC3\xA9phonique*,Recharge telephonique*,Carregamento telem\xC3\xB3vel*,"
	"Carregamento telemovel*,Carregamento de telem\xC3\xB3vel*,Carregamento de telemovel*,"
	"Beltegoed*,Do\xC5\x82" "adowanie telefonu*,Doladowanie telefonu*,"
	"Do\xC5\x82" "adowanie kom\xC3\xB3rki*,Doladowanie komorki*,Dobit\xC3\xAD kreditu*,"
	"Dobiti kreditu*,Dob\xC3\xADjen\xC3\xAD kreditu*,Dobijeni kreditu*,Dobitie kreditu*,"
	"Egyenlegfelt\xC3\xB6lt\xC3\xA9s*,Egyenlegfeltoltes*,Telefonfelt\xC3\xB6lt\xC3\xA9s*,"
	"Telefonfeltoltes*,Re\xC3\xAEnc\xC4\x83rcare cartel\xC4\x83*,Reincarcare cartela*,"
	"Re\xC3\xAEnc\xC4\x83rcare credit*,Reincarcare credit*,Taletid*,Ringetid*,Puheaika*,"
	"\xCE\x91\xCE\xBD\xCE\xB1\xCE\xBD\xCE\xAD\xCF\x89\xCF\x83\xCE\xB7 \xCF\x87\xCF\x81\xCF\x8C\xCE\xBD\xCE\xBF\xCF\x85 \xCE\xBF\xCE\xBC\xCE\xB9\xCE\xBB\xCE\xAF\xCE\xB1\xCF\x82*,"
	"\xCE\x91\xCE\xBD\xCE\xB1\xCE\xBD\xCE\xB5\xCF\x89\xCF\x83\xCE\xB7 \xCF\x87\xCF\x81\xCE\xBF\xCE\xBD\xCE\xBF\xCF\x85 \xCE\xBF\xCE\xBC\xCE\xB9\xCE\xBB\xCE\xB9\xCE\xB1\xCF\x82*,",
	/* t89 F1: rounding to the coin in Norwegian and Greek, as the other languages' (t59 F2) */
	"!Avrunding,Avrundingsdifferanse*,"
	"!\xCE\xA3\xCF\x84\xCF\x81\xCE\xBF\xCE\xB3\xCE\xB3\xCF\x85\xCE\xBB\xCE\xBF\xCF\x80\xCE\xBF\xCE\xAF\xCE\xB7\xCF\x83\xCE\xB7,"
	"!\xCE\xA3\xCF\x84\xCF\x81\xCE\xBF\xCE\xB3\xCE\xB3\xCF\x85\xCE\xBB\xCE\xBF\xCF\x80\xCE\xBF\xCE\xB9\xCE\xB7\xCF\x83\xCE\xB7,",
	/* t89 F1: the bag charge of Italian, Spanish, Portuguese, French, Dutch, Nordic, Polish,
	 * Czech, Slovak, Hungarian, Romanian and Greek tills by the bag's name, marked '%' as the
	 * English and German ones (t86 F12): a shop sells bags too (a Bolsa de cuero, a Shopper
	 * in pelle; Borsa, a handbag, left out), so no product only when priced as a levy
	 * (levy_line), alone or before its material or its size (till_tail: Bolsa de pl\xC3\xA1stico) */
	"%Shopper,%Sacchetto,%Sacchetti,%Bolsa,%Bolsas,%Saco,%Sacos,%Sacola,%Sac,%Sac de caisse,"
	"%Draagtas,%Draagtassen,%Plastic tas,%Plastic tasje,%Papieren tas,%B\xC3\xA6repose,%Baerepose,"
	"%Handlepose,%Plastpose,%Papirpose,%Indk\xC3\xB8" "bspose,%B\xC3\xA4rkasse,%Barkasse,"
	"%Plastkasse,%Papperskasse,%Plastp\xC3\xA5se,%Pappersp\xC3\xA5se,%Kassi,%Muovikassi,"
	"%Paperikassi,%Ostoskassi,%Reklam\xC3\xB3wka,%Reklamowka,%Torba,%Torba foliowa,"
	"%Torba papierowa,%Ta\xC5\xA1ka,%Taska,%Igelitka,%Igelitov\xC3\xA1 ta\xC5\xA1ka,"
	"%Igelitova taska,%Pap\xC3\xADrov\xC3\xA1 ta\xC5\xA1ka,%Papirova taska,"
	"%Papierov\xC3\xA1 ta\xC5\xA1ka,%Papierova taska,%S\xC3\xA1\xC4\x8D" "ek,%Sacek,"
	"%S\xC3\xA1\xC4\x8Dok,%Sacok,%Szatyor,%Nejlonszatyor,%Rekl\xC3\xA1mszatyor,%Reklamszatyor,"
	"%Pap\xC3\xADrszatyor,%Papirszatyor,%Zacsk\xC3\xB3,%Zacsko,%Pung\xC4\x83,%Punga,"
	"%Saco\xC8\x99\xC4\x83,%Sacosa,%\xCE\xA3\xCE\xB1\xCE\xBA\xCE\xBF\xCF\x8D\xCE\xBB\xCE\xB1,"
	"%\xCE\xA3\xCE\xB1\xCE\xBA\xCE\xBF\xCF\x85\xCE\xBB\xCE\xB1,"
	"%\xCE\xA0\xCE\xBB\xCE\xB1\xCF\x83\xCF\x84\xCE\xB9\xCE\xBA\xCE\xAE \xCF\x83\xCE\xB1\xCE\xBA\xCE\xBF\xCF\x8D\xCE\xBB\xCE\xB1,"
	"%\xCE\xA0\xCE\xBB\xCE\xB1\xCF\x83\xCF\x84\xCE\xB9\xCE\xBA\xCE\xB7 \xCF\x83\xCE\xB1\xCE\xBA\xCE\xBF\xCF\x85\xCE\xBB\xCE\xB1",
	/* t89 F2: the shipping-protection apps' lines as any app writes them, its brand first,
	 * the protection's words last (Corso Package Protection, Onward Package Protection,
	 * ShipInsure Package Protection: phrase_ends); Screen Protection Film and Sun
	 * Protection SPF50 are goods */
	",* Package protection,* Shipping protection,* Shipment protection,* Delivery protection,"
	"* Parcel protection,* Order protection,* Purchase protection,* Checkout protection,"
	"* Delivery guarantee,* Shipping guarantee,* Order guarantee,* Shipping insurance,"
	"* Package insurance,* Parcel insurance,* Delivery insurance",
	NULL};

const char *clean_rule_name(enum rr_rule r)
{
	return (unsigned)r < RR_RULE_N ? clean_words[r] : "kept";
}

const char *clean_rule_help(enum rr_rule r)
{
	return (unsigned)r < RR_RULE_N ? rule_help[r] : "";
}

int clean_rule_lookup(const char *name)
{
	for (int r = 0; r < RR_RULE_N; r++)
		if (strcmp(name, clean_words[r]) == 0)
			return r;
	return -1;
}

/* What a code of the list is (rr_clean.pat): worked out once when the list is set, not for
 * each of a file's codes it is held against (clean_ctx_init had taken a sixth of a load). */
struct clean_pat {
	size_t len;              /* the code's bytes */
	size_t plain;            /* without a prefix's trailing '*' */
	unsigned char star;      /* a prefix (gift_0001*) */
	unsigned char noun;      /* a product's noun too (product_nouns) */
	unsigned char small;     /* a small letter, or a byte past ASCII, in the plain part: a
	                          * name of the list, not a code in capitals (desc_nonproduct) */
	unsigned char words;     /* a blank in it: a name of words */
	unsigned char led;       /* a name marked '^' in default_codes (led_listed): one that may
	                          * lead a product's name, so it ends as the others (star_ends) */
	unsigned char till;      /* marked '!' in default_codes (till_listed): a till's word */
	unsigned char levy;      /* marked '%': a bag's, judged by its price (levy_leads) */
	unsigned char suffix;    /* written *END: a compound's last part (Einwegpfand: *pfand) */
	unsigned char credit;    /* written -NAME: a discount's, a coupon's (credit_named), no
	                          * product on a line of amount 0 or below alone; the other
	                          * tests pass it over */
	uint64_t first;          /* fold_key of the plain part: what a text's first unit folds
	                          * to, or it matches no prefix of it (textfold_prefix) */
};

static struct clean_pat *pats_of(char *const *codes, int n);
static struct clean_index *index_of(char *const *codes, const struct clean_pat *pat, int n);
static void index_free(struct clean_index *x);

/* default_codes' names marked '^' (the marks are not theirs: clean_init leaves them out), a
 * product's name may lead with (Bah\xC5\x9Fi\xC5\x9F kutusu, a tip box; Pantti Kori, a crate:
 * t76 F10), those marked '!', a till's button's word (till_listed), and those marked '~', a
 * tip's word, a till's word whose amount is keyed at will (tip_listed), and those marked '$',
 * money through the till that goods' names lead with too (money_goods), as the index
 * led_index builds once; a list the analyst gives has them so too. */
enum { LED_MAX = 512 };   /* the marked names, with room: led_index drops any past it */
/* every mark a name of default_codes may bear, none of them a name's first letter */
#define LED_MARKS "^!%~$"

static struct {
	const char *s;
	size_t n;
	char mark;
} led_names[LED_MAX];
static int n_led;
static pthread_once_t led_once = PTHREAD_ONCE_INIT;

static void led_index(void)
{
	for (int i = 0; default_codes[i]; i++)
		for (const char *p = default_codes[i]; *p;) {
			size_t k = strcspn(p, ",");
			if (strchr(LED_MARKS, *p) && n_led < LED_MAX) {
				led_names[n_led].s = p + 1, led_names[n_led].n = k - 1;
				led_names[n_led++].mark = *p;
			}
			p += k + (p[k] == ',');
		}
}

/* Is code s[0..n) a name of default_codes marked so ('^', '!' or '~'), as written? */
static int marked(const char *s, size_t n, char mark)
{
	pthread_once(&led_once, led_index);
	for (int i = 0; i < n_led; i++)
		if (led_names[i].mark == mark && led_names[i].n == n && memcmp(led_names[i].s, s, n) == 0)
			return 1;
	return 0;
}

static int led_listed(const char *code)
{
	return marked(code, strlen(code), '^');
}

/* Is a name of the list a till's button's word (marked '!': Tip, Deposit, Pfand, Rounding,
 * Donation, Voucher; t83 F1): under a code like the goods', no product when its rows are a
 * button's, charged once a receipt (fee_line; a brush's Tip sold by threes is goods, t74)?
 * A bag's (marked '%': Carrier Bag) ends as one, but is judged by its price (levy_line). */
static int till_listed(const char *code)
{
	return marked(code, strlen(code), '!') || marked(code, strlen(code), '%') ||
	       marked(code, strlen(code), '~');
}

/* Is a name of the list a tip's word (marked '~': Tip, Trinkgeld, Gratuity), a till's word
 * (till_listed) whose amount the till keys at will, never one catalogue price (t85 F6)? */
static int tip_listed(const char *code)
{
	return marked(code, strlen(code), '~');
}

static void free_codes(rr_clean *c)
{
	for (int i = 0; i < c->n_codes; i++)
		free(c->codes[i]);
	free(c->codes);
	free(c->pat);
	index_free(c->index);
	c->codes = NULL;
	c->pat = NULL;
	c->index = NULL;
	c->n_codes = 0;
}

int clean_set_codes(rr_clean *c, const char *list)
{
	int n = 1;
	for (const char *p = list; *p; p++)
		n += *p == ',';
	char **codes = calloc((size_t)n, sizeof *codes);
	if (!codes)
		return err_set("out of memory");
	int k = 0;
	const char *p = list;
	for (;;) {
		const char *e = strchr(p, ',');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		while (len && *p == ' ') {
			p++;
			len--;
		}
		while (len && p[len - 1] == ' ')
			len--;
		if (len == 1 && *p == '*') {   /* an empty prefix: every code (t40 #11: accepted, and
						* it matched none) */
			for (int i = 0; i < k; i++)
				free(codes[i]);
			free(codes);
			return err_set("clean codes: a bare '*' would drop every stock code: a prefix "
				       "goes before it (POST*)");
		}
		if (len) {
			codes[k] = malloc(len + 1);
			if (!codes[k]) {
				for (int i = 0; i < k; i++)
					free(codes[i]);
				free(codes);
				return err_set("out of memory");
			}
			memcpy(codes[k], p, len);
			codes[k++][len] = '\0';
		}
		if (!e)
			break;
		p = e + 1;
	}
	/* a list of no code (clean codes '' or ','): silently, POST, DOT, M... became products
	 * (t40 #11, t44 #12); refused as filter drop-customers refuses a list of no id */
	if (k == 0) {
		free(codes);
		return err_set("clean codes: the list names no code, and would make POST, DOT, M and "
			       "every other non-product code a product: name the codes (clean codes "
			       "POST,DOT), or turn the rule off (clean nonproduct off)");
	}
	struct clean_pat *pat = pats_of(codes, k);
	struct clean_index *index = pat ? index_of(codes, pat, k) : NULL;
	if (!index) {
		free(pat);
		for (int i = 0; i < k; i++)
			free(codes[i]);
		free(codes);
		return err_set("out of memory");
	}
	free_codes(c);
	c->codes = codes;
	c->pat = pat;
	c->index = index;
	c->n_codes = k;
	return 0;
}

int clean_init(rr_clean *c)
{
	memset(c, 0, sizeof *c);
	for (int r = 0; r < RR_RULE_N; r++)
		c->on[r] = 1;
	filter_init(&c->filter);
	size_t len = 1;
	for (int i = 0; online_retail_lines[i].code; i++)
		len += strlen(online_retail_lines[i].code) + 1;
	for (int i = 0; default_codes[i]; i++)
		len += strlen(default_codes[i]);
	char *list = malloc(len), *at = list;
	if (!list)
		return err_set("out of memory");
	for (int i = 0; online_retail_lines[i].code; i++)
		at += sprintf(at, "%s,", online_retail_lines[i].code);
	for (int i = 0; default_codes[i]; i++)
		for (const char *p = default_codes[i]; *p; p++)
			if (!(strchr(LED_MARKS, *p) &&
			      (p == default_codes[i] || p[-1] == ',')))
				*at++ = *p;   /* led_index's marks left out */
	*at = '\0';
	int rc = clean_set_codes(c, list);
	free(list);
	return rc;
}

void clean_free(rr_clean *c)
{
	free_codes(c);
	filter_free(&c->filter);
}

int clean_copy(rr_clean *dst, const rr_clean *src)
{
	memset(dst, 0, sizeof *dst);
	memcpy(dst->on, src->on, sizeof dst->on);
	dst->returns = src->returns;
	dst->casefold = src->casefold;
	filter_init(&dst->filter);
	dst->codes = calloc((size_t)(src->n_codes ? src->n_codes : 1), sizeof *dst->codes);
	if (!dst->codes)
		return err_set("out of memory");
	for (int i = 0; i < src->n_codes; i++) {
		dst->codes[i] = strdup(src->codes[i]);
		if (!dst->codes[i]) {
			dst->n_codes = i;
			clean_free(dst);
			return err_set("out of memory");
		}
	}
	dst->n_codes = src->n_codes;
	if (!(dst->pat = pats_of(dst->codes, dst->n_codes)) ||
	    !(dst->index = index_of(dst->codes, dst->pat, dst->n_codes))) {
		clean_free(dst);
		return err_set("out of memory");
	}
	if (filter_copy(&dst->filter, &src->filter) != 0) {
		clean_free(dst);
		return -1;
	}
	return 0;
}

/* n bytes equal ignoring ASCII case (not strncasecmp: the locale's rules, Turkish i) */
static int ascii_case_eq(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
		if (x != y && (x | 32) != (y | 32))
			return 0;
		if (x != y && !((x | 32) >= 'a' && (x | 32) <= 'z'))
			return 0;
	}
	return 1;
}

/* The length of the UTF-8 unit at s[i] (i < n): a code point's bytes, or 1 (textfold_unit's). */
static size_t unit_len(const char *s, size_t i, size_t n)
{
	unsigned char f[4];
	int used;
	textfold_unit((const unsigned char *)s + i, n - i, f, &used);
	return (size_t)used;
}

static int letter_at(const char *s, size_t k, size_t n);

/* Does s[0..n), led by prefix pat[0..pl) of the list, match it? A code's prefix (DCGS*,
 * gift_0001*) or a compound's (Versandkosten*: Versandkostenpauschale) goes on into any
 * letters; one of words (Service charge*, Shipping cost*) ends its last word there, or after
 * a plural's s or es ("Service charges"): "Service Charger" and "Shipping Costume" are
 * products (t36 R4). at: where the prefix ends in s. */
static int prefix_ends(const char *pat, size_t pl, const char *s, size_t at, size_t n)
{
	if (!memchr(pat, ' ', pl) || pat[pl - 1] == ' ')
		return 1;   /* or a word and its blank: anything after it (Ehf *: EHF Laptop) */
	size_t k = at;
	if (k < n && (s[k] | 32) == 's')
		k++;
	else if (k + 1 < n && (s[k] | 32) == 'e' && (s[k + 1] | 32) == 's')
		k += 2;
	return !letter_at(s, k, n) || !letter_at(s, at, n);
}

static int name_ends(const char *s, size_t k, size_t n);
static int suffix_ends(const struct clean_pat *p, const char *pat, const char *s, size_t n);
static int till_ends(const char *s, size_t k, size_t n);
static int till_tail(const char *s, size_t k, size_t n, int strict);

/* prefix_ends, but for a name a product's may lead with (p->led: Bah\xC5\x9Fi\xC5\x9F*, D\xC3\xA1rkov\xC3\xA1
 * karta*), which must then end as the list's unstarred names do (name_ends: alone, or before
 * an amount, a remark or a carrier): a compound goes on into letters to its word's end
 * (Pantti-: Panttimaksu), a name of words to a plural's s or es, but another word after it
 * makes a product's name (Bah\xC5\x9Fi\xC5\x9F kutusu, a tip box; D\xC3\xA1rkov\xC3\xA1 karta obal, a
 * gift card's cover: t76 F10), as Tip Box and Gift Card Holder are, but for a deposit's
 * container or size (till_ends: Bottle Deposit 10p). The other prefixes
 * (DCGS*, Versandkosten*: Versandkosten Spedition) go on into anything. */
static int star_ends(const struct clean_pat *p, const char *pat, const char *s, size_t at,
		     size_t n)
{
	if (!p->led)
		return prefix_ends(pat, p->plain, s, at, n);
	size_t k = at;
	if (!p->words) {
		while (letter_at(s, k, n))
			k++;
	} else if (k < n && (s[k] | 32) == 's') {
		k++;
	} else if (k + 1 < n && (s[k] | 32) == 'e' && (s[k + 1] | 32) == 's') {
		k += 2;
	}
	return !(letter_at(s, k, n) && letter_at(s, at, n)) && till_ends(s, k, n);
}

/* The fold of the first unit of s[0..n) (textfold_unit) as one number: its length, then its
 * bytes; 0 for n = 0. Two units fold alike when their keys are equal. */
static uint64_t fold_key(const char *s, size_t n)
{
	unsigned char f[4] = {0, 0, 0, 0};
	int used;
	if (!n)
		return 0;
	int len = textfold_unit((const unsigned char *)s, n, f, &used);
	return (uint64_t)len << 32 | (uint32_t)f[0] | (uint32_t)f[1] << 8 | (uint32_t)f[2] << 16 |
	       (uint32_t)f[3] << 24;
}

/* Do texts whose first units have fold_keys a and b start differently, so that neither is a
 * prefix of the other (textfold_prefix compares the first units first)? 0 when unsure. */
static int keys_differ(uint64_t a, uint64_t b)
{
	return a && b && a != b;
}

/* The list's entries by what a text must start with to match them: each of a load's codes
 * and descriptions is held against the few whose first letter it has, not the thousands
 * (code_kind, every code against every name, was a tenth of loading the bundled file). Two
 * orders, for the list's two comparisons: by fold_key of the plain part (textfold_prefix's
 * first unit: keys_differ), and by the first byte, ASCII lowered (name_eq's, which holds an
 * ASCII letter no mark follows against that letter only). Indices ascend within each run, so
 * a walk over runs in order finds what a walk over the list finds first. */
struct clean_index {
	int n_key, n_always, n_credit;
	int cjk;          /* a credit name in CJK (credit_named looks for it at every place) */
	int *key;         /* [n_key] the entries but credits and suffixes, by (first, index) */
	int *always;      /* [n_always] suffixes (*pfand) and any of first 0: every text's */
	int *credit;      /* [n_credit] the credit entries (-NAME), by (first, index) */
	int byte_at[130]; /* by_byte[byte_at[r]..byte_at[r + 1]): the entries but credits whose
	                   * name starts with ASCII byte r lowered, r < 128; r 128: the others */
	int *by_byte;     /* [n] */
};

/* An entry's place in a by-first order: its key, then its index. */
struct key_of {
	uint64_t first;
	int i;
};

static int cmp_key_of(const void *a, const void *b)
{
	const struct key_of *x = a, *y = b;
	return x->first < y->first ? -1 : x->first > y->first ? 1 : (x->i > y->i) - (x->i < y->i);
}

/* ord[0..n), entry indices, put in order of (pat's first, index); tmp holds n. */
static void order_by_first(const struct clean_pat *pat, int *ord, int n, struct key_of *tmp)
{
	for (int k = 0; k < n; k++)
		tmp[k] = (struct key_of){pat[ord[k]].first, ord[k]};
	qsort(tmp, (size_t)n, sizeof *tmp, cmp_key_of);
	for (int k = 0; k < n; k++)
		ord[k] = tmp[k].i;
}

/* The first byte of name s, ASCII lowered, or 128 past ASCII: its by_byte run. */
static int byte_run(const char *s)
{
	unsigned char b = (unsigned char)s[0];
	return b >= 0x80 ? 128 : b >= 'A' && b <= 'Z' ? b + 32 : b;
}

static void index_free(struct clean_index *x)
{
	if (x) {
		free(x->key);
		free(x->always);
		free(x->credit);
		free(x->by_byte);
		free(x);
	}
}

/* codes' and pat's index (clean_index), or NULL out of memory. */
static struct clean_index *index_of(char *const *codes, const struct clean_pat *pat, int n)
{
	struct clean_index *x = calloc(1, sizeof *x);
	size_t m = (size_t)(n ? n : 1);
	struct key_of *tmp = malloc(m * sizeof *tmp);
	if (!x || !tmp || !(x->key = malloc(m * sizeof *x->key)) ||
	    !(x->always = malloc(m * sizeof *x->always)) ||
	    !(x->credit = malloc(m * sizeof *x->credit)) ||
	    !(x->by_byte = malloc(m * sizeof *x->by_byte))) {
		free(tmp);
		index_free(x);
		return NULL;
	}
	int count[129] = {0};
	for (int i = 0; i < n; i++) {
		if (pat[i].credit) {
			x->credit[x->n_credit++] = i;
			x->cjk |= (unsigned char)codes[i][1] >= 0xE3;
		}
		else if (pat[i].suffix || !pat[i].first)
			x->always[x->n_always++] = i;
		else
			x->key[x->n_key++] = i;
		count[byte_run(codes[i])] += !pat[i].credit;
	}
	for (int r = 0; r < 129; r++)   /* each run's start, then past the last its end */
		x->byte_at[r + 1] = x->byte_at[r] + count[r];
	int at[129];
	memcpy(at, x->byte_at, sizeof at);
	for (int i = 0; i < n; i++)
		if (!pat[i].credit)
			x->by_byte[at[byte_run(codes[i])]++] = i;
	order_by_first(pat, x->key, x->n_key, tmp);
	order_by_first(pat, x->credit, x->n_credit, tmp);
	free(tmp);
	return x;
}

/* The run of ord[0..n) (by first) whose entries' first is key: [*lo, *hi). */
static void key_run(const struct clean_pat *pat, const int *ord, int n, uint64_t key, int *lo,
		    int *hi)
{
	int a = 0, b = n;
	while (a < b) {
		int mid = a + (b - a) / 2;
		if (pat[ord[mid]].first < key)
			a = mid + 1;
		else
			b = mid;
	}
	*lo = a;
	for (b = a; b < n && pat[ord[b]].first == key; b++)
		;
	*hi = b;
}

/* A walk over the entries of up to four runs of an index, each ascending, merged in
 * ascending order (an entry in two runs once), or over every entry of the list. */
enum { WALK_RUNS = 4 };
typedef struct pat_walk {
	const int *run[WALK_RUNS];
	int len[WALK_RUNS], at[WALK_RUNS], n_runs;
	int all, next, n;   /* all: entries 0 .. n-1 instead */
} pat_walk;

static void walk_add(pat_walk *w, const int *run, int len)
{
	if (len > 0 && w->n_runs < WALK_RUNS) {
		w->run[w->n_runs] = run;
		w->len[w->n_runs] = len;
		w->at[w->n_runs++] = 0;
	}
}

/* The walk's next entry, or -1 past its last. */
static int walk_next(pat_walk *w)
{
	if (w->all)
		return w->next < w->n ? w->next++ : -1;
	int best = -1;
	for (int r = 0; r < w->n_runs; r++)
		if (w->at[r] < w->len[r] && (best < 0 || w->run[r][w->at[r]] < best))
			best = w->run[r][w->at[r]];
	for (int r = 0; r < w->n_runs; r++)
		if (w->at[r] < w->len[r] && w->run[r][w->at[r]] == best)
			w->at[r]++;
	return best;
}

/* The list's entries but credits a text whose first unit folds to key can match by
 * textfold_prefix (keys_differ's test, a suffix's whatever the key): every entry for key 0,
 * which keys_differ is unsure of. */
static pat_walk walk_by_key(const rr_clean *c, uint64_t key)
{
	const struct clean_index *x = c->index;
	pat_walk w = {.n_runs = 0, .all = !key || !x, .next = 0, .n = c->n_codes};
	if (!w.all) {
		int lo, hi;
		key_run(c->pat, x->key, x->n_key, key, &lo, &hi);
		walk_add(&w, x->always, x->n_always);
		walk_add(&w, x->key + lo, hi - lo);
	}
	return w;
}

/* The credit entries a text whose first unit folds to key can match: those of that key and
 * those of key 0; all of them for key 0. Order aside: credit_named asks whether any does. */
static pat_walk walk_credits(const rr_clean *c, uint64_t key)
{
	const struct clean_index *x = c->index;
	pat_walk w = {.n_runs = 0, .all = !x, .next = 0, .n = c->n_codes};
	if (!x)
		return w;
	int lo, hi;
	if (!key) {
		walk_add(&w, x->credit, x->n_credit);
		return w;
	}
	key_run(c->pat, x->credit, x->n_credit, 0, &lo, &hi);
	walk_add(&w, x->credit + lo, hi - lo);
	key_run(c->pat, x->credit, x->n_credit, key, &lo, &hi);
	walk_add(&w, x->credit + lo, hi - lo);
	return w;
}

/* The entries but credits name_eq can find at any of s[0..n)'s places pos[0..np): the runs of
 * their first bytes, when each is an ASCII character no mark follows (name_eq holds it
 * against that letter, either case, only); else every entry. np <= WALK_RUNS. */
static pat_walk walk_by_byte(const rr_clean *c, const char *s, size_t n, const size_t *pos,
			     int np)
{
	const struct clean_index *x = c->index;
	pat_walk w = {.n_runs = 0, .all = !x, .next = 0, .n = c->n_codes};
	int seen[WALK_RUNS];
	for (int k = 0; !w.all && k < np; k++) {
		size_t p = pos[k];
		seen[k] = -1;
		if (p >= n)
			continue;   /* no name starts past the end */
		unsigned char b = (unsigned char)s[p];
		if (b >= 0x80 || b == ' ' || b == '-' || (p + 1 < n && (unsigned char)s[p + 1] >= 0x80)) {
			w.all = 1;
			break;
		}
		int r = byte_run(s + p), dup = 0;
		for (int j = 0; j < k; j++)
			dup |= seen[j] == r;
		seen[k] = r;
		if (!dup)
			walk_add(&w, x->by_byte + x->byte_at[r], x->byte_at[r + 1] - x->byte_at[r]);
	}
	return w;
}

int clean_is_nonproduct(const rr_clean *c, const char *s, size_t n)
{
	uint64_t key = fold_key(s, n);
	pat_walk w = walk_by_key(c, key);
	for (int i; (i = walk_next(&w)) >= 0;) {
		const char *pat = c->codes[i];
		const struct clean_pat *p = &c->pat[i];
		if (p->suffix) {
			if (suffix_ends(p, pat, s, n))
				return 1;
			continue;
		}
		if (p->credit || keys_differ(p->first, key))
			continue;
		if (p->star) {
			size_t at = textfold_prefix(s, n, pat, p->plain);
			if (at && star_ends(p, pat, s, at, n))
				return 1;
		} else if (!(p->noun && p->till) && textfold_same(s, n, pat, p->len)) {
			return 1;   /* not Pant alone, trousers */
		}
	}
	return 0;
}

/* Carriers' names: a name of the list followed by one is a shipping line whatever follows
 * ("Versand DHL", "Shipping UPS Ground", "Versandkosten DHL Paket"). */
static const char *const carriers[] = {"DHL", "UPS", "FedEx", "DPD", "GLS", "Hermes", "USPS",
				       "Royal Mail", "Colissimo", "Chronopost", "PostNL",
				       "PostNord", "La Poste", "Deutsche Post", "Parcelforce", "Evri",
				       "Yodel", "TNT", "Canada Post", "Australia Post", "Correos",
				       "Poste Italiane", "InPost", "Mondial Relay", "Purolator",
				       "Sendle", "Aramex", "SEUR", "BRT", "CTT", "Posti",
				       /* t59 F4: the national carriers of Brazil, Ukraine, Russia,
					* Indonesia, Malaysia, Japan, China, Poland, the Baltics, India,
					* Thailand and Latin America (Frete PAC, Доставка Нова Пошта,
					* Ongkos Kirim JNE were kept as products) */
				       "Correios", "PAC", "SEDEX", "Jadlog", "Loggi", "Total Express", "Nova Poshta",
				       "\xD0\x9D\xD0\xBE\xD0\xB2\xD0\xB0 \xD0\x9F\xD0\xBE\xD1\x88\xD1\x82\xD0\xB0",
				       "\xD0\x9D\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x8F \xD0\x9F\xD0\xBE\xD1\x87\xD1\x82\xD0\xB0",
				       "Ukrposhta", "\xD0\xA3\xD0\xBA\xD1\x80\xD0\xBF\xD0\xBE\xD1\x88\xD1\x82\xD0\xB0",
				       "Meest", "JNE", "J&T Express", "J&T", "SiCepat", "AnterAja", "Ninja Xpress",
				       "Ninja Van", "Pos Indonesia", "Lion Parcel", "Pos Laju", "Poslaju", "Yamato",
				       "\xE3\x83\xA4\xE3\x83\x9E\xE3\x83\x88\xE9\x81\x8B\xE8\xBC\xB8",
				       "\xE3\x82\xAF\xE3\x83\xAD\xE3\x83\x8D\xE3\x82\xB3\xE3\x83\xA4\xE3\x83\x9E\xE3\x83\x88",
				       "Sagawa", "\xE4\xBD\x90\xE5\xB7\x9D\xE6\x80\xA5\xE4\xBE\xBF",
				       "\xE3\x82\x86\xE3\x81\x86\xE3\x83\x91\xE3\x83\x83\xE3\x82\xAF", "Japan Post",
				       "\xE6\x97\xA5\xE6\x9C\xAC\xE9\x83\xB5\xE4\xBE\xBF", "CDEK",
				       "\xD0\xA1\xD0\x94\xD0\xAD\xD0\x9A",
				       "\xD0\x9F\xD0\xBE\xD1\x87\xD1\x82\xD0\xB0 \xD0\xA0\xD0\xBE\xD1\x81\xD1\x81\xD0\xB8\xD0\xB8",
				       "Boxberry", "SF Express", "\xE9\xA1\xBA\xE4\xB8\xB0", "\xE9\xA0\x86\xE8\xB1\x90",
				       "\xE4\xB8\xAD\xE9\x80\x9A", "\xE5\x9C\x86\xE9\x80\x9A", "\xE7\x94\xB3\xE9\x80\x9A",
				       "\xE9\x9F\xB5\xE8\xBE\xBE", "EMS", "Poczta Polska", "Packeta", "Z\xC3\xA1silkovna",
				       "PPL", "Omniva", "Budbee", "Schenker", "Blue Dart", "Delhivery", "Ekart",
				       "Kerry Express", "Flash Express", "Lalamove", "Estafeta", "Andreani", "Chilexpress",
				       "Servientrega", "Coordinadora", NULL};

/* Words that may lead a gift card's name and the rest of the list's (Shopify's, Wix's and
 * Squarespace's "Digital Gift Card - $25", "E-Gift Card", "eGift Card"): written before the
 * name with a blank or '-' after them. */
static const char *const name_qualifiers[] = {"Digital", "Virtual", "Physical", "Printable",
					      "Electronic", "Online", "E", NULL};

/* Is s[k..n) a letter at k: an ASCII one, or a byte of U+0080..U+07FF other than Latin-1's
 * signs (0xC2), or the lead byte of letters past them; 0xE2 leads punctuation and currency
 * signs (an en dash, the euro). */
static int letter_at(const char *s, size_t k, size_t n)
{
	unsigned char c = k < n ? (unsigned char)s[k] : 0;
	return ((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= 0x80 && c != 0xC2 && c != 0xE2);
}

static unsigned char ascii_lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

/* n bytes of s equal pat's ignoring case (textfold_prefix), a blank and a '-' being one separator
 * (Carte-cadeau is Carte cadeau). */
static int name_eq(const char *s, const char *pat, size_t n)
{
	const unsigned char *a = (const unsigned char *)s, *b = (const unsigned char *)pat;
	/* An ASCII character no mark follows against a byte past ASCII: the loop below would
	 * compare it with that lone byte, never equal. Said at once, as every code of a load
	 * meets the names of the list in other scripts (a twentieth of loading the bundled file) */
	if (n && ((a[0] < 0x80 && (n == 1 || a[1] < 0x80) && b[0] >= 0x80) ||
		  (b[0] < 0x80 && (n == 1 || b[1] < 0x80) && a[0] >= 0x80)))
		return 0;
	for (size_t i = 0; i < n; i++) {
		int sep_s = s[i] == ' ' || s[i] == '-', sep_p = pat[i] == ' ' || pat[i] == '-';
		if (a[i] < 0x80 && b[i] < 0x80 && (i + 1 == n || (a[i + 1] < 0x80 && b[i + 1] < 0x80))) {
			/* ASCII that no mark follows, as mostly: each its own unit, whose fold is
			 * its lower case (textfold_unit), without a call per byte */
			if (sep_s != sep_p || (!sep_s && ascii_lower(a[i]) != ascii_lower(b[i])))
				return 0;
			continue;
		}
		size_t w = unit_len(s, i, n) == unit_len(pat, i, n) ? unit_len(s, i, n) : 1;
		if (sep_s != sep_p || (!sep_s && !textfold_same(s + i, w, pat + i, w)))
			return 0;
		i += w - 1;
	}
	return 1;
}

/* Where a name of list (NULL-ended) that starts s[k..n) as a word ends, the longest; else 0. */
static size_t listed_end(const char *const *list, const char *s, size_t k, size_t n)
{
	size_t best = 0;
	unsigned char a = k < n ? (unsigned char)s[k] : 0;
	for (int i = 0; list[i]; i++) {
		unsigned char b = (unsigned char)list[i][0];
		if (a < 0x80 && b < 0x80 && ascii_lower(a) != ascii_lower(b))
			continue;   /* name_eq holds an ASCII letter against that letter only */
		size_t l = strlen(list[i]);
		if (n - k >= l && k + l > best && name_eq(s + k, list[i], l) && !letter_at(s, k + l, n))
			best = k + l;
	}
	return best;
}

/* Where a carrier's name (carriers) that starts s[k..n) as a word ends, the longest; else 0. */
static size_t carrier_end(const char *s, size_t k, size_t n)
{
	return listed_end(carriers, s, k, n);
}

static int carrier_at(const char *s, size_t k, size_t n)
{
	return carrier_end(s, k, n) != 0;
}

/* Past a currency's mark at s[k] (the one table of them, ingest_currencies: \xE2\x82\xAC, $,
 * EUR, kr...): where it ends, else k. */
static size_t past_currency(const char *s, size_t k, size_t n)
{
	if (k >= n)
		return k;
	for (const rr_currency *c = ingest_currencies; c->mark; c++) {
		if (c->mark[0] != s[k])
			continue;   /* each amount of a description meets hundreds of marks */
		size_t l = strlen(c->mark);
		if (n - k >= l && memcmp(s + k, c->mark, l) == 0)
			return k + l;
	}
	return k;
}

/* Is s[k..e) an amount and nothing else: a currency sign or code, a number (digits with
 * '.' or ',' among them), a sign or code or '%' or ",-" after it, blanks between ("$25",
 * "2,00 €", "10%", "EUR 5")? A size or a model number is not ("1M Open Star", "12x9x4
 * Boxes", "2-Seater": t32, real products). */
static int amount_in(const char *s, size_t k, size_t e)
{
	k = past_currency(s, k, e);
	while (k < e && s[k] == ' ')
		k++;
	size_t digits = 0;
	while (k < e && ((s[k] >= '0' && s[k] <= '9') || ((s[k] == '.' || s[k] == ',') && digits))) {
		digits += s[k] >= '0' && s[k] <= '9';
		k++;
	}
	if (!digits)
		return 0;
	while (k < e && s[k] == ' ')
		k++;
	if (k < e && s[k] == '%')
		k++;
	else if (k + 1 < e && s[k] == ',' && s[k + 1] == '-')   /* 25,- */
		k += 2;
	else
		k = past_currency(s, k, e);
	return k == e;
}

/* Is s[k..e) led by a measure: a number or a range of them (2-3, 0-500, 1st) and a unit of
 * weight, distance, time or count ("1 kg", "2-3 days", "24h", "1st Class", "2 items"), as
 * shipping lines name their kind (t34: "Shipping 1 kg", "Delivery 2-3 days" were kept as
 * products)? Not a size or a model ("1M", "12x9x4", "2-Seater", "3/4"). */
static int measure_in(const char *s, size_t k, size_t e)
{
	static const char *const units[] = {"st", "nd", "rd", "th", "kg", "g", "gr", "lb", "lbs",
					    "oz", "km", "mi", "miles", "h", "hr", "hrs", "hour",
					    "hours", "day", "days", "business", "werktage", "tage",
					    "tag", "jours", "jour", "dias", "giorni", "dagen", "item",
					    "items", "artikel", "articles", "pcs", "parcel", "parcels",
					    "paket", "pakete", "pallet", "pallets", "carton", "cartons",
					    "box", "boxes", NULL};
	size_t d = 0;
	for (int part = 0; part < 2; part++) {   /* 2, or 2-3 */
		size_t at = k;
		while (k < e && s[k] >= '0' && s[k] <= '9')
			k++;
		if (k == at)
			return 0;
		d++;
		if (part == 0 && k + 1 < e && s[k] == '-' && s[k + 1] >= '0' && s[k + 1] <= '9')
			k++;
		else
			break;
	}
	while (k < e && s[k] == ' ')
		k++;
	size_t w = k;
	while (w < e && ((s[w] | 32) >= 'a' && (s[w] | 32) <= 'z'))
		w++;
	for (int i = 0; d && w > k && units[i]; i++)
		if (strlen(units[i]) == w - k && ascii_case_eq(s + k, units[i], w - k))
			return 1;
	return 0;
}

/* The bytes of an en or em dash at s[k] (3), else 0. */
static size_t wide_dash(const char *s, size_t k, size_t n)
{
	return n - k >= 3 && (memcmp(s + k, "\xE2\x80\x93", 3) == 0 ||
			      memcmp(s + k, "\xE2\x80\x94", 3) == 0) ? 3 : 0;
}

/* Does s[k..n) end a name at a remark or an amount: nothing; an amount, alone or in
 * brackets ("Gift Card $25", "Trinkgeld 2,00 €", "Tip (15%)"); words in brackets ("Shipping
 * (Express)"); a dash, or ':', then a remark
 * ("Gift Card - $25", "Shipping - Express", "Shipping: UPS"); or a carrier's name ("Versand
 * DHL")? Not another word ("Gift Card Holder", "Shipping Box"), nor a size, a count or a
 * model number ("Tip 1M Open Star", "Tips (set of 12)", "Fee, Fi, Fo": t32). */
static int name_ends(const char *s, size_t k, size_t n)
{
	if (k == n)
		return 1;
	if (s[k] == '(') {   /* a remark of words ("Shipping (Express)") or an amount, not a count */
		const char *close = memchr(s + k, ')', n - k);
		if (!close)
			return 0;
		size_t e = (size_t)(close - s), digit = k + 1 + rr_cspan(s + k + 1, n - k - 1, "0123456789");
		return (digit >= e || amount_in(s, k + 1, e) || measure_in(s, k + 1, e)) &&
		       name_ends(s, e + 1, n);   /* not "Tip (Brush) Replacement" */
	}
	if (s[k] == ':') {   /* "Shipping: UPS", "Shipping:UPS"; not "Freight: 1/87 scale wagon" */
		size_t b = k + 1 + rr_span(s + k + 1, n - k - 1, " ");
		return b < n && (letter_at(s, b, n) || amount_in(s, b, n));
	}
	if (s[k] != ' ')
		return 0;
	while (k < n && s[k] == ' ')
		k++;
	if (k >= n)
		return 1;
	/* a dash between blanks: '-', or an en or em dash */
	size_t d = s[k] == '-' ? 1 : wide_dash(s, k, n);
	if (d && k + d < n && s[k + d] == ' ')
		return 1;
	if (s[k] == '(')
		return name_ends(s, k, n);
	if ((s[k] == '&' || s[k] == '+') && k + 1 < n && s[k + 1] == ' ') {
		/* one more word, then the name's end: "Postage & Packing", "Shipping & Handling
		 * - UPS"; not a product's name ("Tips & Tricks Cookbook", "Postage & Packing
		 * Tape": t36 R4) */
		size_t w = k + 2;
		while (w < n && s[w] == ' ')
			w++;
		size_t at = w;
		while (letter_at(s, w, n))
			w++;
		if (w == at)
			return 0;
		if (name_ends(s, w, n))
			return 1;
		/* or a fee's word, then the end: "Shipping & Handling Fee", "Freight & Insurance
		 * Charges" (t38 F0: kept as products once the one word was asked) */
		static const char *const fee_words[] = {"fee", "fees", "charge", "charges", "cost",
							"costs", "surcharge", NULL};
		size_t f = w;
		while (f < n && s[f] == ' ')
			f++;
		size_t fe = f;
		while (letter_at(s, fe, n))
			fe++;
		for (int i = 0; fe > f && fee_words[i]; i++)
			if (strlen(fee_words[i]) == fe - f && ascii_case_eq(s + f, fee_words[i], fe - f))
				return name_ends(s, fe, n);
		return 0;
	}
	if (s[k] == '#' && k + 1 < n && rr_span(s + k + 1, n - k - 1, "0123456789") == n - k - 1)
		return 1;   /* a card's number, "Gift Card #1234"; not "Tip #2D Large Drop Flower" */
	return amount_in(s, k, n) || measure_in(s, k, n) || carrier_at(s, k, n);
}

/* Where the name proper of s[0..n) starts: past a qualifier (name_qualifiers) and the blank or
 * '-' after it, or past the e of eGift (a lower-case e before a capital); else 0. */
static size_t past_qualifier(const char *s, size_t n)
{
	if (n > 2 && s[0] == 'e' && s[1] >= 'A' && s[1] <= 'Z')
		return 1;
	for (int i = 0; name_qualifiers[i]; i++) {
		size_t l = strlen(name_qualifiers[i]);
		if (n > l + 1 && ascii_case_eq(s, name_qualifiers[i], l) && (s[l] == ' ' || s[l] == '-'))
			return l + 1;
	}
	return 0;
}

/* Listed names that are also a product's noun (a doll's carriage, a toy transport set): one
 * ends only where a line of delivery says so, at an amount, a measure or a carrier after a
 * blank, a dash or a colon ("Carriage - DPD next day", "Transport 5,00 EUR"), never at a
 * remark of words ("Carriage (Pink)", "Transport: Tonka truck": t38 F2). */
static const char *const product_nouns[] = {"Carriage", "Transport",
					    "Porto" /* a wine too: Porto Tawny 75cl (t39 #6) */,
					    "Portes" /* French doors: Portes de placard (t42 F7) */,
					    "Pant" /* trousers: a deposit only before its amount or
						    * container (till_tail: Pant 1 kr, Pant burk; t83 F6) */,
					    "Service" /* a dinner service: a service charge only before
						       * its rate or amount (Service 12.5%; t83 F9) */,
					    NULL};

/* Is name s of the list a product's noun too (product_nouns), as written? */
static int noun_listed(const char *s)
{
	for (int i = 0; product_nouns[i]; i++)
		if (strncmp(s, product_nouns[i], strlen(product_nouns[i])) == 0 &&
		    (s[strlen(product_nouns[i])] == ',' || !s[strlen(product_nouns[i])]))
			return 1;
	return 0;
}

/* Is s, whole, a product noun of the list (product_nouns: Porto, Transport), not a till's
 * word (Pant alone, trousers)? */
static int noun_named(const char *s)
{
	for (int i = 0; product_nouns[i]; i++)
		if (textfold_same(s, strlen(s), product_nouns[i], strlen(product_nouns[i])) &&
		    !till_listed(product_nouns[i]))
			return 1;
	return 0;
}

static int delivery_ends(const char *s, size_t k, size_t n)
{
	while (k < n && (s[k] == ' ' || s[k] == '-' || s[k] == ':' || wide_dash(s, k, n)))
		k += wide_dash(s, k, n) ? 3 : 1;
	if (k < n && s[k] == '(') {   /* a carrier among its words: "Transport (kurier DPD)" */
		const char *close = memchr(s + k, ')', n - k);
		size_t e = close ? (size_t)(close - s) : n;
		for (size_t w = k + 1; close && w < e; w++)
			if ((w == k + 1 || s[w - 1] == ' ') && carrier_at(s, w, e))
				return delivery_ends(s, e + 1, n);
		return close && (amount_in(s, k + 1, e) || measure_in(s, k + 1, e)) &&
		       delivery_ends(s, e + 1, n);
	}
	return k == n || amount_in(s, k, n) || measure_in(s, k, n) || carrier_at(s, k, n);
}

static int noun_listed(const char *s);

/* Does s[0..n), folded, equal a till's word (till_listed: Tip, Pfand...) as a whole, not a
 * product's noun too (Pant), nor a bag's (levy_leads: a shop sells bags as goods too)? */
static int till_word(const char *s, size_t n)
{
	pthread_once(&led_once, led_index);
	for (int i = 0; i < n_led; i++)
		if ((led_names[i].mark == '!' || led_names[i].mark == '~') &&
		    textfold_same(s, n, led_names[i].s, led_names[i].n))
			return !noun_listed(led_names[i].s);   /* Pant, Service alone: goods */
	return 0;
}

/* Does a bag's word of default_codes (marked '%': Carrier Bag, Paper Bag, Tragetasche, T\xC3\xBCte)
 * lead s[0..n), then its end (till_ends: Carrier Bag 10p, Tragetasche Papier)? A till's word
 * too, but the statutory bag charge only when priced as a levy (levy_line): a shop sells
 * paper bags as goods too (t86 F11, F12). */
static int levy_leads(const char *s, size_t n)
{
	pthread_once(&led_once, led_index);
	for (int i = 0; i < n_led; i++)
		if (led_names[i].mark == '%' && n >= led_names[i].n &&
		    name_eq(s, led_names[i].s, led_names[i].n) && till_ends(s, led_names[i].n, n))
			return 1;
	return 0;
}

/* Is s[k..e) a size of a deposit's container: a number, a pack of them (20x0,5, 12x0,75) or
 * an amount in cents or pence (5c, 10p), a litre's unit after it or alone (30 l, 0,5l)? */
static int size_in(const char *s, size_t k, size_t e)
{
	static const char *const units[] = {"l", "ml", "cl", "ltr", "liter", "litre", "c", "p", NULL};
	size_t d = 0;
	while (k < e && ((s[k] >= '0' && s[k] <= '9') || ((s[k] == ',' || s[k] == '.' ||
							    (s[k] | 32) == 'x') && d))) {
		d += s[k] >= '0' && s[k] <= '9';
		k++;
	}
	for (int i = 0; units[i] && k < e; i++)
		if (strlen(units[i]) == e - k && ascii_case_eq(s + k, units[i], e - k))
			return 1;
	return d && k == e;
}

/* Deposit words of the list that also name the container itself, the goods a packaging
 * supplier sells by the hundred (Spanish Envase, French and Dutch Emballage): a deposit's
 * line before an amount or a refund's word (Envase 0,10), not before the container's size
 * (Envase 500 ml, Emballage 60x40x40: t85 F9, a supplier's best sellers dropped). */
static const char *const container_words[] = {"Envase", "Emballage", NULL};

static int word_in(const char *s, size_t n, const char *const *list);

/* Is s[k..n), after blanks, a container's size and nothing else: a volume or a weight (500
 * ml, 1 l, 250g) or dimensions (60x40x40, 40 x 30 cm)? A number alone is an amount. */
static int container_size(const char *s, size_t k, size_t n)
{
	static const char *const units[] = {"ml", "cl", "dl", "l", "ltr", "cc", "g", "gr", "kg",
					    "mm", "cm", "m", "oz", NULL};
	int numbers = 0, unit = 0;
	k += rr_span(s + k, n - k, " ");
	while (k < n && !unit) {
		size_t d = rr_span(s + k, n - k, "0123456789.,");
		if (!d || !(s[k] >= '0' && s[k] <= '9'))
			return 0;
		numbers++;
		k += d;
		k += rr_span(s + k, n - k, " ");
		if (k < n && (s[k] | 32) == 'x') {   /* 60x40x40, 40 x 30 */
			k += 1 + rr_span(s + k + 1, n - k - 1, " ");
			continue;
		}
		size_t w = k;
		while (w < n && ((s[w] | 32) >= 'a' && (s[w] | 32) <= 'z'))
			w++;
		unit = w > k && word_in(s + k, w - k, units);
		if (w > k && !unit)
			return 0;
		k = w + rr_span(s + w, n - w, " ");
		if (!unit && k < n)
			return 0;
	}
	return k == n && (unit || numbers > 1);
}

/* Is s[0..n), led by name pat[0..pl) of the list, a container word's (container_words) before
 * the container's size: goods, not a deposit? */
static int container_sized(const char *pat, size_t pl, const char *s, size_t n)
{
	int listed = 0;
	for (int i = 0; container_words[i] && !listed; i++)
		listed = strlen(container_words[i]) == pl && ascii_case_eq(pat, container_words[i], pl);
	return listed && pl < n && s[pl] == ' ' && container_size(s, pl, n);
}

/* Does s[k..n), after a till's word (till_listed) or a compound of the list's last parts
 * (*pfand), end it as a name does (name_ends), or by the words a till prints after a deposit,
 * a voucher or a tip: its container, its kind, its size or amount, a voucher's number
 * ("Pfand Kasten", "Pfand 0,25 EW", "Mehrwegpfand Kasten 20x0,5", "Fasspfand 30 l",
 * "Gutschein Nr. 4711", "Bottle Deposit 10p"; t83 F2)? Not a product's word: "Deposit box",
 * "Tip top jam", "Voucher holder" are goods. */
static int till_ends(const char *s, size_t k, size_t n)
{
	return name_ends(s, k, n) || till_tail(s, k, n, 0);
}

/* Is s[k..e), one word, a kind a till prints after a deposit, a voucher, a tip or a bag: its
 * container, its material, a number's word, an occasion (till_tail)? */
static int kind_word(const char *s, size_t k, size_t e)
{
	/* the first nine, German containers, also end a compound of them (t86 F12: Pfand
	 * Kaffeebecher, Pfand Mehrwegbecher, the reusable cup's deposit; Pfand Bierkasten) */
	enum { COMPOUND_KINDS = 9 };
	static const char *const kinds[] = {
		"kasten", "kiste", "flasche", "flaschen", "glas", "fass", "dose", "dosen",
		"becher", "einweg", "mehrweg", "ew", "mw", "pet", "bottle", "bottles", "btl",
		/* a bag's material (t86 F12: Tragetasche Papier, Carrier Bag Plastic) */
		"papier", "paper", "plastik", "plastic",
		"can", "cans", "crate", "keg", "burk", "flaska", "back", "fles", "krat", "blik",
		"bouteille", "casier", "verre", "envase", "botella", "lata", "bottiglia", "vuoto",
		"pullo", "nr", "nr.", "no", "no.", "nummer", "number", "ending", "card", "cash",
		"kr", "weihnachten", "christmas", "xmas", "holiday", "birthday", "geburtstag",
		"ostern", "easter",
		/* t89 F1: the containers and bags' materials of Polish, Czech, Slovak, Hungarian,
		 * Romanian, Portuguese, Italian, Spanish, French and Nordic tills (Kaucja za
		 * butelk\xC4\x99, Bolsa de pl\xC3\xA1stico, Sacchetto in carta, Pung\xC4\x83 h\xC3\xA2rtie) */
		"butelka", "butelk\xC4\x99", "butelki", "puszka", "puszk\xC4\x99", "puszki", "skrzynka",
		"skrzynk\xC4\x99", "l\xC3\xA1hev", "lahev", "lahve", "plechovka", "plechovku",
		"fl\xC4\xBE" "a\xC5\xA1" "a", "fl\xC4\xBE" "a\xC5\xA1u", "flasa", "flasu", "palack", "sticl\xC4\x83",
		"sticla", "garrafa", "vidro", "vidrio", "vetro", "lattina", "flaske", "flasker",
		"pl\xC3\xA1stico", "plastico", "papel", "carta", "plastica", "plastique", "plast",
		"papir", "papper", "muovi", "paperi", "foliowa", "papierowa", "pap\xC3\xADrov\xC3\xA1",
		"papirova", "papierov\xC3\xA1", "papierova", "h\xC3\xA2rtie", "hartie", "nejlon", NULL};
	for (int i = 0; kinds[i]; i++) {
		size_t l = strlen(kinds[i]);
		if ((l == e - k || (i < COMPOUND_KINDS && e - k > l + 1 && letter_at(s, e - l - 1, e))) &&
		    ascii_case_eq(s + e - l, kinds[i], l))
			return 1;
	}
	return 0;
}

/* A preposition a till writes between a deposit's or a bag's word and its container or
 * material (Kaucja za butelk\xC4\x99, Bolsa de pl\xC3\xA1stico, Pfand f\xC3\xBCr Flasche,
 * Deposit for bottles): read past before a kind_word, a product's word else (Bolsa de cuero,
 * Shopper in pelle, Saco de dormir are goods). */
static const char *const kind_preps[] = {"de", "di", "da", "del", "in", "en", "em", "za", "na",
					 "z", "ze", "for", "f\xC3\xBCr", "fur", "pour", "per",
					 "para", "voor", "van", "til", "f\xC3\xB6r", "pro", "din",
					 "pentru", NULL};

/* till_ends' words alone, one at least, each alone or in brackets: a container, a kind, a
 * size, an amount, a number (kind_word; a preposition before one read past); strict (after a
 * product's noun: Pant, Service), a container's or a currency's word or a sign among them,
 * not a number alone (Pant 32, a size; Service 12, a dinner service's pieces). */
static int till_tail(const char *s, size_t k, size_t n, int strict)
{
	int words = 0, sign = !strict;
	while (k < n && (s[k] == ' ' || s[k] == '-')) {
		k += rr_span(s + k, n - k, " -");
		if (k < n && amount_in(s, k, n) && (sign || rr_span(s + k, n - k, "0123456789.,") < n - k))
			return 1;   /* the rest an amount: "20 EUR", "12.5%" */
		size_t e = k + rr_cspan(s + k, n - k, " "), next = e;
		if (e > k && word_in(s + k, e - k, kind_preps)) {
			size_t w = e + rr_span(s + e, n - e, " "), we = w + rr_cspan(s + w, n - w, " ");
			if (we == w || !kind_word(s, w, we))
				return 0;
			k = e;   /* the kind after it read next */
			continue;
		}
		if (e - k > 2 && s[k] == '(' && s[e - 1] == ')')
			k++, e--;   /* "Rounding (5c)", "Pfand (EW)" */
		int kind = kind_word(s, k, e);
		int coded = words && s[k] != '#' && e > k && rr_cspan(s + k, e - k, "0123456789") < e - k;
		if (e == k || !(kind || coded || size_in(s, k, e) || amount_in(s, k, e) ||
				(s[k] == '#' && e > k + 1)))
			return 0;
		sign |= kind || rr_span(s + k, e - k, "0123456789.,") < e - k;
		words++;
		k = next;
	}
	return words && k == n && sign;
}

/* Does s[0..n) lead with a compound whose last part is suffix entry p's (*pfand: Einwegpfand,
 * Mehrweg-Pfand; *zuschlag: Mautzuschlag), a letter or more before it, then its end
 * (till_ends)? The part alone is the list's own entry (Pfand), and a compound that goes on
 * (Pfandflasche) is not one of these. An entry of words, "* Package protection", ends a
 * name of words instead (phrase_ends). */
static int phrase_ends(const char *pat, size_t pl, const char *s, size_t n);

static int suffix_ends(const struct clean_pat *p, const char *pat, const char *s, size_t n)
{
	if (pat[1] == ' ')
		return phrase_ends(pat + 2, p->len - 2, s, n);
	size_t l = p->len - 1, we = 0;
	while (letter_at(s, we, n) || (we && we < n && s[we] == '-' && letter_at(s, we + 1, n)))
		we++;
	return we > l + 1 && textfold_same(s + we - l, l, pat + 1, l) && till_ends(s, we, n);
}

/* Does s[0..n) end with the words pat[0..pl) of an entry written "* WORDS" (* Package
 * protection) after one to three words of its own, then its end (name_ends: an amount, a
 * remark)? A Shopify app writes its line so, its brand first (t89 F2: Corso Package
 * Protection, Onward Package Protection - $2.50), as no product does: the words amid a
 * product's name are not its end (Screen Protection Film). */
static int phrase_ends(const char *pat, size_t pl, const char *s, size_t n)
{
	size_t k = 0;
	for (int words = 0; words < 3; words++) {
		k += rr_cspan(s + k, n - k, " ");
		k += rr_span(s + k, n - k, " ");
		if (k >= n)
			return 0;
		size_t at = textfold_prefix(s + k, n - k, pat, pl);
		if (at && !letter_at(s, k + at, n) && name_ends(s, k + at, n))
			return 1;
	}
	return 0;
}

/* Does a name of the list (not a one- or two-letter code: "M (Medium) Tee" is a product) lead
 * s[0..n), followed by its end (name_ends)? */
static int name_leads(const rr_clean *c, const char *s, size_t n)
{
	size_t pos[1] = {0};
	pat_walk w = walk_by_byte(c, s, n, pos, 1);
	for (int i; (i = walk_next(&w)) >= 0;) {
		const char *pat = c->codes[i];
		const struct clean_pat *p = &c->pat[i];
		size_t pl = p->len;
		if (pl < 3 || p->star || p->credit || n < pl || !name_eq(s, pat, pl) ||
		    container_sized(pat, pl, s, n))
			continue;
		if (p->noun && p->till ? till_tail(s, pl, n, 1) : p->noun ? delivery_ends(s, pl, n) :
		    (p->till || p->words) ? till_ends(s, pl, n) : name_ends(s, pl, n))
			return 1;
	}
	return 0;
}

static struct clean_pat *pats_of(char *const *codes, int n)
{
	struct clean_pat *pat = calloc((size_t)(n ? n : 1), sizeof *pat);
	for (int i = 0; pat && i < n; i++) {
		struct clean_pat *p = &pat[i];
		const char *s = codes[i];
		p->credit = s[0] == '-' && s[1] != '\0';
		s += p->credit;   /* its name, past the mark */
		p->len = strlen(s);
		p->star = p->len && s[p->len - 1] == '*';
		p->plain = p->len - p->star;
		for (int k = 0; product_nouns[k]; k++)
			p->noun |= strcmp(s, product_nouns[k]) == 0;
		for (size_t k = 0; k < p->plain; k++)   /* the list's codes in capitals are ASCII: a */
			p->small |= (s[k] >= 'a' && s[k] <= 'z') ||   /* Greek name is a name (t42 F7) */
				    (unsigned char)s[k] >= 0x80;
		p->words = memchr(s, ' ', p->plain) != NULL;
		p->led = p->star && led_listed(s);
		p->till = !p->star && !p->credit && till_listed(s);
		p->levy = p->till && marked(s, strlen(s), '%');
		p->suffix = s[0] == '*' && p->len > 3 && !p->star;
		p->first = fold_key(s, p->plain);
	}
	return pat;
}

/* Is word s[0..n) one of list (ASCII case ignored)? */
static int word_in(const char *s, size_t n, const char *const *list)
{
	for (int i = 0; n && list[i]; i++)
		if (strlen(list[i]) == n && ascii_case_eq(s, list[i], n))
			return 1;
	return 0;
}

/* Is s[0..n) a carrier's name, alone or with its service's words, then a name's end
 * (name_ends): "DHL", "UPS Ground", "Royal Mail 2nd Class", "JNE REG", "Correios SEDEX
 * (3 dias)", a shipping line named by its carrier (t59 F4)? Not a product that bears the
 * name: "DHL-yellow T-shirt", "UPS Truck Toy". */
static int carrier_leads(const char *s, size_t n)
{
	static const char *const service[] = {"express", "ground", "standard", "economy",
					      "priority", "paket", "parcel", "packet", "classic",
					      "overnight", "international", "domestic", "worldwide",
					      "reg", "yes", "oke", "tracked", "signed", "next", "day",
					      "home", "pickup", "air", "mail", "regular", "kilat",
					      "shipping", "delivery", "versand", "frete", NULL};
	size_t k = carrier_end(s, 0, n);
	while (k) {
		if (name_ends(s, k, n))
			return 1;
		if (s[k] != ' ')
			return 0;
		size_t w = k + rr_span(s + k, n - k, " "), we = w;
		while (letter_at(s, we, n))
			we++;
		k = word_in(s + w, we - w, service) ? (carrier_end(s, w, n) > we ?
						       carrier_end(s, w, n) : we) : 0;
	}
	return 0;
}

/* Is s[0..n) a fee that an English shop names "X Fee" (Restocking Fee, Eco Fee, Small Order
 * Surcharge, Plastic Bag Levy, Packing Charges: t59 F3): one to four words, then fee, fees,
 * surcharge, levy or charges (not charge: a Phone Charge cable), then a name's end (an
 * amount, a remark: name_ends)? Not German or Dutch Fee, a fairy, after an article or an
 * adjective (Die kleine Fee, De goede Fee), nor a subscription's fee (Monthly Subscription
 * Fee, Membership Fee: the product subscribed; not Subscription Cancellation Fee). */
static int fee_named(const char *s, size_t n)
{
	static const char *const fee[] = {"fee", "fees", "surcharge", "levy", "charges", NULL};
	static const char *const fairy[] = {"die", "der", "das", "ein", "eine", "kleine",
					    "gute", "boese", "liebe", "zauber", "de", "het", "een",
					    "goede", "kleine", "la", "le", "une", "the", "a", "tooth",
					    /* a toy shop's fairies, German nouns written apart (t68
					     * F5: Glitzer Fee, Blumen Fee, Prinzessin Fee 30 cm) */
					    "glitzer", "blumen", "wald", "prinzessin", "zahn", "elfen",
					    "traum", "regenbogen", "mond", "stern", "sternen",
					    "schnee", "winter", "sommer", "garten", "wasser", "feuer",
					    "eis", "kuschel", "baby", "puppen", "einhorn", "licht",
					    NULL};
	/* "charges" names a fee only after a fee's kind (Service, Packing, Bank Charges), not
	 * after any plural (t68 F5: the game Depth Charges) */
	static const char *const charge_kinds[] = {"service", "packing", "handling", "delivery",
						   "shipping", "postage", "freight", "courier",
						   "bank", "card", "admin", "booking", "processing",
						   "transaction", "insurance", "extra", "additional",
						   "late", "cancellation", "installation", "carriage",
						   "transport", "other", "misc", NULL};
	/* a fee whose word before it says it is what the customer subscribes to: in
	 * subscription billing (Zuora's, Chargebee's, Recurly's, a gym's) the Basic Subscription
	 * Fee, the Membership Fee, the Annual Licence Fee are the product itself (t86 F5: 61% of
	 * a file's revenue dropped); a Subscription Cancellation Fee is a fee */
	static const char *const subscribed[] = {"subscription", "subscriptions", "membership",
						 "memberships", "licence", "license", "licensing",
						 "plan", "tuition", "rental", "rent", NULL};
	size_t prev = 0, prev_end = 0;
	for (size_t k = 0, words = 0; k < n && words <= 4; words++) {
		size_t we = k;
		while (letter_at(s, we, n) && (unsigned char)s[we] < 0x80)
			we++;
		if (we == k)
			return 0;   /* a word of other letters, a digit or a sign: no such name */
		if (words && word_in(s + k, we - k, fee))
			return !word_in(s + prev, prev_end - prev, fairy) &&
			       !word_in(s + prev, prev_end - prev, subscribed) &&
			       ((we - k != 7 || strncasecmp(s + k, "charges", 7) != 0) ||
				word_in(s + prev, prev_end - prev, charge_kinds)) &&
			       name_ends(s, we, n);
		prev = k;
		prev_end = we;
		if (we >= n || (s[we] != ' ' && s[we] != '-'))
			return 0;
		k = we + 1;
	}
	return 0;
}

/* A delivery line named by its service (t64 F2: WooCommerce's and Shopify's shipping methods
 * under a code of their own, SHIP-STD "Standard Shipping", were kept as products and led a
 * customer's recommendations): words of delivery's service (Standard, Express, Next Day, Flat
 * Rate, Store), at least one, and one word that names delivery itself and no product
 * (Shipping, Delivery, Postage, Versand, Livraison, Env\xC3\xADo, Pickup), in any order and
 * between blanks, dashes and brackets ("Shipping - Express", "Livraison express"), then a
 * name's end (name_ends: a remark, an amount, a carrier); or that word, '&', '+' or "and", and
 * one of handling's ("Shipping and Handling", "Postage & Packing"). A product's word beside
 * them ("Express Delivery Van", "Free Shipping Box") makes it none. */
static int delivery_named(const char *s, size_t n)
{
	static const char *const noun[] = {"shipping", "delivery", "postage", "versand",
					   "lieferung", "livraison", "env\xC3\xADo", "envio", "spedizione",
					   "consegna", "verzending", "bezorging", "frete", "entrega",
					   "wysy\xC5\x82ka", "wysylka", "dostawa", "pickup", "pick-up",
					   NULL};
	static const char *const service[] = {
		"standard", "express", "free", "flat", "rate", "flat-rate", "international",
		"next", "day", "next-day", "same", "same-day", "economy", "priority", "overnight",
		"expedited", "ground", "local", "home", "worldwide", "domestic", "tracked",
		"insured", "signed", "two", "2-day", "two-day", "1st", "2nd", "first", "second",
		"class", "premium", "rush", "store", "in-store", "curbside", "europe", "eu", "uk",
		"us", "weekend", "saturday", "evening", "scheduled", "est\xC3\xA1ndar", "estandar",
		"expr\xC3\xA9s", "urgente", "gratuite", "gratuit", "gratis", "gratuita", "gratuito",
		"kostenlos", "kostenloser", "rapide", "normal", "eco", "\xC3\xA9" "conomique",
		"economique", "standaard", "snelle", "r\xC3\xA1pido", "rapido", "internacional",
		"internationale", "nacional", "national", "urgent", NULL};
	static const char *const join[] = {"&", "+", "and", NULL};
	static const char *const handling[] = {"handling", "packing", "packaging", "insurance",
					       "verpackung", "emballage", "embalaje", NULL};
	int nouns = 0, services = 0;
	size_t k = 0, last = 0;   /* last: the end of the last word read */
	for (int words = 0; words < 6; words++) {
		k += k < n ? rr_span(s + k, n - k, " -():,") : 0;
		if (k >= n)
			return nouns == 1 && services > 0;
		size_t we = k;
		while (we < n && !strchr(" ():,", s[we]))
			we++;
		if (word_in(s + k, we - k, noun)) {
			if (nouns++)
				return 0;
		} else if (word_in(s + k, we - k, service)) {
			services++;
		} else if (nouns == 1 && last && word_in(s + k, we - k, join)) {
			size_t h = we + strspn(s + we, " "), he = h;
			while (letter_at(s, he, n))
				he++;
			return he > h && word_in(s + h, he - h, handling) && name_ends(s, he, n);
		} else {   /* another word: what is left must end the name (a remark, a carrier);
			    * set apart by a dash, a bracket or a colon, only as a line of delivery
			    * ends (an amount, a measure, a carrier: delivery_ends), since a word
			    * there is the product's as much as one after a blank: "Standard
			    * Delivery - Van", "Express Delivery (Van)" are a toy van (t68 F14) */
			int apart = wide_dash(s, k, n) != 0;
			for (size_t b = last; b < k; b++)
				apart |= s[b] == '-' || s[b] == '(' || s[b] == ':';
			return nouns == 1 && services > 0 &&
			       (apart ? delivery_ends(s, last, n) : name_ends(s, last, n));
		}
		last = k = we;
	}
	return 0;
}

/* Is s[0..n) a donation for a charity named beside it: a donation's word first or last, one
 * to three words on its other side, a charity's or an appeal's among them, then a name's end
 * (name_ends: an amount, a remark)? UK tills name their appeal buttons so (t86 F11: Donation
 * Air Ambulance, Donation RNLI, Poppy Appeal Donation, kept as a third of the customers'
 * item). Not a product the word leads or holds (Donation Box, Charity Donation Box: no
 * charity's word beside it, or the word amid the name). */
static int donation_named(const char *s, size_t n)
{
	static const char *const donation[] = {"donation", "donations", "spende", NULL};
	static const char *const charity[] = {"appeal", "ambulance", "hospice", "charity", "trust",
					      "foundation", "fund", "rnli", "lifeboat", "lifeboats",
					      "poppy", "legion", "cancer", "research", "heroes",
					      "relief", "rescue", "shelter", "macmillan", "oxfam",
					      "barnardo's", "barnardos", "nspcc", "rspca", "rspb",
					      "unicef", "samaritans", "hospital", "sanctuary", NULL};
	size_t ws[5], we[5];
	int nw = 0;
	for (size_t k = 0; nw < 5;) {
		size_t e = k;
		while (e < n && (letter_at(s, e, n) || s[e] == '\''))
			e++;
		if (e == k)
			return 0;
		ws[nw] = k;
		we[nw++] = e;
		if (nw >= 2 && name_ends(s, e, n))
			break;
		if (e >= n || s[e] != ' ')
			return 0;
		k = e + rr_span(s + e, n - e, " ");
	}
	if (nw < 2 || nw > 4)
		return 0;
	int lead = word_in(s + ws[0], we[0] - ws[0], donation);
	int last = word_in(s + ws[nw - 1], we[nw - 1] - ws[nw - 1], donation);
	for (int i = lead; lead != last && i < nw - last; i++)
		if (word_in(s + ws[i], we[i] - ws[i], charity))
			return 1;
	return 0;
}

/* t89 F1: the words a till writes for a phone's or a prepaid card's top-up at the counter, in
 * the languages of European retail (a '-' is read as a blank: Top-Up), before the operator's
 * name (topup_before: Ricarica TIM), and those also after it (topup_either: Vodafone
 * Aufladung, O2 Top Up): in English and French, recharge after a name is a product's word
 * (Hydra Recharge, Orange Recharge a drink), and the Romance languages write the top-up
 * first (topup_named). */
static const char *const topup_before[] = {
	"ricarica", "recarga", "recharge", "carregamento", "opwaardering", "beltegoed",
	"do\xC5\x82" "adowanie", "doladowanie", "dobit\xC3\xAD", "dobiti", "dob\xC3\xAD" "jen\xC3\xAD",
	"dobijeni", "dobitie", "re\xC3\xAEnc\xC4\x83rcare", "reincarcare",
	"\xCE\xB1\xCE\xBD\xCE\xB1\xCE\xBD\xCE\xAD\xCF\x89\xCF\x83\xCE\xB7",
	"\xCE\xB1\xCE\xBD\xCE\xB1\xCE\xBD\xCE\xB5\xCF\x89\xCF\x83\xCE\xB7", NULL};
static const char *const topup_either[] = {
	"top up", "topup", "aufladung", "guthaben", "felt\xC3\xB6lt\xC3\xA9s", "feltoltes", "lataus",
	"p\xC3\xA5" "fyllning", "p\xC3\xA5" "fyll", "opladning", "optankning", "laddning", NULL};
static const char *const topup_operators[] = {
	"Vodafone", "TIM", "WindTre", "Wind Tre", "Wind", "Tre", "Iliad", "Fastweb", "Kena",
	"Kena Mobile", "ho. Mobile", "Very Mobile", "PosteMobile", "Poste Mobile", "PostePay",
	"PostePay Evolution", "CoopVoce", "Lycamobile", "Lyca", "Lebara", "Movistar", "Orange",
	"Yoigo", "M\xC3\xA1sM\xC3\xB3vil", "MasMovil", "Digi", "Digi Mobil", "Lowi", "Simyo",
	"Pepephone", "Jazztel", "Llamaya", "MEO", "NOS", "Moche", "Uzo", "SFR", "Bouygues",
	"Bouygues Telecom", "Free Mobile", "Telekom", "T-Mobile", "Magenta", "O2", "congstar",
	"Aldi Talk", "blau", "A1", "Drei", "KPN", "Odido", "Simpel", "Telia", "Telenor", "Tele2",
	"Comviq", "Halebop", "Hallon", "TDC", "YouSee", "Elisa", "DNA", "Saunalahti", "Play",
	"Plus", "Heyah", "Nju", "Nju Mobile", "Virgin Mobile", "Yettel", "Cosmote", "Nova",
	"EE", "Three", "giffgaff", "Tesco Mobile", "Vivo", "Claro", NULL};

/* Is s[0..n) a top-up at the counter: a top-up's word and an operator's or a prepaid card's
 * name (topup_before, topup_either, topup_operators), the word first or one of topup_either
 * after the name, then the name's end (name_ends: an amount, a remark): Ricarica TIM
 * 10\xE2\x82\xAC, Recarga Movistar, Do\xC5\x82adowanie Orange 25 z\xC5\x82, Vodafone Aufladung, Top
 * Up Vodafone, O2 Top Up 10.00? Not a refill sold as goods, named by no operator (Ricarica
 * inchiostro, Recharge parfum), nor one with a word after the name (Ricarica tre penne). */
static int topup_named(const char *s, size_t n)
{
	size_t w = listed_end(topup_before, s, 0, n), o = listed_end(topup_operators, s, 0, n);
	if (!w)
		w = listed_end(topup_either, s, 0, n);
	size_t e = w ? w : o;   /* the word first, else the operator */
	if (!e || e >= n || s[e] != ' ')
		return 0;
	size_t k = e + rr_span(s + e, n - e, " ");
	size_t f = w ? listed_end(topup_operators, s, k, n) : listed_end(topup_either, s, k, n);
	return f && name_ends(s, f, n);
}

/* Does s[k..n) hold a code alone after blanks (Coupon SAVE10, Promo WELCOME): a run of
 * capitals, digits, '-' and '_', a digit among them when the name before it is in capitals
 * too ("COUPON HOLDER" is a product's name)? */
static int code_follows(const char *s, size_t k, size_t n)
{
	size_t b = k;
	while (b < n && s[b] == ' ')
		b++;
	if (b == k || b == n)
		return 0;
	int digit = 0, small = 0;
	for (size_t i = b; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (!((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_'))
			return 0;
		digit |= ch >= '0' && ch <= '9';
	}
	for (size_t i = 0; i < k; i++)
		small |= (s[i] >= 'a' && s[i] <= 'z') || (unsigned char)s[i] >= 0x80;
	return digit || small;
}

/* Where s[0..n) ends before an amount after a blank or in brackets, a minus before it
 * ("Staff Discount 10%", "Loyalty discount (5%)", "Discount -5.00"), else n. */
static size_t before_amount(const char *s, size_t n)
{
	size_t e = n;
	if (e && s[e - 1] == ')') {
		const char *open = NULL;
		for (size_t i = 0; i + 1 < e; i++)
			open = s[i] == '(' ? s + i : open;
		size_t a = open ? (size_t)(open - s) + 1 : 0;
		if (open && amount_in(s, a + (s[a] == '-'), e - 1))
			e = (size_t)(open - s);
	} else {
		size_t b = e;
		while (b && s[b - 1] != ' ')
			b--;
		if (b && b < e && amount_in(s, b + (s[b] == '-' && b + 1 < e), e))
			e = b;
	}
	while (e && s[e - 1] == ' ')
		e--;
	return e ? e : n;
}

/* Does credit name pat[0..pl) of the list end s[0..e) at k, one or two words before it
 * (Staff Discount, Mitarbeiter Rabatt; in a script written without blanks any units before
 * it: 会员折扣)? */
static int credit_ends(const char *s, size_t k, size_t e, const char *pat, size_t pl)
{
	if (!k || !textfold_same(s + k, e - k, pat, pl))
		return 0;
	if ((unsigned char)pat[0] >= 0xE3)   /* CJK: no blank before a word */
		return ((unsigned char)s[k] & 0xC0) != 0x80;
	if (s[k - 1] != ' ')
		return 0;
	int words = 0;
	for (size_t i = 0; i < k; i++)
		words += s[i] != ' ' && (i == 0 || s[i - 1] == ' ');
	return words <= 2;
}

/* The k in [1, e) where credit_ends may find a name not in CJK: a blank before k and at most
 * two words in s[0..k), into k[0..cap); their count, or -1 past cap (then every k is tried). */
static int credit_starts(const char *s, size_t e, size_t *k, int cap)
{
	int n = 0, words = 0;
	for (size_t i = 1; i < e; i++) {
		words += s[i - 1] != ' ' && (i == 1 || s[i - 2] == ' ');
		if (words > 2)
			break;
		if (s[i - 1] != ' ')
			continue;
		if (n == cap)
			return -1;
		k[n++] = i;
	}
	return n;
}

/* fold_key(s + k, e - k), from cache[k] when k < n_cache (UINT64_MAX there: found now). */
static uint64_t key_at(uint64_t *cache, size_t n_cache, const char *s, size_t k, size_t e)
{
	if (k >= n_cache)
		return fold_key(s + k, e - k);
	if (cache[k] == UINT64_MAX)
		cache[k] = fold_key(s + k, e - k);
	return cache[k];
}

/* Does a credit name of the list end s[0..e) at k (credit_ends), keyk being s[k..e)'s first
 * unit's fold_key: of the names in CJK (AT_CJK), of the others (AT_CASED), or both? */
enum { AT_CASED = 1, AT_CJK = 2 };
static int credit_at(const rr_clean *c, const char *s, size_t k, size_t e, uint64_t keyk,
		     int which)
{
	pat_walk w = walk_credits(c, keyk);
	for (int i; (i = walk_next(&w)) >= 0;) {
		const struct clean_pat *p = &c->pat[i];
		const char *pat = c->codes[i] + 1;
		int cjk = (unsigned char)pat[0] >= 0xE3;
		if (p->credit && !p->star && (which & (cjk ? AT_CJK : AT_CASED)) &&
		    !keys_differ(p->first, keyk) && credit_ends(s, k, e, pat, p->plain))
			return 1;
	}
	return 0;
}

/* Is s[0..n) named a discount, a coupon, a promotion or a markdown by a -NAME of the list
 * (credit): the whole of it, the name then its end (name_ends: "Discount 10%", "Coupon -
 * Summer") or a code (Coupon SAVE10), or the name after one or two words of its kind (Staff
 * Discount 10%)? Not a product whose name holds the word ("Coupon holder", "Discount bin
 * sign"). Such a line is no product at an amount of 0 or below only (clean_reason). */
static int credit_named(const rr_clean *c, const char *s, size_t n)
{
	uint64_t key = fold_key(s, n);
	size_t e = before_amount(s, n);
	/* every code of a load comes here: the fold key at each k is found once for all the
	 * names (UINT64_MAX: not yet), and each place meets only the names its key can start
	 * (walk_credits); a name not in CJK is looked for where credit_ends can take it only */
	uint64_t at_k[128];
	size_t cached = e < 128 ? e : 128, start[32];
	for (size_t k = 0; k < cached; k++)
		at_k[k] = UINT64_MAX;
	int n_start = credit_starts(s, e, start, 32);
	pat_walk w = walk_credits(c, key);
	for (int i; (i = walk_next(&w)) >= 0;) {
		const struct clean_pat *p = &c->pat[i];
		const char *pat = c->codes[i] + 1;
		size_t at = !p->credit || keys_differ(p->first, key) ? 0
			    : textfold_prefix(s, n, pat, p->plain);
		if (at && (p->star ? prefix_ends(pat, p->plain, s, at, n)
			   : at == e || name_ends(s, at, n) || code_follows(s, at, n)))
			return 1;
	}
	for (int j = 0; j < n_start; j++)
		if (credit_at(c, s, start[j], e, key_at(at_k, cached, s, start[j], e), AT_CASED))
			return 1;
	int cjk = c->index && c->index->cjk;
	for (size_t k = 1; k < e; k++) {   /* CJK names anywhere; any after a blank when the
					    * places were too many to list */
		/* a CJK name's first unit folds from a character's first byte past ASCII only */
		int lead = (unsigned char)s[k] >= 0xC0;
		int which = (cjk && lead ? AT_CJK : 0) | (n_start < 0 && s[k - 1] == ' ' ? AT_CASED : 0);
		if (which && credit_at(c, s, k, e, key_at(at_k, cached, s, k, e), which))
			return 1;
	}
	return 0;
}

int clean_is_nonproduct_name(const rr_clean *c, const char *s, size_t n)
{
	if (clean_is_nonproduct(c, s, n) || name_leads(c, s, n) || carrier_leads(s, n) ||
	    fee_named(s, n) || delivery_named(s, n) || donation_named(s, n) || topup_named(s, n))
		return 1;
	size_t q = past_qualifier(s, n);
	return q && name_leads(c, s + q, n - q);
}

static rr_clean default_rules;
static int default_rules_ok;
static pthread_once_t default_once = PTHREAD_ONCE_INIT;

static void default_rules_init(void)
{
	default_rules_ok = clean_init(&default_rules) == 0;
}

int clean_default_nonproduct_name(const char *s, size_t n)
{
	pthread_once(&default_once, default_rules_init);
	return default_rules_ok && clean_is_nonproduct_name(&default_rules, s, n);
}

/* ---- casefold ---- */

static int fold_cmp(const char *a, const char *b)
{
	for (;; a++, b++) {
		unsigned char x = (unsigned char)*a, y = (unsigned char)*b;
		x = (unsigned char)(x >= 'a' && x <= 'z' ? x - 32 : x);
		y = (unsigned char)(y >= 'a' && y <= 'z' ? y - 32 : y);
		if (x != y || !x)
			return (x > y) - (x < y);
	}
}

typedef struct code_ref {
	const char *s;   /* the code's text */
	uint32_t id;     /* its id in rows->codes */
} code_ref;

static int cmp_code_fold(const void *a, const void *b)
{
	const code_ref *x = a, *y = b;
	int c = fold_cmp(x->s, y->s);
	return c ? c : (x->id > y->id) - (x->id < y->id);
}

/* canon[k] = the first id (the first spelling in the file: ids are given in order of first
 * appearance) of the codes equal to k but for case: the groups, whose names
 * fold_by_kept_rows then chooses. 0 or -1. */
static int fold_codes(const rr_strtab *codes, uint32_t *canon)
{
	uint32_t n = strtab_count(codes);
	code_ref *v = malloc((n ? n : 1) * sizeof *v);
	if (!v)
		return err_set("out of memory");
	for (uint32_t k = 0; k < n; k++)
		v[k] = (code_ref){strtab_get(codes, k), k};
	qsort(v, n, sizeof *v, cmp_code_fold);
	for (uint32_t k = 0; k < n; k++) {
		int same = k > 0 && fold_cmp(v[k - 1].s, v[k].s) == 0;
		canon[v[k].id] = same ? canon[v[k - 1].id] : v[k].id;  /* by id within a group */
	}
	free(v);
	return 0;
}

const char clean_casefold_hint[] = "casefold off: 'clean casefold on' merges them";

/* fold_codes' canon of r's codes and each group's size by its canon id, both [codes count]
 * (malloc'd), the size counting the codes in scope only (in_scope, NULL for all): a spelling
 * only rows outside the filters or dropped by the rules write merges nothing (t23 F6). 0 or -1. */
static int case_groups(const rr_rows *r, const unsigned char *in_scope, uint32_t **canon,
		       uint32_t **size)
{
	uint32_t n = strtab_count(r->codes);
	*canon = malloc((n ? n : 1) * sizeof **canon);
	*size = calloc(n ? n : 1, sizeof **size);
	if (!*canon || !*size || fold_codes(r->codes, *canon) != 0) {
		free(*canon);
		free(*size);
		return err_set("out of memory");
	}
	for (uint32_t k = 0; k < n; k++)
		(*size)[(*canon)[k]] += !in_scope || in_scope[k];
	return 0;
}

int clean_case_variants(const rr_rows *r, const unsigned char *in_scope, uint32_t *codes,
			uint32_t *groups)
{
	uint32_t n = strtab_count(r->codes), *canon, *size;
	*codes = *groups = 0;
	if (case_groups(r, in_scope, &canon, &size) != 0)
		return -1;
	for (uint32_t k = 0; k < n; k++)
		if (size[k] > 1) {
			*codes += size[k];
			(*groups)++;
		}
	free(canon);
	free(size);
	return 0;
}

unsigned char *clean_case_twins(const rr_rows *r, const unsigned char *in_scope,
				uint32_t *n_twins)
{
	uint32_t n = strtab_count(r->codes), *canon, *size;
	*n_twins = 0;
	if (case_groups(r, in_scope, &canon, &size) != 0)
		return NULL;
	unsigned char *twin = malloc(n ? n : 1);
	for (uint32_t k = 0; twin && k < n; k++)
		*n_twins += twin[k] = (!in_scope || in_scope[k]) && size[canon[k]] > 1;
	free(canon);
	free(size);
	if (!twin)
		err_set("out of memory");
	return twin;
}

/* ---- the per-row test ---- */

/* The filters as per-id flags: countries and customers by id, so the row test is a lookup. */
static int ctx_filters(rr_clean_ctx *x, const rr_filter *f, const rr_rows *r)
{
	x->filtering = filter_active(f);
	if (f->n_countries) {
		uint32_t n = strtab_count(r->countries);
		if (!(x->country_ok = calloc(n ? n : 1, 1)))
			return -1;
		/* names, not codes: case aside (filter country france, or last week's filter France
		 * on a file that writes FRANCE) */
		for (uint32_t id = 0; id < n; id++)
			for (int k = 0; k < f->n_countries && !x->country_ok[id]; k++)
				x->country_ok[id] = (unsigned char)textfold_eq(strtab_get(r->countries, id),
									      f->countries[k]);
	}
	if (f->customers_file) {
		uint32_t n = strtab_count(r->customers);
		if (!(x->cust_ok = calloc(n ? n : 1, 1)))
			return -1;
		for (int k = 0; k < f->n_customers; k++) {
			uint32_t id = rows_find_customer(r, f->customers[k]);   /* as typed */
			if (id != RR_NONE)
				x->cust_ok[id] = 1;
		}
	}
	if (f->n_drop) {   /* its own flags: a drop list alone keeps the rows of no customer */
		uint32_t n = strtab_count(r->customers);
		if (!(x->cust_drop = calloc(n ? n : 1, 1)))
			return -1;
		for (int k = 0; k < f->n_drop; k++) {
			uint32_t id = rows_find_customer(r, f->drop[k]);
			if (id != RR_NONE)
				x->cust_drop[id] = 1;
		}
	}
	return 0;
}

/* Whether s is a number: digits only, at least one, up to its end, or when keyed (an id
 * "NUMBER YYYY-MM-DD CUSTOMER", rows.h) up to the day that ingest put after the number. */
static int all_digits(const char *s, int keyed)
{
	const char *p = s;
	while (isdigit((unsigned char)*p))
		p++;
	if (p == s)
		return 0;
	if (!keyed)
		return !*p;
	static const char day[] = " 9999-99-99";   /* 9: a digit */
	for (size_t k = 0; k < sizeof day - 1; k++)
		if (day[k] == '9' ? !isdigit((unsigned char)p[k]) : p[k] != day[k])
			return 0;
	return p[sizeof day - 1] == ' ' || !p[sizeof day - 1];
}

/* Online Retail writes a cancellation as C and the number (C536379, beside 536365). That is a
 * marker only where the other invoices are numbers, most of them (Online Retail has a few
 * A563185 adjustments), and only for C and digits alone: a shop whose ids all start with C,
 * or with CA- (the Superstore sample's state prefix), cancels nothing by its names, nor do
 * Square's or Stripe's random ids, a few of which start with C and a digit (t31:
 * C1X3HWNXGTXPNPXG6PBIGY beside 7KQ2..., one sale in 130 dropped). And only for an invoice
 * with a line that takes goods back, a quantity below 0, as every one of Online Retail's
 * has: a till's C20017 of positive quantities is a counter sale (t33: a tenth of a file's
 * sales were dropped). Where a till writes such sales, one of its C invoices with lines both
 * ways is an exchange (t34: one item back, others bought), its lines back dropped as below 0;
 * elsewhere the C says cancellation, and the whole invoice goes (t36: an exchange's kept line
 * in an Online Retail file). Without a quantity column there is no sign to judge: the C
 * decides. inv_c: 1 for a cancellation, RR_C_SALE or RR_C_EXCHANGE for a C invoice kept. */
static void mark_cancellations(const rr_rows *r, unsigned char *inv_c)
{
	const rr_strtab *inv = r->invoices;
	uint32_t ni = strtab_count(inv);
	size_t numbers = 0, others = 0;
	for (uint32_t i = 0; i < ni; i++) {
		const char *s = strtab_get(inv, i);
		inv_c[i] = s[0] == 'C' && all_digits(s + 1, r->invoices_keyed);
		if (!inv_c[i]) {
			numbers += (size_t)all_digits(s, r->invoices_keyed);
			others++;
		}
	}
	if (2 * numbers <= others) {   /* not a file of numbered invoices: no marker */
		memset(inv_c, 0, ni);
		return;
	}
	if (r->no_qty)
		return;
	enum { BACK = 4, SOLD = 8 };   /* beside the marker's 1: the signs its lines have */
	for (size_t k = 0; k < r->n; k++) {
		unsigned char *c = &inv_c[r->invoice[k]];
		if (*c)
			*c |= r->qty[k] < 0 ? BACK : r->qty[k] > 0 ? SOLD : 0;
	}
	int till = 0;   /* a C invoice that only sells: the C is a till's, not a cancellation */
	for (uint32_t i = 0; i < ni; i++)
		till |= inv_c[i] && !(inv_c[i] & BACK);
	for (uint32_t i = 0; i < ni; i++)
		if (inv_c[i])
			inv_c[i] = !(inv_c[i] & BACK) ? RR_C_SALE
				 : (inv_c[i] & SOLD) && till ? RR_C_EXCHANGE : 1;
}

/* The prefixes an accounting export numbers its credit notes with, beside its invoices'
 * (KashFlow's and Zoho's CN-, sevDesk's GU-, a German Gutschrift's GS-, Spanish and Latin
 * American NC- (nota de crédito), French AV- (avoir), Nordic KR- (kreditnota), a credit
 * memo's CM-): compared ignoring case. shared: two letters as often a store's, a branch's or
 * a region's code (DB, Dublin: t68 F9), read as credit notes only when they do not credit
 * the same goods of a customer again and again (credits_repeat), as a branch's regulars'
 * purchases do. */
static const struct {
	const char *prefix;
	int shared;
} credit_prefixes[] = {{"CN", 0}, {"CRN", 0}, {"CR", 0}, {"CM", 0}, {"GS", 0}, {"GU", 0},
		       {"NC", 0}, {"NCR", 0}, {"AV", 0}, {"KR", 0}, {"KN", 0}, {"SCN", 0},
		       /* t64 L7: Polish FK (faktura korygujaca) and KOR (korekta), Czech and
			* Slovak DB (dobropis), Finnish HY (hyvityslasku), Swedish KF
			* (kreditfaktura) */
		       {"FK", 1}, {"KOR", 0}, {"FKOR", 0}, {"DB", 1}, {"HY", 1}, {"KF", 1},
		       /* t77 F13: Odoo's credit note (RINV/2024/00001) beside its INV/ */
		       {"RINV", 0},
		       {NULL, 0}};

/* Prefixes that number credit notes only beside a given invoices' prefix: Spain's R-
 * (factura rectificativa) beside its F- invoices; elsewhere R- is a Rechnung's own (t64 L7). */
static const char *const credit_beside[][2] = {{"R", "F"}, {"R", "FA"}, {"R", "FAC"},
					       {NULL, NULL}};

/* Is family c a credit note's prefix beside invoices numbered under s (credit_beside)? */
static int credit_pair(const char *c, const char *s)
{
	for (int k = 0; credit_beside[k][0]; k++)
		if (strcmp(c, credit_beside[k][0]) == 0 && strcmp(s, credit_beside[k][1]) == 0)
			return 1;
	return 0;
}

/* The letters that lead invoice number s before a separator and a digit or a digit (INV-0001,
 * CN0006: 3, 2), at most 4 of them; else 0. */
static size_t inv_prefix(const char *s)
{
	size_t p = 0;
	while (p < 5 && ((s[p] | 32) >= 'a' && (s[p] | 32) <= 'z'))
		p++;
	if (p == 0 || p > 4)
		return 0;
	size_t d = p + (s[p] == '-' || s[p] == '/' || s[p] == '_' || s[p] == ' ');
	return s[d] >= '0' && s[d] <= '9' ? p : 0;
}

/* The family (0..7) of prefix s[0..p) in fam (up to 8, each up to 4 letters, in capitals),
 * added when new; -1 when full. */
static int prefix_family(char fam[8][5], int *nf, const char *s, size_t p)
{
	char up[5] = {0};
	for (size_t k = 0; k < p; k++)
		up[k] = (char)(s[k] & ~32);
	for (int f = 0; f < *nf; f++)
		if (strcmp(fam[f], up) == 0)
			return f;
	if (*nf == 8)
		return -1;
	memcpy(fam[*nf], up, sizeof up);
	return (*nf)++;
}

/* The slot of row i's (customer, item) in the open-addressed table key[0..cap) (cap a power
 * of two): its key's, or the empty one where it goes; *k gets the key. */
static size_t pair_slot(const rr_rows *r, size_t i, const uint64_t *key, size_t cap, uint64_t *k)
{
	*k = ((uint64_t)r->cust[i] << 32 | r->item[i]) + 1;
	size_t h = (size_t)(*k * 0x9E3779B97F4A7C15u) & (cap - 1);
	while (key[h] && key[h] != *k)
		h = (h + 1) & (cap - 1);
	return h;
}

/* Is the (customer, item) of each of most credit-note lines (fam_of[invoice] == cf) on a line
 * of the other invoices dated no later, of a quantity no smaller: goods bought, then credited,
 * not more than was bought? */
static int credits_bought(const rr_rows *r, const signed char *fam_of, int cf)
{
	size_t cap = 64, lines = 0, found = 0;
	while (cap < 2 * r->n)
		cap *= 2;
	uint64_t *key = calloc(cap, sizeof *key);
	int32_t *first = malloc(cap * sizeof *first);
	double *most = malloc(cap * sizeof *most);   /* the pair's largest quantity bought */
	for (size_t i = 0; key && first && most && i < r->n; i++) {   /* each pair's purchases */
		if (fam_of[r->invoice[i]] == cf || r->cust[i] == RR_NONE)
			continue;
		uint64_t k;
		size_t h = pair_slot(r, i, key, cap, &k);
		if (!key[h] || r->minute[i] < first[h])
			first[h] = r->minute[i];
		if (!key[h] || r->qty[i] > most[h])
			most[h] = r->qty[i];
		key[h] = k;
	}
	for (size_t i = 0; key && first && most && i < r->n; i++) {
		if (fam_of[r->invoice[i]] != cf)
			continue;
		lines++;
		uint64_t k = ((uint64_t)r->cust[i] << 32 | r->item[i]) + 1;
		size_t h = (size_t)(k * 0x9E3779B97F4A7C15u) & (cap - 1);
		while (r->cust[i] != RR_NONE && key[h] && key[h] != k)
			h = (h + 1) & (cap - 1);
		found += r->cust[i] != RR_NONE && key[h] == k && first[h] <= r->minute[i] &&
			 r->qty[i] <= most[h];
	}
	free(key);
	free(first);
	free(most);
	return lines && 2 * found >= lines;
}

/* Do most credit-note lines (fam_of[invoice] == cf) credit a (customer, item) that 3 or more
 * of the family's documents credit? A customer's credit notes credit a purchase once; a
 * store's or a branch's invoices under a credit note's letters (t68 F9: DB-, Dublin, beside
 * LN-, London) are its regulars buying the same goods each week. Asked of the shared
 * prefixes only: a test file of 3 items under CN- credits them again (tests/shops e93). */
static int credits_repeat(const rr_rows *r, const signed char *fam_of, int cf)
{
	size_t cap = 64, lines = 0, again = 0;
	while (cap < 2 * r->n)
		cap *= 2;
	uint64_t *key = calloc(cap, sizeof *key);
	uint32_t *last = malloc(cap * sizeof *last), *docs = calloc(cap, sizeof *docs);
	for (int pass = 0; key && last && docs && pass < 2; pass++)
		for (size_t i = 0; i < r->n; i++) {
			if (fam_of[r->invoice[i]] != cf || r->cust[i] == RR_NONE)
				continue;
			uint64_t k;
			size_t h = pair_slot(r, i, key, cap, &k);
			if (pass == 1) {   /* the documents of each line's pair, all counted */
				lines++;
				again += docs[h] >= 3;
			} else if (!key[h] || last[h] != r->invoice[i]) {
				docs[h]++;   /* a document's lines of one pair count once */
				last[h] = r->invoice[i];
			}
			key[h] = k;
		}
	free(key);
	free(last);
	free(docs);
	return lines && 2 * again >= lines;
}

/* Invoices numbered as credit notes (credit_prefixes) beside a larger family of the file's
 * invoices under another prefix, every line above 0 (t59 F16: KashFlow's CN-0006 beside
 * INV-0001, both written with positive quantities, the document's number the only mark of
 * a credit note, read as sales): RR_C_CREDIT when they credit what their customers bought
 * before (credits_bought) and are at most a quarter as many as those invoices, else
 * RR_C_CREDIT_DOUBT (too many, or crediting the same goods again and again: a store's
 * prefix, credit_repeats) or RR_C_CREDIT_SALE; x's prefixes name them. A file of other
 * numbers (most invoices under no prefix of up to 4 letters, or over 8 prefixes) has none. */
static void mark_credit_notes(rr_clean_ctx *x)
{
	const rr_rows *r = x->rows;
	uint32_t ni = strtab_count(r->invoices);
	char fam[8][5], sep[8] = {0};
	int nf = 0, cf = -1, of = -1;
	size_t count[8] = {0}, prefixed = 0;
	signed char *fam_of = malloc(ni ? ni : 1);
	if (!fam_of || r->no_invoice || r->invoices_keyed) {
		free(fam_of);
		return;
	}
	for (uint32_t i = 0; i < ni; i++) {
		const char *s = strtab_get(r->invoices, i);
		size_t p = x->inv_c[i] ? 0 : inv_prefix(s);
		int f = p ? prefix_family(fam, &nf, s, p) : -1;
		fam_of[i] = (signed char)f;
		if (f >= 0) {
			count[f]++;
			prefixed++;
			sep[f] = s[p] >= '0' && s[p] <= '9' ? 0 : s[p];
		}
	}
	int shared = 0;   /* the credit family's letters are also a store's code */
	for (int f = 0; f < nf; f++) {
		int credit = 0, sh = 0;
		for (int k = 0; credit_prefixes[k].prefix; k++)
			if (strcmp(fam[f], credit_prefixes[k].prefix) == 0)
				credit = 1, sh = credit_prefixes[k].shared;
		if (credit && (cf < 0 || count[f] > count[cf]))
			cf = f, shared = sh;
		else if (!credit && (of < 0 || count[f] > count[of]))
			of = f;
	}
	for (int f = 0; cf < 0 && of >= 0 && f < nf; f++) {   /* R- beside F-: the other's largest */
		int o = -1;
		for (int g = 0; g < nf; g++)
			if (g != f && (o < 0 || count[g] > count[o]))
				o = g;
		if (o >= 0 && credit_pair(fam[f], fam[o]))
			cf = f, of = o;
	}
	if (cf < 0 || of < 0 || count[of] <= count[cf] || 10 * prefixed < 9 * (size_t)ni) {
		free(fam_of);
		return;
	}
	for (size_t i = 0; i < r->n && cf >= 0; i++)
		if (fam_of[r->invoice[i]] == cf && !r->no_qty && r->qty[i] <= 0)
			cf = -1;   /* lines back: the quantities already say it */
	if (cf >= 0) {
		/* credit notes are few beside the invoices they credit; a family of a quarter of
		 * them or more repeating its customers' purchases is a store's or a country's
		 * (t62 F4: NC- beside VA-, 38 % of the sales dropped) */
		int few = 4 * count[cf] <= count[of];
		x->credit_repeats = few && shared && credits_repeat(r, fam_of, cf);
		unsigned char mark = !credits_bought(r, fam_of, cf) ? RR_C_CREDIT_SALE
				     : few && !x->credit_repeats ? RR_C_CREDIT : RR_C_CREDIT_DOUBT;
		for (uint32_t i = 0; i < ni; i++)
			if (fam_of[i] == cf)
				x->inv_c[i] = mark;
		snprintf(x->credit_prefix, sizeof x->credit_prefix, "%s%.1s", fam[cf], &sep[cf]);
		snprintf(x->sales_prefix, sizeof x->sales_prefix, "%s%.1s", fam[of], &sep[of]);
		x->sales_count = count[of];
	}
	free(fam_of);
}

/* ---- outlying dates ---- */

static int64_t day_of(int32_t minute)   /* days since 1970-01-01, rounded down */
{
	return minute >= 0 ? minute / 1440 : -((-(int64_t)minute + 1439) / 1440);
}

/* The days that hold rows, ascending, with their rows: day[0..m), cnt[0..m). */
typedef struct day_runs {
	int64_t *day;
	size_t *cnt;
	size_t m;
} day_runs;

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

/* r's rows by day. Dense dates (a span of at most n days) are counted in an array over the
 * span; sparse ones (a few rows over centuries, as a fuzzer or a typo writes them) are sorted,
 * so neither costs more than the rows. 0, or -1 when memory runs out. */
static int runs_of(const rr_rows *r, day_runs *dr)
{
	size_t n = r->n, m = 0;
	int64_t lo = INT64_MAX, hi = INT64_MIN;
	for (size_t i = 0; i < n; i++) {
		int64_t d = day_of(r->minute[i]);
		lo = d < lo ? d : lo;
		hi = d > hi ? d : hi;
	}
	size_t span = (size_t)(hi - lo + 1);
	int64_t *sorted = NULL;
	size_t *h = NULL;
	if (span <= n)
		h = calloc(span, sizeof *h);
	else
		sorted = malloc(n * sizeof *sorted);
	size_t most = span < n ? span : n;   /* days that can hold rows */
	dr->day = malloc(most * sizeof *dr->day);
	dr->cnt = malloc(most * sizeof *dr->cnt);
	if ((!h && !sorted) || !dr->day || !dr->cnt) {
		free(h);
		free(sorted);
		free(dr->day);
		free(dr->cnt);
		return err_set("out of memory");
	}
	if (h) {
		for (size_t i = 0; i < n; i++)
			h[day_of(r->minute[i]) - lo]++;
		for (size_t x = 0; x < span; x++)
			if (h[x]) {
				dr->day[m] = lo + (int64_t)x;
				dr->cnt[m++] = h[x];
			}
	} else {
		for (size_t i = 0; i < n; i++)
			sorted[i] = day_of(r->minute[i]);
		qsort(sorted, n, sizeof *sorted, cmp_i64);
		for (size_t i = 0; i < n; i++) {
			if (m && dr->day[m - 1] == sorted[i]) {
				dr->cnt[m - 1]++;
				continue;
			}
			dr->day[m] = sorted[i];
			dr->cnt[m++] = 1;
		}
	}
	dr->m = m;
	free(h);
	free(sorted);
	return 0;
}

/* The run (index) of the row of rank k (0 = the earliest). */
static size_t run_at_rank(const day_runs *dr, size_t k)
{
	size_t c = 0, j = 0;
	for (; j < dr->m; j++) {
		c += dr->cnt[j];
		if (c > k)
			break;
	}
	return j;
}

/* The j-th run from one end (down: from the latest). */
static size_t from_end(const day_runs *dr, size_t j, int down)
{
	return down ? dr->m - 1 - j : j;
}

/* From one end (down: the latest), how many runs lie beyond the last gap of over g days that
 * at most cap rows lie beyond; 0 when there is none. */
static size_t runs_beyond(const day_runs *dr, size_t cap, int64_t g, int down)
{
	size_t c = 0, cut = 0;
	for (size_t j = 0; j < dr->m && c <= cap; j++) {
		size_t x = from_end(dr, j, down);
		if (j) {
			int64_t gap = dr->day[x] - dr->day[from_end(dr, j - 1, down)];
			if ((gap < 0 ? -gap : gap) > g)
				cut = j;
		}
		c += dr->cnt[x];
	}
	return cut;
}

/* The 99th percentile of the gaps between the runs a..b (indices, a <= b). */
static int64_t gap_p99(const day_runs *dr, size_t a, size_t b)
{
	size_t n = 0;
	int64_t top[64] = {0};   /* the 64 longest gaps, ascending */
	for (size_t x = a + 1; x <= b; x++) {
		int64_t g = dr->day[x] - dr->day[x - 1];
		n++;
		if (g > top[0]) {   /* insert, dropping the shortest */
			int k = 0;
			while (k + 1 < 64 && top[k + 1] < g) {
				top[k] = top[k + 1];
				k++;
			}
			top[k] = g;
		}
	}
	size_t skip = n / 100;   /* the 1 % longest are not typical */
	return n == 0 ? 0 : top[63 - (skip < 63 ? skip : 63)];
}

/* Is day d a date a spreadsheet or a database writes for none: 1900-01-01 (Excel's day 1),
 * 1970-01-01 (Unix time 0)? */
static int placeholder_day(int64_t d)
{
	return d == -25567 || d == 0;
}

/* One end's note (rr_date_scan): the runs cut..odd from that end (down: the latest) hold rows
 * the rule keeps beyond a gap that stands out; the run after them is the rest's nearest. */
static void end_note(rr_date_end *e, const day_runs *dr, size_t cut, size_t odd, int down)
{
	size_t c = 0;
	for (size_t j = cut; j < odd; j++)
		c += dr->cnt[from_end(dr, j, down)];
	e->n = c;
	e->at = (int32_t)(dr->day[from_end(dr, odd - 1, down)] * 1440);
	e->rest = (int32_t)(dr->day[from_end(dr, odd, down)] * 1440);
}

/* From one end (down: the latest), how many runs lie beyond a gap of over ten years and over
 * the span of the runs between it and the other end's second: a few days (at most 1 in 10, at
 * least one) of at most 1 row in 5 in all, placeholders or invoices whose year was typed
 * wrong, which a typo covers whole; 0 when none. 1 row in 100 kept them in a small file: a
 * two-line invoice of 2204 in 150 rows moved "today" by 180 years (t73 F1). */
static size_t far_days_beyond(const day_runs *dr, size_t n, int down)
{
	size_t dcap = dr->m / 10 ? dr->m / 10 : 1, c = 0, cut = 0;
	for (size_t j = 1; j <= dcap && j + 2 <= dr->m; j++) {
		c += dr->cnt[from_end(dr, j - 1, down)];
		if (c > n / 5)
			break;
		int64_t at = dr->day[from_end(dr, j, down)];
		int64_t gap = at - dr->day[from_end(dr, j - 1, down)];
		int64_t span = dr->day[from_end(dr, dr->m - 2, down)] - at;
		gap = gap < 0 ? -gap : gap;
		span = span < 0 ? -span : span;
		if (gap > 3652 && gap > span)
			cut = j;
	}
	return cut;
}

int clean_date_scan(const rr_rows *r, rr_date_scan *sc)
{
	memset(sc, 0, sizeof *sc);
	sc->lo = INT32_MIN;
	sc->hi = INT32_MAX;
	size_t n = r->n, near = n / 1000 ? n / 1000 : 1, far = n / 100 ? n / 100 : 1;
	day_runs dr = {NULL, NULL, 0};
	if (n < 2 * far + 2)
		return 0;
	if (runs_of(r, &dr) != 0)
		return -1;
	/* the rows that stay whatever the cut: rank far to rank n-1-far */
	size_t ia = run_at_rank(&dr, far), ib = run_at_rank(&dr, n - 1 - far);
	int64_t inner = dr.day[ib] - dr.day[ia];
	if (inner == 0 && placeholder_day(dr.day[ia])) {
		sc->placeholder = 1;   /* the dates are missing */
		sc->placeholder_at = (int32_t)(dr.day[ia] * 1440);
	} else {
		/* the rule: beyond a gap of over a year and over the rest's span, at most 1 row in
		 * 1,000; beyond one of over ten years (a placeholder, a century typed wrong), 1 in
		 * 100, or a few days of 1 in 5 (far_days_beyond). A gap that stands out, noted but
		 * kept: over 60 days and 10 × the usual gap. */
		int64_t g1 = inner > 365 ? inner : 365, g2 = inner > 3652 ? inner : 3652;
		int64_t usual = 10 * gap_p99(&dr, ia, ib), g3 = usual > 60 ? usual : 60;
		for (int down = 0; down < 2; down++) {
			size_t c1 = runs_beyond(&dr, near, g1, down), c2 = runs_beyond(&dr, far, g2, down);
			size_t cut = c1 > c2 ? c1 : c2, odd = runs_beyond(&dr, near, g3, down);
			size_t c3 = far_days_beyond(&dr, n, down);
			cut = cut > c3 ? cut : c3;
			if (cut && !down)
				sc->lo = (int32_t)(dr.day[cut] * 1440);
			else if (cut)
				sc->hi = (int32_t)(dr.day[dr.m - 1 - cut] * 1440 + 1439);
			if (odd > cut)   /* rows the rule keeps, past a gap that stands out */
				end_note(&sc->end[down], &dr, cut, odd, down);
		}
	}
	free(dr.day);
	free(dr.cnt);
	return 0;
}

/* casefold's name for each group: the spelling most kept rows carry (ties: the one seen first),
 * so an item is never named by a spelling only dropped rows have (t20: 84872A became 84872a,
 * a spelling of customer-less rows, and a model trained before no longer knew it). The rows
 * are judged as the dataset judges them: every rule and filter, the customer rule too. */
static int fold_by_kept_rows(rr_clean_ctx *x)
{
	const rr_rows *r = x->rows;
	uint32_t n = strtab_count(r->codes);
	size_t *kept = calloc(n ? n : 1, sizeof *kept);
	uint32_t *best = malloc((n ? n : 1) * sizeof *best);
	if (!kept || !best) {
		free(kept);
		free(best);
		return err_set("out of memory");
	}
	for (size_t i = 0; i < r->n; i++)
		kept[r->item[i]] += clean_reason(x, i, 0) == RR_RULE_KEPT;
	for (uint32_t k = 0; k < n; k++)
		best[k] = k;
	for (uint32_t k = 0; k < n; k++) {   /* canon[k] is its group's first id, ≤ k */
		uint32_t *g = &best[x->canon[k]];
		if (kept[k] > kept[*g])
			*g = k;
	}
	for (uint32_t k = 0; k < n; k++)
		x->canon[k] = best[x->canon[k]];
	free(kept);
	free(best);
	return 0;
}

/* The name of the list that description s[0..n) is, as it is written (clean_is_nonproduct),
 * or NULL. Only the names, written with small letters (Shipping, Frais de port*), not the
 * codes, in capitals (POST, M, D, PADS: a product's description "M" or "Pads" is a size or a
 * name), nor a product's noun (Carriage, Transport, Porto: product_nouns). */
static const char *desc_nonproduct(const rr_clean *c, const char *s, size_t n)
{
	uint64_t key = fold_key(s, n);
	pat_walk w = walk_by_key(c, key);
	for (int i; (i = walk_next(&w)) >= 0;) {
		const char *pat = c->codes[i];
		const struct clean_pat *p = &c->pat[i];
		if (p->suffix && suffix_ends(p, pat, s, n))
			return pat;
		if (p->plain < 3 || p->noun || !p->small || p->credit || p->suffix ||
		    keys_differ(p->first, key))
			continue;
		size_t at = textfold_prefix(s, n, pat, p->plain);
		if (at && (p->star ? star_ends(p, pat, s, at, n) : at == n))
			return pat;
	}
	return NULL;
}

/* pat[0..pl), a till's word, after one or two words of s[0..n) and then its end (till_ends):
 * "Keg Deposit", "Penny Rounding", "Bottle Deposit 10p", "Card Tip" (t83 F1, F8); pat or
 * NULL. A product's name may end so (Pipette Tip), hence counted as a single word is: under
 * a code apart from the goods' or in a till that numbers its buttons as goods (code_kind). */
static const char *till_after(const char *s, size_t n, const size_t at[2], size_t na,
			      const char *pat, size_t pl)
{
	for (size_t j = 0; j < na; j++)
		if (n - at[j] >= pl && name_eq(s + at[j], pat, pl) && till_ends(s, at[j] + pl, n))
			return pat;
	return NULL;
}

/* Where s[0..n)'s second and third words start (till_after's places), into at; how many.
 * Found once for a description, not for each of the list's names (a twentieth of a load). */
static size_t after_words(const char *s, size_t n, size_t at[2])
{
	size_t na = 0;
	for (size_t k = 1; k < n && na < 2; k++)
		if (s[k - 1] == ' ' && s[k] != ' ')
			at[na++] = k;
	return na;
}

/* The name of words of the list (Gift Voucher, Portes de envio) that leads description
 * s[0..n) with an amount or a remark after it, as a name of the list leads an item named by
 * itself (name_leads): "Gift Voucher $25", "eGift Voucher" under the shop's own code
 * (t42 F7: Neto's GIFTVOUCHER, GV-50 were products). A single word is taken so only before
 * an amount alone (*priced 1: "Pfand 0,25", "MwSt. 19 %", a deposit's or a tax's line under
 * the shop's own code, t49 F02, F12; a name of capitals as written), which no product's
 * name is, but a till's word (Tip, Pfand: till_listed) ends as a name of words does and by
 * its container's or number's words (till_ends: "Pfand Kasten", "Gutschein Nr. 4711"), or
 * follows one or two words (*priced 2: till_after, "Keg Deposit"); not a product's noun
 * (Porto Tawny): desc_nonproduct has the name as written. NULL: none. */
static const char *desc_leading(const rr_clean *c, const char *s, size_t n, int *priced)
{
	size_t q = past_qualifier(s, n), at[2], na = after_words(s, n, at);
	size_t pos[WALK_RUNS] = {0, q, 0, 0};
	int np = 2;
	for (size_t j = 0; j < na; j++)
		pos[np++] = at[j];
	pat_walk w = walk_by_byte(c, s, n, pos, np);
	const char *after = NULL;
	*priced = 0;
	for (int i; (i = walk_next(&w)) >= 0;) {
		const char *pat = c->codes[i];
		size_t pl = c->pat[i].len;
		if (pl < 3 || c->pat[i].star || c->pat[i].credit ||
		    (!c->pat[i].words && c->pat[i].noun && !c->pat[i].till))
			continue;
		for (int pass = 0; pass < 1 + (q > 0); pass++) {
			const char *t = pass ? s + q : s;
			size_t tn = pass ? n - q : n;
			/* a bag's name leads its line only (levy_leads: not Gold Print Paper Bag) */
			if ((c->pat[i].till || (c->pat[i].words && pat[pl - 2] != ' ')) &&
			    !c->pat[i].noun && !c->pat[i].levy && !pass && !after)
				after = till_after(t, tn, at, na, pat, pl);   /* not Pant A: Cargo Pant A */
			if (tn < pl || !name_eq(t, pat, pl) || container_sized(pat, pl, t, tn))
				continue;   /* Envase 500 ml: goods */
			if (c->pat[i].till && till_tail(t, pl, tn, c->pat[i].noun)) {
				*priced = 1;   /* "Pfand 0,25 EW": a deposit's line, its quantity the
				                * bottles' */
				return pat;
			}
			if (c->pat[i].noun)
				continue;   /* Pant: by its amount or container only (till_tail) */
			/* a code of capitals (VAT, POST) as written, not a name (Pads 5%) */
			if (!c->pat[i].words && pl < tn && t[pl] == ' ' && amount_in(t, pl, tn) &&
			    (c->pat[i].small || memcmp(t, pat, pl) == 0)) {
				*priced = 1;
				return pat;
			}
			if ((c->pat[i].words || c->pat[i].till) ? till_ends(t, pl, tn) :
			    c->pat[i].small && till_tail(t, pl, tn, 1))
				return pat;   /* Tips - Card: under a code apart, or its own */
		}
	}
	*priced = after ? 2 : 0;
	return after;
}

/* Is a name of the list one no product bears: a compound or a name of words (Versandkosten*,
 * Frais de port*, Gift Card), or one written in a script with no capitals (送料, 배송비,
 * شحن), where a name is the fee's term? A single word of a cased script is also a noun of
 * some language (German Fee, a fairy; lab Tips; a film Delivery: t41 N1). */
static int name_unmistakable(const char *pat)
{
	size_t pl = strlen(pat);
	return (pl && pat[pl - 1] == '*') || pat[0] == '*' || strchr(pat, ' ') ||
	       (unsigned char)pat[0] >= 0xD7;
}

/* Does code s[0..n) stand for the words of description d[0..dn): is a run of its letters
 * (two or more) a word's start (PORT: Frais de port, FRAKT: Frakt, SH-01: Shipping) or,
 * from three, its letters in order from the word's first (FRT: Freight, SHP: Shipping), or,
 * from four, the name's letters from a word on, its blanks passed over (spells_from)? A
 * product's own code (TOY-101 for Fee, LAB-7 for Tips) is not (t41 N1). */
/* Are c[0..r) the letters of d[0..dn) from its start, its blanks and signs passed over
 * (PENNYROUND: Penny Rounding, HOLIDAYGIF: Holiday Gift Card, as ERPs cut a name into a
 * code; t83 F5, F8)? Both folded. */
static int spells_from(const char *d, size_t dn, const char *c, size_t r)
{
	size_t k = 0;
	for (size_t j = 0; j < dn && k < r; j++)
		if (d[j] == c[k])
			k++;
		else if ((d[j] >= 'a' && d[j] <= 'z') || (d[j] >= '0' && d[j] <= '9') ||
			 (unsigned char)d[j] >= 0x80)
			return 0;
	return k == r;
}

static int code_abbreviates(const char *s, size_t n, const char *d, size_t dn)
{
	char cf[64], df[256];
	if (n >= sizeof cf || dn >= sizeof df)
		return 0;
	size_t cn = textfold(cf, s, n), fn = textfold(df, d, dn);
	for (size_t i = 0; i < cn; i++) {
		size_t e = i;
		while (e < cn && ((cf[e] >= 'a' && cf[e] <= 'z') || (unsigned char)cf[e] >= 0x80))
			e++;
		for (size_t w = 0, r = e - i; r >= 2 && w < fn; w++) {
			if (w && df[w - 1] != ' ' && df[w - 1] != '-' && df[w - 1] != '/')
				continue;
			size_t we = w;
			while (we < fn && df[we] != ' ' && df[we] != '-' && df[we] != '/')
				we++;
			if (r <= we - w && memcmp(df + w, cf + i, r) == 0)
				return 1;
			size_t k = i;
			for (size_t j = w; r >= 3 && df[w] == cf[i] && j < we && k < e; j++)
				k += df[j] == cf[k];
			if (r >= 3 && k == e)
				return 1;
			if (r >= 4 && spells_from(df + w, fn - w, cf + i, r))
				return 1;
		}
		i = e;
	}
	return 0;
}

/* A code's shape: a run of letters A, of digits 9, other bytes as they are (SKU-014 and
 * TOY-101 are A-9, 9001 is 9), in out (16 bytes). */
static void code_shape(const char *s, size_t n, char out[16])
{
	size_t o = 0;
	for (size_t i = 0; i < n && o < 15; i++) {
		unsigned char b = (unsigned char)s[i];
		int letter = ((b | 32) >= 'a' && (b | 32) <= 'z') || b >= 0x80;
		char t = b >= '0' && b <= '9' ? '9' : letter ? 'A' : (char)b;
		if (!o || out[o - 1] != t || (t != 'A' && t != '9'))
			out[o++] = t;
	}
	out[o] = 0;
}

/* How many of a file's codes share each code's shape (code_shape), found once when the first
 * code asks (code_like_others; under mu: code_kinds asks from two threads). A scan of every
 * code for each code that asked made a file of 30,000 codes described "Shipping" load in
 * 30 s. */
typedef struct code_shapes {
	pthread_mutex_t mu;
	int built;
	uint32_t *same;   /* [codes count] codes of its shape, itself included; NULL: none */
	int counted;
	uint32_t *lines;  /* [codes count] its rows, and of them those of a quantity beyond 1 */
	uint32_t *over1;  /* (fee_line); NULL: not counted (out of memory) */
	int till_seen;    /* till_numbered has looked, and found: */
	int till;         /* a code described by a till's word alone (Tip, Pfand) */
	int prices_seen;  /* levy_line has looked: */
	double *top;      /* [codes count] a code's highest unit price; NULL: not found */
	double mid;       /* the median of the codes' highest unit prices above 0 */
	int moded;        /* price_fixed has counted: */
	double *mode;     /* [codes count] its rows' most common unit price above 0 (a majority's, */
	uint32_t *priced; /* if one), its rows of a price above 0, and of them those at the mode; */
	uint32_t *at_mode;/* NULL: not counted (no price column, out of memory) */
} code_shapes;

typedef struct shaped {
	char shape[16];
	uint32_t k;
} shaped;

static int shaped_cmp(const void *a, const void *b)
{
	return strcmp(((const shaped *)a)->shape, ((const shaped *)b)->shape);
}

static void shapes_build(code_shapes *sh, const rr_rows *r)
{
	uint32_t nc = strtab_count(r->codes);
	shaped *v = malloc((nc ? nc : 1) * sizeof *v);
	sh->same = malloc((nc ? nc : 1) * sizeof *sh->same);
	if (!v || !sh->same) {   /* code_like_others scans instead */
		free(sh->same);
		sh->same = NULL;
		free(v);
		return;
	}
	for (uint32_t i = 0; i < nc; i++) {
		code_shape(strtab_get(r->codes, i), strtab_len(r->codes, i), v[i].shape);
		v[i].k = i;
	}
	qsort(v, nc, sizeof *v, shaped_cmp);
	for (uint32_t a = 0, b; a < nc; a = b) {
		for (b = a + 1; b < nc && strcmp(v[a].shape, v[b].shape) == 0; b++)
			;
		for (uint32_t j = a; j < b; j++)
			sh->same[v[j].k] = b - a;
	}
	free(v);
}

/* Is code k written as most of the shop's other codes are (a product's SKU: TOY-101 beside
 * TOY-102, LAB-7), or none other is there to tell? A code apart (Tripletex's 9001 for Frakt
 * among SKU-001...) stands for the fee its description names (t41 N1). */
static int code_like_others(const rr_rows *r, uint32_t k, code_shapes *sh)
{
	uint32_t nc = strtab_count(r->codes), same = 0;
	pthread_mutex_lock(&sh->mu);
	if (!sh->built)
		shapes_build(sh, r);
	sh->built = 1;
	pthread_mutex_unlock(&sh->mu);
	if (sh->same) {
		same = sh->same[k] - 1;
	} else {
		char mine[16], other[16];
		code_shape(strtab_get(r->codes, k), strtab_len(r->codes, k), mine);
		for (uint32_t i = 0; i < nc; i++) {
			code_shape(strtab_get(r->codes, i), strtab_len(r->codes, i), other);
			same += i != k && strcmp(mine, other) == 0;
		}
	}
	return nc < 2 || 2 * same >= nc - 1;
}

/* Is code k's line a fee by its rows: a quantity beyond 1 on a tenth of them at most? A fee
 * is charged once an order; goods named like one (a wooden fairy, Holz Fee; a novel by
 * Andrea Levy) sell by twos and threes (t71 F20). Counted once for every code. */
static int fee_line(const rr_rows *r, uint32_t k, code_shapes *sh)
{
	pthread_mutex_lock(&sh->mu);
	if (!sh->counted) {
		uint32_t nc = strtab_count(r->codes);
		sh->lines = calloc(nc ? nc : 1, sizeof *sh->lines);
		sh->over1 = calloc(nc ? nc : 1, sizeof *sh->over1);
		for (size_t i = 0; sh->lines && sh->over1 && i < r->n; i++) {
			sh->lines[r->item[i]]++;
			sh->over1[r->item[i]] += r->qty[i] > 1 || r->qty[i] < -1;
		}
	}
	sh->counted = 1;
	pthread_mutex_unlock(&sh->mu);
	return !sh->lines || !sh->over1 || 10 * sh->over1[k] <= sh->lines[k];
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* Is code k's line priced as a levy, as the statutory bag charge is (10p, 0,20 \xE2\x82\xAC): a unit
 * price of a fifth of the median item's at most on every row (each code's highest; by items,
 * not rows, which the bag's own lines would weigh), however many bags a receipt takes (t86
 * F12: Tragetasche Papier 0,20 by twos and threes among bread at 3,95)? A pack of 50 paper
 * bags at 4.99 is goods. Prices found once for every code. */
static int levy_line(const rr_rows *r, uint32_t k, code_shapes *sh)
{
	if (r->no_price)
		return 0;
	pthread_mutex_lock(&sh->mu);
	if (!sh->prices_seen) {
		uint32_t nc = strtab_count(r->codes), m = 0;
		double *v = malloc((nc ? nc : 1) * sizeof *v);
		sh->top = calloc(nc ? nc : 1, sizeof *sh->top);
		for (size_t i = 0; v && sh->top && i < r->n; i++)
			if (r->price[i] > sh->top[r->item[i]])
				sh->top[r->item[i]] = r->price[i];
		for (uint32_t j = 0; v && sh->top && j < nc; j++)
			if (sh->top[j] > 0)
				v[m++] = sh->top[j];
		if (v && m) {
			qsort(v, m, sizeof *v, cmp_double);
			sh->mid = v[m / 2];
		}
		free(v);
	}
	sh->prices_seen = 1;
	pthread_mutex_unlock(&sh->mu);
	return sh->top && sh->mid > 0 && sh->top[k] > 0 && 5 * sh->top[k] <= sh->mid;
}

/* Each code's majority price (Boyer-Moore's vote over its rows, then its rows at it counted),
 * into sh; under sh->mu, once. */
static void price_modes(code_shapes *sh, const rr_rows *r)
{
	uint32_t nc = strtab_count(r->codes);
	sh->mode = r->no_price ? NULL : calloc(nc ? nc : 1, sizeof *sh->mode);
	sh->priced = calloc(nc ? nc : 1, sizeof *sh->priced);
	sh->at_mode = calloc(nc ? nc : 1, sizeof *sh->at_mode);
	if (!sh->mode || !sh->priced || !sh->at_mode) {
		free(sh->mode);
		free(sh->priced);
		free(sh->at_mode);
		sh->mode = NULL;
		sh->priced = sh->at_mode = NULL;
		return;
	}
	uint32_t *votes = sh->at_mode;   /* the vote's count first, the mode's rows after */
	for (size_t i = 0; i < r->n; i++) {
		uint32_t k = r->item[i];
		if (!(r->price[i] > 0))
			continue;
		if (!votes[k])
			sh->mode[k] = r->price[i];
		votes[k] += !votes[k] || sh->mode[k] == r->price[i] ? 1 : (uint32_t)-1;
	}
	memset(votes, 0, (nc ? nc : 1) * sizeof *votes);
	for (size_t i = 0; i < r->n; i++) {
		sh->priced[r->item[i]] += r->price[i] > 0;
		sh->at_mode[r->item[i]] += r->price[i] > 0 && r->price[i] == sh->mode[r->item[i]];
	}
}

/* Is code k sold at one catalogue price, a product's: 20 rows at least of a price, nine in ten
 * of them at one? A tip's amount varies (0,50, 1,00, 2,00 keyed, a share of the bill), a
 * Wilton Tip #12 is 2,20 on every row (t85 F6). *price gets that price. */
static int price_fixed(const rr_rows *r, uint32_t k, code_shapes *sh, double *price)
{
	pthread_mutex_lock(&sh->mu);
	if (!sh->moded)
		price_modes(sh, r);
	sh->moded = 1;
	pthread_mutex_unlock(&sh->mu);
	if (!sh->mode)
		return 0;
	*price = sh->mode[k];
	return sh->priced[k] >= 20 && 10 * (uint64_t)sh->at_mode[k] >= 9 * (uint64_t)sh->priced[k];
}

/* Does description s[0..n) say more than a tip's word pat and its amount: a word or a number
 * of another (Felt Tip, Tip #12, Trinkgeld Glas; not Tip, Trinkgeld 1,00 \xE2\x82\xAC at 1.00,
 * Tip (15%))? */
static int tip_qualified(const char *s, size_t n, const char *pat, double price)
{
	for (size_t k = 0; k < n;) {
		k += rr_span(s + k, n - k, " ()#:-");
		size_t e = k + rr_cspan(s + k, n - k, " ()#:");
		if (e == k)
			break;
		size_t a = past_currency(s, k, e), d = a + rr_span(s + a, e - a, "0123456789.,");
		int number = d > a && s[a] >= '0' && s[a] <= '9';
		if (number) {   /* 2,00 or 2.00, a sign after it: the price's, or a share */
			char buf[32];
			size_t m = d - a < sizeof buf - 1 ? d - a : sizeof buf - 1;
			for (size_t j = 0; j < m; j++)
				buf[j] = s[a + j] == ',' ? '.' : s[a + j];
			buf[m] = '\0';
			double v = strtod(buf, NULL);
			size_t t = d < e && s[d] == '%' ? d + 1 : past_currency(s, d, e);
			if (t != e || (s[d] != '%' && (v - price > 0.005 || price - v > 0.005)))
				return 1;   /* 12 of Tip #12 at 2.20, 1M */
		} else if (a != e && !textfold_same(s + k, e - k, pat, strlen(pat))) {
			return 1;   /* a word but the tip's, or a currency's mark alone */
		}
		k = e;
	}
	return 0;
}

/* Is code k, described s[0..n) by a tip's word pat (tip_listed) and more (tip_qualified),
 * goods: under a code like the shop's others, at one catalogue price on many rows
 * (price_fixed), as no tip is (t85 F6: Felt Tip, Wilton Tip, Tip #12, Trinkgeld Glas dropped
 * as tip buttons)? */
static int tip_goods(const rr_rows *r, uint32_t k, const char *s, size_t n, const char *pat,
		     code_shapes *sh)
{
	double price = 0;
	return tip_listed(pat) && code_like_others(r, k, sh) && price_fixed(r, k, sh, &price) &&
	       tip_qualified(s, n, pat, price);
}

/* The words after a till-money name that make a paper good of it, the stationery such lines
 * are written on (Paid Out Book, Receipt Pad, Bill Payment Envelopes, Einzahlungsbeleg
 * Block); also a compound's last part (Quittungsblock). */
static const char *const paper_goods[] = {
	"book", "books", "pad", "pads", "block", "blocks", "bloc", "blocs", "envelope",
	"envelopes", "sheet", "sheets", "slip", "slips", "form", "forms", "ledger", "ledgers",
	"beleg", "belege", "formular", "formulare", "carnet", "carnets", "talonario", NULL};

/* Does s[k..n), the words after a till-money name, name a paper good (paper_goods) or a
 * count of one (100 sheets, x50, 50): an integer, not the line's price (Paid Out 20 at
 * 20.00)? */
static int paper_tail(const char *s, size_t k, size_t n, double price)
{
	while (k < n) {
		k += rr_span(s + k, n - k, " -()/,:");
		size_t e = k + rr_cspan(s + k, n - k, " -()/,:");
		size_t a = k + ((s[k] | 32) == 'x'), d = a + rr_span(s + a, e - a, "0123456789");
		if (d > a && (d == e || (d + 1 == e && (s[d] | 32) == 'x')) &&
		    (d - a > 6 || strtod(s + a, NULL) != price))
			return 1;   /* x50, 50x, 100 */
		for (int i = 0; paper_goods[i]; i++) {
			size_t l = strlen(paper_goods[i]);
			if (e - k >= l && ascii_case_eq(s + e - l, paper_goods[i], l) &&
			    (e - k == l || letter_at(s, e - l - 1, e)))
				return 1;
		}
		k = e;
	}
	return 0;
}

/* Is code k, described s[0..n) by pat, a name of money through the till that goods' names
 * lead with too (marked '$': Paid out*, Bill payment*, Einzahlung*), goods: more words after
 * the name than an amount (tip_qualified), at one catalogue price on many rows (price_fixed),
 * sold by twos and threes (not fee_line) or as a paper good (paper_tail: Paid Out Book 100
 * sheets), and under a code like the shop's others where it has one (coded)? A till's cash
 * back, paid-out or bill payment is keyed at any amount; a hotel's Paid Out - Taxi at 95.00
 * is charged once a folio (t86 F2, t88 F3). */
static int money_goods(const rr_rows *r, uint32_t k, const char *s, size_t n, const char *pat,
		       code_shapes *sh, int coded)
{
	double price = 0;
	size_t pl = pat ? strlen(pat) : 0;
	if (!pl || !marked(pat, pl, '$'))
		return 0;
	size_t at = textfold_prefix(s, n, pat, pl - (pat[pl - 1] == '*'));
	if (!at || (coded && !code_like_others(r, k, sh)) || !price_fixed(r, k, sh, &price))
		return 0;
	size_t w = at + rr_cspan(s + at, n - at, " ");   /* a plural's end is no word of its own */
	if ((w == at + 1 && (s[at] | 32) == 's') ||
	    (w == at + 2 && (s[at] | 32) == 'e' && strchr("sn", s[at + 1] | 32)))
		at = w;
	/* the rest, a compound's last part too (Einzahlung|sbeleg Block) */
	return tip_qualified(s + at, n - at, "", price) &&
	       (paper_tail(s, at, n, price) || !fee_line(r, k, sh));
}

/* Does a till number its buttons as its goods in r: is a code described by a till's word
 * alone (till_word: 90001 Tip among 10001...; Loyverse's, Square's, every POS's own
 * numbering), charged once a receipt as a button is (fee_line: not a brush's Tip sold by
 * threes, t74)? Then the list's other names under codes like the goods' (90008 Delivery,
 * 90012 Shipping) are its buttons too, not a film or a book so named (t83 F1). Looked at once
 * a file, when the first code asks. */
static int till_numbered(const rr_rows *r, code_shapes *sh)
{
	fee_line(r, 0, sh);   /* the rows counted, before the lock fee_line takes too */
	pthread_mutex_lock(&sh->mu);
	for (uint32_t k = 0, nc = strtab_count(r->codes); !sh->till_seen && !sh->till && k < nc; k++) {
		const char *d = rows_code_desc(r, k);
		sh->till |= till_word(d, strlen(d)) &&
			    (!sh->lines || !sh->over1 || 10 * sh->over1[k] <= sh->lines[k]);
	}
	sh->till_seen = 1;
	pthread_mutex_unlock(&sh->mu);
	return sh->till;
}

/* Does only its fee's word make s[0..n) no product's name ("X Fee", "X Levy": fee_named),
 * no list's name nor a carrier's or a delivery's? */
static int fee_word_only(const rr_clean *c, const char *s, size_t n)
{
	return fee_named(s, n) && !clean_is_nonproduct(c, s, n) && !name_leads(c, s, n) &&
	       !carrier_leads(s, n) && !delivery_named(s, n);
}

/* Lines a shop's books write that are no goods: a stock or price adjustment, a test or dummy
 * product, an article marked not to be used (t44 #6: Online Retail II's ADJUST "Adjustment
 * by john on 26/01/2010 16" and TEST001 "This is a test product." were kept as products, the
 * test product a customer's top recommendation). how: BK_CODE, a code that is the word
 * alone or with a number (ADJUST2, TEST001, DUMMY-1), and a description that is the word
 * alone; BK_LEAD, also a description the word leads before a remark or a number
 * ("Adjustment by john"; not "Adjustable lamp", "Adjustment wrench", "Height adjustment
 * strap"), BK_EDGE, also one it ends ("Stock adjustment"; not Spanish "Llave de ajuste", a
 * wrench, hence the other languages' words only lead); BK_WORDS, a description holding the words anywhere ("This is a
 * test product."; not "Test tube rack"). */
enum { BK_CODE = 1, BK_LEAD = 2, BK_EDGE = 4, BK_WORDS = 8 };
static const struct {
	const char *w;
	unsigned char how;
} bookkeeping[] = {
	{"adjust", BK_CODE | BK_LEAD | BK_EDGE}, {"adjustment", BK_CODE | BK_LEAD | BK_EDGE},
	{"adjustments", BK_LEAD | BK_EDGE}, {"ajustement", BK_LEAD}, {"ajuste", BK_LEAD},
	{"rettifica", BK_LEAD}, {"korrektur", BK_LEAD}, {"correctie", BK_LEAD},
	{"test", BK_CODE}, {"dummy", BK_CODE}, {"testartikel", BK_CODE}, {"testprodukt", BK_CODE},
	{"testproduct", BK_CODE}, {"test product", BK_WORDS}, {"test item", BK_WORDS},
	{"test article", BK_WORDS}, {"test sku", BK_WORDS}, {"dummy product", BK_WORDS},
	{"dummy item", BK_WORDS}, {"dummy article", BK_WORDS}, {"dummy sku", BK_WORDS},
	{"produit test", BK_WORDS}, {"produit de test", BK_WORDS}, {"article de test", BK_WORDS},
	{"producto de prueba", BK_WORDS}, {"art\xC3\xAD" "culo de prueba", BK_WORDS},
	{"articulo de prueba", BK_WORDS}, {"prodotto di prova", BK_WORDS},
	{"articolo di prova", BK_WORDS}, {"do not use", BK_WORDS}, {"don't use", BK_WORDS},
	{"nicht verwenden", BK_WORDS}, {"ne pas utiliser", BK_WORDS}, {"no usar", BK_WORDS},
	{"niet gebruiken", BK_WORDS}, {NULL, 0},
};

/* Is code s[0..n) a BK_CODE word alone or with a number after it (a '-', '_', '.', '#' or
 * blank between): ADJUST, ADJUST2, TEST001, DUMMY-1? */
static int bookkeeping_code(const char *s, size_t n)
{
	for (int i = 0; bookkeeping[i].w; i++) {
		size_t at = bookkeeping[i].how & BK_CODE ?
			    textfold_prefix(s, n, bookkeeping[i].w, strlen(bookkeeping[i].w)) : 0;
		if (!at)
			continue;
		size_t sep = rr_span(s + at, n - at, "-_.# "), dig = 0;
		while (at + sep + dig < n && s[at + sep + dig] >= '0' && s[at + sep + dig] <= '9')
			dig++;
		if (at == n || (dig && at + sep + dig == n))
			return 1;
	}
	return 0;
}

/* The fold_key of each bookkeeping word, worked out once (a description is held against
 * every word at each of its words' starts). */
#define BK_WORDS_MAX 64
_Static_assert(sizeof bookkeeping / sizeof *bookkeeping <= BK_WORDS_MAX, "bookkeeping_key");
static uint64_t bookkeeping_key[BK_WORDS_MAX];
static pthread_once_t bookkeeping_once = PTHREAD_ONCE_INIT;

static void bookkeeping_keys_init(void)
{
	for (int i = 0; i < BK_WORDS_MAX && bookkeeping[i].w; i++)
		bookkeeping_key[i] = fold_key(bookkeeping[i].w, strlen(bookkeeping[i].w));
}

/* Does description s[0..n) say a line of the books (bookkeeping): a word of the list as the
 * table's how allows, whole words, in any case? */
static int bookkeeping_desc(const char *s, size_t n)
{
	while (n && (s[n - 1] == ' ' || s[n - 1] == '.' || s[n - 1] == '!'))
		n--;   /* "This is a test product." */
	static const char *const remark[] = {"by", "for", "of", "on", "to", "per", "von", "du",
					     "de", "del", "di", NULL};
	pthread_once(&bookkeeping_once, bookkeeping_keys_init);
	for (size_t k = 0; k < n; k++) {
		if (k && letter_at(s, k - 1, n))
			continue;
		uint64_t key = fold_key(s + k, n - k);
		for (int i = 0; bookkeeping[i].w; i++) {
			if (keys_differ(bookkeeping_key[i], key))
				continue;
			size_t at = textfold_prefix(s + k, n - k, bookkeeping[i].w,
						    strlen(bookkeeping[i].w));
			unsigned how = bookkeeping[i].how;
			if (!at || letter_at(s, k + at, n))
				continue;
			size_t e = k + at, w = e + strspn(s + e, " ");
			size_t we = w;
			while (letter_at(s, we, n))
				we++;
			int said = 0;   /* a remark's word, a number or a sign after it */
			for (int r = 0; we > w && remark[r]; r++)
				said |= strlen(remark[r]) == we - w && ascii_case_eq(s + w, remark[r], we - w);
			if ((how & BK_WORDS) || (k == 0 && e == n) || ((how & BK_EDGE) && e == n) ||
			    ((how & BK_LEAD) && k == 0 && (said || we == w)))
				return 1;
		}
	}
	return 0;
}

/* Is code k of r a line of the books (bookkeeping), not goods: an item named by its code
 * that says so (ADJUST, "Test product"), or one whose description says so (a code that says
 * so under a description of goods, TEST001 "Covid rapid test", is a product) when the code
 * says so too, stands for the words (TST-1) or is written unlike the shop's other codes (t41
 * N1's test: a product's own code among like ones, 23595 "adjustment" in Online Retail,
 * stays a product). */
static int bookkeeping_line(const rr_rows *r, uint32_t k, code_shapes *sh)
{
	const char *s = strtab_get(r->codes, k), *desc = rows_code_desc(r, k);
	size_t n = strtab_len(r->codes, k), dn = strlen(desc);
	int named = !dn || strcmp(desc, s) == 0;
	if (named)
		return bookkeeping_code(s, n) || bookkeeping_desc(s, n);
	if (!bookkeeping_desc(desc, dn))
		return 0;
	return bookkeeping_code(s, n) || code_abbreviates(s, n, desc, dn) ||
	       !code_like_others(r, k, sh);
}

/* Was r read from a file of its own names (known names, mapped), not Online Retail's (nor
 * built row by row, schema "")? */
static int other_schema(const rr_rows *r)
{
	return r->schema && (strcmp(r->schema, "known names") == 0 ||
			     strcmp(r->schema, "mapped") == 0);
}

/* Online Retail's own line s[0..n) (online_retail_lines: C2, M, POST), or -1. */
static int online_retail_code(const char *s, size_t n)
{
	for (int i = 0; online_retail_lines[i].code; i++)
		if (strlen(online_retail_lines[i].code) == n &&
		    strncasecmp(online_retail_lines[i].code, s, n) == 0)
			return i;
	return -1;
}

/* Does code s[0..n), alone, say a line of no product: a name of the list (not a code of it:
 * C2, PADS), or the start, 4 letters or more, of Online Retail's own description of it, blanks
 * and case aside, when that is such a name (POST of POSTAGE, AMAZONFEE of AMAZON FEE)? */
static int spells_no_product(const rr_clean *c, const char *s, size_t n, const char *or_desc)
{
	size_t k = 0, dn = strlen(or_desc);
	for (size_t j = 0; j < dn && k < n; j++)
		if (or_desc[j] != ' ' && tolower((unsigned char)or_desc[j]) ==
		    tolower((unsigned char)s[k]))
			k++;
		else if (or_desc[j] != ' ')
			break;
	if (n >= 4 && k == n && clean_is_nonproduct_name(c, or_desc, dn))
		return 1;
	return desc_nonproduct(c, s, n) || fee_named(s, n) || delivery_named(s, n) ||
	       carrier_leads(s, n);
}

/* Is code s[0..n), one of Online Retail's own, the shop's product: described otherwise than
 * Online Retail describes it, by a name of no fee, postage or adjustment (Cheese 2 under C2,
 * never CARRIAGE), in any file, Online Retail's own header too (t81 F1: BREAD under B and
 * DATES under D were dropped from a file of that header, 35% of its rows, unsaid)? In
 * another shop's file, without a description of its own it is judged by itself as a name:
 * the shop wrote nothing of carriage or samples (t73 F14: a camera shop's C2 at 249.00, its
 * PADS and DOT, items B, D, M and S, dropped for want of a description column), but BANK
 * CHARGES says what it is. Rows of no schema, built by a program rather than read from a
 * file, keep the codes as Online Retail's whatever their text. */
static int others_goods(const rr_clean *c, const rr_rows *r, const char *s, size_t n,
			const char *desc)
{
	size_t dn = strlen(desc);
	int i = online_retail_code(s, n);
	if (i >= 0 && (!dn || strcmp(desc, s) == 0))
		return other_schema(r) && !spells_no_product(c, s, n, online_retail_lines[i].desc);
	return i >= 0 && r->schema && *r->schema && strcasecmp(desc, online_retail_lines[i].desc) != 0 &&
	       !clean_is_nonproduct_name(c, desc, dn) && !desc_nonproduct(c, desc, dn);
}

int clean_online_retail_code(const rr_rows *r, const char *s, size_t n)
{
	return other_schema(r) && online_retail_code(s, n) >= 0;
}

/* Is code k of r no product by its name (RR_NP_NAME, RR_NP_CODE), or 0 (code_kind's first
 * test). A code that is a name, the item having no code of its own (its description is
 * itself, or it has none), is also judged by its leading words, and another code by its
 * description when that is on the list. */
static unsigned char name_kind(const rr_clean *c, const rr_rows *r, uint32_t k,
			       code_shapes *sh)
{
	const char *s = strtab_get(r->codes, k), *desc = rows_code_desc(r, k);
	size_t n = strtab_len(r->codes, k);
	int named = strcmp(desc, s) == 0;   /* the item is named by its description */
	int theirs = others_goods(c, r, s, n, desc);
	if ((named || !desc[0]) && money_goods(r, k, s, n, desc_nonproduct(c, s, n), sh, 0))
		return 0;   /* Paid Out Book 100 sheets, named by itself */
	/* an item of no description is named by its code as much as one described by it is:
	 * the load's note says it (t89 F8: a Polish till's Napiwek, Zaokr\xC4\x85glenie, whose
	 * Nazwa column is no known name, dropped unsaid) */
	if (clean_is_nonproduct(c, s, n) && !theirs)
		return named || !desc[0] ? RR_NP_NAME : RR_NP_CODE;
	if ((named || !desc[0]) && !theirs && clean_is_nonproduct_name(c, s, n) &&
	    (!fee_word_only(c, s, n) || fee_line(r, k, sh)))
		return RR_NP_NAME;
	/* a code of the shop's own whose description is a name of the list, as written (Sellsy's
	 * PORT, Frais de port: t39 #16, kept once its Référence named the items) */
	const char *pat = !named && desc[0] ? desc_nonproduct(c, desc, strlen(desc)) : NULL;
	int priced = 0;
	if (!pat && !named && desc[0] && donation_named(desc, strlen(desc)))
		pat = desc;   /* before its till's word after a word (Poppy Appeal Donation) */
	if (!pat && !named && desc[0])
		pat = desc_leading(c, desc, strlen(desc), &priced);
	if (pat && !named && (tip_goods(r, k, desc, strlen(desc), pat, sh) ||
			      money_goods(r, k, desc, strlen(desc), pat, sh, 1)))
		pat = NULL, priced = 0;   /* Tip #12 at 2.20 on every row, Paid Out Book */
	if (!pat && !named && desc[0] &&
	    (carrier_leads(desc, strlen(desc)) || fee_named(desc, strlen(desc)) ||
	     delivery_named(desc, strlen(desc)) || topup_named(desc, strlen(desc))))
		pat = desc;   /* a carrier's line, an "X Fee" (t59 F3, F4), a shipping method (t64
		               * F2), a top-up (t89 F1): as a single word is */
	if (!pat && !named && desc[0] && noun_named(desc) && till_numbered(r, sh))
		return RR_NP_NAME;   /* Porto among a till's buttons (t83 F1), not Porto Tawny */
	/* an "X Fee" of goods' rows (fee_line) is proved no product by its code alone */
	int goods = pat == desc && fee_word_only(c, desc, strlen(desc)) && !fee_line(r, k, sh);
	if (pat && (priced == 1 || (!goods && priced != 2 && name_unmistakable(pat)) ||
		    (priced != 2 && till_listed(pat) && fee_line(r, k, sh)) ||
		    code_abbreviates(s, n, desc, strlen(desc)) || !code_like_others(r, k, sh) ||
		    (!goods && till_numbered(r, sh))))
		return RR_NP_NAME;   /* the code stands for the fee, not a product so named (t41 N1) */
	return 0;
}

/* Why code k of r is no product (RR_NP_*), or 0: by its name (name_kind), but a bag's by
 * its price (levy_leads, levy_line); a line-type column's word (rows' np_kinds) judges any
 * code. */
static unsigned char code_kind(const rr_clean *c, const rr_rows *r, uint32_t k,
				code_shapes *sh)
{
	const char *s = strtab_get(r->codes, k), *desc = rows_code_desc(r, k);
	size_t n = strtab_len(r->codes, k);
	int named = strcmp(desc, s) == 0;
	int bag = (named || !desc[0]) ? levy_leads(s, n) : levy_leads(desc, strlen(desc));
	unsigned char kind = bag ? (levy_line(r, k, sh) ? RR_NP_NAME : 0) : name_kind(c, r, k, sh);
	if (kind)
		return kind;
	if (r->np_kinds && strtab_find(r->np_kinds, s, n) != RR_NONE)
		return RR_NP_KIND;
	if (bookkeeping_line(r, k, sh))
		return RR_NP_NAME;   /* t44 #6 */
	/* a discount's or a coupon's line, by its name or its description's (the item then
	 * named by it) */
	if ((named || !desc[0]) ? credit_named(c, s, n) : credit_named(c, desc, strlen(desc)))
		return RR_NP_CREDIT;
	return 0;
}

/* casefold's customers: x->cust_canon, each customer id's group's first (fold_codes: Cust001
 * and CUST001, a hex hash written in both cases, are one customer). 0 or -1. */
static int fold_customers(rr_clean_ctx *x)
{
	uint32_t n = strtab_count(x->rows->customers);
	x->cust_canon = malloc((n ? n : 1) * sizeof *x->cust_canon);
	int rc = x->cust_canon ? fold_codes(x->rows->customers, x->cust_canon)
			       : err_set("out of memory");
	if (rc != 0)
		clean_ctx_free(x);
	return rc;
}

/* code_kind of codes [from, to) into out (kinds_of's work). */
typedef struct kind_span {
	const rr_clean *c;
	const rr_rows *r;
	unsigned char *out;
	uint32_t from, to;
	code_shapes *sh;
} kind_span;

static void *kinds_of(void *arg)
{
	kind_span *s = arg;
	for (uint32_t i = s->from; i < s->to; i++)
		s->out[i] = code_kind(s->c, s->r, i, s->sh);
	return NULL;
}

/* Every code's kind into out[0..nc): each its own (code_kind reads the rules and rows only),
 * so a file of many codes has the second half's found on a second thread: the codes' names
 * held against every pattern were half of a load's cleaning context. */
static void code_kinds(const rr_clean *c, const rr_rows *r, unsigned char *out, uint32_t nc)
{
	code_shapes sh = {.built = 0, .same = NULL, .counted = 0, .lines = NULL, .over1 = NULL,
			  .top = NULL};
	pthread_mutex_init(&sh.mu, NULL);
	kind_span a = {c, r, out, 0, nc / 2, &sh}, b = {c, r, out, nc / 2, nc, &sh};
	pthread_t th;
	int two = nc >= 1024 && rr_thread_start(&th, kinds_of, &b) == 0;
	if (!two)
		a.to = nc;
	kinds_of(&a);
	if (two)
		pthread_join(th, NULL);
	pthread_mutex_destroy(&sh.mu);
	free(sh.same);
	free(sh.lines);
	free(sh.over1);
	free(sh.top);
	free(sh.mode);
	free(sh.priced);
	free(sh.at_mode);
}

/* The customer of r that list id s names ignoring case (casefold), from v (the customers
 * sorted by cmp_code_fold, n of them): the exact id when there is one, else any of its case
 * group's, or RR_NONE. */
static uint32_t fold_find(const rr_rows *r, const code_ref *v, uint32_t n, const char *s)
{
	uint32_t id = rows_find_customer(r, s), lo = 0, hi = n;
	if (id != RR_NONE)
		return id;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		if (fold_cmp(v[mid].s, s) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && fold_cmp(v[lo].s, s) == 0 ? v[lo].id : RR_NONE;
}

/* flag[0..n) (cust_ok or cust_drop) for the ids of list[0..k) ignoring case, and so for every
 * spelling of their case groups (cust_canon), as casefold compares customer ids (t84 F7b: a
 * list's cust001 kept no row of the data's Cust001). */
static void fold_flags(const rr_clean_ctx *x, const code_ref *v, uint32_t n, char *const *list,
		       int k, unsigned char *flag, unsigned char *group)
{
	memset(group, 0, n ? n : 1);
	for (int i = 0; i < k; i++) {
		uint32_t id = fold_find(x->rows, v, n, list[i]);
		if (id != RR_NONE)
			group[x->cust_canon[id]] = 1;
	}
	for (uint32_t i = 0; i < n; i++)
		flag[i] |= group[x->cust_canon[i]];
}

/* With casefold, the customer filters' flags over whole case groups. 0 or -1. */
static int fold_filter_lists(rr_clean_ctx *x, const rr_filter *f)
{
	if (!x->cust_canon || (!x->cust_ok && !x->cust_drop))
		return 0;
	uint32_t n = strtab_count(x->rows->customers);
	code_ref *v = malloc((n ? n : 1) * sizeof *v);
	unsigned char *group = malloc(n ? n : 1);
	if (!v || !group) {
		free(v);
		free(group);
		clean_ctx_free(x);
		return err_set("out of memory");
	}
	for (uint32_t k = 0; k < n; k++)
		v[k] = (code_ref){strtab_get(x->rows->customers, k), k};
	qsort(v, n, sizeof *v, cmp_code_fold);
	if (x->cust_ok)
		fold_flags(x, v, n, f->customers, f->n_customers, x->cust_ok, group);
	if (x->cust_drop)
		fold_flags(x, v, n, f->drop, f->n_drop, x->cust_drop, group);
	free(v);
	free(group);
	return 0;
}

int clean_ctx_init(rr_clean_ctx *x, const rr_clean *c, const rr_rows *r)
{
	uint32_t nc = strtab_count(r->codes), ni = strtab_count(r->invoices);
	memset(x, 0, sizeof *x);
	x->rules = c;
	x->rows = r;
	x->code_np = calloc(nc ? nc : 1, 1);
	x->inv_c = calloc(ni ? ni : 1, 1);
	x->canon = malloc((nc ? nc : 1) * sizeof *x->canon);
	x->dates = (rr_date_scan){.lo = INT32_MIN, .hi = INT32_MAX};
	if (!x->code_np || !x->inv_c || !x->canon || ctx_filters(x, &c->filter, r) != 0 ||
	    (c->on[RR_RULE_DATE] && clean_date_scan(r, &x->dates) != 0)) {
		clean_ctx_free(x);
		return err_set("out of memory");
	}
	code_kinds(c, r, x->code_np, nc);
	mark_cancellations(r, x->inv_c);
	mark_credit_notes(x);
	size_t void_pairs;   /* the stats count the rows, dataset's voided */
	if (c->on[RR_RULE_CANCELLED] && voids_mark(r, x->inv_c, &x->voided, &void_pairs) != 0) {
		clean_ctx_free(x);
		return -1;
	}
	for (uint32_t i = 0; i < nc; i++)
		x->canon[i] = i;
	if (c->casefold && (fold_codes(r->codes, x->canon) != 0 || fold_by_kept_rows(x) != 0)) {
		clean_ctx_free(x);
		return -1;
	}
	if (!c->casefold)
		return 0;
	return fold_customers(x) != 0 ? -1 : fold_filter_lists(x, &c->filter);
}

void clean_ctx_free(rr_clean_ctx *x)
{
	free(x->code_np);
	free(x->inv_c);
	free(x->canon);
	free(x->cust_canon);
	x->cust_canon = NULL;
	free(x->country_ok);
	free(x->cust_ok);
	free(x->cust_drop);
	free(x->voided);
	x->voided = NULL;
	x->code_np = x->inv_c = x->country_ok = x->cust_ok = x->cust_drop = NULL;
	x->canon = NULL;
}

static int in_filters(const rr_clean_ctx *x, size_t i)
{
	const rr_rows *r = x->rows;
	const rr_filter *f = &x->rules->filter;
	/* INT32_MAX is no until at all: a row there (none is read: RR_LAST_DAY) stays in */
	if (r->minute[i] < f->since || (f->until != INT32_MAX && r->minute[i] >= f->until))
		return 0;
	if (x->country_ok && !x->country_ok[r->country[i]])
		return 0;
	if (x->cust_ok && (r->cust[i] == RR_NONE || !x->cust_ok[r->cust[i]]))
		return 0;
	if (x->cust_drop && r->cust[i] != RR_NONE && x->cust_drop[r->cust[i]])
		return 0;
	return 1;
}

enum rr_rule clean_reason(const rr_clean_ctx *x, size_t i, int skip_customer)
{
	const rr_rows *r = x->rows;
	const int *on = x->rules->on;
	if (x->filtering && !in_filters(x, i))
		return RR_RULE_FILTERED;
	if (on[RR_RULE_CUSTOMER] && !skip_customer && r->cust[i] == RR_NONE)
		return RR_RULE_CUSTOMER;
	/* a discount's line (RR_NP_CREDIT): no product at an amount of 0 or below, before the
	 * rules of such lines, as the other lines of no goods are; a product so named above 0 */
	int np = on[RR_RULE_NONPRODUCT] ? x->code_np[r->item[i]] : 0;
	if (np == RR_NP_CREDIT && (!(r->qty[i] > 0) || (!r->no_price && !(r->price[i] > 0))))
		return RR_RULE_NONPRODUCT;
	if (on[RR_RULE_CANCELLED] && (r->qty[i] <= 0 || x->inv_c[r->invoice[i]] == 1 ||
				      x->inv_c[r->invoice[i]] == RR_C_CREDIT || clean_is_voided(x, i)))
		return RR_RULE_CANCELLED;
	if (on[RR_RULE_PRICE] && !r->no_price && !(r->price[i] > 0)) /* no prices: nothing to judge */
		return RR_RULE_PRICE;
	if (np && np != RR_NP_CREDIT)
		return RR_RULE_NONPRODUCT;
	if (r->minute[i] < x->dates.lo || r->minute[i] > x->dates.hi)   /* bounds only when on */
		return RR_RULE_DATE;
	return RR_RULE_KEPT;
}

int clean_is_return(const rr_clean_ctx *x, size_t i)
{
	const rr_rows *r = x->rows;
	const int *on = x->rules->on;
	/* its date plays no part: a return dated 1900-01-01 still nets against the purchase;
	 * with no price column the price rule does not apply, so a 0 price is no reason */
	return r->cust[i] != RR_NONE && !clean_is_voided(x, i) && !(on[RR_RULE_PRICE] && !r->no_price && !(r->price[i] > 0)) &&
	       !(on[RR_RULE_NONPRODUCT] && x->code_np[r->item[i]]);
}
