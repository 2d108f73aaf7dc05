#!/usr/bin/env python3
"""e176 (t89 F5): Business Central's Item Ledger Entries filtered on Entry Type = Sale (every
row a sale: a quantity below 0, goods out, at a Sales Amount above 0; a return +k at an
amount below 0), as its English page (',' and M/D/YYYY) and its German one (Postenart
Verkauf, Menge, Verkaufsbetrag (tatsächl.), Quellennr.; ';' and a decimal comma) write them.
Truth: the sale rows kept, their quantity and amounts (the returns are returns, not kept as
purchases), by Python over the generated rows. Writes e176_bc_sale_ledger_{en,de}.csv.gz and
the truth line to argv[1]."""
import gzip, random, sys

out = sys.argv[1] if len(sys.argv) > 1 else "."
rng = random.Random(5)
items = [("1896-S", 649.40), ("1906-S", 281.40), ("1908-S", 190.80), ("1920-S", 129.10),
         ("1928-S", 48.20), ("1936-S", 121.30), ("1960-S", 123.30), ("1964-S", 195.80)]
rows, entry = [], 1000
for doc in range(1, 221):
    cust, m, d = str(10000 + rng.randint(1, 45) * 10), rng.randint(1, 12), rng.randint(1, 28)
    for code, price in rng.sample(items, rng.randint(1, 3)):
        q = rng.randint(1, 6)
        entry += 1
        rows.append((m, d, "Sale", "VR%06d" % doc, code, -q, q * price, cust, entry))
        if rng.random() < 0.08:
            entry += 1
            k = rng.randint(1, q)
            rows.append((m, min(d + 1, 28), "Sale", "VG%06d" % doc, code, k, -k * price, cust, entry))
forms = {"en": ("Posting Date,Entry Type,Document No.,Item No.,Quantity,Sales Amount (Actual),Source No.,Entry No.",
                ",", lambda m, d: "%d/%d/2024" % (m, d), lambda x: '"%s"' % format(x, ",.2f") if abs(x) >= 1000 else "%.2f" % x, "Sale"),
         "de": ("Buchungsdatum;Postenart;Belegnr.;Artikelnr.;Menge;Verkaufsbetrag (tatsächl.);Quellennr.;Lfd. Nr.",
                ";", lambda m, d: "%02d.%02d.2024" % (d, m), lambda x: ("%.2f" % x).replace(".", ","), "Verkauf")}
for lang, (head, sep, df, mf, word) in forms.items():
    with gzip.open("%s/e176_bc_sale_ledger_%s.csv.gz" % (out, lang), "wt", encoding="utf-8", newline="") as f:
        f.write(head + "\r\n")
        for m, d, _, doc, code, q, a, cust, e in rows:
            f.write(sep.join([df(m, d), word, doc, code, str(q), mf(a), cust, str(e)]) + "\r\n")
sales = [r for r in rows if r[5] < 0]
iso = lambda r: "2024-%02d-%02d" % (r[0], r[1])
with open(out + "/e176_bc_sale_ledger.txt", "w") as f:
    f.write("kept %d customers %d items %d invoices %d pairs %d quantity %d spend %.2f first %s last %s\n" % (
        len(sales), len({r[7] for r in sales}), len({r[4] for r in sales}), len({r[3] for r in sales}),
        len({(r[7], r[4]) for r in sales}), -sum(r[5] for r in sales), sum(r[6] for r in sales),
        min(iso(r) for r in sales), max(iso(r) for r in sales)))
