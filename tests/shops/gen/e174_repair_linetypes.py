#!/usr/bin/env python3
"""e174 (t88 F6): a repair shop's repair orders with a Line Type beyond Part, Labor, Sublet and
Fee: Tire (tyres sold: goods), Core (a core charge, the refundable deposit on a part) and Core
Return (its refund, below 0), Discount (below 0), Miscellaneous, Comment (the technician's
text, no quantity, no price: no purchase) and Other, a value of no list (_other). Truth by
Python over the generated lines: kept are the goods' lines, Part, Labor, Sublet, Tire and
Other (an unknown type is read as goods and warned of, with its line count); the others
dropped (Core and Miscellaneous lines of none, the refunds below 0 by the price rule) or
skipped (Comment). The same shop with no Other (_known): no warning of unknown types.
Writes e174_repair_linetypes_{other,known}.csv.gz and their truth lines to argv[1]."""
import csv, datetime, gzip, random, sys

out = sys.argv[1] if len(sys.argv) > 1 else "."
rng = random.Random(606)
parts = [("BP-D1210", "Brake Pads Ceramic Front D1210", 64.95), ("OF-51", "Oil Filter 51", 8.49),
         ("WB-22", "Wiper Blade 22in", 18.99), ("AF-88", "Air Filter 88", 21.50),
         ("SP-4", "Spark Plug Iridium", 12.75)]
labor = [("LAB-BRK", "Brake Service Labor", 180.00), ("LAB-OIL", "Oil Change Labor", 45.00)]
tires = [("TR-2055516", "Tire 205/55R16 All Season", 129.00), ("TR-2256517", "Tire 225/65R17", 164.00)]
GOODS = {"Part", "Labor", "Sublet", "Tire", "Other"}

def orders(with_other):
    rows = []
    for ro in range(300):
        day = datetime.date(2024, 1, 2) + datetime.timedelta(days=ro % 200)
        cust = "%05d" % rng.randint(60000, 60120)
        lines = []
        for code, desc, price in rng.sample(parts, rng.randint(1, 2)):
            q = rng.randint(1, 4)
            lines.append(["Part", code, desc, str(q), "%.2f" % price])
            if code == "BP-D1210":
                lines.append(["Core", "CORE-" + code, desc + " (core)", str(q), "15.00"])
                if rng.random() < 0.6:
                    lines.append(["Core Return", "CORE-" + code, desc + " (core returned)", str(q), "-15.00"])
        code, desc, price = rng.choice(labor)
        lines.append(["Labor", code, desc, "1", "%.2f" % price])
        if rng.random() < 0.4:
            code, desc, price = rng.choice(tires)
            lines.append(["Tire", code, desc, "4", "%.2f" % price])
        if rng.random() < 0.2:
            lines.append(["Sublet", "SUB-ALN", "Wheel Alignment (sublet)", "1", "89.00"])
        lines.append(["Fee", "SHOP-SUP", "Shop Supplies", "1", "9.95"])
        if rng.random() < 0.3:
            lines.append(["Discount", "DISC", "Loyalty Discount", "1", "-10.00"])
        if rng.random() < 0.25:
            lines.append(["Miscellaneous", "MISC-TOW", "Towing", "1", "35.00"])
        if rng.random() < 0.5:
            lines.append(["Comment", "", "Customer states noise from front left wheel", "", ""])
        if with_other and rng.random() < 0.15:
            lines.append(["Other", "KEY-CUT", "Spare Key Cut", "1", "6.50"])
        for l in lines:
            rows.append(["%d" % (41000 + ro), day.strftime("%m/%d/%Y"), cust, "Customer " + cust] + l + ["Posted"])
    return rows

with open(out + "/e174_repair_linetypes.txt", "w") as t:
    for name, other in (("other", True), ("known", False)):
        rows = orders(other)
        with gzip.open(out + "/e174_repair_linetypes_%s.csv.gz" % name, "wt", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["RO Number", "Posted Date", "Customer Number", "Customer Name", "Line Type",
                        "Part Number", "Description", "Quantity", "Unit Price", "RO Status"])
            w.writerows(rows)
        kept = [r for r in rows if r[4] in GOODS]
        day = lambda r: datetime.datetime.strptime(r[1], "%m/%d/%Y").date().isoformat()
        t.write("%s kept %d customers %d items %d invoices %d pairs %d quantity %d spend %.2f first %s last %s "
                "other %d comments %d\n" % (
            name, len(kept), len({r[2] for r in kept}), len({r[5] for r in kept}), len({r[0] for r in kept}),
            len({(r[2], r[5]) for r in kept}), sum(int(r[7]) for r in kept),
            sum(int(r[7]) * float(r[8]) for r in kept), min(day(r) for r in kept), max(day(r) for r in kept),
            sum(r[4] == "Other" for r in rows), sum(r[4] == "Comment" for r in rows)))
