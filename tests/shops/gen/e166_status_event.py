#!/usr/bin/env python3
"""e166 (t82 F30): a boutique's sales lines exported from its CRM-linked till: each line
carries the customer's loyalty Status (Gold, Silver, Bronze, VIP, Member), the product's
status (Product Status: Active, Discontinued, Clearance) and the Event the sale was made in
(Black Friday, Summer Sale, Store opening, or blank). None of these is an order's status or
an event log's type: every line is a sale. Truth by Python over the generated lines.
Writes e166_status_event.csv.gz and its truth line to argv[1]."""
import csv, gzip, random, sys

out = sys.argv[1] if len(sys.argv) > 1 else "."
rng = random.Random(30)
custs = {"CU%04d" % k: rng.choice(["Gold", "Silver", "Bronze", "VIP", "Member"]) for k in range(1, 41)}
prods = {"SKU-%03d" % k: (round(rng.uniform(5, 120), 2), rng.choice(["Active", "Active", "Discontinued", "Clearance"]))
         for k in range(1, 61)}
events = {11: "Black Friday", 7: "Summer Sale", 3: "Store opening"}
lines, receipt = [], 70000
for month in range(1, 13):
    for day in (2, 9, 16, 23):
        for cust in rng.sample(sorted(custs), 5):
            receipt += 1
            ev = events.get(month, "") if day in (16, 23) else ""
            for sku in rng.sample(sorted(prods), rng.randint(1, 4)):
                price, pst = prods[sku]
                lines.append(["2024-%02d-%02d" % (month, day), str(receipt), cust, custs[cust], sku,
                              pst, str(rng.randint(1, 3)), "%.2f" % price, ev])
with gzip.open(out + "/e166_status_event.csv.gz", "wt", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["Date", "Receipt No", "Customer ID", "Status", "SKU", "Product Status", "Qty", "Unit Price", "Event"])
    w.writerows(lines)
with open(out + "/e166_status_event.txt", "w") as f:
    f.write("kept %d customers %d items %d invoices %d pairs %d quantity %d spend %.2f first %s last %s\n" % (
        len(lines), len({l[2] for l in lines}), len({l[4] for l in lines}), len({l[1] for l in lines}),
        len({(l[2], l[4]) for l in lines}), sum(int(l[6]) for l in lines),
        sum(int(l[6]) * float(l[7]) for l in lines), min(l[0] for l in lines), max(l[0] for l in lines)))
