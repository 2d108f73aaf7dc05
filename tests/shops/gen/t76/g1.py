import random, csv, datetime
random.seed(76)
out=open('/tmp/t76/files/r1_tabs_restart.csv','w',newline='')
w=csv.writer(out); w.writerow(['Receipt No','Date','Time','Customer','Item Code','Description','Qty','Price'])
items=[(f'SKU{i:03d}',f'Product {i}',round(1+i*0.37,2)) for i in range(1,41)]
inv=set(); spend=0; units=0; rows=0; pairs=set(); custs=set()
start=datetime.date(2024,3,1)
for d in range(30):
    day=start+datetime.timedelta(days=d)
    t=9*60
    for r in range(1,21):
        c=f'C{random.randint(1,50):03d}'
        t+=random.randint(5,25)
        tab = (r%5==0)
        nl=random.randint(2,5)
        tt=t
        for l in range(nl):
            it=random.choice(items); q=random.randint(1,3)
            w.writerow([r,day.isoformat(),f'{tt//60:02d}:{tt%60:02d}',c,it[0],it[1],q,it[2]])
            inv.add((day,r)); spend+=q*it[2]; units+=q; rows+=1; pairs.add((c,it[0])); custs.add(c)
            tt += random.randint(12,25) if tab else random.randint(0,1)
out.close()
print(rows,len(inv),len(custs),len(pairs),units,round(spend,2))
