/* idtwins.c — ids of one column that are another id of it written otherwise (idtwins.h). */
#include "idtwins.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvsniff.h"
#include "err.h"

static int digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Keys of a table's ids, each id's key's id in key[], and per key the first id that has it,
 * how many ids have it and a flag: the groups the three checks count. */
typedef struct twin_keys {
	rr_strtab *keys;
	uint32_t *key;     /* [ids] the key's id, or RR_NONE for an id with none */
	uint32_t *first;   /* [ids] per key id: its first id */
	uint32_t *count;   /* [ids] per key id: its ids */
	unsigned char *flag;   /* [ids] per key id: any of its ids flagged by the caller */
} twin_keys;

static void keys_free(twin_keys *k)
{
	strtab_free(k->keys);
	free(k->key);
	free(k->first);
	free(k->count);
	free(k->flag);
}

static int keys_init(twin_keys *k, uint32_t n)
{
	size_t m = n ? n : 1;
	k->keys = strtab_new();
	k->key = malloc(m * sizeof *k->key);
	k->first = malloc(m * sizeof *k->first);
	k->count = calloc(m, sizeof *k->count);
	k->flag = calloc(m, 1);
	if (!k->keys || !k->key || !k->first || !k->count || !k->flag) {
		keys_free(k);
		return err_set("out of memory");
	}
	return 0;
}

/* Id id's key s[0..n) (n 0: none), flagged or not. 0 or -1. */
static int keys_add(twin_keys *k, uint32_t id, const char *s, size_t n, int flag)
{
	k->key[id] = RR_NONE;
	if (!n)
		return 0;
	uint32_t before = strtab_count(k->keys), g = strtab_intern(k->keys, s, n);
	if (g == RR_NONE)
		return err_set("out of memory");
	if (g == before)
		k->first[g] = id;
	k->key[id] = g;
	k->count[g]++;
	k->flag[g] |= (unsigned char)(flag != 0);
	return 0;
}

/* The pair line's two ids, a the id, b the first of its key. */
static void pair_shown(const rr_strtab *t, uint32_t a, uint32_t b, char *sa, char *sb,
		       size_t size)
{
	sniff_printable(sa, size, strtab_get(t, a), strtab_len(t, a), 40);
	sniff_printable(sb, size, strtab_get(t, b), strtab_len(t, b), 40);
}

/* Of n ids keyed in k, those whose key another id has too (flagged: only keys the caller
 * flagged): their count into *ids, their keys' into *groups; the first of them that is not
 * its key's first id (the pair's id: its key's first is the other), or RR_NONE. */
static uint32_t keys_twins(const twin_keys *k, uint32_t n, int flagged, uint32_t *ids,
			   uint32_t *groups)
{
	uint32_t ex = RR_NONE;
	*ids = *groups = 0;
	for (uint32_t id = 0; id < n; id++) {
		uint32_t g = k->key[id];
		if (g == RR_NONE || k->count[g] < 2 || (flagged && !k->flag[g]))
			continue;
		(*ids)++;
		*groups += k->first[g] == id;
		ex = ex == RR_NONE && k->first[g] != id ? id : ex;
	}
	return ex;
}

/* Flag the keys of k whose ids are of both forms (form[id] 0 and 1 among them), for
 * keys_twins: another spelling beside the plain one, not two of one kind. */
static void keys_mixed(twin_keys *k, uint32_t n, const unsigned char *form)
{
	for (uint32_t id = 0; id < n; id++)
		if (k->key[id] != RR_NONE)
			k->flag[k->key[id]] = 0;
	for (uint32_t id = 0; id < n; id++)
		if (k->key[id] != RR_NONE)
			k->flag[k->key[id]] |= form[id] ? 2 : 1;
	for (uint32_t id = 0; id < n; id++)
		if (k->key[id] != RR_NONE && k->first[k->key[id]] == id)
			k->flag[k->key[id]] = k->flag[k->key[id]] == 3;
}

