#!/usr/bin/env python3
"""e174 (t88 F3): a newsagent's till export whose stationery and hardware bear a till-money
word at the start of their names (Paid Out Book, Cash Paid Out Receipt Pad, Bill Payment
Envelopes, Einzahlungsbeleg Block, Float Switch, Paid In Book, Cashback Ledger): goods, one
catalogue price each, sold by ones, twos and threes. Beside them the till's real money
lines: cash back, paid-outs and bill payments of keyed amounts (10.00, 20.00, 37.45...),
quantity 1, under codes like the goods' (ST-9001...), never goods. Two files: the items by
their SKU with a Description, and (_named) the items by their names alone; and (_singly) the
first again with every goods line of quantity 1, the paper goods then known by their words
(Book, Pad, Envelopes, Block, Ledger, Slips, a count). Truth by Python over the generated
lines: every goods line kept, every money line dropped.
Writes e174_till_money_goods{,_named,_singly}.csv.gz and their truth lines to argv[1]."""
import csv, gzip, random, sys

out = sys.argv[1] if len(sys.argv) > 1 else "."
rng = random.Random(174)
goods = [("Gel Pen Blue", 1.50), ("Notebook A5", 3.50), ("Stapler Mini", 4.99),
         ("Sellotape 24mm", 1.20), ("Envelopes C5 25", 2.75), ("Birthday Card", 2.25),
         ("Paid Out Book 100 sheets", 3.49), ("Cash Paid Out Receipt Pad", 2.99),
         ("Bill Payment Envelopes 50", 4.25), ("Einzahlungsbeleg Block", 1.95),
         ("Float Switch", 12.90), ("Paid In Book Duplicate", 3.20),
         ("Cashback Ledger A4", 5.60), ("Cash Advance Slips x50", 2.40)]
money = ["Cashback", "Paid Out", "Bill Payment", "Cash Advance", "Paid In"]
amounts = [10.00, 20.00, 37.45, 15.00, 50.00, 12.80, 25.00, 5.00, 60.00, 8.99]
sku = {name: "ST-%04d" % (1001 + i) for i, (name, _) in enumerate(goods)}
sku.update({name: "ST-%04d" % (9001 + i) for i, name in enumerate(money)})
custs = ["C%03d" % k for k in range(1, 61)]
rows, receipt = [], 5000
for day in range(1, 121):
    month, dom = 3 + (day - 1) // 30, 1 + (day - 1) % 30
    for _ in range(4):
        receipt += 1
        cust = rng.choice(custs)
        hour = "2024-%02d-%02d %02d:%02d" % (month, dom, rng.randint(8, 19), rng.randint(0, 59))
        for name, price in rng.sample(goods, rng.randint(1, 3)):
            rows.append([str(receipt), hour, cust, sku[name], name, rng.choice([1, 1, 2, 3, 4]), price, True])
        if rng.random() < 0.35:
            name = rng.choice(money)
            rows.append([str(receipt), hour, cust, sku[name], name, 1, rng.choice(amounts), False])

def truth(f, kept, key):
    f.write("kept %d customers %d items %d invoices %d pairs %d quantity %d spend %.2f first %s last %s\n" % (
        len(kept), len({r[2] for r in kept}), len({key(r) for r in kept}), len({r[0] for r in kept}),
        len({(r[2], key(r)) for r in kept}), sum(r[5] for r in kept),
        sum(r[5] * r[6] for r in kept), min(r[1][:10] for r in kept), max(r[1][:10] for r in kept)))

kept = [r for r in rows if r[7]]
with gzip.open(out + "/e174_till_money_goods.csv.gz", "wt", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["Receipt No", "Date", "Customer ID", "SKU", "Description", "Qty", "Unit Price"])
    w.writerows([r[:5] + [r[5], "%.2f" % r[6]] for r in rows])
with gzip.open(out + "/e174_till_money_goods_named.csv.gz", "wt", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["Receipt No", "Date", "Customer ID", "Product", "Qty", "Unit Price"])
    w.writerows([r[:3] + [r[4], r[5], "%.2f" % r[6]] for r in rows])
single = [r[:5] + [1] + r[6:] for r in rows]
with gzip.open(out + "/e174_till_money_goods_singly.csv.gz", "wt", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["Receipt No", "Date", "Customer ID", "SKU", "Description", "Qty", "Unit Price"])
    w.writerows([r[:5] + [r[5], "%.2f" % r[6]] for r in single])
with open(out + "/e174_till_money_goods.txt", "w") as f:
    truth(f, kept, lambda r: r[3])
    truth(f, kept, lambda r: r[4])
    truth(f, [r for r in single if r[7]], lambda r: r[3])
