#!/usr/bin/env python3
"""e175 (t89 F2): a Shopify orders export whose checkout adds the lines of shipping-protection
apps, each written with its brand first and the protection's words last (Corso Package
Protection, Onward Package Protection, ShipInsure Package Protection, Clyde Order Protection,
Simply Insured Shipping Insurance, Parcel Guard Delivery Guarantee), with no SKU, beside a
shop's goods, two of them named with protection's words (Screen Protection Film, Sun
Protection SPF50), sold with a SKU and without one.
Truth: every goods line is a purchase, no app's line is (Python over the generated rows,
never relrec). Writes e175_shopify_protection.csv.gz into argv[1] (default .) and prints its
shops.tsv figures: kept customers items invoices pairs quantity spend first last."""
import csv, datetime, gzip, io, random, sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "."
rnd = random.Random(89)
goods = [("CASE-15", "Phone Case - Clear", 19.0), ("SCR-15", "Screen Protection Film", 12.0),
         ("", "Screen Protection Film", 12.0), ("SUN-50", "Sun Protection SPF50", 16.5),
         ("", "Sun Protection SPF50", 16.5), ("CHG-20", "USB-C Charger 20W", 24.0),
         ("CBL-1M", "Cable 1m", 9.0)]
apps = [("Corso Package Protection", 1.95), ("Onward Package Protection", 2.50),
        ("ShipInsure Package Protection", 2.25), ("Clyde Order Protection", 2.99),
        ("Simply Insured Shipping Insurance", 1.85), ("Parcel Guard Delivery Guarantee - $1.50", 1.50)]
start = datetime.datetime(2024, 3, 1, 9, 0)
rows, kept = [], []
for i in range(500):
    when = start + datetime.timedelta(days=rnd.randrange(200), minutes=rnd.randrange(720))
    who = "buyer%03d@example.com" % rnd.randrange(150)
    lines = [(g, rnd.randint(1, 3)) for g in rnd.sample(goods, rnd.randint(1, 3))]
    for (sku, name, price), q in lines:
        rows.append(("#%d" % (2001 + i), who, when, q, name, price, sku))
        kept.append(rows[-1])
    if rnd.random() < 0.4:
        name, price = rnd.choice(apps)
        rows.append(("#%d" % (2001 + i), who, when, 1, name, price, ""))
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(["Name", "Email", "Financial Status", "Created at", "Lineitem quantity", "Lineitem name",
            "Lineitem price", "Lineitem sku"])
for inv, who, when, q, name, price, sku in rows:
    w.writerow([inv, who, "paid", when.strftime("%Y-%m-%d %H:%M:%S -0500"), q, name, "%.2f" % price, sku])
with gzip.open(OUT + "/e175_shopify_protection.csv.gz", "wt", encoding="utf-8", newline="") as g:
    g.write(buf.getvalue())
item = lambda r: r[6] or r[4]   # an item of no SKU is named by its name
print("e175_shopify_protection\tkept %d customers %d items %d invoices %d pairs %d quantity %d spend %.2f first %s last %s" % (
    len(kept), len({r[1] for r in kept}), len({item(r) for r in kept}), len({r[0] for r in kept}),
    len({(r[1], item(r)) for r in kept}), sum(r[3] for r in kept), sum(r[3] * r[5] for r in kept),
    min(r[2] + datetime.timedelta(hours=5) for r in kept).strftime("%Y-%m-%d"),
    max(r[2] + datetime.timedelta(hours=5) for r in kept).strftime("%Y-%m-%d")))
