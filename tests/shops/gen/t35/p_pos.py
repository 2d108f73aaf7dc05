# Till exports: Toast ItemSelectionDetails, Loyverse "Receipts by item", Zettle "Sales report (items)", SumUp "Sales (items)", Clover "Line Items"
import sys; sys.path.insert(0,'/tmp/t35/gen')
from common import *
import csv
names=['Latte','Cappuccino','Flat White','Croissant','Banana Bread','Iced Tea','Bagel','Muffin','Espresso','Hot Chocolate','Cookie','Sandwich']
random.seed(5); items=catalogue(24,'',names)
items=[(str(100+i),n,round(random.uniform(2.5,9.5),2)) for i,(s,n,p) in enumerate(items)]
ords=orders(5,120,600,items,start=datetime.datetime(2024,2,1,7),days=120,guest_rate=0.35,maxlines=4)
# Loyverse
T=Truth('loyverse'); L=[]
cn={f'C{i:04d}':(f'Customer {i}',f'+1555{i:07d}') for i in range(120)}
rid=0
for o in ords:
    rid+=1; rn=f'1-{1000+rid}'
    c=o['cust']; nm,ph=cn[c] if c else ('','')
    for sku,d,q,p in o['lines']:
        g=q*p
        L.append([o['dt'].strftime('%m/%d/%y %I:%M %p'),rn,'Sale','Coffee' if int(sku)%2 else 'Bakery',sku,d,'','',str(q),f'{g:.2f}','0.00',f'{g:.2f}','1.00',f'{g-1:.2f}','0.00','Dine in','POS 1','Main St','Owner',nm,ph,'','Closed'])
        T.add('sale',rn,nm or None,o['dt'],sku,q,p)
    if c and random.random()<0.05:
        rid+=1; sku,d,q,p=o['lines'][0]; dt=o['dt']+datetime.timedelta(minutes=20); rn2=f'1-{1000+rid}'
        L.append([dt.strftime('%m/%d/%y %I:%M %p'),rn2,'Refund','Coffee',sku,d,'','',str(q),f'-{q*p:.2f}','0.00',f'-{q*p:.2f}','-1.00','0.00','0.00','Dine in','POS 1','Main St','Owner',nm,ph,'','Closed'])
        T.add('return',rn2,nm,dt,sku,q,p)
with open(f'{OUT}/loyverse.csv','w',encoding='utf-8',newline='') as f:
    w=csv.writer(f); w.writerow(['Date','Receipt number','Receipt type','Category','SKU','Item','Variant','Modifiers applied','Quantity','Gross sales','Discounts','Net sales','Cost of goods','Gross profit','Taxes','Dining option','POS','Store','Cashier name','Customer name','Customer contacts','Comment','Status']); w.writerows(L)
print('loyverse',T.write(),len(L))
# Toast
T=Truth('toast'); L=[]
for o in ords:
    for sku,d,q,p in o['lines']:
        v=random.random()<0.03
        L.append(['Main St',str(random.getrandbits(40)),str(o['inv']%500),o['dt'].strftime('%-m/%-d/%y %-I:%M %p'),o['dt'].strftime('%-m/%-d/%y %-I:%M %p'),str(random.getrandbits(40)),'Sam','','','Lunch','Take Out',str(random.getrandbits(40)),str(7000+int(sku)),'',sku,'',d,'','Coffee','Main Menu','Beverage',f'{q*p:.2f}','0.00',f'{q*p:.2f}',str(q),f'{q*p*.08:.2f}','true' if v else 'false','false','false','NONE','false',(cn[o['cust']][0] if o['cust'] and random.random()<0.5 else '')])
        T.add('void' if v else 'sale',o['inv'],None,o['dt'],sku,q,p)
with open(f'{OUT}/toast.csv','w',encoding='utf-8',newline='') as f:
    w=csv.writer(f); w.writerow('Location,Order Id,Order #,Sent Date,Order Date,Check Id,Server,Table,Dining Area,Service,Dining Option,Item Selection Id,Item Id,Master Id,SKU,PLU,Menu Item,Menu Subgroup(s),Menu Group,Menu,Sales Category,Gross Price,Discount,Net Price,Qty,Tax,Void?,Deferred,Tax Exempt,Tax Inclusion Option,Dining Option Tax,Tab Name'.split(',')); w.writerows(L)
# Zettle
with open(f'{OUT}/zettle.csv','w',encoding='utf-8-sig',newline='') as f:
    w=csv.writer(f,delimiter=';')
    w.writerow(['Date','Time','Receipt number','Product','Variant','SKU','Quantity','Unit price','Discount','Total','VAT rate','VAT','Payment method','Staff','Device'])
    for o in ords:
        for sku,d,q,p in o['lines']:
            w.writerow([o['dt'].strftime('%Y-%m-%d'),o['dt'].strftime('%H:%M'),str(o['inv']),d,'',sku,str(q),f'{p:.2f}'.replace('.',','),'0,00',f'{q*p:.2f}'.replace('.',','),'20%',f'{q*p/6:.2f}'.replace('.',','),'Card','Anna','iPad'])
