#!/usr/bin/env python3
"""e166 (t82 F4): a Slovenian chain's sales lines 2022-07 to 2023-06, its Ljubljana and Maribor
stores (Country SI, in euro since 2007) and its Zagreb branch (Country HR): Croatia's prices
are in kuna until 2022-12-31 (the euro price x 7.53450, rounded to a kuna's .99) and in euro
from 2023-01-01. Truth: the spend in euro, each HR row before 2023-01-01 divided by the legal
rate 7.53450, SI rows as written (Python over the generated rows). Writes
e166_si_hr_kuna.csv.gz and its truth to argv[1]: the figures of a load with
--convert-currency HRK."""
import csv, datetime, gzip, math, random, sys

out = sys.argv[1] if len(sys.argv) > 1 else "."
rng = random.Random(4)
RATE = 7.53450
items = {"ART%04d" % k: round(rng.uniform(1.5, 60), 2) for k in range(1, 81)}
rows, euro = [], 0.0
day = datetime.date(2022, 7, 1)
inv = 100000
while day <= datetime.date(2023, 6, 30):
    for store, country in (("Ljubljana", "SI"), ("Maribor", "SI"), ("Zagreb", "HR")):
        for _ in range(rng.randint(2, 4)):
            inv += 1
            cust = "K%05d" % rng.randint(1, 300 if country == "SI" else 150) + ("" if country == "SI" else "H")
            for sku in rng.sample(sorted(items), rng.randint(1, 4)):
                q = rng.randint(1, 3)
                p = items[sku]
                if country == "HR" and day < datetime.date(2023, 1, 1):
                    written = math.floor(p * RATE) + 0.99
                    euro += q * written / RATE
                else:
                    written = p
                    euro += q * p
                rows.append([day.isoformat(), "R%d" % inv, store, country, cust, sku, q, "%.2f" % written])
    day += datetime.timedelta(days=3)
with gzip.open(out + "/e166_si_hr_kuna.csv.gz", "wt", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["Date", "Receipt", "Store", "Country", "Customer", "Item", "Quantity", "Price"])
    w.writerows(rows)
with open(out + "/e166_si_hr_kuna.txt", "w") as f:
    f.write("kept %d customers %d items %d invoices %d pairs %d quantity %d spend %.2f first %s last %s hr_before %d\n" % (
        len(rows), len({r[4] for r in rows}), len({r[5] for r in rows}), len({r[1] for r in rows}),
        len({(r[4], r[5]) for r in rows}), sum(r[6] for r in rows), euro, rows[0][0], rows[-1][0],
        sum(1 for r in rows if r[3] == "HR" and r[0] < "2023-01-01")))
