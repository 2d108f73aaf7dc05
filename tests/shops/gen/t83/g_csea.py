import sys,random,datetime,csv
sys.path.insert(0,'/tmp/t83/gen'); from common import *
r=random.Random(8)
sizes=[12,24,6,12,48,10,20,12]
items=[(f"{70100+i}",f"Item {i}",round(0.5+i*0.4,2),sizes[i]) for i in range(8)]
path="/tmp/t83/files/t83_distributor_cs_ea.csv"; out=open(path,'w',encoding='utf-8',newline='')
out.write("Invoice #,Invoice Date,Customer #,Customer Name,Item #,Description,Pack,Qty CS,Qty EA,Price EA,Ext Price\n")
tot=0;units=0;n=0;cu=set();iv=set()
for k in range(420):
    dt=datetime.date(2024,1,2)+datetime.timedelta(days=r.randrange(280)); c=r.randrange(95)
    for it in r.sample(items,r.randint(1,4)):
        cs=r.choice([0,1,1,2,3,5]); ea=r.choice([0,0,0,2,3,6]) if cs else r.randint(1,it[3]-1)
        u=cs*it[3]+ea; ext=round(u*it[2],2)
        out.write(f"INV{50000+k},{dt:%m/%d/%Y},{3000+c},Cust {c},{it[0]},{it[1]},{it[3]},{cs},{ea},{it[2]:.2f},{ext:.2f}\n")
        tot+=ext;units+=u;n+=1;cu.add(c);iv.add(k)
out.close()
t=f"file {path}\nkept {n} customers {len(cu)} items 8 invoices {len(iv)} quantity (units = Qty CS × Pack + Qty EA) {units} spend {tot:.2f}\nhow: python3 /tmp/t83/gen/g_csea.py (distributor invoice lines: whole cases and loose eaches in two columns, price per each)\n"
open("/tmp/t83/truth/t83_distributor_cs_ea.txt","w").write(t);print(t)
