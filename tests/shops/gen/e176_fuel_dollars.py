#!/usr/bin/env python3
"""e176 (t89 F6): service stations' fuel-card exports in day-first countries (Australia:
dd/mm/yyyy, Price/L; New Zealand: dd-mm-yyyy, Price per litre), litres with two decimals
written with a point (37.81) and the pump's price to a tenth of a cent with a '$' ($1.889):
dollars, the point a decimal mark as the litres show, not Chilean pesos (x1000).
Truth: spend = litres x price by Python over the generated lines. Writes
e176_fuel_dollars_{au,nz}.csv.gz and the truth line to argv[1]."""
import gzip, random, sys

out = sys.argv[1] if len(sys.argv) > 1 else "."
rng = random.Random(6)
fuels = [("U91", 1.889), ("DSL", 1.959), ("E10", 1.869), ("P95", 2.019), ("P98", 2.099)]
lines = []
for tx in range(1, 401):
    d = (rng.randint(1, 28), rng.randint(1, 12), rng.randint(6, 21), rng.randint(0, 59))
    card = "7034 1008 %04d" % rng.randint(1000, 1060)
    for code, base in rng.sample(fuels, rng.randint(1, 2)):
        price = round(base + rng.choice([-0.04, -0.02, 0, 0.02, 0.05]), 3)
        lines.append((str(880000 + tx), d, card, code, round(rng.uniform(8, 70), 2), price))
forms = {"au": ("Transaction No,Date,Card Number,Product Code,Litres,Price/L", "%02d/%02d/2024 %02d:%02d"),
         "nz": ("Transaction No,Date,Card Number,Product Code,Litres,Price per litre", "%02d-%02d-2024 %02d:%02d")}
for cc, (head, df) in forms.items():
    with gzip.open("%s/e176_fuel_dollars_%s.csv.gz" % (out, cc), "wt", encoding="utf-8", newline="") as f:
        f.write(head + "\n")
        for tx, d, card, code, l, p in lines:
            f.write(",".join([tx, df % d, card, code, "%.2f" % l, "$%.3f" % p]) + "\n")
iso = lambda d: "2024-%02d-%02d" % (d[1], d[0])
with open(out + "/e176_fuel_dollars.txt", "w") as f:
    f.write("kept %d customers %d items %d invoices %d pairs %d quantity %.2f spend %.2f first %s last %s\n" % (
        len(lines), len({l[2] for l in lines}), len({l[3] for l in lines}), len({l[0] for l in lines}),
        len({(l[2], l[3]) for l in lines}), sum(l[4] for l in lines),
        sum(l[4] * l[5] for l in lines), min(iso(l[1]) for l in lines), max(iso(l[1]) for l in lines)))
