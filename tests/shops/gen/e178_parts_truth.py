#!/usr/bin/env python3
"""e178 (t90 F8): the truth of two older files that joined exports of two layouts, refused
until each part was read by its own header: t56_44_concat_new_column (Discount added to the
second export; 0.00 on every row, so no price differs) and t68_shufrenamed (Online Retail II's
Price and Quantity swapped under Online Retail's header). Each part is read here by its own
header, the roles of its names given by hand (never relrec); every row is a purchase.
Usage: e178_parts_truth.py tests/shops/files: prints each file's shops.tsv figures."""
import csv, gzip, io, sys

ROLES = {"Order ID": "inv", "InvoiceNo": "inv", "Invoice": "inv", "Order Date": "date",
         "InvoiceDate": "date", "Customer ID": "cust", "CustomerID": "cust", "SKU": "item",
         "StockCode": "item", "Qty": "qty", "Quantity": "qty", "Unit Price": "price",
         "UnitPrice": "price", "Price": "price"}


def figures(path):
    text = gzip.open(path, "rt", newline="").read()
    rows, hdr = [], None
    for rec in csv.reader(io.StringIO(text)):
        if not rec:
            continue
        if hdr is None or rec[0] in ROLES:   # a header: this part's roles
            hdr = [ROLES.get(n) for n in rec]
            continue
        rows.append({r: v for r, v in zip(hdr, rec) if r})
    days = sorted(r["date"][:10] for r in rows)
    return "%d\t%d\t%d\t%d\t%d\t%d\t%.2f\t%s\t%s" % (
        len(rows), len({r["cust"] for r in rows}), len({r["item"] for r in rows}),
        len({r["inv"] for r in rows}), len({(r["cust"], r["item"]) for r in rows}),
        sum(int(r["qty"]) for r in rows),
        sum(int(r["qty"]) * float(r["price"]) for r in rows), days[0], days[-1])


d = sys.argv[1] if len(sys.argv) > 1 else "tests/shops/files"
for name in ("t56_44_concat_new_column", "t68_shufrenamed"):
    print(name, figures("%s/%s.csv.gz" % (d, name)), sep="\t")
