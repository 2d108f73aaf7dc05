#!/usr/bin/env python3
"""e166 (t82 F24): a supermarket till's receipt report, products whose names begin with the
brand Total (Fage's TOTAL yogurts, Total Wash, Total Care, Total Body Lotion) among others,
some keyed with no code (named by the Article column, as Total 0% and Total (Greek yogurt)
are at the deli counter), and the report's own total lines: a receipt's Total, Totals:, Total
(incl. VAT), a customer's "Total for customer C..." at each customer's change, Grand Total at
the end; none of them has a customer, a date or a unit price.
Truth: every line with a customer, a date, a quantity and a unit price is a purchase (Python
over the generated rows, never relrec). Writes e166_total_brand.csv and its truth to argv[1]."""
import csv, gzip, random, sys

out = sys.argv[1] if len(sys.argv) > 1 else "."
rng = random.Random(166)
products = [("Y500", "TOTAL Greek Yogurt 0% 500g", 2.49), ("Y170", "TOTAL Greek Yogurt 2% 170g", 1.15),
            ("W200", "Total Wash 2L", 4.99), ("T300", "Total Care toothpaste", 3.10),
            ("B400", "Total Body Lotion", 6.00), ("", "Total 0%", 2.50),
            ("", "Total (Greek yogurt)", 2.75), ("", "TOTAL 0% (170g)", 1.20),
            ("M100", "Milk 1L", 1.20), ("B101", "Sourdough loaf", 2.80), ("E102", "Eggs x6", 1.95),
            ("C103", "Cheddar 200g", 2.40), ("A104", "Apples 1kg", 1.80), ("", "Olives (loose)", 3.30)]
customers = ["C%03d" % k for k in range(1, 13)]
rows, truth = [], []
receipt = 5000
for day in range(1, 29):
    for cust in rng.sample(customers, 3):
        lines = []
        receipt += 1
        for code, name, price in rng.sample(products, rng.randint(2, 5)):
            q = rng.randint(1, 3)
            lines.append(["2024-02-%02d" % day, "R%d" % receipt, cust, code, name, q,
                          "%.2f" % price, "%.2f" % (q * price)])
        rows += lines
        truth += lines
        qsum = sum(l[5] for l in lines)
        tsum = "%.2f" % sum(float(l[7]) for l in lines)
        label = rng.choice(["Total", "Totals:", "Total (incl. VAT)"])
        rows.append(["", "", "", "", label, qsum, "", tsum])
    rows.append(["", "", "", "", "Total for customer %s" % cust, "", "", ""])
gq = sum(l[5] for l in truth)
rows.append(["", "", "", "", "Grand Total", gq, "", "%.2f" % sum(float(l[7]) for l in truth)])
with gzip.open(out + "/e166_total_brand.csv.gz", "wt", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["Date", "Receipt", "Customer", "Article No.", "Article", "Quantity", "Price", "Total"])
    w.writerows(rows)
items = {l[3] or l[4] for l in truth}
with open(out + "/e166_total_brand.txt", "w") as f:
    f.write("kept %d customers %d items %d invoices %d pairs %d quantity %d spend %.2f first %s last %s\n" % (
        len(truth), len({l[2] for l in truth}), len(items), len({l[1] for l in truth}),
        len({(l[2], l[3] or l[4]) for l in truth}), gq, sum(l[5] * float(l[6]) for l in truth),
        min(l[0] for l in truth), max(l[0] for l in truth)))
