#!/usr/bin/env python3
"""e166 (t82 F21): a French wholesaler's sales lines from its ERP (EBP/Sage style): each line
has its delivery note (N° Bon, a bon de livraison; an invoice groups a month's deliveries of a
customer, one to four of them) and its invoice (N° de facture). Truth: a purchase is the
invoice (the document every line is billed on); figures by Python over the generated lines.
Writes e166_bon_facture.csv.gz and its truth line to argv[1]."""
import gzip, random, sys

out = sys.argv[1] if len(sys.argv) > 1 else "."
rng = random.Random(21)
items = [("REF%03d" % k, "Article %d" % k, round(rng.uniform(1.5, 40), 2)) for k in range(1, 41)]
lines, bl, fa = [], 4000, 24000
for month in (1, 2, 3):
    for cust in rng.sample(["CL%04d" % k for k in range(1, 31)], 18):
        fa += 1
        days = sorted(rng.sample(range(1, 28), rng.randint(1, 4)))
        for day in days:
            bl += 1
            for code, name, price in rng.sample(items, rng.randint(1, 5)):
                q = rng.randint(1, 12)
                lines.append(("%02d/%02d/2024" % (day, month), "FA%d" % fa, "BL%d" % bl, cust,
                              code, name, q, price))
def fr(x):
    return ("%.2f" % x).replace(".", ",")
with gzip.open(out + "/e166_bon_facture.csv.gz", "wt", encoding="utf-8", newline="") as f:
    f.write("Date;N\u00b0 de facture;N\u00b0 Bon;Code client;R\u00e9f\u00e9rence;D\u00e9signation;"
            "Quantit\u00e9;PU HT;Montant HT\r\n")
    for d, inv, b, c, code, name, q, p in lines:
        f.write(";".join([d, inv, b, c, code, name, str(q), fr(p), fr(q * p)]) + "\r\n")
iso = lambda d: d[6:] + "-" + d[3:5] + "-" + d[:2]
with open(out + "/e166_bon_facture.txt", "w") as f:
    f.write("kept %d customers %d items %d invoices %d pairs %d quantity %d spend %.2f first %s last %s\n" % (
        len(lines), len({l[3] for l in lines}), len({l[4] for l in lines}), len({l[1] for l in lines}),
        len({(l[3], l[4]) for l in lines}), sum(l[6] for l in lines),
        sum(l[6] * l[7] for l in lines), min(iso(l[0]) for l in lines), max(iso(l[0]) for l in lines)))
