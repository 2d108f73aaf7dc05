#!/usr/bin/env python3
"""e113: two hand-made exports and their truth (tests/shops/README).

e113_jpy_column: a Japanese shop's order-lines export in English names, its prices written
with a comma before the thousands ("1,200", as Japanese spreadsheets write yen) and a Currency
column of JPY on every line, no other number telling the decimal mark: the truth reads every
price as whole yen (JPY has no minor unit).

e113_us_dst: a US (Central time) shop's export across the DST changes of 2024 (10 March, 3
November), its times written with CST or CDT as the POS writes them: the truth is the times in
UTC, CST being UTC-6 and CDT UTC-5 (a column holding CDT is North America's).

Run: python3 e113_currency_zone.py OUTDIR; it prints each file's truth line (kept, customers,
items, invoices, pairs, quantity, spend, first, last) as shops.tsv takes it."""
import csv, datetime, random, sys

out = sys.argv[1] if len(sys.argv) > 1 else "."
rnd = random.Random(113)


def truth(name, rows):
    """rows: (customer, item, invoice, qty, price, utc datetime)"""
    pairs = {(r[0], r[1]) for r in rows}
    days = sorted(r[5] for r in rows)
    print(name, len(rows), len({r[0] for r in rows}), len({r[1] for r in rows}),
          len({r[2] for r in rows}), len(pairs), sum(r[3] for r in rows),
          "%.2f" % sum(r[3] * r[4] for r in rows), days[0].date(), days[-1].date(), sep="\t")


# --- a Japanese shop, prices in yen with a thousands comma ---
items = [("JP-%03d" % k, p) for k, p in enumerate([1200, 2500, 850, 3980, 12800, 1480, 5600,
                                                   980, 2200, 7700], 1)]
rows, lines = [], []
day = datetime.datetime(2024, 4, 1, 10, 0)
for inv in range(1, 41):
    cust = "C%02d" % rnd.randint(1, 12)
    day += datetime.timedelta(hours=rnd.randint(5, 40))
    for code, price in rnd.sample(items, rnd.randint(1, 3)):
        qty = rnd.randint(1, 4)
        rows.append((cust, code, inv, qty, price, day))
        shown = "{:,}".format(price)   # 1,200; 850 as it is
        lines.append([10000 + inv, day.strftime("%Y-%m-%d %H:%M"), cust, code,
                      "Item " + code, qty, shown, "JPY"])
with open(out + "/e113_jpy_column.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["Order ID", "Order Date", "Customer ID", "SKU", "Product", "Quantity",
                "Unit Price", "Currency"])
    w.writerows(lines)
truth("e113_jpy_column", rows)


# --- a US shop in Central time across both DST changes ---
def central(utc):
    """the zone word and local time of a UTC moment in US Central time, 2024"""
    start = datetime.datetime(2024, 3, 10, 8, 0)    # 2:00 CST -> 3:00 CDT
    end = datetime.datetime(2024, 11, 3, 7, 0)      # 2:00 CDT -> 1:00 CST
    if start <= utc < end:
        return "CDT", utc - datetime.timedelta(hours=5)
    return "CST", utc - datetime.timedelta(hours=6)


rows, lines = [], []
goods = [("US-%02d" % k, p) for k, p in enumerate([4.99, 12.50, 7.25, 19.99, 2.49, 8.75], 1)]
moments = []
for base in (datetime.datetime(2024, 3, 8, 12), datetime.datetime(2024, 11, 1, 12)):
    for k in range(30):
        moments.append(base + datetime.timedelta(hours=3 * k + rnd.randint(0, 2),
                                                 minutes=rnd.randint(0, 59)))
for inv, utc in enumerate(sorted(moments), 1):
    cust = "U%03d" % rnd.randint(1, 15)
    word, local = central(utc)
    for code, price in rnd.sample(goods, rnd.randint(1, 2)):
        qty = rnd.randint(1, 3)
        rows.append((cust, code, inv, qty, price, utc))
        lines.append(["#%d" % (5000 + inv), local.strftime("%Y-%m-%d %H:%M ") + word, cust,
                      code, "Goods " + code, qty, "%.2f" % price])
with open(out + "/e113_us_dst.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["Order", "Created At", "Customer", "SKU", "Item", "Qty", "Price"])
    w.writerows(lines)
truth("e113_us_dst", rows)
