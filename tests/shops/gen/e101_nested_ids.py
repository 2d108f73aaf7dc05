# e101 (t59 F10): an order number beside an invoice number, nested. e101_split: an ERP's sales
# invoices, 'Invoice Number' beside 'Customer Order No', a third of the orders shipped and invoiced in two
# parts three days apart; e101_consolidated: a wholesaler's monthly invoice per customer,
# 'Invoice No' over the 'Sales Order Ref' of each delivery. Truth: a purchase is an order (the
# analyst's count of how many times a customer bought an item), read with the load's own
# --map invoice= hint; the plain load asserts the note naming it.
import csv, random, datetime
random.seed(1011)
items=[('SKU-A','Widget',4.0),('SKU-B','Gadget',9.5),('SKU-C','Gizmo',2.25),('SKU-D','Doohickey',6.0)]
def day(d): return (datetime.date(2024,7,1)+datetime.timedelta(days=d)).isoformat()
def stats(rows, key):
    print('kept',len(rows),'customers',len(set(r['c'] for r in rows)),'items',len(set(r['i'] for r in rows)),
          'invoices',len(set(r[key] for r in rows)),'pairs',len(set((r['c'],r['i']) for r in rows)),
          'qty',sum(r['q'] for r in rows),'spend','%.2f'%sum(r['q']*r['p'] for r in rows),
          min(r['d'] for r in rows),max(r['d'] for r in rows))
split=[]; inv=5000
for o in range(27):
    c='CU%02d'%(o%9); d=o
    lines=[(random.choice(items),random.randint(1,4)) for _ in range(random.randint(2,3))]
    parts=[lines[:1],lines[1:]] if o%3==0 else [lines]
    for k,part in enumerate(parts):
        inv+=1
        for (code,name,price),q in part:
            split.append(dict(inv='INV-%d'%inv,so='SO-%d'%(300+o),c=c,i=code,n=name,q=q,p=price,d=day(d+3*k)))
with open('/tmp/e101/gen/e101_split.csv','w',newline='') as f:
    w=csv.writer(f); w.writerow(['Invoice Number','Invoice Date','Customer Order No','Customer No','Item Code','Item Description','Qty','Unit Price'])
    for r in split: w.writerow([r['inv'],r['d'],r['so'],r['c'],r['i'],r['n'],r['q'],'%.2f'%r['p']])
stats(split,'so')
cons=[]
for c in range(5):
    for o in range(4):
        d=c+5*o
        for _ in range(random.randint(1,3)):
            code,name,price=random.choice(items)
            cons.append(dict(inv='BD%04d'%(c+1),so='ORD-%d%d'%(c,o),c='K%d'%c,i=code,n=name,q=random.randint(1,5),p=price,d=day(d)))
with open('/tmp/e101/gen/e101_consolidated.csv','w',newline='') as f:
    w=csv.writer(f); w.writerow(['Invoice No','Sales Order Ref','Order Date','Customer ID','Product Code','Description','Quantity','Price'])
    for r in cons: w.writerow([r['inv'],r['so'],r['d'],r['c'],r['i'],r['n'],r['q'],'%.2f'%r['p']])
stats(cons,'so')
