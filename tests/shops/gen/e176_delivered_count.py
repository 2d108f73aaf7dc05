#!/usr/bin/env python3
"""e176 (t89 F4): a furniture dealer's invoice lines, the ordered count beside the count
delivered, one piece per tour (1) or none on backorder (0), and the line total that count
times the price on every line: the delivered column is the quantity, not a delivered flag.
German (Bestellmenge, Liefermenge, Betrag) and English (Qty Ordered, Qty Delivered, Amount).
Truth: the lines delivered (Liefermenge 1), quantity and spend by Python over the generated
lines. Writes e176_delivered_count_{de,en}.csv.gz and the truth line to argv[1]."""
import gzip, random, sys

out = sys.argv[1] if len(sys.argv) > 1 else "."
rng = random.Random(4)
goods = [("TIS-180", 899.00), ("REG-5", 189.00), ("SOF-3", 1249.00), ("STU-4", 119.00),
         ("BET-140", 649.00), ("KUE-60", 479.00), ("SCH-2", 329.00), ("LAM-1", 59.90)]
lines = []
for inv in range(1, 301):
    d, c = "%02d.%02d.2024" % (rng.randint(1, 28), rng.randint(1, 12)), str(50000 + rng.randint(1, 90))
    for code, price in rng.sample(goods, rng.randint(1, 3)):
        ordered = rng.randint(1, 3)
        delivered = 0 if rng.random() < 0.12 else 1
        lines.append(("AR-%06d" % inv, d, c, code, ordered, delivered, price))
heads = {"de": "Belegnr;Belegdatum;Kundennr;Artikelnr;Bestellmenge;Liefermenge;Preis;Betrag",
         "en": "Invoice;Date;Customer;Item;Qty Ordered;Qty Delivered;Price;Amount"}
fmt = lambda x: ("%.2f" % x).replace(".", ",")
for lang, head in heads.items():
    with gzip.open("%s/e176_delivered_count_%s.csv.gz" % (out, lang), "wt", encoding="utf-8", newline="") as f:
        f.write(head + "\r\n")
        for inv, d, c, code, o, q, p in lines:
            f.write(";".join([inv, d, c, code, str(o), str(q), fmt(p), fmt(q * p)]) + "\r\n")
kept = [l for l in lines if l[5] > 0]
iso = lambda d: d[6:] + "-" + d[3:5] + "-" + d[:2]
with open(out + "/e176_delivered_count.txt", "w") as f:
    f.write("kept %d customers %d items %d invoices %d pairs %d quantity %d spend %.2f first %s last %s\n" % (
        len(kept), len({l[2] for l in kept}), len({l[3] for l in kept}), len({l[0] for l in kept}),
        len({(l[2], l[3]) for l in kept}), sum(l[5] for l in kept),
        sum(l[5] * l[6] for l in kept), min(iso(l[1]) for l in kept), max(iso(l[1]) for l in kept)))
