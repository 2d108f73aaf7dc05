import sys, json, random, datetime
sys.path.insert(0,'/tmp/t83/gen'); from common import *
spec=json.load(open(sys.argv[1]))
items=[("A-%03d"%i, f"{w} {i}", round(3+i*1.37,2)) for i,w in enumerate(["Schraube","Dübel","Kabel","Lampe","Stecker","Bohrer","Zange","Hammer","Säge","Leim","Band","Mutter","Feile","Pinsel"]*1)]
r,orders=base_orders(spec.get('seed',11), spec.get('orders',380), 90, items, max_lines=4, start=datetime.datetime(2023,2,1,8,0))
sep=spec['sep']; dec=spec['dec']
num=lambda x:(f"{x:.2f}".replace('.',',') if dec==',' else f"{x:.2f}")
T=spec['types']  # inv, credit, quote (+ optional 'extra' list of non-sales)
path=f"/tmp/t83/files/{spec['name']}.csv"; out=open(path,'w',encoding='utf-8',newline='')
out.write(sep.join(spec['header'])+"\r\n")
docs=[]
for inv,dt,c,lines in orders:
    docs.append((T['inv'],dt,c,lines))
    x=r.random()
    if x<0.10:
        l=r.choice(lines); docs.append((T['credit'],dt+datetime.timedelta(days=r.randint(3,20)),c,[[l[0],l[1],r.randint(1,l[2]),l[3]]]))
    elif x<0.18:
        docs.append((T['quote'],dt-datetime.timedelta(days=r.randint(2,9)),c,[[it[0],it[1],r.randint(1,9),it[2]] for it in r.sample(items,3)]))
docs.sort(key=lambda d:d[1])
cnt={}
for k,(typ,dt,c,lines) in enumerate(docs):
    cnt[typ]=cnt.get(typ,0)+1
    no=spec['nofmt'][typ].format(cnt[typ]+1000)
    for code,desc,q,p in lines:
        vals=dict(no=no,date=dt.strftime(spec['datefmt']),type=typ,cust=f"{10000+c}",name=f"Firma {c}",code=code,desc=desc,qty=str(q),unit="Stk",price=num(p),total=num(q*p))
        out.write(sep.join(vals[k] for k in spec['cols'])+"\r\n")
out.close()
# truth over the written file
import csv
rd=csv.DictReader(open(path,encoding='utf-8'),delimiter=sep); H=spec['header']; R={k:H[i] for i,k in enumerate(spec['cols'])}
kept=0;cu=set();it=set();iv=set();q=0;sp=0;ret=0;retq=0;quo=0;ds=[]
for row in rd:
    t=row[R['type']]; qq=int(row[R['qty']]); p=float(row[R['price']].replace(',','.'))
    if t==T['inv']:
        kept+=1;cu.add(row[R['cust']]);it.add(row[R['code']]);iv.add(row[R['no']]);q+=qq;sp+=qq*p;ds.append(datetime.datetime.strptime(row[R['date']],spec['datefmt']).date())
    elif t==T['credit']: ret+=1;retq+=qq
    else: quo+=1
t=(f"file {path}\nkept {kept} customers {len(cu)} items {len(it)} invoices {len(iv)} quantity {q} spend {sp:.2f} first {min(ds)} last {max(ds)}\n"
   f"credit-note rows (returns, quantity written positive) {ret} (units {retq}); quote rows (no sale) {quo}\n"
   f"how: python3 /tmp/t83/gen/doct.py: rows of type {T['inv']!r} summed; {T['credit']!r} rows are returns; {T['quote']!r} rows no sale\n")
open(f"/tmp/t83/truth/{spec['name']}.txt",'w').write(t); print(t)