int idtwins_case(const rr_strtab *t, const char *what, char *out, size_t size)
{
	uint32_t n = strtab_count(t), ids = 0, groups = 0, ex = RR_NONE;
	twin_keys k;
	char *up = NULL;
	size_t cap = 0;
	if (keys_init(&k, n) != 0)
		return -1;
	for (uint32_t id = 0; id < n; id++) {
		const char *s = strtab_get(t, id);
		size_t len = strtab_len(t, id), letters = 0;
		if (len + 1 > cap) {
			char *b = realloc(up, cap = 2 * len + 64);
			if (!b) {
				free(up);
				keys_free(&k);
				return err_set("out of memory");
			}
			up = b;
		}
		for (size_t c = 0; c < len; c++) {
			char ch = s[c];
			letters += (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
			up[c] = (char)(ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
		}
		if (keys_add(&k, id, up, letters ? len : 0, 0) != 0) {
			free(up);
			keys_free(&k);
			return -1;
		}
	}
	free(up);
	ex = keys_twins(&k, n, 0, &ids, &groups);
	if (ex != RR_NONE) {
		char a[48], b[48];
		pair_shown(t, ex, k.first[k.key[ex]], a, b, sizeof a);
		snprintf(out, size, "warning: %u %s ids in %u group%s differ only in letter case "
			 "('%s' beside '%s', as two systems or a hash upper-cased on some rows write "
			 "one id): one %s may be two here; 'clean casefold on' reads each group as "
			 "one %s (and stock codes so too)", ids, what, groups, groups == 1 ? "" : "s",
			 a, b, what, what);
	}
	keys_free(&k);
	return ex != RR_NONE;
}

/* The digits of s[0..n) when it is all digits or groups of them each after a blank or a
 * hyphen (6358 0880 3031 3094, 6358-0880-3031-3094), IDTWINS_GROUPED_DIGITS of them at least,
 * into out[0..size), their count, and *grouped whether it had marks; 0 when it is none. */
static size_t grouped_key(const char *s, size_t n, char *out, size_t size, int *grouped)
{
	size_t d = 0;
	*grouped = 0;
	for (size_t k = 0; k < n; k++) {
		if (digit(s[k])) {
			if (d + 1 >= size)
				return 0;
			out[d++] = s[k];
		} else if ((s[k] == ' ' || s[k] == '-') && k && k + 1 < n && digit(s[k - 1]) &&
			   digit(s[k + 1])) {
			*grouped = 1;
		} else {
			return 0;
		}
	}
	out[d] = '\0';
	return d >= IDTWINS_GROUPED_DIGITS ? d : 0;
}

int idtwins_grouped(const rr_strtab *t, const char *what, char *out, size_t size)
{
	uint32_t n = strtab_count(t), ids = 0, groups = 0, ex = RR_NONE;
	twin_keys k;
	if (keys_init(&k, n) != 0)
		return -1;
	for (uint32_t id = 0; id < n; id++) {
		char key[64];
		int grouped;
		size_t d = grouped_key(strtab_get(t, id), strtab_len(t, id), key, sizeof key,
				       &grouped);
		if (keys_add(&k, id, key, d, grouped) != 0) {
			keys_free(&k);
			return -1;
		}
	}
	/* two spellings of one number: a group of one holds no other */
	ex = keys_twins(&k, n, 1, &ids, &groups);
	if (ex != RR_NONE) {
		char a[48], b[48];
		pair_shown(t, ex, k.first[k.key[ex]], a, b, sizeof a);
		snprintf(out, size, "warning: %u %s ids in %u group%s differ only by blanks or "
			 "hyphens between groups of digits ('%s' beside '%s', as a card prints its "
			 "number and a till or a CRM writes it): one %s may be two here", ids, what,
			 groups, groups == 1 ? "" : "s", a, b, what);
	}
	keys_free(&k);
	return ex != RR_NONE;
}

/* Is s[0..n) all digits, 16 or more, the first not 0? Its zeros past the 15th digit when
 * every digit there is 0, else 0 (*is_long: whether it is such a number at all). */
static size_t long_cut(const char *s, size_t n, int *is_long)
{
	*is_long = 0;
	if (n < 16 || s[0] == '0')
		return 0;
	size_t z = 1;
	for (size_t k = 0; k < n; k++) {
		if (!digit(s[k]))
			return 0;
		z &= k < 15 || s[k] == '0';
	}
	*is_long = 1;
	return z ? n - 15 : 0;
}

int idtwins_cut(const rr_strtab *t, const char *what, char *out, size_t size)
{
	uint32_t n = strtab_count(t), longs = 0, cut = 0, shared = 0, ex = RR_NONE;
	double chance = 0;   /* the cut ids a column of such numbers has by chance */
	twin_keys k;
	if (keys_init(&k, n) != 0)
		return -1;
	for (uint32_t id = 0; id < n; id++) {
		const char *s = strtab_get(t, id);
		size_t len = strtab_len(t, id);
		int is_long;
		size_t z = long_cut(s, len, &is_long);
		if (is_long) {
			longs++;
			cut += z > 0;
			chance += len == 16 ? 0.1 : 0.01;   /* one in ten ends in 0; past 17, fewer */
		}
		if (keys_add(&k, id, s, is_long ? 15 : 0, z > 0) != 0) {
			keys_free(&k);
			return -1;
		}
	}
	for (uint32_t id = 0; id < n; id++) {
		uint32_t g = k.key[id];
		int is_long;
		if (g == RR_NONE || k.count[g] < 2 ||
		    !long_cut(strtab_get(t, id), strtab_len(t, id), &is_long))
			continue;
		shared++;
		if (ex == RR_NONE)
			ex = id;
	}
	/* part of the column only (the whole one is ingest's warning), and more than chance: one
	 * 16-digit number in ten ends in 0 (a run of card numbers shares its first 15 digits) */
	int said = ex != RR_NONE && cut < longs && shared >= 2 && cut >= 3 &&
		   (double)cut >= 2 * chance + 3;
	if (said) {
		uint32_t other = k.first[k.key[ex]];
		for (uint32_t id = 0; other == ex && id < n; id++)
			if (id != ex && k.key[id] == k.key[ex])
				other = id;
		char a[48], b[48];
		pair_shown(t, ex, other, a, b, sizeof a);
		snprintf(out, size, "warning: %u %s ids of 16 digits or more end in zeros past their "
			 "15th digit and share their first 15 digits with another id ('%s' beside "
			 "'%s'): a spreadsheet that took them for numbers saved part of the rows (it "
			 "keeps 15 significant digits), so one %s may be two here, and %ss whose ids "
			 "differ only past the 15th digit one; save the column as text and export again",
			 shared, what, a, b, what, what);
	}
	keys_free(&k);
	return said;
}

/* The length of the country code that the international number d[0..n) starts with (ITU's
 * zones: 1 and 7 alone, the two-digit codes listed, three digits otherwise). */
static size_t country_code(const char *d, size_t n)
{
	static const char two[] = "20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 "
				  "54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 "
				  "95 98";
	if (n < 3 || d[0] == '1' || d[0] == '7')
		return 1;
	for (const char *c = two; *c; c += c[2] ? 3 : 2)
		if (c[0] == d[0] && c[1] == d[1])
			return 2;
	return 3;
}

size_t idtwins_phone_form(const char *s, size_t n, char *out, size_t size, int *form,
			  char cc[4])
{
	char d[32];
	size_t nd = 0, k = 0;
	int intl = n > 0 && s[0] == '+';
	*form = 0;
	cc[0] = '\0';
	for (k = (size_t)intl; k < n; k++) {
		if (digit(s[k]) && nd < sizeof d)
			d[nd++] = s[k];
		else if (digit(s[k]) || !memchr(" -.()/", s[k], 6))
			return 0;
	}
	if (nd < 7 || nd > 15)
		return 0;
	size_t from = 0;
	if (!intl && d[0] == '0' && d[1] == '0')
		intl = 1, from = 2;
	*form = IDTWINS_PHONE_BARE;
	if (intl) {
		size_t c = country_code(d + from, nd - from);
		memcpy(cc, d + from, c);
		cc[c] = '\0';
		from += c;
		from += from < nd && d[from] == '0';   /* +44 (0)20 ... */
		*form = IDTWINS_PHONE_INTL;
	} else if (d[0] == '0' || (d[0] == '8' && nd == 11)) {
		from = 1;   /* a trunk prefix: 0, or 8 in Russia, Belarus, Kazakhstan */
		*form = IDTWINS_PHONE_TRUNK;
	}
	if (nd - from < 6 || nd - from >= size)
		return *form = 0;
	memcpy(out, d + from, nd - from);
	out[nd - from] = '\0';
	return nd - from;
}

size_t idtwins_phone_key(const char *s, size_t n, char *out, size_t size)
{
	int form;
	char cc[4];
	return idtwins_phone_form(s, n, out, size, &form, cc);
}

/* The national numbering plans a column of phone numbers is read under (ITU-T E.164 national
 * plans as the countries publish them): only those whose national numbers' length tells a
 * country code written without + from a number's own digits. Left out: Italy (its leading 0
 * is the number's), Austria, Finland, Indonesia (4 to 13 digits), and the plans whose trunk
 * prefix relrec cannot state for sure (Belarus's 8 before a 0, Lithuania's 8 or 0, Mongolia,
 * Mexico's and Argentina's mobile prefixes). The one table: the column's reading and the
 * twins' warning both take it. */
static const idtwins_plan phone_plans[] = {
	{"1", "1", 10, 10, "23456789", "North America (NANP)"},
	{"7", "8", 10, 10, NULL, "Russia and Kazakhstan"},
	{"20", "0", 8, 10, NULL, "Egypt"},
	{"27", "0", 9, 9, NULL, "South Africa"},
	{"30", "", 10, 10, NULL, "Greece"},
	{"31", "0", 9, 9, NULL, "the Netherlands"},
	{"32", "0", 8, 9, NULL, "Belgium"},
	{"33", "0", 9, 9, NULL, "France"},
	{"34", "", 9, 9, NULL, "Spain"},
	{"36", "06", 8, 9, NULL, "Hungary"},
	{"40", "0", 9, 9, NULL, "Romania"},
	{"41", "0", 9, 9, NULL, "Switzerland"},
	{"44", "0", 9, 10, NULL, "the United Kingdom"},
	{"45", "", 8, 8, NULL, "Denmark"},
	{"46", "0", 7, 9, NULL, "Sweden"},
	{"47", "", 8, 8, NULL, "Norway"},
	{"48", "", 9, 9, NULL, "Poland"},
	{"49", "0", 6, 11, NULL, "Germany"},
	{"61", "0", 9, 9, NULL, "Australia"},
	{"65", "", 8, 8, NULL, "Singapore"},
	{"81", "0", 9, 10, NULL, "Japan"},
	{"90", "0", 10, 10, NULL, "Turkey"},
	{"91", "0", 10, 10, NULL, "India"},
	{"351", "", 9, 9, NULL, "Portugal"},
	{"380", "0", 9, 9, NULL, "Ukraine"},
	{"420", "", 9, 9, NULL, "Czechia"},
	{"421", "0", 9, 9, NULL, "Slovakia"},
};

const idtwins_plan *idtwins_plan_of(const char *cc)
{
	for (size_t k = 0; k < sizeof phone_plans / sizeof *phone_plans; k++)
		if (strcmp(phone_plans[k].cc, cc) == 0)
			return &phone_plans[k];
	return NULL;
}

const idtwins_plan *idtwins_plan_at(size_t k)
{
	return k < sizeof phone_plans / sizeof *phone_plans ? &phone_plans[k] : NULL;
}

/* Are the n digits of national number d p's: its length, its first digit? */
static int plan_fits(const idtwins_plan *p, const char *d, size_t n)
{
	return n >= p->min && n <= p->max && (!p->lead || strchr(p->lead, d[0]));
}

/* The digits a bare key key[0..n) starts with that are p's code before one of p's numbers,
 * or 0; strict: only a key longer than p's numbers, which cannot be one of its own. */
static size_t plan_code_cut(const idtwins_plan *p, const char *key, size_t n, int strict)
{
	size_t c = strlen(p->cc);
	return (!strict || n > p->max) && n > c && memcmp(key, p->cc, c) == 0 &&
	       plan_fits(p, key + c, n - c) ? c : 0;
}

size_t idtwins_plan_key(const idtwins_plan *p, const char *key, size_t n, int forms, char *out,
			size_t size)
{
	size_t t = strlen(p->trunk), from = 0;
	for (size_t k = 0; k < n; k++)
		if (!digit(key[k]))
			return 0;
	/* bare digits past the longest national number, starting with the code: the code's;
	 * a key no longer than the plan's numbers may be one (a 10-digit German 49...) */
	if (forms == IDTWINS_PHONE_BARE)
		from = plan_code_cut(p, key, n, 1);
	/* a trunk prefix longer than the 0 the key dropped (Hungary's 06): the rest of it */
	else if (forms == IDTWINS_PHONE_TRUNK && t > 1 && p->trunk[0] == '0' && n > t - 1 &&
		 memcmp(key, p->trunk + 1, t - 1) == 0 && plan_fits(p, key + t - 1, n - t + 1))
		from = t - 1;
	if (!from || n - from >= size)
		return 0;
	memcpy(out, key + from, n - from);
	out[n - from] = '\0';
	return n - from;
}

const idtwins_plan *idtwins_plan_shown(const char *const cc[], const size_t nums[], size_t codes,
				       size_t intl)
{
	size_t best = 0;
	for (size_t k = 1; k < codes; k++)
		best = nums[k] > nums[best] ? k : best;
	/* three numbers at least, and three in four of them: a shop's visitors (a tourist's, a
	 * supplier's +number) leave it its country; half and half is no country's */
	if (!codes || nums[best] < 3 || 4 * nums[best] < 3 * intl)
		return NULL;
	return idtwins_plan_of(cc[best]);
}

/* The country prefixes of the EU's VAT numbers, the United Kingdom's GB and Northern
 * Ireland's XI, as VIES and invoices write them before the number, and GR: Greece's VAT
 * prefix is EL, but its ISO code GR is what many people and ERPs write (t82 F3). */
static const char vat_prefixes[] = "AT BE BG CY CZ DE DK EE EL ES FI FR HR HU IE IT LT LU LV "
				   "MT NL PL PT RO SE SI SK GB XI GR";
/* Prefixes that are another's spelling of one registration, each beside the one it is read
 * as: Greece's ISO GR its VAT EL; Northern Ireland's XI a GB number under its own prefix. */
static const char vat_alias[][2][3] = {{"GR", "EL"}, {"XI", "GB"}};

void idtwins_vat_prefix(char pre[2])
{
	for (size_t k = 0; k < sizeof vat_alias / sizeof vat_alias[0]; k++)
		if (pre[0] == vat_alias[k][0][0] && pre[1] == vat_alias[k][0][1]) {
			pre[0] = vat_alias[k][1][0];
			pre[1] = vat_alias[k][1][1];
		}
}

/* Does s[0..n) begin with a country prefix of vat_prefixes, in either case? */
static int vat_prefixed(const char *s, size_t n)
{
	if (n < 2)
		return 0;
	char a = (char)(s[0] & ~0x20), b = (char)(s[1] & ~0x20);
	for (const char *p = vat_prefixes; *p; p += p[2] ? 3 : 2)
		if (p[0] == a && p[1] == b)
			return 1;
	return 0;
}

size_t idtwins_vat_key(const char *s, size_t n, char *out, size_t size)
{
	char d[40] = "";   /* zeroed: vat_prefixed reads it only below m, which -O1 cannot see */
	size_t m = 0, digits = 0, from = 0;
	for (size_t k = 0; k < n; k++) {
		char c = s[k] >= 'a' && s[k] <= 'z' ? (char)(s[k] - 32) : s[k];
		if (c == ' ' || c == '-' || c == '.' || c == '/')
			continue;
		if (m == sizeof d || !(digit(c) || (c >= 'A' && c <= 'Z')))
			return 0;
		d[m++] = c;
	}
	from = vat_prefixed(d, m) ? 2 : 0;
	for (size_t k = from; k < m; k++)
		digits += digit(d[k]);
	if (m - from < 8 || m - from > 14 || digits < 7 || m - from >= size)
		return 0;
	memcpy(out, d + from, m - from);
	out[m - from] = '\0';
	return m - from;
}

int idtwins_phones(const rr_strtab *t, const char *what, char *out, size_t size)
{
	uint32_t n = strtab_count(t), ids = 0, ex = RR_NONE;
	twin_keys k;
	if (keys_init(&k, n) != 0)
		return -1;
	for (uint32_t id = 0; id < n; id++) {
		const char *s = strtab_get(t, id);
		size_t len = strtab_len(t, id);
		char key[32];
		size_t kl = idtwins_phone_key(s, len, key, sizeof key);
		/* written as a phone: a mark or a +; all-digit ids that differ in a leading 0 only
		 * are the leading-zero warning's. A tax id with an EU VAT country prefix
		 * (PL5072822514) is its number's other spelling too (t74 F27) */
		int marked = kl && (s[0] == '+' || strspn(s, "0123456789") < len);
		if (!kl && vat_prefixed(s, len) && (kl = idtwins_vat_key(s, len, key, sizeof key)))
			marked = 1;
		if (keys_add(&k, id, key, kl, marked) != 0) {
			keys_free(&k);
			return -1;
		}
	}
	uint32_t groups;
	ex = keys_twins(&k, n, 1, &ids, &groups);
	if (ex != RR_NONE) {
		char a[48], b[48];
		pair_shown(t, ex, k.first[k.key[ex]], a, b, sizeof a);
		snprintf(out, size, "note: %u %s ids equal another once blanks, dashes, dots and "
			 "brackets are dropped and a leading +country code, trunk 0 or 8, or an EU VAT "
			 "country prefix (PL, DE...) is read alike ('%s' beside '%s'), as one phone "
			 "number or tax id is written several ways: one %s may be several here (relrec "
			 "reads them as written, but in a column named as the buyers' tax ids; a load "
			 "pipe that writes each number one way merges them)", ids, what, a, b, what);
	}
	keys_free(&k);
	return ex != RR_NONE;
}

/* Of the bare phone id `id` (its key key[0..n)), the plan under which it is its code before
 * another id's number (k's keys), the other id into *other; NULL when none. */
static const idtwins_plan *code_twin(const twin_keys *k, uint32_t id, const char *key, size_t n,
				     uint32_t *other)
{
	for (size_t p = 0; p < sizeof phone_plans / sizeof *phone_plans; p++) {
		size_t c = plan_code_cut(&phone_plans[p], key, n, 0);
		uint32_t g = c ? strtab_find(k->keys, key + c, n - c) : RR_NONE;
		if (g != RR_NONE && k->first[g] != id) {
			*other = k->first[g];
			return &phone_plans[p];
		}
	}
	return NULL;
}

int idtwins_phone_codes(const rr_strtab *t, int named, const char *what, char *out, size_t size,
			const idtwins_plan **plan)
{
	uint32_t n = strtab_count(t), ids = 0, ex = RR_NONE, other = RR_NONE, countries = 0;
	const idtwins_plan *seen = NULL;
	twin_keys k;
	if (keys_init(&k, n) != 0)
		return -1;
	for (uint32_t id = 0; id < n; id++) {
		char key[32];
		size_t kl = idtwins_phone_key(strtab_get(t, id), strtab_len(t, id), key, sizeof key);
		if (keys_add(&k, id, key, kl, 0) != 0) {
			keys_free(&k);
			return -1;
		}
	}
	for (uint32_t id = 0; id < n; id++) {
		char key[32], cc[4];
		int form;
		uint32_t o;
		size_t kl = idtwins_phone_form(strtab_get(t, id), strtab_len(t, id), key, sizeof key,
					       &form, cc);
		const idtwins_plan *p = kl && form == IDTWINS_PHONE_BARE ?
			code_twin(&k, id, key, kl, &o) : NULL;
		if (!p)
			continue;
		ids++;
		countries += p != seen;
		if (ex == RR_NONE)
			ex = id, other = o, seen = p;
	}
	keys_free(&k);
	/* a column named as phones: one pair tells; another column's ids, three */
	if (ex == RR_NONE || ids < (named ? 1u : 3u))
		return 0;
	char a[48], b[48];
	pair_shown(t, ex, other, a, b, sizeof a);
	snprintf(out, size, "warning: %u %s id%s %s another's number with a country code written "
		 "before it without + or 00 ('%s' beside '%s': one number if the shop's phones are "
		 "+%s's, %s%s): one %s may be two here (bare digits are read as a country code "
		 "only where the column's numbers written with + or 00 show one country and the "
		 "length leaves no doubt)", ids, what, ids == 1 ? "" : "s", ids == 1 ? "is" : "are",
		 a, b, seen->cc, seen->name, countries > 1 ? "; others under other countries' codes" :
		 "", what);
	*plan = seen;
	return 1;
}

/* The most ids one person's +tags make with the plain address: past it, a shared name's. */
enum { TAGS_PER_PERSON = 6 };

size_t idtwins_tag_key(const char *s, size_t n, char *out, size_t size, int *tagged)
{
	const char *at = memchr(s, '@', n);
	*tagged = 0;
	if (!at || at == s || at + 1 == s + n || memchr(at + 1, '@', (size_t)(s + n - at - 1)) ||
	    n >= size)
		return 0;
	const char *plus = memchr(s, '+', (size_t)(at - s));
	size_t o = 0;
	if (plus == s)   /* "+tag@x" alone: no name to be another's */
		return 0;
	for (const char *c = s; c < s + n; c++) {
		if (c == plus)   /* the tag: from its + to the @ */
			c = at;
		if (*c == ' ' || *c == ',' || *c == ';')
			return 0;
		out[o++] = (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
	}
	*tagged = plus != NULL;
	out[o] = '\0';
	return o;
}

int idtwins_tags(const rr_strtab *t, const char *what, char *out, size_t size)
{
	uint32_t n = strtab_count(t), ids = 0, groups = 0, ex = RR_NONE;
	twin_keys k;
	unsigned char *tagged = calloc(n ? n : 1, 1);
	if (!tagged)
		return err_set("out of memory");
	if (keys_init(&k, n) != 0) {
		free(tagged);
		return -1;
	}
	for (uint32_t id = 0; id < n; id++) {
		char key[256];
		int tag;
		size_t kl = idtwins_tag_key(strtab_get(t, id), strtab_len(t, id), key, sizeof key,
					    &tag);
		tagged[id] = (unsigned char)tag;
		if (keys_add(&k, id, key, kl, 0) != 0) {
			free(tagged);
			keys_free(&k);
			return -1;
		}
	}
	/* a tagged address beside its plain one, in a group of a person's few: a marketplace's
	 * relay writes each buyer as its own tag of one name (Trendyol's pf+c0022@trendyolmail.com),
	 * with no plain one */
	keys_mixed(&k, n, tagged);
	for (uint32_t id = 0; id < n; id++)
		if (k.key[id] != RR_NONE && k.count[k.key[id]] > TAGS_PER_PERSON)
			k.flag[k.key[id]] = 0;
	free(tagged);
	ex = keys_twins(&k, n, 1, &ids, &groups);
	if (ex != RR_NONE) {
		char a[48], b[48];
		pair_shown(t, ex, k.first[k.key[ex]], a, b, sizeof a);
		snprintf(out, size, "warning: %u %s ids in %u group%s are e-mail addresses equal "
			 "once a +tag before the @ is dropped ('%s' beside '%s'): mail providers "
			 "deliver name+tag@ to name@, one mailbox, so one %s may be two here", ids,
			 what, groups, groups == 1 ? "" : "s", a, b, what);
	}
	keys_free(&k);
	return ex != RR_NONE;
}

size_t idtwins_prefix_key(const char *s, size_t n, char *out, size_t size, int *prefixed)
{
	size_t k = 0;
	while (k < n && ((s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= 'a' && s[k] <= 'z')))
		k++;
	*prefixed = k > 0;
	if (k && k < n && memchr("-_ #./:", s[k], 7))
		k++;   /* one separator after the letters */
	size_t d = k;
	while (d < n && digit(s[d]))
		d++;
	if (d == k || d != n)
		return 0;
	while (k + 1 < n && s[k] == '0')
		k++;
	if (n - k >= size)
		return 0;
	memcpy(out, s + k, n - k);
	out[n - k] = '\0';
	return n - k;
}

/* The first and last minute of each of n ids over the rows (cust[r] RR_NONE: none), into
 * lo[] and hi[] (lo > hi: an id of no row). */
static void id_spans(const uint32_t *cust, const int32_t *minute, size_t rows, uint32_t n,
		     int32_t *lo, int32_t *hi)
{
	for (uint32_t id = 0; id < n; id++) {
		lo[id] = INT32_MAX;
		hi[id] = INT32_MIN;
	}
	for (size_t r = 0; r < rows; r++) {
		uint32_t id = cust[r];
		if (id >= n)
			continue;
		lo[id] = minute[r] < lo[id] ? minute[r] : lo[id];
		hi[id] = minute[r] > hi[id] ? minute[r] : hi[id];
	}
}

/* Do the twins' prefixed ids (prefixed[id]) and their bare ones fall on periods apart, one
 * form's last row no later than the other's first? */
static int forms_apart(const twin_keys *k, uint32_t n, const int32_t *lo, const int32_t *hi,
		       const unsigned char *prefixed)
{
	int32_t first[2] = {INT32_MAX, INT32_MAX}, last[2] = {INT32_MIN, INT32_MIN};
	for (uint32_t id = 0; id < n; id++) {
		uint32_t g = k->key[id];
		if (g == RR_NONE || k->count[g] < 2 || !k->flag[g] || lo[id] > hi[id])
			continue;
		int f = prefixed[id];
		first[f] = lo[id] < first[f] ? lo[id] : first[f];
		last[f] = hi[id] > last[f] ? hi[id] : last[f];
	}
	if (first[0] > last[0] || first[1] > last[1])
		return 0;
	return last[1] <= first[0] || last[0] <= first[1];
}

int idtwins_prefix(const rr_strtab *t, const uint32_t *cust, const int32_t *minute,
		   size_t rows, const char *what, char *out, size_t size)
{
	uint32_t n = strtab_count(t), ids = 0, groups = 0, ex = RR_NONE;
	twin_keys k;
	unsigned char *prefixed = calloc(n ? n : 1, 1);
	int32_t *lo = malloc((n ? n : 1) * sizeof *lo), *hi = malloc((n ? n : 1) * sizeof *hi);
	int said = 0;
	if (!prefixed || !lo || !hi || keys_init(&k, n) != 0) {
		free(prefixed);
		free(lo);
		free(hi);
		return err_set("out of memory");
	}
	for (uint32_t id = 0; id < n; id++) {
		char key[64];
		int p;
		size_t kl = idtwins_prefix_key(strtab_get(t, id), strtab_len(t, id), key, sizeof key,
					       &p);
		prefixed[id] = (unsigned char)(kl && p);
		if (keys_add(&k, id, key, kl, 0) != 0) {
			said = -1;
			break;
		}
	}
	/* the groups of both forms: prefixed ids alone (CUS-077, CUST-77) are no old and new
	 * system's, nor bare ones alone (the leading-zero warning's) */
	if (!said) {
		keys_mixed(&k, n, prefixed);
		ex = keys_twins(&k, n, 1, &ids, &groups);
	}
	if (ex != RR_NONE && groups >= 2) {
		id_spans(cust, minute, rows, n, lo, hi);
		said = forms_apart(&k, n, lo, hi, prefixed);
	}
	if (said == 1) {
		char a[48], b[48];
		pair_shown(t, ex, k.first[k.key[ex]], a, b, sizeof a);
		snprintf(out, size, "note: %u %s ids in %u groups equal another once a letter prefix "
			 "and leading zeros are dropped ('%s' beside '%s'), each form on a period of "
			 "its own, as a till or shop system replaced by another writes its numbers: "
			 "one %s may be two here (relrec reads them as written; a load pipe that "
			 "drops the prefix merges them)", ids, what, groups, a, b, what);
	}
	keys_free(&k);
	free(prefixed);
	free(lo);
	free(hi);
	return said;
}
