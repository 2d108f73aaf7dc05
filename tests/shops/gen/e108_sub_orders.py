# e108: a subscription box shop's order lines: Subscription ID first (the same on a subscriber's
# boxes of every month), then Order Number (one per box shipped); no invoice name relrec knows.
# Truth counted here: one invoice per order number.
import random, datetime
random.seed(1081)
rows=[]; order=5000
subs={c: "SUB-%04d" % (300+c) for c in range(1,11)}
for month in range(1,13):
    for c in random.sample(range(1,11), 6):
        d=datetime.datetime(2024,month,random.randint(1,27),random.randint(8,20),random.randint(0,59))
        for it in random.sample(range(1,9), random.randint(2,4)):
            rows.append((subs[c], "B%d" % order, d, "member%02d@example.org" % c, "KIT-%d" % it, 1, [0,4.5,6.0,7.25,3.1,9.9,2.2,5.5,8.0][it]))
        order+=1
with open("/tmp/e108/gen/e108_sub_orders.csv","w") as f:
    f.write("Subscription ID,Box Number,Order Date,Customer Email,SKU,Quantity,Price\n")
    for r in rows:
        f.write("%s,%s,%s,%s,%s,%d,%.2f\n" % (r[0], r[1], r[2].strftime("%Y-%m-%d %H:%M"), r[3], r[4], r[5], r[6]))
print(len(rows), len({r[3] for r in rows}), len({r[4] for r in rows}), len({r[1] for r in rows}), len({(r[3],r[4]) for r in rows}), sum(r[5] for r in rows), "%.2f" % sum(r[5]*r[6] for r in rows), min(r[2] for r in rows).date(), max(r[2] for r in rows).date())
