#!/usr/bin/env python3
"""e174 (t88 F7/F11): a shop's sales lines whose Event column holds the marketing event a sale
was made in (Black Friday, Summer Sale, blank) for its first six weeks, and then, its till
feed changed, an event log's types (view, cart, purchase) in the same column (_late): the
views and carts are no purchases, the sales of the first weeks are. The same shop with its
marketing events throughout (_throughout): every line a sale, as before. Truth by Python over
the generated lines. Writes e174_event_{late,throughout}.csv.gz and their truth lines to
argv[1]."""
import csv, datetime, gzip, random, sys

out = sys.argv[1] if len(sys.argv) > 1 else "."
rng = random.Random(711)
prices = {"SKU%03d" % k: round(rng.uniform(3, 60), 2) for k in range(1, 51)}

def lines(late):
    rows = []
    for day in range(120):
        date = (datetime.date(2024, 1, 1) + datetime.timedelta(days=day)).isoformat()
        for j in range(20):
            if day < 42 or not late:
                ev = rng.choice(["Black Friday", "Summer Sale", "", ""])
            else:
                ev = rng.choice(["view", "view", "cart", "purchase"])
            sku = rng.choice(sorted(prices))
            rows.append(["R%06d" % (day * 100 + j), date, "C%04d" % rng.randint(1, 150), sku,
                         rng.randint(1, 3), prices[sku], ev])
    return rows

with open(out + "/e174_event_late.txt", "w") as t:
    for name, late in (("late", True), ("throughout", False)):
        rows = lines(late)
        with gzip.open(out + "/e174_event_%s.csv.gz" % name, "wt", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["Receipt", "Date", "Customer ID", "SKU", "Qty", "Unit Price", "Event"])
            w.writerows([r[:5] + ["%.2f" % r[5], r[6]] for r in rows])
        kept = [r for r in rows if r[6] not in ("view", "cart")]
        t.write("%s kept %d customers %d items %d invoices %d pairs %d quantity %d spend %.2f first %s last %s\n" % (
            name, len(kept), len({r[2] for r in kept}), len({r[3] for r in kept}), len({r[0] for r in kept}),
            len({(r[2], r[3]) for r in kept}), sum(r[4] for r in kept), sum(r[4] * r[5] for r in kept),
            min(r[1] for r in kept), max(r[1] for r in kept)))
