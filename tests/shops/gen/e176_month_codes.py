#!/usr/bin/env python3
"""e176 (t89 F9): a drinks wholesaler's crate codes, brand and bottles (KRO-24, BIT-20,
AUG-20, MAR-12 among them: Augustiner's and a Marzen's crates, capitals of a month's
abbreviation), which no spreadsheet wrote: no warning of codes read as dates; and a shop's
codes of a part and a size (3-45, 13-27) that a spreadsheet turned into Mar-45 and Jan-27
(the ones whose first number is a month): still warned of. Truth by Python over the
generated lines. Writes e176_month_codes_{crates,mangled}.csv.gz and the truth to argv[1]."""
import gzip, random, sys

out = sys.argv[1] if len(sys.argv) > 1 else "."
rng = random.Random(9)
months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
crates = [("KRO-24", 16.49), ("BIT-20", 15.99), ("AUG-20", 18.90), ("RAD-20", 14.99),
          ("GER-12", 11.49), ("FAN-12", 9.99), ("COL-12", 10.49), ("APF-6", 7.99), ("MAR-12", 12.99)]
def mangle(c):
    a, b = c.split("-")
    return "%s-%s" % (months[int(a) - 1], b) if int(a) <= 12 else c
parts = [("%d-%02d" % (rng.randint(1, 40), rng.randint(13, 60)), round(rng.uniform(2, 30), 2)) for _ in range(12)]
parts = [(mangle(c), p) for c, p in dict(parts).items()]
for name, goods in (("crates", crates), ("mangled", parts)):
    lines = []
    for inv in range(1, 201):
        d, c = "%02d.%02d.2024" % (rng.randint(1, 28), rng.randint(1, 12)), str(7000 + rng.randint(1, 40))
        for code, p in rng.sample(goods, rng.randint(1, 3)):
            lines.append((str(240000 + inv), d, c, code, rng.randint(1, 10), p))
    with gzip.open("%s/e176_month_codes_%s.csv.gz" % (out, name), "wt", encoding="utf-8", newline="") as f:
        f.write("Belegnr;Datum;Kundennr;Artikelnr;Menge;Preis\n")
        for l in lines:
            f.write(";".join(list(l[:4]) + [str(l[4]), ("%.2f" % l[5]).replace(".", ",")]) + "\n")
    iso = lambda d: d[6:] + "-" + d[3:5] + "-" + d[:2]
    with open("%s/e176_month_codes_%s.txt" % (out, name), "w") as f:
        f.write("kept %d customers %d items %d invoices %d pairs %d quantity %d spend %.2f first %s last %s months %d\n" % (
            len(lines), len({l[2] for l in lines}), len({l[3] for l in lines}), len({l[0] for l in lines}),
            len({(l[2], l[3]) for l in lines}), sum(l[4] for l in lines), sum(l[4] * l[5] for l in lines),
            min(iso(l[1]) for l in lines), max(iso(l[1]) for l in lines),
            len({l[3] for l in lines if l[3][:3] in months})))
