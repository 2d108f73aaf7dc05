#!/usr/bin/env python3
"""e152: 65 daily exports of one shop joined with cat, each behind its header (relrec tells 64
apart: past them it must say so). Writes /tmp/e152/shopgen/e152_joined_65.csv and prints the
truth: every line of every part is a sale, none repeats another."""
import csv, datetime, io

out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
rows = []
day0 = datetime.date(2024, 1, 1)
for k in range(1, 66):
    w.writerow(["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice",
                "CustomerID", "Country"])
    day = day0 + datetime.timedelta(days=k - 1)
    for j in range(2):
        r = ["P%03d" % k, "A%d" % ((k + j) % 7), "ITEM %d" % ((k + j) % 7), str(1 + j),
             "%s 10:%02d" % (day.isoformat(), j), "2.50", "C%02d" % (k % 12), "United Kingdom"]
        w.writerow(r)
        rows.append(r)
open("/tmp/e152/shopgen/e152_joined_65.csv", "w").write(out.getvalue())
qty = sum(int(r[3]) for r in rows)
print("kept", len(rows), "customers", len({r[6] for r in rows}), "items", len({r[1] for r in rows}),
      "invoices", len({r[0] for r in rows}), "pairs", len({(r[6], r[1]) for r in rows}),
      "quantity", qty, "spend", "%.2f" % sum(int(r[3]) * 2.5 for r in rows),
      "first", min(r[4][:10] for r in rows), "last", max(r[4][:10] for r in rows))
