#!/usr/bin/env python3
# e165 (t82 F9): a busy store's till journal, 50 tills (Kasse) whose lines are written in time
# order, line by line between each other, each till numbering its own receipts from 1 (so the
# tills' numbers collide all day). The loyalty card (Kundenkarte) is on a receipt's first line
# only; a walk-in's receipt has none. Variant "pivot": the date and time too are written on the
# receipt's first line only (a pivot's row labels); variant "till_first": the Kasse too, each
# till's receipts numbered in a series of its own (07-00012).
# (The store's first hour: 50 tills' receipts start together, numbered in step.)
# Truth: each line is its receipt's customer's (the card of its till's receipt of its number);
# walk-ins' lines have none and are left out. Writes NAME.csv to the current directory, prints
# the truths.
import random, sys

def gen(seed, tills, pivot, name, days=1, close=20, till_first=False):
    random.seed(seed)
    members = ["%013d" % (2400000000000 + random.randrange(10**9)) for _ in range(900)]
    items = [("%05d" % (10001 + k), "Artikel %d" % (k + 1), random.randrange(49, 1299) / 100)
             for k in range(180)]
    lines = []   # (seconds, till, bon, date, card, item, desc, qty, price, first)
    for d in range(days):
        date = "2024-03-%02d" % (4 + d)
        for t in range(1, tills + 1):
            s = 8 * 3600 + random.randrange(0, 600)
            bon = 0
            while s < close * 3600:
                bon += 1
                card = random.choice(members) if random.random() < 0.6 else ""
                for k in range(random.randint(1, 12)):
                    it = random.choice(items)
                    lines.append((d * 86400 + s, t, bon, date, card, it[0], it[1],
                                  random.randint(1, 3), it[2], k == 0))
                    s += random.randint(3, 25)
                s += random.randint(20, 240)
    lines.sort(key=lambda r: (r[0], r[1]))
    with open(name + ".csv", "w") as f:
        f.write("Kasse;Bon-Nr;Datum;Uhrzeit;Kundenkarte;Artikelnummer;Bezeichnung;Menge;Preis\n")
        for r in lines:
            s = r[0] % 86400
            hms = "%02d:%02d:%02d" % (s // 3600, s // 60 % 60, s % 60)
            first = r[9]
            date = r[3] if first or not pivot else ""
            tm = hms if first or not pivot else ""
            card = r[4] if first else ""
            till = str(r[1]) if first or not till_first else ""
            bon = "%02d-%05d" % (r[1], r[2]) if till_first else str(r[2])
            f.write(";".join([till, bon, date, tm, card, r[5], r[6], str(r[7]),
                              ("%.2f" % r[8]).replace(".", ",")]) + "\n")
    kept = [r for r in lines if r[4]]
    print(name, "kept", len(kept), "customers", len({r[4] for r in kept}), "items",
          len({r[5] for r in kept}), "invoices", len({(r[1], r[2], r[3]) for r in kept}),
          "pairs", len({(r[4], r[5]) for r in kept}), "quantity", sum(r[7] for r in kept),
          "spend", "%.2f" % sum(r[7] * round(r[8], 2) for r in kept),
          "first", min(r[3] for r in kept), "last", max(r[3] for r in kept),
          "rows", len(lines), "walkin_rows", len(lines) - len(kept))

gen(166, 50, True, "e165_kasse_50_pivot", close=9)
gen(167, 50, True, "e165_kasse_50_till_first", close=9, till_first=True)
