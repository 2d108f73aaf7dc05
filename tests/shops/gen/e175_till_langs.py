#!/usr/bin/env python3
"""e175 (t89 F1, F8): small European shops' till exports, items named by their names (the code
column and the description column both the name, as t89's tills wrote them), with lines of
no product beside the goods on about a third of the receipts: a tip, a rounding, a gift card
sold, money through the till (a cash withdrawal, a phone's top-up, a bill paid), a bag charge,
a bottle deposit, each at the price a till charges it. Innocents, goods whose names a till's
line could be read in (a bag shop's Bolsa de cuero, a refill's Ricarica inchiostro), are sold
as goods beside them.
Truth: every goods line is a purchase, no other line is (Python over the generated rows,
never relrec). Writes each NAME.csv.gz into argv[1] (default .) and prints its shops.tsv
figures: kept customers items invoices pairs quantity spend first last."""
import csv, datetime, gzip, io, random, sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "."


def make(name, header, goods, nonprod, seed, receipts=300, desc=True):
    """goods, nonprod: (name, price). Each receipt: 1-4 goods, quantities 1-4; a third of them
    one line of no product, quantity 1. Columns: receipt, date, customer, item, [name],
    quantity, price, a decimal comma."""
    rnd = random.Random(seed)
    start = datetime.datetime(2024, 1, 2, 8, 0)
    rows, kept = [], []
    for i in range(receipts):
        when = start + datetime.timedelta(days=rnd.randrange(300), minutes=rnd.randrange(600))
        cust = "K%03d" % rnd.randrange(60)
        lines = [(g, rnd.randint(1, 4), True) for g in rnd.sample(goods, rnd.randint(1, min(4, len(goods))))]
        if rnd.random() < 0.34:
            lines.append((rnd.choice(nonprod), 1, False))
        for (item, price), qty, good in lines:
            row = dict(inv=str(5000 + i), date=when, cust=cust, item=item, qty=qty, price=price)
            rows.append(row)
            if good:
                kept.append(row)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        f = [r["inv"], r["date"].strftime("%d.%m.%Y %H:%M"), r["cust"], r["item"]]
        f += [r["item"]] if desc else []
        f += [str(r["qty"]), ("%.2f" % r["price"]).replace(".", ",")]
        w.writerow(f)
    with gzip.open("%s/%s.csv.gz" % (OUT, name), "wt", encoding="utf-8", newline="") as g:
        g.write(buf.getvalue())
    spend = sum(r["qty"] * r["price"] for r in kept)
    print("%s\tkept %d customers %d items %d invoices %d pairs %d quantity %d spend %.2f first %s last %s" % (
        name, len(kept), len({r["cust"] for r in kept}), len({r["item"] for r in kept}),
        len({r["inv"] for r in kept}), len({(r["cust"], r["item"]) for r in kept}),
        sum(r["qty"] for r in kept), spend, min(r["date"] for r in kept).strftime("%Y-%m-%d"),
        max(r["date"] for r in kept).strftime("%Y-%m-%d")))


# F8: a Polish till whose name column (Nazwa) relrec does not know, its lines of no product
# all of the list already: the load must name them as it does in other languages
make("e175_pl_known", ["Nr paragonu", "Data", "Nr klienta", "Towar", "Nazwa", "Ilo\u015b\u0107", "Cena"],
     [("Mleko 1l", 3.99), ("Chleb \u017cytni", 5.49), ("Kawa 250g", 17.99), ("Mas\u0142o 200g", 7.49),
      ("Jab\u0142ka 1kg", 3.49), ("Pierogi ruskie", 12.99)],
     [("Napiwek", 5.00), ("Zaokr\u0105glenie", 0.01), ("Karta podarunkowa", 100.00)], seed=8)
