# SAP Business One: query (OINV/INV1 union ORIN/RIN1) result exported from the query grid to CSV (tab-separated, UTF-16LE? no: Excel "Save as CSV" cp1252)
import sys; sys.path.insert(0,'/tmp/t35/gen')
from common import *
names=['Hex Bolt M8x40','Washer M8','Nut M8','Drill Bit 6mm','Anchor 10mm','Cable Tie 200mm','Wood Screw 4x40','Hinge 80mm','Bracket L 50','Sealant 300ml']
random.seed(12); items=catalogue(40,'A',names)
items=[(f'A{1000+i:05d}',n,round(random.uniform(0.1,40),4)) for i,(s,n,p) in enumerate(items)]
ords=orders(12,40,350,items,start=datetime.datetime(2024,1,2),days=300,guest_rate=0)
T=Truth('sapb1'); L=[]; cm=0
for o in ords:
    c='C'+o['cust'][1:].rjust(5,'0')
    for ln,(sku,d,q,p) in enumerate(o['lines']):
        q=q*random.choice([1,10,50,100])
        L.append(['A/R Invoice',str(o['inv']),o['dt'].strftime('%d.%m.%Y'),c,f'Kunde {c}',sku,d,f'{q:,.3f}',f'{p:,.4f}',f'{q*p:,.2f}'])
        T.add('sale',o['inv'],c,o['dt'].replace(hour=0,minute=0),sku,q,p)
    if random.random()<0.07:
        cm+=1; sku,d,q,p=o['lines'][0]; dt=o['dt']+datetime.timedelta(days=3)
        L.append(['A/R Credit Memo',str(500+cm),dt.strftime('%d.%m.%Y'),c,f'Kunde {c}',sku,d,f'{q:,.3f}',f'{p:,.4f}',f'{q*p:,.2f}'])
        T.add('return',500+cm,c,dt,sku,q,p)
import csv
with open(f'{OUT}/sapb1.csv','w',encoding='cp1252',newline='') as f:
    w=csv.writer(f,delimiter='\t',lineterminator='\r\n')
    w.writerow(['Document Type','Document Number','Posting Date','Customer/Vendor Code','Customer/Vendor Name','Item No.','Item/Service Description','Quantity','Price after Discount','Total (LC)']); w.writerows(L)
print(T.write(),len(L))
