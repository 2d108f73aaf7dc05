#!/usr/bin/env python3
"""e174 (t88 F4): a deli's till export whose weighed goods (cheese, ham, olives by the kg or
the lb) leave the quantity blank and write the price per kg beside the line total, and whose
goods sold by the unit (a baguette, a jar) write their count. Three files: German, the unit
in an Einheit column (kg, Stk) and a Gesamtpreis (_de); American, the price per pound in the
price itself ($8.99/lb, 8.99 per lb) and a Line Total (_lb); and the German one without its
line totals (_nototal), whose weighed lines no reading can weigh: rejected, not read as 1 kg.
Truth by Python over the generated lines: a weighed line's quantity is its line total over
its price per unit of weight (what the till printed; the total rounded to cents), its spend
the line total; a unit's line its count times its price.
Writes e174_deli_weighed_{de,lb,nototal}.csv.gz and their truth lines to argv[1]."""
import csv, gzip, random, sys

out = sys.argv[1] if len(sys.argv) > 1 else "."
rng = random.Random(88)
weighed = [("Emmentaler", 24.90), ("Schwarzwälder Schinken", 32.50), ("Oliven grün", 14.80),
           ("Salami Milano", 29.90), ("Bergkäse", 27.40)]
units = [("Baguette", 2.20), ("Olivenöl 0,5 l", 8.90), ("Pesto Glas", 4.50), ("Grissini", 3.10)]
rows, receipt = [], 4000   # date, receipt, customer, item, qty ('' weighed), unit, price, total
for day in range(90):
    date = "2024-%02d-%02d" % (3 + day // 30, 1 + day % 30)
    for _ in range(6):
        receipt += 1
        cust = "K%03d" % rng.randint(1, 45)
        for name, price in rng.sample(weighed, rng.randint(1, 2)):
            kg = rng.choice([0.125, 0.15, 0.2, 0.25, 0.3, 0.35, 0.5, 0.75])
            rows.append([date, receipt, cust, name, "", "kg", price, round(kg * price, 2)])
        for name, price in rng.sample(units, rng.randint(0, 2)):
            q = rng.randint(1, 3)
            rows.append([date, receipt, cust, name, q, "Stk", price, round(q * price, 2)])

def qty(r):
    return r[7] / r[6] if r[4] == "" else r[4]

def truth(f, kept):
    f.write("kept %d customers %d items %d invoices %d pairs %d quantity %.3f spend %.2f first %s last %s\n" % (
        len(kept), len({r[2] for r in kept}), len({r[3] for r in kept}), len({r[1] for r in kept}),
        len({(r[2], r[3]) for r in kept}), sum(qty(r) for r in kept),
        sum(r[7] if r[4] == "" else r[4] * r[6] for r in kept), min(r[0] for r in kept),
        max(r[0] for r in kept)))

def write(name, header, lines):
    with gzip.open(out + "/" + name, "wt", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(lines)

de = lambda r: [r[0], r[1], r[2], r[3], r[4], r[5], ("%.2f" % r[6]).replace(".", ",")]
write("e174_deli_weighed_de.csv.gz", ["Datum", "Bon", "Kunde", "Artikel", "Menge", "Einheit", "Preis", "Gesamtpreis"],
      [de(r) + [("%.2f" % r[7]).replace(".", ",")] for r in rows])
write("e174_deli_weighed_nototal.csv.gz", ["Datum", "Bon", "Kunde", "Artikel", "Menge", "Einheit", "Preis"],
      [de(r) for r in rows])
lb = lambda r: ("$%.2f/lb" % r[6] if rng.random() < 0.5 else "%.2f per lb" % r[6]) if r[4] == "" else "%.2f" % r[6]
write("e174_deli_weighed_lb.csv.gz", ["Date", "Receipt No", "Customer", "Item", "Qty", "Price", "Line Total"],
      [[r[0], r[1], r[2], r[3], r[4], lb(r), "%.2f" % r[7]] for r in rows])
with open(out + "/e174_deli_weighed.txt", "w") as f:
    truth(f, rows)
    truth(f, [r for r in rows if r[4] != ""])
