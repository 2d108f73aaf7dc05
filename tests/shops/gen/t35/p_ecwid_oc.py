# Ecwid orders export (one row per item) and OpenCart DB export (phpMyAdmin CSV of oc_order JOIN oc_order_product)
import sys; sys.path.insert(0,'/tmp/t35/gen')
from common import *
import csv
names=['Ceramic Planter','Macrame Hanger','Succulent Mix','Potting Soil 5L','Watering Can','Plant Mister','Grow Light','Terracotta Pot','Cactus Set','Pruning Shears']
random.seed(21); items=catalogue(30,'0000',names)
ords=orders(21,70,450,items,start=datetime.datetime(2024,1,2,8),days=300,guest_rate=0.2)
T=Truth('ecwid'); L=[]
for o in ords:
    st=random.choices(['PAID','CANCELLED','REFUNDED','INCOMPLETE','AWAITING_PAYMENT'],[80,5,4,5,6])[0]
    em=(o['cust'] or f'g{o["inv"]}').lower()+'@mail.com'
    for sku,d,q,p in o['lines']:
        L.append([str(o['inv']),o['dt'].strftime('%Y-%m-%d %H:%M:%S +0000'),st,'SHIPPED' if st=='PAID' else 'AWAITING_PROCESSING',em,'Jane Doe','US',sku,d,f'{p:.2f}',str(q),'Size: M','USPS Priority','7.50',''])
        T.add({'CANCELLED':'cancelled','INCOMPLETE':'cancelled'}.get(st,'sale'),o['inv'],em,o['dt'],sku,q,p)
with open(f'{OUT}/ecwid.csv','w',encoding='utf-8',newline='') as f:
    w=csv.writer(f,delimiter=';'); w.writerow(['order_number','order_date','payment_status','fulfillment_status','customer_email','customer_name','billing_country','item_sku','item_name','item_price','item_quantity','item_options','shipping_method','shipping_cost','discount_coupon']); w.writerows(L)
print('ecwid',T.write(),len(L))
T=Truth('opencart'); L=[]
stname={5:'Complete',7:'Canceled',11:'Refunded',1:'Pending',2:'Processing',3:'Shipped'}
cid={}
for o in ords:
    c=o['cust']; ci=0 if not c else cid.setdefault(c,len(cid)+1)
    st=random.choices([5,3,2,1,7,11],[70,8,5,7,6,4])[0]
    em=(c or f'g{o["inv"]}').lower()+'@mail.com'
    for k,(sku,d,q,p) in enumerate(o['lines']):
        L.append([str(o['inv']),str(ci),'Jane','Doe',em,'United States',str(st),o['dt'].strftime('%Y-%m-%d %H:%M:%S'),str(40+int(sku[-2:])),d,'MOD-'+sku[-3:],str(q),f'{p:.4f}',f'{q*p:.4f}','0.0000'])
        T.add('sale' if st!=7 and ci else ('guest' if st!=7 else 'cancelled'),o['inv'],str(ci) if ci else None,o['dt'],sku,q,p)
with open(f'{OUT}/opencart.csv','w',encoding='utf-8',newline='') as f:
    w=csv.writer(f,quoting=csv.QUOTE_ALL); w.writerow(['order_id','customer_id','firstname','lastname','email','payment_country','order_status_id','date_added','product_id','name','model','quantity','price','total','tax']); w.writerows(L)
print('opencart',T.write(),len(L))
