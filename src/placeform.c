/* placeform.c — forms of a customer id that names nobody (placeform.h). */
#include "placeform.h"

#include <string.h>

/* An e-mail's local part, or its domain's first or last label, that says "no address" in
 * the shops' languages: compared without dots, dashes and underscores and without a +tag
 * (no.email, no-mail, geen_email). */
static const char *const no_mail_words[] = {
	"no", "none", "noemail", "nomail", "noaddress", "noemailaddress", "nomailaddress",
	"nobody", "noone", "null", "nil", "na", "unknown", "notprovided", "notgiven",
	"noreply", "donotreply", "dummy", "fake", "test", "x", "xx", "xxx",
	"walkin", "guest", "anonymous",
	"geen", "geenemail", "geenmail", "keine", "keinemail", "keineemail", "kein", "keinmail", "ohne",
	"aucun", "aucune", "pasdemail", "sansemail", "sinemail", "sincorreo", "ninguno",
	"nessuna", "nessuno", "senzaemail", "semmail", "sememail", "brak", "ingen",
	"ingenmail", "ei", NULL};

static char lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* s[0..n) folded (ASCII lower case, no . - _) into out (size >= 64): its length, or 0 when
 * longer. */
static size_t fold_word(const char *s, size_t n, char *out)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '.' || s[i] == '-' || s[i] == '_')
			continue;
		if (k == 63)
			return 0;
		out[k++] = lower(s[i]);
	}
	out[k] = '\0';
	return k;
}

static int in_words(const char *w, const char *const *words)
{
	for (int k = 0; words[k]; k++)
		if (strcmp(w, words[k]) == 0)
			return 1;
	return 0;
}

/* s[0..n) as an e-mail: its local part without a +tag into *local, *ln, its domain into
 * *dom, *dn. 0 when it is none (one @, letters on both sides, a dot in the domain). */
static int mail_parts(const char *s, size_t n, const char **local, size_t *ln,
		      const char **dom, size_t *dn)
{
	const char *at = memchr(s, '@', n);
	if (!at || at == s || memchr(at + 1, '@', (size_t)(s + n - at - 1)))
		return 0;
	*local = s;
	*ln = (size_t)(at - s);
	const char *plus = memchr(s, '+', *ln);
	if (plus && plus > s)
		*ln = (size_t)(plus - s);
	*dom = at + 1;
	*dn = (size_t)(s + n - *dom);
	return *dn >= 3 && memchr(*dom, '.', *dn) != NULL;
}

/* An e-mail whose local part says no address: no@, none@, noemail@, geen@, keine@... */
static int mail_no_one(const char *s, size_t n, const char *const *words)
{
	const char *l, *d;
	size_t ln, dn;
	char w[64];
	return mail_parts(s, n, &l, &ln, &d, &dn) && fold_word(l, ln, w) && in_words(w, words);
}

/* An e-mail whose local part is its domain's name: none@none.com, test@test.com, x@x.nl (a
 * person's own domain is written so once, a placeholder on many rows: the walk-in share
 * warning is for the rest). */
static int mail_same_word(const char *s, size_t n, const char *const *words)
{
	const char *l, *d;
	size_t ln, dn;
	char a[64], b[64];
	(void)words;
	if (!mail_parts(s, n, &l, &ln, &d, &dn))
		return 0;
	const char *dot = memchr(d, '.', dn);
	return fold_word(l, ln, a) && fold_word(d, (size_t)(dot - d), b) && strcmp(a, b) == 0;
}

/* Nines alone, four or more: 9999, 999999, a till's cash customer (all zeros is ingest's own
 * rule). Not another digit repeated: 22222222 may be a real id (t39 #4), and a domain kept
 * for examples (RFC 2606's example.com) is the customers' own in a shop's test data. */
static int nines(const char *s, size_t n, const char *const *words)
{
	(void)words;
	if (n < 4 || s[0] != '9')
		return 0;
	for (size_t i = 1; i < n; i++)
		if (s[i] != s[0])
			return 0;
	return 1;
}

/* An id masked as marketplaces show a buyer to the seller (AliExpress, Shopee: j***0,
 * j***3@gmail.com, +62 812-****-6113; t74 F6): three stars or more between its first
 * characters and its last, standing for letters of the login. What is left is no one's id:
 * the masks of hundreds of buyers collide (302 buyers wrote 78 masks). A mask at the end
 * only (Naver's c0042****) keeps the id's own start, and is left as it is. */
static int starred(const char *s, size_t n, const char *const *words)
{
	(void)words;
	for (size_t i = 1; i + 3 < n; i++) {
		size_t k = i;
		while (k < n && s[k] == '*')
			k++;
		if (k - i >= 3 && k < n && s[i - 1] != '*')
			return 1;
		i = k > i ? k - 1 : i;
	}
	return 0;
}

/* The digits of s[0..n) that end at end (exclusive) going left, or start at from going right,
 * past the blanks and dashes next to the stars. */
static size_t digits_left(const char *s, size_t end)
{
	while (end && (s[end - 1] == ' ' || s[end - 1] == '-'))
		end--;
	size_t k = 0;
	while (end > k && s[end - 1 - k] >= '0' && s[end - 1 - k] <= '9')
		k++;
	return k;
}

static size_t digits_right(const char *s, size_t n, size_t from)
{
	while (from < n && (s[from] == ' ' || s[from] == '-'))
		from++;
	size_t k = 0;
	while (from + k < n && s[from + k] >= '0' && s[from + k] <= '9')
		k++;
	return k;
}

int placeform_card(const char *s, size_t n)
{
	size_t i = 0, j;
	while (i < n && s[i] != '*')
		i++;
	for (j = n; j > i && s[j - 1] != '*'; j--)
		;
	if (i == n)
		return 0;
	size_t stars = 0;
	for (size_t k = i; k < j; k++) {
		if (s[k] != '*' && s[k] != ' ' && s[k] != '-')
			return 0;
		stars += s[k] == '*';
	}
	/* a card number's 13 to 19 places, five hidden or more: a phone's mask hides four
	 * (0912****7645, t79 F15), and buyers whose numbers share the digits shown share it */
	size_t left = digits_left(s, i), right = digits_right(s, n, j), all = left + stars + right;
	return left >= 4 && right >= 4 && stars >= 5 && all >= 13 && all <= 19;
}

const placeform placeforms[] = {
	{"an e-mail of no one (its name says none)", no_mail_words, mail_no_one},
	{"an e-mail whose name is its domain's", NULL, mail_same_word},
	{"nines alone", NULL, nines},
	{"an id masked by stars (a marketplace's j***0: many buyers' alike)", NULL, starred},
	{NULL, NULL, NULL}};

int placeform_match(const char *s, size_t n)
{
	if (n == 0 || n > 254)   /* no e-mail is longer */
		return 0;
	for (int k = 0; placeforms[k].name; k++)
		if (placeforms[k].match(s, n, placeforms[k].words))
			return k + 1;
	return 0;
}
