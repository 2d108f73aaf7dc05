# Clover "Line Items" export (US Central merchant): dates "07-Jan-2024 11:32 AM CST"/"CDT", Refunded flag, Order Payment State
import sys; sys.path.insert(0,'/tmp/t35/gen')
from common import *
import csv
names=['Brisket Plate','Pulled Pork Sandwich','Sweet Tea','Mac & Cheese','Coleslaw','Banana Pudding','Ribs Half Rack','Cornbread','Lemonade','Sausage Link']
random.seed(81); items=catalogue(20,'',names)
items=[(f'{1000+i}',n,round(random.uniform(3,25),2)) for i,(s,n,p) in enumerate(items)]
ords=orders(81,90,500,items,start=datetime.datetime(2024,1,2,11),days=330,guest_rate=0.2,maxlines=4)
def cdt(d):  # US Central: DST 2024-03-10 .. 2024-11-03
    z='CDT' if datetime.datetime(2024,3,10,2)<=d<datetime.datetime(2024,11,3,2) else 'CST'
    return d.strftime('%d-%b-%Y %I:%M %p ')+z
T=Truth('clover'); L=[]
for o in ords:
    oid=''.join(random.choice('ABCDEFGHJKMNPQRSTVWXYZ0123456789') for _ in range(13))
    cn=('Customer '+o['cust'][1:]) if o['cust'] else ''
    for sku,d,q,p in o['lines']:
        rf=random.random()<0.03
        for _ in range(q):  # Clover writes one line per unit
            L.append([cdt(o['dt']),oid,'Kim',d,sku,'','Food',f'{p:.2f}','0.00',f'{p:.2f}','TRUE' if rf else 'FALSE','FALSE','Paid',cn])
            T.add('return' if rf else 'sale',oid,cn or None,o['dt'],sku,1,p)
with open(f'{OUT}/clover.csv','w',encoding='utf-8',newline='') as f:
    w=csv.writer(f); w.writerow(['Line Item Date','Order ID','Order Employee Name','Item Name','Item SKU','Item Code','Item Revenue Class','Item Price','Discounts','Item Total Price','Refunded','Exchanged','Order Payment State','Customer Name']); w.writerows(L)
print(T.write(),len(L))
