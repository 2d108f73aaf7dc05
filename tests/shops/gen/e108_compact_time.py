# e108: SAP Customer Checkout-like receipts: Receipt Date YYYYMMDD beside Time HHMMSS saved as a
# number (leading zero lost before 10:00: 81700); truth counted here.
import random, datetime
random.seed(108)
rows=[]; rec=900000
for k in range(40):
    cust="C%03d" % random.randint(1,12)
    d=datetime.date(2024,1,2)+datetime.timedelta(days=random.randint(0,350))
    h=random.randint(7,20); m=random.randint(0,59); s=random.choice([0,0,15,30])
    t=str(h*10000+m*100+s)          # a number column: 081700 -> 81700
    for it in random.sample(range(1,9), random.randint(1,3)):
        rows.append((rec, d, t, cust, "MAT-%d" % it, random.randint(1,4), [0,1.10,3.99,12.00,19.90,2.50,8.75,0.99,5.00][it], (h,m)))
    rec+=1
with open("/tmp/e108/gen/e108_compact_time.csv","w") as f:
    f.write("Store,Receipt Number,Receipt Date,Time,Customer Number,Article,Quantity,Unit Price\n")
    for r in rows:
        f.write("4711,%d,%s,%s,%s,%s,%d,%.2f\n" % (r[0], r[1].strftime("%Y%m%d"), r[2], r[3], r[4], r[5], r[6]))
cu={r[3] for r in rows}; it={r[4] for r in rows}; inv={r[0] for r in rows}; pairs={(r[3],r[4]) for r in rows}
q=sum(r[5] for r in rows); sp=sum(r[5]*r[6] for r in rows)
first=min((r[1],r[7]) for r in rows); last=max((r[1],r[7]) for r in rows)
print(len(rows), len(cu), len(it), len(inv), len(pairs), q, "%.2f"%sp, first[0], last[0], "%02d:%02d"%first[1], "%02d:%02d"%last[1])
print(sum(1 for r in rows if len(r[2])==5), "five-digit")
