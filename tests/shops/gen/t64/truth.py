# truth helpers: stats over canonical rows read back from a written file
import datetime as dt, re
NP={'POST','DOT','M','D','C2','CRUK','PADS','S','B','BANK CHARGES','AMAZONFEE'}
def stats(rows, name, how):
    """rows: dicts cust, item, inv, qty, price (unit), date (datetime), drop (reason or None)"""
    k=[r for r in rows if not r.get('drop') and r['cust'] and r['qty']>0 and r['price']>0 and r['item'].upper() not in NP and not re.match(r'C\d+$',r['inv'])]
    cu={r['cust'] for r in k}; it={r['item'] for r in k}; iv={r['inv'] for r in k}
    pr={(r['cust'],r['item']) for r in k}
    q=sum(r['qty'] for r in k); s=sum(r['qty']*r['price'] for r in k)
    d=sorted(r['date'] for r in k)
    out=(f"kept {len(k)}\ncustomers {len(cu)}\nitems {len(it)}\ninvoices {len(iv)}\npairs {len(pr)}\n"
         f"quantity {q:g}\nspend {s:.2f}\nfirst {d[0].date()}\nlast {d[-1].date()}\n")
    open(f'/tmp/t64/truth/{name}.txt','w').write(out+"\nHOW: "+how+"\n")
    return out
