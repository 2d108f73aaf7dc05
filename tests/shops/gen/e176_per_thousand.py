#!/usr/bin/env python3
"""e176 (t89 F3): a fastener wholesaler's invoice lines, quantities in pieces and the price
of a thousand pieces (its price unit), the price column named as the German, Russian and US
trade write it: Preis je Tsd., Цена за тыс. шт., руб., Price per M. Truth: spend = qty x
price / 1000 (never the price times 1000), figures by Python over the generated lines.
Writes e176_per_thousand_{de,ru,us}.csv.gz and their truth lines to argv[1]."""
import gzip, random, sys

out = sys.argv[1] if len(sys.argv) > 1 else "."
rng = random.Random(89)
goods = [("DIN912-M6x20", 38.50), ("DIN933-M8x30", 52.90), ("DIN934-M8", 9.80),
         ("DIN125-8.4", 4.20), ("SPAX-4x40", 18.60), ("SPAX-5x60", 34.10),
         ("DIN7981-3.5", 11.90), ("DIN985-M10", 27.40), ("DIN9021-6.4", 6.70)]
lines = []
for inv in range(1, 241):
    day, month, cust = rng.randint(1, 28), rng.randint(1, 11), "K%d" % rng.randint(20000, 20049)
    for code, price in rng.sample(goods, rng.randint(1, 4)):
        lines.append(("RE-2024-%05d" % inv, "%02d.%02d.2024" % (day, month), cust, code,
                      500 * rng.randint(1, 8), price))
heads = {"de": ("Beleg-Nr.;Belegdatum;Kunden-Nr.;Artikel-Nr.;Menge (Stk);Preis je Tsd.", ";", ","),
         "ru": ("Номер документа;Дата;Код клиента;Артикул;Количество, шт;Цена за тыс. шт., руб.", ";", ","),
         "us": ("Invoice,Date,Customer,Item,Qty (pcs),Price per M", ",", ".")}
for lang, (head, sep, mark) in heads.items():
    with gzip.open("%s/e176_per_thousand_%s.csv.gz" % (out, lang), "wt", encoding="utf-8", newline="") as f:
        f.write(head + "\r\n")
        for inv, d, c, code, q, p in lines:
            if lang == "us":
                d = d[3:5] + "/" + d[:2] + "/" + d[6:]
            f.write(sep.join([inv, d, c, code, str(q), ("%.2f" % p).replace(".", mark)]) + "\r\n")
iso = lambda d: d[6:] + "-" + d[3:5] + "-" + d[:2]
with open(out + "/e176_per_thousand.txt", "w") as f:
    f.write("kept %d customers %d items %d invoices %d pairs %d quantity %d spend %.2f first %s last %s\n" % (
        len(lines), len({l[2] for l in lines}), len({l[3] for l in lines}), len({l[0] for l in lines}),
        len({(l[2], l[3]) for l in lines}), sum(l[4] for l in lines),
        sum(l[4] * l[5] / 1000 for l in lines), min(iso(l[1]) for l in lines), max(iso(l[1]) for l in lines)))
