import sys,random,datetime,csv
sys.path.insert(0,'/tmp/t83/gen'); from common import *
items=[(f"SKU-{i:03d}",f"Mainstays Product {i}",round(7.97+i*3.11,2),f"0{681131000000+i*17}") for i in range(18)]
r=random.Random(5)
H="PO#,Order#,Order Date,Ship By,Delivery Date,Customer Name,Customer Shipping Address,Customer Phone Number,Ship to Address 1,Ship to Address 2,City,State,Zip,Segment,FLIDS,Line#,UPC,Status,Item Description,Shipping Method,Shipping Tier,Shipping SLA,Shipping Config SOF,Qty,SKU,Item Cost,Shipping Cost,Tax,Update Status,Update Qty,Carrier,Tracking Number,Tracking Url,Seller Order NO,Fulfillment Entity,Replacement Order,Original Customer Order Id".split(',')
first=["James","Mary","Robert","Patricia","John","Jennifer","Michael","Linda","David","Elizabeth","William","Barbara","Richard","Susan"]
last=["Smith","Johnson","Williams","Brown","Jones","Garcia","Miller","Davis","Rodriguez","Martinez"]
custs=[(f"{r.choice(first)} {r.choice(last)}",f"{r.randint(100,9999)} {r.choice(['Oak','Pine','Main','Elm'])} St",f"{r.randint(200,999)}{r.randint(1000000,9999999)}") for _ in range(130)]
path="/tmp/t83/files/t83_walmart_mp_orders.csv"; out=open(path,'w',encoding='utf-8',newline=''); w=csv.writer(out,lineterminator="\r\n"); w.writerow(H)
rows=[]
for k in range(600):
    dt=datetime.datetime(2024,3,1)+datetime.timedelta(minutes=r.randrange(60*24*200)); c=r.randrange(130); nm,addr,ph=custs[c]
    po=f"{108829000000+k*7}"; on=f"{200011000000000+k*13}"
    ln=1; st=r.choices(["Delivered","Shipped","Acknowledged","Cancelled"],[70,15,7,8])[0]
    for it in r.sample(items,r.randint(1,3)):
        for u in range(r.choice([1,1,1,2,3])):   # Walmart: one line per unit
            rows.append([po,on,dt.strftime("%Y-%m-%d"),(dt+datetime.timedelta(days=2)).strftime("%Y-%m-%d"),(dt+datetime.timedelta(days=5)).strftime("%Y-%m-%d"),nm,f"{addr}, Springfield, IL 62704",ph,addr,"","Springfield","IL","62704","","",ln,it[3],st,it[1],"Standard","","","","1",it[0],f"{it[2]:.2f}","0.00",f"{it[2]*0.0625:.2f}","","","UPS" if st!="Cancelled" else "",f"1Z{r.randint(10**9,10**10)}" if st!="Cancelled" else "","","",  "Seller Fulfilled","N",""])
            ln+=1
for row in rows: w.writerow(row)
out.close()
rd=csv.DictReader(open(path,encoding='utf-8'))
k=0;cu=set();it=set();iv=set();q=0;sp=0;ds=[];canc=0
for row in rd:
    if row["Status"]=="Cancelled": canc+=1; continue
    k+=1;cu.add(row["Customer Name"]);it.add(row["SKU"]);iv.add(row["PO#"]);q+=int(row["Qty"]);sp+=float(row["Item Cost"]);ds.append(row["Order Date"])
t=(f"file {path}\nkept {k} customers {len(cu)} (by Customer Name; {len(set(x[0] for x in custs))} distinct names for 130 buyers: namesakes) items {len(it)} invoices {len(iv)} quantity {q} spend {sp:.2f} first {min(ds)} last {max(ds)}\ncancelled rows {canc}\n"
"how: python3 /tmp/t83/gen/g_wm.py: Status Cancelled left out; one line per unit, Qty 1, Item Cost the unit's price\n")
open("/tmp/t83/truth/t83_walmart_mp_orders.txt","w").write(t); print(t)
