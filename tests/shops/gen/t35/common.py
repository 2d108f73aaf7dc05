import random, json, datetime, os
OUT='/tmp/t35/data'
def catalogue(n, prefix, names):
    items=[]
    for i in range(n):
        nm=names[i%len(names)]+('' if i<len(names) else ' %d'%(i//len(names)+1))
        items.append((f'{prefix}{1000+i}', nm, round(random.uniform(2,90),2)))
    return items
def orders(seed, ncust, nord, items, start=datetime.datetime(2024,1,3,9,0), days=300, guest_rate=0.1, maxlines=5):
    """returns list of orders: dict(inv, cust, dt, lines=[(sku,desc,qty,price)])"""
    random.seed(seed)
    custs=[f'C{i:04d}' for i in range(ncust)]
    w=[1/(i+1) for i in range(len(items))]
    out=[]
    for o in range(nord):
        dt=start+datetime.timedelta(days=random.randint(0,days), minutes=random.randint(0,600))
        cust=None if random.random()<guest_rate else random.choice(custs[:max(3,ncust//(1+o%3))])
        ls=[]; used=set()
        for _ in range(random.randint(1,maxlines)):
            it=random.choices(items,weights=w)[0]
            if it[0] in used: continue
            used.add(it[0]); ls.append([it[0],it[1],random.choice([1,1,1,2,3]),it[2]])
        out.append(dict(inv=10001+o, cust=cust, dt=dt, lines=ls))
    out.sort(key=lambda x:x['dt'])
    for i,o in enumerate(out): o['inv']=10001+i
    return out
class Truth:
    def __init__(s,name): s.name=name; s.rows=[]
    def add(s,kind,inv,cust,dt,sku,qty,price,line=None):
        s.rows.append(dict(kind=kind,inv=str(inv),cust=cust,dt=dt.strftime('%Y-%m-%d %H:%M'),sku=sku,qty=qty,price=price))
    def write(s,extra=None):
        k=[r for r in s.rows if r['kind']=='sale' and r['cust']]
        exp=dict(kept=len(k),customers=len({r['cust'] for r in k}),items=len({r['sku'] for r in k}),
                 invoices=len({r['inv'] for r in k}),quantity=sum(r['qty'] for r in k),
                 spend=round(sum(r['qty']*r['price'] for r in k),2),
                 dates=(min(r['dt'] for r in k),max(r['dt'] for r in k)),
                 kinds={kd:sum(1 for r in s.rows if r['kind']==kd) for kd in {r['kind'] for r in s.rows}},
                 guest_sale_lines=sum(1 for r in s.rows if r['kind']=='sale' and not r['cust']))
        if extra: exp.update(extra)
        json.dump(dict(expected=exp,rows=s.rows),open(f'{OUT}/{s.name}.truth.json','w'),indent=0,default=str)
        return exp
